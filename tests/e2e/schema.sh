#!/usr/bin/env bash
# The committed schemas match `ptplan schema`, and an independent validator
# (ajv, tests/schema) accepts every example profile and catalog file and
# rejects broken profiles. Skips (77) the ajv part when its node packages
# are not installed: `cd tests/schema && npm ci` (CI does).
set -u
ptplan=$1
root=$2
failed=0
for kind in profile catalog; do
  if ! "$ptplan" schema "$kind" | cmp -s - "$root/schema/$kind.schema.json"; then
    echo "FAIL schema/$kind.schema.json differs from 'ptplan schema $kind' (regenerate it)"
    failed=1
  fi
done
[ "$failed" -eq 0 ] || exit 1
if [ ! -d "$root/tests/schema/node_modules/ajv" ] || ! command -v node >/dev/null; then
  echo "schema: ajv not installed (cd tests/schema && npm ci); skipping the validator checks"
  exit 77
fi
cd "$root" || exit 1
node tests/schema/validate.mjs schema/profile.schema.json expect-valid examples/patients/*.yaml || failed=1
node tests/schema/validate.mjs schema/profile.schema.json expect-invalid tests/data/invalid-profiles/*.yaml || failed=1
node tests/schema/validate.mjs schema/catalog.schema.json expect-valid exercises/catalog/*/*.yaml || failed=1
"$ptplan" new-profile >"$(mktemp -d)/skeleton.yaml" || failed=1
exit "$failed"

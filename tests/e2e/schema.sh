#!/usr/bin/env bash
# The committed schemas match `ptplan schema` (and the skeleton `ptplan
# new-profile`; scripts/update-schemas.sh rewrites them all), and an
# independent validator (ajv, tests/schema) accepts every example profile,
# a profile with every key (tests/data/full-profile.yaml) and every catalog
# file, and rejects broken profiles, as ptplan does. Skips (77) the ajv part
# when its node packages are not installed: `cd tests/schema && npm ci` (CI
# does).
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
if ! "$ptplan" new-profile | cmp -s - "$root/schema/profile-skeleton.yaml"; then
  echo "FAIL schema/profile-skeleton.yaml differs from 'ptplan new-profile' (regenerate it)"
  failed=1
fi
[ "$failed" -eq 0 ] || exit 1
if [ ! -d "$root/tests/schema/node_modules/ajv" ] || ! command -v node >/dev/null; then
  echo "schema: ajv not installed (cd tests/schema && npm ci); skipping the validator checks"
  exit 77
fi
cd "$root" || exit 1
node tests/schema/validate.mjs schema/profile.schema.json expect-valid examples/patients/*.yaml tests/data/full-profile.yaml \
  || failed=1
node tests/schema/validate.mjs schema/profile.schema.json expect-invalid tests/data/invalid-profiles/*.yaml || failed=1
# ptplan agrees with the validator on both sides.
"$ptplan" check tests/data/full-profile.yaml >/dev/null || { echo "FAIL ptplan refuses tests/data/full-profile.yaml"; failed=1; }
for profile in tests/data/invalid-profiles/*.yaml; do
  if "$ptplan" check "$profile" >/dev/null 2>&1; then
    echo "FAIL ptplan accepts $profile"
    failed=1
  fi
done
node tests/schema/validate.mjs schema/catalog.schema.json expect-valid exercises/catalog/*/*.yaml || failed=1
exit "$failed"

#!/usr/bin/env bash
# Regenerates the committed copies of what ptplan builds from its profile key
# table and vocabulary: schema/profile.schema.json, schema/catalog.schema.json,
# schema/profile-skeleton.yaml (`ptplan new-profile`) and
# tests/data/full-profile.yaml (every key, placeholders filled in), with the
# given binary (default: the dev build). Review the diff before committing.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
ptplan=${1:-$root/build/dev/ptplan}
"$ptplan" schema profile >"$root/schema/profile.schema.json"
"$ptplan" schema catalog >"$root/schema/catalog.schema.json"
"$ptplan" new-profile >"$root/schema/profile-skeleton.yaml"
# The same fill-in as tests/unit/test_profile_keys.cpp.
"$ptplan" new-profile --every-key \
  | sed -e 's/: First Last /: Dorothy Hughes /; s/: Your Name /: Sam Okafor /; s/: Your Clinic /: Riverside PT /' \
    -e 's/: Your Phone /: "555 0100" /' >"$root/tests/data/full-profile.yaml"
echo "updated schema/ and tests/data/full-profile.yaml; review with: git diff --stat"

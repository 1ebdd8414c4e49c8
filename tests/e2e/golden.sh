#!/usr/bin/env bash
# Runs the real binary on every example profile in every format and compares
# the output byte for byte with examples/handouts/. Regenerate deliberately
# with scripts/update-golden.sh and review the diff.
set -u
ptplan=$1
root=$2
failures=0
checked=0
# Spanish examples live in examples/patients/es/, their handouts in
# examples/handouts/es/.
for profile in "$root"/examples/patients/*.yaml "$root"/examples/patients/es/*.yaml; do
  name=$(basename "$profile" .yaml)
  case "$profile" in */patients/es/*) name="es/$name" ;; esac
  # A profile with a progress log names the week its handout shows.
  week=$(sed -n 's/^# handout-week: \([0-9][0-9]*\)$/\1/p' "$profile")
  for pair in markdown:md text:txt html:html json:json; do
    format=${pair%%:*}
    ext=${pair##*:}
    expected="$root/examples/handouts/$name.$ext"
    actual=$(mktemp)
    "$ptplan" plan "$profile" --week "${week:-1}" --format "$format" >"$actual" 2>/dev/null
    status=$?
    checked=$((checked + 1))
    if [ "$status" -ne 0 ] && [ "$status" -ne 3 ]; then
      echo "FAIL $name ($format): exit status $status"
      failures=$((failures + 1))
    elif ! cmp -s "$expected" "$actual"; then
      echo "FAIL $name ($format): output differs from examples/handouts/$name.$ext"
      diff -u "$expected" "$actual" | head -40
      failures=$((failures + 1))
    fi
    rm -f "$actual"
  done
done
echo "golden: $((checked - failures)) passed, $failures failed"
[ "$failures" -eq 0 ] && [ "$checked" -gt 0 ]

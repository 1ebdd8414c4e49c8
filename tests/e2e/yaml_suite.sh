#!/usr/bin/env bash
# Feeds every case of the YAML conformance suite (tests/data/yaml-test-suite,
# valid and invalid YAML, none of it a profile) to `ptplan plan`: each must
# give exit status 1 with a file:line:column error, never a crash, a hang or
# an output file.
set -u
ptplan=$1
root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
for input in "$root"/tests/data/yaml-test-suite/valid/*.yaml "$root"/tests/data/yaml-test-suite/invalid/*.yaml; do
  timeout 10 "$ptplan" plan "$input" -o "$work/out.md" >/dev/null 2>"$work/err"
  status=$?
  name=${input#"$root"/tests/data/}
  if [ "$status" -ne 1 ]; then
    failed=$((failed + 1))
    echo "FAIL $name: exit status $status"
    head -3 "$work/err"
  elif ! grep -qE '^[^:]+:[0-9]+(:[0-9]+)?: error: ' "$work/err"; then
    failed=$((failed + 1))
    echo "FAIL $name: no file:line:column error"
    head -3 "$work/err"
  elif [ -e "$work/out.md" ]; then
    failed=$((failed + 1))
    echo "FAIL $name: wrote an output file"
    rm -f "$work/out.md"
  else
    passed=$((passed + 1))
  fi
done
echo "yaml-test-suite: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for
# SECONDS (default 60), seeded from the examples, the test data and the
# built-in catalog and templates. Fails on any finding; the input that
# triggered it is left in fuzz/findings/ to be fixed and then kept in
# fuzz/regressions/TARGET/, which every run replays first.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
build="$root/build/fuzz"
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DPTPLAN_FUZZ=ON -DPTPLAN_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j 2 --target fuzz_profile fuzz_knowledge fuzz_template fuzz_plan

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$root/fuzz/findings"
seed() { # seed TARGET FILES...
  local target=$1
  shift
  mkdir -p "$work/$target"
  local i=0
  for f in "$@"; do
    cp "$f" "$work/$target/seed-$i"
    i=$((i + 1))
  done
}
seed fuzz_profile "$root"/examples/patients/*.yaml "$root"/tests/data/invalid-profiles/*.yaml \
  "$root"/tests/data/yaml-test-suite/invalid/*.yaml
seed fuzz_knowledge "$root"/exercises/catalog/*/*.yaml "$root"/exercises/rules.yaml "$root"/exercises/vocabulary.yaml
seed fuzz_template "$root"/templates/*.mustache
mkdir -p "$work/fuzz_plan"
i=0
for f in "$root"/examples/patients/*.yaml; do
  { printf '\001'; cat "$f"; } >"$work/fuzz_plan/seed-$i"
  i=$((i + 1))
done

status=0
for target in fuzz_profile fuzz_knowledge fuzz_template fuzz_plan; do
  regressions="$root/fuzz/regressions/$target"
  if [ -d "$regressions" ] && [ -n "$(ls -A "$regressions")" ]; then
    echo "== $target: replaying $(ls "$regressions" | wc -l) regression inputs"
    "$build/fuzz/$target" "$regressions"/* >/dev/null 2>&1 || { echo "FAIL $target: a regression input fails again"; status=1; }
  fi
  echo "== $target: fuzzing for $seconds s"
  if ! "$build/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
      -artifact_prefix="$root/fuzz/findings/$target-" -print_final_stats=1 "$work/$target" 2>"$work/$target.log"; then
    echo "FAIL $target: finding saved in fuzz/findings/"
    tail -30 "$work/$target.log"
    status=1
  else
    grep -E "stat::number_of_executed_units|Done" "$work/$target.log" | tail -2
  fi
done
if [ "$status" -eq 0 ]; then echo "fuzz: 4 passed, 0 failed"; fi
exit "$status"

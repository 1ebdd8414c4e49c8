#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) in the sanitizer
# build (build/debug, the debug preset) and runs each one,
# seeded from the examples, the test data and the built-in catalog, drawings
# and templates. Fails on any finding; the input that triggered it is left
# in fuzz/findings/ to be fixed and then kept in fuzz/regressions/TARGET/,
# which every run replays first.
#
#   fuzz/run.sh [SECONDS]              each target for SECONDS (default 60; CI)
#   fuzz/run.sh --runs N [TARGET...]   each target (or those named) for N
#                                      executions: the long runs recorded in
#                                      fuzz/README.md (e.g. --runs 10000000)
#
# PTPLAN_FUZZ_MAX_LEN (default 65536) caps the size of an input: a target
# whose time grows with the input (fuzz_template renders a plan through it)
# slows as libFuzzer lets its inputs grow, and a long run may need a cap
# to end in a session. Record the cap with the run in fuzz/README.md.
# PTPLAN_FUZZ_FLAGS adds libFuzzer flags of your own: -fork=2 runs one
# campaign in two worker processes (one corpus, -runs counts them all),
# -entropic=0 skips the entropic scheduler's bookkeeping. Record them with
# the run too.
#
# To stop a long run early, send SIGINT to the fuzzer (`pkill -INT -x
# fuzz_plan`) or press Ctrl-C: it prints its counts and is reported as
# "stopped" (exit 130 when nothing failed), not as a finding.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
targets_all=(fuzz_profile fuzz_knowledge fuzz_template fuzz_plan fuzz_image fuzz_lint fuzz_po)
limit=(-max_total_time=60)
# A unit slower than this is a hang. Long runs go under nice -n 19 on a
# shared machine, where a starved process can wait seconds for the CPU.
unit_timeout=10
max_len=${PTPLAN_FUZZ_MAX_LEN:-65536}
read -r -a extra_flags <<<"${PTPLAN_FUZZ_FLAGS:-}"
if [ "${1:-}" = "--runs" ]; then
  [ -n "${2:-}" ] || { echo "usage: fuzz/run.sh --runs N [TARGET...]" >&2; exit 2; }
  limit=(-runs="$2")
  unit_timeout=120
  shift 2
  targets=("$@")
elif [ -n "${1:-}" ]; then
  limit=(-max_total_time="$1")
  targets=()
else
  targets=()
fi
[ ${#targets[@]} -gt 0 ] || targets=("${targets_all[@]}")
# The sanitizer build (the debug preset: clang, ASan, UBSan) holds the
# fuzz targets too, so CI's sanitizer tests and fuzzing share one build.
build="$root/build/debug"
(cd "$root" && cmake --preset debug >/dev/null)
cmake --build "$build" -j 2 --target "${targets[@]}"

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
# seed_kind TARGET BYTE FILES...: each file after a byte that tells the
# harness what it is.
seed_kind() {
  local target=$1 byte=$2 f
  shift 2
  mkdir -p "$work/$target"
  for f in "$@"; do
    { printf "$byte"; cat "$f"; } >"$work/$target/kind-$(ls "$work/$target" | wc -l)"
  done
}
# fuzz_knowledge: 0 a catalog file, 1 rules, 2 vocabulary, 3 the phrase
# table, 4 an exercise's patient text (the catalog files again).
seed_kind fuzz_knowledge '\000' "$root"/exercises/catalog/*/*.yaml
# rules.yaml is 77 KB, past -max_len: it goes in as rules files of ten
# rules each (a YAML parse takes time by the byte, as the pieces below).
mkdir -p "$work/rules-pieces"
awk -v out="$work/rules-pieces/rules" '
  /^  - id:/ { if (n % 10 == 0) { if (file) close(file); file = out "-" n / 10; print "rules:" > file } n++ }
  n > 0 { print > file }' "$root"/exercises/rules.yaml
seed_kind fuzz_knowledge '\001' "$work"/rules-pieces/*
seed_kind fuzz_knowledge '\002' "$root"/exercises/vocabulary.yaml
seed_kind fuzz_knowledge '\003' "$root"/exercises/movement_cues.yaml
seed_kind fuzz_knowledge '\004' "$root"/exercises/catalog/*/*.yaml
# The built-in templates in pieces, each cut where no section is open and
# at least 20 lines long (pieces/NAME.mustache-K): each is a template of its
# own, of 1 to 2 KB. A whole plan template is 7 to 17 KB, and parsing and
# linting take time by the byte: the pieces give the fuzzers three times the
# executions for the same coverage, and libFuzzer still grows inputs up to
# -max_len.
mkdir -p "$work/pieces"
for f in "$root"/templates/*.mustache; do
  awk -v out="$work/pieces/$(basename "$f")" -v k=0 '{
    print > (out "-" k); n++
    depth += gsub(/\{\{[#^]/, "&") - gsub(/\{\{\//, "&")
    if (depth == 0 && n >= 20) { close(out "-" k); k++; n = 0 }
  }' "$f"
done
# fuzz_template: a byte naming the template (its index in the harness's
# list: plan.markdown, plan.html, plan.text, referral.html, .markdown, .text)
# to render it, and that index plus 6 to check it.
for f in "$work"/pieces/*; do
  case $(basename "$f" | sed 's/\.mustache-[0-9]*$//') in
  plan.markdown) index=0 ;; plan.html) index=1 ;; plan.text) index=2 ;;
  referral.html) index=3 ;; referral.markdown) index=4 ;; *) index=5 ;;
  esac
  seed_kind fuzz_template "\\$(printf '%03o' "$index")" "$f"
  seed_kind fuzz_template "\\$(printf '%03o' $((index + 6)))" "$f"
done
seed fuzz_image "$root"/tests/data/drawings/*.svg "$root"/tests/data/hostile-drawings/*.svg
seed fuzz_lint "$work"/pieces/*
seed fuzz_po "$root"/exercises/lang/es/*.po "$root"/exercises/lang/templates/*.pot
seed_kind fuzz_plan '\001' "$root"/examples/patients/*.yaml # week 2

# A run's counts from its log: libFuzzer's final stats, or with -fork=N
# (whose parent prints none) its last status line, "#RUNS: cov: ... time:".
counts() {
  { grep -E "stat::number_of_executed_units|stat::peak_rss_mb|^Done" "$1" || true; } | tail -3
  { grep -E "^#[0-9]+: cov:|fuzzed for [0-9]+ iterations" "$1" || true; } | tail -2
}

# One target: replays its regressions, then fuzzes. Its report goes to
# $work/TARGET.report; the status is its result.
fuzz_one() {
  local target=$1 ok=0 start
  local regressions="$root/fuzz/regressions/$target"
  {
    if [ -d "$regressions" ] && [ -n "$(ls -A "$regressions")" ]; then
      echo "== $target: replaying $(ls "$regressions" | wc -l) regression inputs"
      "$build/fuzz/$target" "$regressions"/* >/dev/null 2>&1 || { echo "FAIL $target: a regression input fails again"; ok=1; }
    fi
    echo "== $target: fuzzing (${limit[*]} -max_len=$max_len${extra_flags[*]+ ${extra_flags[*]}})"
    start=$(date +%s)
    # On SIGINT (Ctrl-C, or `pkill -INT -x TARGET`) libFuzzer prints its
    # final stats, saves no input and exits with its -interrupted_exitcode
    # (72): a stopped run, not a finding. With -fork=N the parent says "a
    # child was interrupted".
    local rc=0
    "$build/fuzz/$target" "${limit[@]}" -timeout="$unit_timeout" -rss_limit_mb=2048 -max_len="$max_len" \
      ${extra_flags[@]+"${extra_flags[@]}"} -artifact_prefix="$root/fuzz/findings/$target-" -print_final_stats=1 \
      "$work/$target" 2>"$work/$target.log" || rc=$?
    if [ "$rc" -eq 72 ] && [ "$ok" -eq 0 ] && grep -qE "libFuzzer: (run|a child was) interrupted" "$work/$target.log"; then
      echo "STOPPED $target: interrupted, no finding"
      counts "$work/$target.log"
      echo "   $(($(date +%s) - start)) s"
      ok=2
    elif [ "$rc" -ne 0 ]; then
      echo "FAIL $target: finding saved in fuzz/findings/"
      tail -30 "$work/$target.log"
      ok=1
    else
      counts "$work/$target.log"
      echo "   $(($(date +%s) - start)) s"
    fi
  } >"$work/$target.report" 2>&1
  return "$ok"
}

# As many targets at a time as there are cores (each fuzzer uses one), so
# CI's 60 s a target takes 60 s a core; the reports print in target order.
parallel=${PTPLAN_FUZZ_JOBS:-$(nproc)}
status=0
passed=0
stopped=0
ran=0
# Ctrl-C reaches the fuzzers, which stop; this shell ignores it, prints
# their reports and, once a target has been stopped, starts no more.
trap '' INT
i=0
while [ "$i" -lt ${#targets[@]} ] && [ "$stopped" -eq 0 ]; do
  batch=("${targets[@]:i:parallel}")
  pids=()
  ran=$((ran + ${#batch[@]}))
  for target in "${batch[@]}"; do
    fuzz_one "$target" &
    pids+=($!)
  done
  for j in "${!batch[@]}"; do
    rc=0
    wait "${pids[$j]}" || rc=$?
    case $rc in
    0) passed=$((passed + 1)) ;;
    2) stopped=$((stopped + 1)) ;;
    *) status=1 ;;
    esac
    cat "$work/${batch[$j]}.report"
  done
  i=$((i + parallel))
done
echo "fuzz: $passed passed, $((ran - passed - stopped)) failed, $stopped stopped, $((${#targets[@]} - ran)) not run"
# A finding fails the run (1); a run stopped by hand with none is 130.
[ "$status" -eq 0 ] && [ "$stopped" -gt 0 ] && status=130
exit "$status"

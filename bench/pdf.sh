#!/usr/bin/env bash
# PDF handouts: ptplan's own PDF writer against headless Chromium printing
# the same HTML handouts, side by side in one run. Measures a batch of PDFs
# (handouts a second, wall and CPU), one `ptplan plan -o x.pdf`, and
# Chromium printing a sample of the batch's HTML one file at a time (the
# way a clinic would script it). Appends nothing: prints a Markdown table
# to paste into bench/RESULTS.md.
# Usage: bench/pdf.sh [PTPLAN] [PROFILES] [CHROMIUM_SAMPLE] (defaults: the
# release build, 1000 profiles, 10 handouts for Chromium).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
ptplan=${1:-$root/build/release/ptplan}
count=${2:-1000}
sample=${3:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chromium=$(command -v chromium || command -v chromium-browser || true)
jobs=$(nproc)
repeats=${PTPLAN_BENCH_REPEATS:-3}

python3 "$root/bench/generate_profiles.py" "$count" "$work/profiles" >/dev/null
# Exit statuses that still wrote every handout: 3, a referral among them; 4
# (batch), plans that are incomplete (a part of the session that no allowed
# exercise fits), which generated profiles give.
wrote() { [ "$1" -eq 3 ] || [ "$1" -eq 4 ]; }

# The best of `repeats` wall times of a batch, and its user and system CPU.
best=""
for run in $(seq 1 "$repeats"); do
  rm -rf "$work/out"
  /usr/bin/time -f '%e %U %S' -o "$work/time" "$ptplan" batch "$work/profiles" --out-dir "$work/out" --format pdf \
    --jobs "$jobs" >/dev/null 2>&1 || wrote $?
  # time writes "Command exited with non-zero status N" first when it is not 0.
  read -r wall user sys < <(tail -n 1 "$work/time")
  if [ -z "$best" ] || awk -v a="$wall" -v b="$best" 'BEGIN { exit !(a < b) }'; then
    best=$wall best_user=$user best_sys=$sys
  fi
done
pdfs=$(ls "$work/out"/*.pdf | wc -l)
per_second=$(awk -v n="$pdfs" -v t="$best" 'BEGIN { printf "%.0f", n / t }')
cpu_ms=$(awk -v n="$pdfs" -v u="$best_user" -v s="$best_sys" 'BEGIN { printf "%.1f", (u + s) * 1000 / n }')

# One handout, as a therapist runs it.
one=$(ls "$work/profiles"/*.yaml | sed -n 1p) # sed reads on: head would end ls with SIGPIPE, a failure under pipefail
single_best=""
for run in $(seq 1 5); do
  /usr/bin/time -f '%e' -o "$work/time1" "$ptplan" plan "$one" -o "$work/one.pdf" --force >/dev/null 2>&1 || wrote $?
  t=$(tail -n 1 "$work/time1")
  if [ -z "$single_best" ] || awk -v a="$t" -v b="$single_best" 'BEGIN { exit !(a < b) }'; then single_best=$t; fi
done

# Chromium printing the same handouts' HTML, one process each.
chromium_per_second="not measured (no chromium)"
ratio="-"
if [ -n "$chromium" ]; then
  "$ptplan" batch "$work/profiles" --out-dir "$work/html" --format html --jobs "$jobs" >/dev/null 2>&1 || wrote $?
  ls "$work/html"/*.html | sed -n "1,${sample}p" >"$work/sample"
  start=$(date +%s%N)
  while read -r html; do
    timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
      --disable-background-networking --disable-component-update --disable-sync --user-data-dir="$work/chromium" \
      --no-pdf-header-footer --print-to-pdf="${html%.html}.pdf" "file://$html" >/dev/null 2>&1
  done <"$work/sample"
  seconds=$(awk -v s="$start" -v e="$(date +%s%N)" 'BEGIN { printf "%.3f", (e - s) / 1e9 }')
  printed=$(ls "$work/html"/*.pdf 2>/dev/null | wc -l)
  chromium_per_second=$(awk -v n="$printed" -v t="$seconds" 'BEGIN { printf "%.2f", n / t }')
  ratio=$(awk -v a="$per_second" -v b="$chromium_per_second" 'BEGIN { printf "%.0f", (b > 0 ? a / b : 0) }')
fi

cat <<TABLE
| PDF handouts ($count profiles, $jobs cores, $(uname -m)) | value |
|---|---|
| ptplan batch --format pdf --jobs $jobs, best of $repeats | $pdfs PDFs in ${best} s: **$per_second a second** |
| CPU a PDF (user + system) | $cpu_ms ms |
| one \`ptplan plan -o x.pdf\`, best of 5 | ${single_best} s |
| headless Chromium printing the HTML, $sample files one by one | $chromium_per_second a second |
| ptplan / Chromium | **${ratio}x** |
TABLE

#!/usr/bin/env bash
# Peak memory of ptplan on the hostile inputs of issue 15 and on the largest
# inputs it accepts, measured with GNU time (/usr/bin/time -v, "Maximum
# resident set size"). Writes bench/MEMORY.md. The ceiling it checks, for
# any input, accepted or refused: 64 MB for a process that runs one job at
# a time, and 16 MB more for each further job it runs at once (--jobs N).
# Usage: bench/memory.sh [PTPLAN] (default: the release build).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
ptplan=${1:-$root/build/release/ptplan}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -x /usr/bin/time ] || { echo "bench/memory.sh needs GNU time (Debian: apt-get install time)" >&2; exit 1; }
good="$root/examples/patients/hip-oa-fall-risk.yaml"

python3 - "$work" "$root" <<'PY'
import os, sys
work, root = sys.argv[1], sys.argv[2]
emoji = "\U0001F600" * 4096
def write(name, text):
    with open(os.path.join(work, name), "w") as f:
        f.write(text)
# Reproducer 3: 60 strings of 4,096 emoji aliased 800 times (986 KB).
lines = ["patient: { name: Test, age: 50 }", "conditions: [sciatica]", "pain: { current: 3 }", "goals:"]
lines += [f'  - &a{i} "{emoji}"' for i in range(60)]
lines += ["choices:", "  note:"] + [f"    k{i}: *a{i % 60}" for i in range(800)]
write("emoji-aliases.yaml", "\n".join(lines) + "\n")
os.makedirs(os.path.join(work, "emoji4"))
for i in range(4):
    write(f"emoji4/p{i}.yaml", "\n".join(lines) + "\n")
# The largest profile accepted: 1,000 goals of 1,000 characters (1 MB).
big = ["patient: { name: Test, age: 50 }", "conditions: [sciatica]", "pain: { current: 3 }", "goals:"]
big += ["  - \"" + ("Walk to the shops and back " * 37)[:1000] + "\"" for _ in range(1000)]
text = "\n".join(big) + "\n"
write("largest.yaml", text[: 1024 * 1024 - 2000] if len(text) > 1024 * 1024 else text)
# 240 unknown exercise names of 4,000 letters (962 KB): each was compared
# letter by letter with every exercise id for a suggestion (264 s in the
# sanitizer build before the fix).
lines = ["patient: { name: Test, age: 50 }", "conditions: [sciatica]", "pain: { current: 3 }", "choices:", "  include:"]
lines += [f"    - {'x' * 4000}{i}" for i in range(240)]
write("unknown-words.yaml", "\n".join(lines) + "\n")
os.makedirs(os.path.join(work, "largest4"))
for i in range(4):
    write(f"largest4/p{i}.yaml", text)
PY

catalog_copy() { rm -rf "$1"; mkdir -p "$1"; cp -r "$root/exercises/." "$1/"; }
catalog_copy "$work/cat-aliases"
python3 -c "
import sys
s = '\"' + 'é' * 4000 + '\"'
open(sys.argv[1], 'w').write('- id: x\n  name: [&a [' + ','.join([s] * 100) + '], ' + ','.join(['*a'] * 990) + ']\n')
" "$work/cat-aliases/catalog/big.yaml"
catalog_copy "$work/cat-nodes"
python3 -c "
import sys
rows = ','.join('[' + ','.join(['a'] * 19990) + ']' for _ in range(50))
open(sys.argv[1], 'w').write('- id: x\n  name: [' + rows + ']\n')
" "$work/cat-nodes/catalog/big.yaml"
# 100,000 links to no exercise, in five exercises of 20,000 variants each:
# a suggestion for each compared it with every exercise id (only the
# first 50 errors of a file are shown, and only they get one now).
catalog_copy "$work/cat-links"
python3 -c "
import re, sys
entry = open(sys.argv[2]).read()
entry = re.sub(r'(?m)^progression: .*$', 'progression: null', entry)
out = []
for e in range(5):
    ids = ', '.join(f'seated-abdominal-bracin-{e}-{i}' for i in range(20000))
    text = re.sub(r'(?m)^id: .*$', f'id: dangling-{e}', entry)
    text = re.sub(r'(?m)^variants: .*$', f'variants: [{ids}]', text)
    out.append('- ' + text.replace('\n', '\n  ').rstrip() + '\n')
open(sys.argv[1], 'w').write(''.join(out))
" "$work/cat-links/catalog/links.yaml" "$root/exercises/catalog/strength/abdominal-bracing-supine.yaml"
# 45,000 unknown names in a 1 MB template: each got a suggestion too.
mkdir -p "$work/tpl-names"
python3 -c "
import sys
open(sys.argv[1], 'w').write(''.join(f'{{{{exercise_nam_{i}}}}}\\n' for i in range(45000)))
" "$work/tpl-names/plan.markdown.mustache"
mkdir -p "$work/tpl-nest"
{ printf '{{#days}}%.0s' $(seq 10); printf '{{day}}'; printf '{{/days}}%.0s' $(seq 10); printf '\n'; } >"$work/tpl-nest/plan.markdown.mustache"
mkdir -p "$work/tpl-deep"
{ printf '{{#days}}%.0s' $(seq 10000); printf '{{/days}}%.0s' $(seq 10000); } >"$work/tpl-deep/plan.markdown.mustache"

rows=()
measure() { # measure DESCRIPTION -- COMMAND... (the ceiling counts its --jobs)
  local what=$1
  shift 2
  local jobs=1 previous=""
  for arg in "$@"; do
    [ "$previous" = "--jobs" ] && jobs=$arg
    previous=$arg
  done
  local ceiling_mb=$((64 + 16 * (jobs - 1)))
  /usr/bin/time -v -o "$work/time" "$@" >/dev/null 2>"$work/err" || true
  local kb seconds status
  kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time")
  seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time")
  status=$(awk -F': ' '/Exit status/ {print $2}' "$work/time")
  rows+=("| $what | $status | $seconds | $((kb / 1024)) | $ceiling_mb |")
  echo "  $what: exit $status, $seconds, $((kb / 1024)) MB (ceiling $ceiling_mb MB)"
  if [ "$kb" -gt $((ceiling_mb * 1024)) ]; then echo "OVER $ceiling_mb MB: $what" >&2; over=1; fi
}
over=0
echo "measuring..."
measure "one plan, Markdown (the usual case)" -- "$ptplan" plan "$good"
measure "one plan, HTML with drawings" -- "$ptplan" plan "$good" --format html
measure "largest accepted profile (1 MB: 1,000 goals of 1,000 characters), HTML" -- "$ptplan" plan "$work/largest.yaml" --format html
measure "4 of the largest profiles, 4 formats, --jobs 1" -- "$ptplan" batch "$work/largest4" --out-dir "$work/o0" --format markdown,text,html,json --jobs 1
measure "4 of the largest profiles, 4 formats, --jobs 4" -- "$ptplan" batch "$work/largest4" --out-dir "$work/o1" --format markdown,text,html,json --jobs 4
measure "240 unknown exercise names of 4,000 letters (962 KB, refused)" -- "$ptplan" plan "$work/unknown-words.yaml"
measure "reproducer 3: 60 emoji strings aliased 800 times (refused)" -- "$ptplan" plan "$work/emoji-aliases.yaml"
measure "reproducer 3: four of them, --jobs 4 (refused)" -- "$ptplan" batch "$work/emoji4" --out-dir "$work/o2" --jobs 4
measure "reproducer 3: 800 KB catalog file of aliased long strings (refused)" -- "$ptplan" check "$work/cat-aliases"
measure "reproducer 3: catalog file of a million nodes (refused)" -- "$ptplan" check "$work/cat-nodes"
measure "100,000 links to no exercise in one catalog file (refused)" -- "$ptplan" check "$work/cat-links"
measure "45,000 unknown names in a 1 MB template (refused)" -- "$ptplan" check --templates "$work/tpl-names"
measure "reproducer 5: {{#days}} nested 10 deep (refused)" -- "$ptplan" plan "$good" --templates "$work/tpl-nest"
measure "reproducer 5: 10,000 nested sections (refused)" -- "$ptplan" plan "$good" --templates "$work/tpl-deep"

{
  echo "# Memory per job"
  echo
  echo "Peak resident memory of one ptplan process, from \`bench/memory.sh\`"
  echo "(GNU time's \"Maximum resident set size\"), on the hostile inputs of"
  echo "issue 15 and the largest inputs ptplan accepts. The ceiling, whatever"
  echo "it is given: 64 MB for a process that runs one job at a time, and 16 MB"
  echo "more for each further job it runs at once (\`--jobs N\`); the script says"
  echo "OVER when a process passes it."
  echo
  echo "Binary: \`$("$ptplan" --version)\`, $(basename "$(dirname "$ptplan")") build; $(nproc) cores."
  echo
  echo "| input | exit | wall time | peak MB | ceiling MB |"
  echo "|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "What bounds it: a profile is at most 1 MiB and 2 MiB of text with its"
  echo "aliases expanded (8 MiB for catalog files) and 50,000 nodes (200,000);"
  echo "a handout is at most 8 MiB, checked while it is rendered; the escape"
  echo "cache keeps at most 4 MiB per format and thread. Before issue 15 the"
  echo "emoji profile took 977 MB and 3.7 s, four of them 3.85 GB, the 800 KB"
  echo "catalog file 2 GB, the nested template 850 MB and 16-24 s."
  echo
  echo "Where a process's memory goes: about 15 MB is the program and the 51"
  echo "shared libraries it loads (\`ptplan --version\` alone; Cairo, Pango and"
  echo "librsvg bring most of them), pages every ptplan process shares. Each job"
  echo "run at once adds about 10 MB with the largest profiles (the profile, its"
  echo "four handouts before they are written, a renderer and its escape cache)."
  echo "Part of a batch's peak is memory already freed that mimalloc keeps for"
  echo "reuse for 100 ms: \`MIMALLOC_RESET_DELAY=0\` took the 4-job batch from 68"
  echo "to 54 MB, and its time from 0.5 to 0.6 s (2026-12-03, release build)."
} >"$root/bench/MEMORY.md"
echo "wrote bench/MEMORY.md"
exit "$over"

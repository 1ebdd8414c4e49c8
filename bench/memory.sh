#!/usr/bin/env bash
# Peak memory of ptplan on the hostile inputs of issue 15 and on the largest
# inputs it accepts, measured with GNU time (/usr/bin/time -v, "Maximum
# resident set size"). Writes bench/MEMORY.md. The ceiling it checks: no
# job over 64 MB, accepted or refused.
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
mkdir -p "$work/tpl-nest"
{ printf '{{#days}}%.0s' $(seq 10); printf '{{day}}'; printf '{{/days}}%.0s' $(seq 10); printf '\n'; } >"$work/tpl-nest/plan.markdown.mustache"
mkdir -p "$work/tpl-deep"
{ printf '{{#days}}%.0s' $(seq 10000); printf '{{/days}}%.0s' $(seq 10000); } >"$work/tpl-deep/plan.markdown.mustache"

rows=()
measure() { # measure DESCRIPTION -- COMMAND...
  local what=$1
  shift 2
  /usr/bin/time -v -o "$work/time" "$@" >/dev/null 2>"$work/err" || true
  local kb seconds status
  kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time")
  seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time")
  status=$(awk -F': ' '/Exit status/ {print $2}' "$work/time")
  rows+=("| $what | $status | $seconds | $((kb / 1024)) |")
  echo "  $what: exit $status, $seconds, $((kb / 1024)) MB"
  if [ "$kb" -gt 65536 ]; then echo "OVER 64 MB: $what" >&2; over=1; fi
}
over=0
echo "measuring..."
measure "one plan, Markdown (the usual case)" -- "$ptplan" plan "$good"
measure "one plan, HTML with drawings" -- "$ptplan" plan "$good" --format html
measure "largest accepted profile (1 MB: 1,000 goals of 1,000 characters), HTML" -- "$ptplan" plan "$work/largest.yaml" --format html
measure "4 of the largest profiles, 4 formats, --jobs 4" -- "$ptplan" batch "$work/largest4" --out-dir "$work/o1" --format markdown,text,html,json --jobs 4
measure "240 unknown exercise names of 4,000 letters (962 KB, refused)" -- "$ptplan" plan "$work/unknown-words.yaml"
measure "reproducer 3: 60 emoji strings aliased 800 times (refused)" -- "$ptplan" plan "$work/emoji-aliases.yaml"
measure "reproducer 3: four of them, --jobs 4 (refused)" -- "$ptplan" batch "$work/emoji4" --out-dir "$work/o2" --jobs 4
measure "reproducer 3: 800 KB catalog file of aliased long strings (refused)" -- "$ptplan" check "$work/cat-aliases"
measure "reproducer 3: catalog file of a million nodes (refused)" -- "$ptplan" check "$work/cat-nodes"
measure "reproducer 5: {{#days}} nested 10 deep (refused)" -- "$ptplan" plan "$good" --templates "$work/tpl-nest"
measure "reproducer 5: 10,000 nested sections (refused)" -- "$ptplan" plan "$good" --templates "$work/tpl-deep"

{
  echo "# Memory per job"
  echo
  echo "Peak resident memory of one ptplan process, from \`bench/memory.sh\`"
  echo "(GNU time's \"Maximum resident set size\"), on the hostile inputs of"
  echo "issue 15 and the largest inputs ptplan accepts. The ceiling: no job over"
  echo "64 MB, whatever it is given; the script says OVER when one is."
  echo
  echo "Binary: \`$("$ptplan" --version)\`, $(basename "$(dirname "$ptplan")") build; $(nproc) cores."
  echo
  echo "| input | exit | wall time | peak MB |"
  echo "|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "What bounds it: a profile is at most 1 MiB and 2 MiB of text with its"
  echo "aliases expanded (8 MiB for catalog files) and 50,000 nodes (200,000);"
  echo "a handout is at most 8 MiB, checked while it is rendered; the escape"
  echo "cache keeps at most 4 MiB per format and thread. Before issue 15 the"
  echo "emoji profile took 977 MB and 3.7 s, four of them 3.85 GB, the 800 KB"
  echo "catalog file 2 GB, the nested template 850 MB and 16-24 s."
} >"$root/bench/MEMORY.md"
echo "wrote bench/MEMORY.md"
exit "$over"

#!/usr/bin/env bash
# ptplan batch end to end: outcomes per input, naming rule, summary.json,
# exit statuses, --force, identical output whatever --jobs, the stream
# input, and an interrupted batch leaving no partial files.
set -u
ptplan=$1
root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
ok() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL $1"; }
check() { if eval "$1"; then ok; else fail "$2"; fi; }
json() { python3 -c "import json,sys; d=json.load(open('$1')); print($2)"; }

patients="$root/examples/patients"
mkdir -p "$work/a" "$work/b"
cp "$patients/hip-oa-fall-risk.yaml" "$work/a/same.yaml"
cp "$patients/lumbar-stenosis.yaml" "$work/b/same.yaml"
printf 'patient: { name: X, age: 5 }\nconditions: [sciatica]\npain: { current: 3 }\n' >"$work/a/bad.yaml"

"$ptplan" batch "$work/a" "$work/b" --out-dir "$work/out" --format markdown,json >"$work/stdout" 2>"$work/stderr"
check "[ $? -eq 1 ]" "an invalid input gives exit 1"
check "[ -f '$work/out/same.md' ] && [ -f '$work/out/same-2.md' ] && [ -f '$work/out/same-2.json' ]" "colliding names become same and same-2"
check "[ ! -e '$work/out/bad.md' ]" "no output for an invalid input"
check "[ \"\$(json '$work/out/summary.json' \"[i['status'] for i in d['items']]\")\" = \"['invalid', 'plan', 'plan']\" ]" "summary statuses in input order"
check "json '$work/out/summary.json' \"d['items'][0]['errors'][0]\" | grep -q 'bad.yaml:1:26: error: patient.age: 5 is out of range'" "summary carries the file:line:column error"
check "grep -q '3 inputs: 2 plans, 0 referrals, 1 invalid' '$work/stderr'" "human summary on stderr"
check "grep -q 'bad.yaml:1:26' '$work/stderr'" "errors on stderr too"

"$ptplan" batch "$work/b" --out-dir "$work/out" >/dev/null 2>&1
check "[ $? -eq 2 ]" "refuses a folder with a summary.json without --force"

"$ptplan" batch "$patients" --out-dir "$work/r" --format json >/dev/null 2>&1
check "[ $? -eq 3 ]" "referrals without failures give exit 3"
"$ptplan" batch "$patients/hip-oa-fall-risk.yaml" --out-dir "$work/p" >/dev/null 2>&1
check "[ $? -eq 0 ]" "all plans give exit 0"

for jobs in 1 2 4; do
  "$ptplan" batch "$patients" --out-dir "$work/j$jobs" --format markdown,text,html,json --jobs "$jobs" >/dev/null 2>&1
done
check "diff -r '$work/j1' '$work/j2' >/dev/null && diff -r '$work/j1' '$work/j4' >/dev/null" "identical output for --jobs 1, 2 and 4"
check "cmp -s '$work/j1/hip-oa-fall-risk.md' '$root/examples/handouts/hip-oa-fall-risk.md'" "batch output equals plan output"

for f in "$patients"/*.yaml; do echo "---"; cat "$f"; done >"$work/stream.yaml"
"$ptplan" batch - --out-dir "$work/s" --format json <"$work/stream.yaml" >/dev/null 2>&1
check "[ $? -eq 3 ]" "stream of example profiles"
count=$(ls "$patients"/*.yaml | wc -l)
first=$(basename "$(ls "$patients"/*.yaml | head -n 1)" .yaml)
check "[ -f '$work/s/stdin-1.json' ] && [ -f '$work/s/stdin-$count.json' ]" "stream outputs named stdin-N"
check "cmp -s '$work/s/stdin-1.json' '$work/j1/$first.json'" "stream document equals file input"

# Interrupt a long batch: complete files only, no temporary files, exit 130.
mkdir -p "$work/many"
for i in $(seq 1 400); do cp "$patients/hip-oa-fall-risk.yaml" "$work/many/p$i.yaml"; done
"$ptplan" batch "$work/many" --out-dir "$work/int" --format markdown,json --jobs 2 >/dev/null 2>&1 &
pid=$!
sleep 0.3
kill -INT "$pid" 2>/dev/null
wait "$pid"
status=$?
if [ "$status" -eq 130 ]; then
  ok
  check "[ -z \"\$(find '$work/int' -name '.*tmp*')\" ]" "no temporary files after SIGINT"
  check "python3 -c \"import json,glob; [json.load(open(f)) for f in glob.glob('$work/int/p*.json')]\"" "every JSON written before SIGINT is complete"
  check "json '$work/int/summary.json' \"d['interrupted']\" | grep -q True" "summary says interrupted"
else
  # The machine finished all 400 before the signal: still no partial files.
  check "[ $status -eq 0 ]" "batch finished or was interrupted (status $status)"
fi

# --week next: each profile's own week, after its last progress-log entry.
"$ptplan" batch "$patients/back-pain-progress-log.yaml" "$patients/hip-oa-fall-risk.yaml" --out-dir "$work/next" \
  --format json --week next >/dev/null 2>&1
check "[ \"\$(json '$work/next/back-pain-progress-log.json' \"d['week']\")\" = 4 ]" "--week next: the logged profile gets week 4"
check "[ \"\$(json '$work/next/hip-oa-fall-risk.json' \"d['week']\")\" = 1 ]" "--week next: a profile without a log gets week 1"
check "[ \"\$(json '$work/next/summary.json' \"d['week']\")\" = next ]" "--week next in summary.json"

echo "batch: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

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

# Every input appears: any case of .yaml/.yml, symbolic links, a dangling
# link as an invalid input; names starting with "." are left out.
mkdir -p "$work/cases"
cp "$patients/hip-oa-fall-risk.yaml" "$work/cases/p000001.yaml"
cp "$patients/lumbar-stenosis.yaml" "$work/cases/p000006.YAML"
cp "$patients/lumbar-stenosis.yaml" "$work/cases/p000007.Yml"
ln -s "$patients/gluteal-tendinopathy.yaml" "$work/cases/linked.yaml"
ln -s "$work/cases/missing.yaml" "$work/cases/zz.yaml"
ln -s "user@host.1234" "$work/cases/.#p000001.yaml" # an editor's lock file
"$ptplan" batch "$work/cases" --out-dir "$work/cases-out" --format json >/dev/null 2>"$work/stderr"
check "[ $? -eq 1 ]" "a dangling link makes the batch fail (exit 1)"
check "[ \"\$(json '$work/cases-out/summary.json' \"[i['input'].split('/')[-1] for i in d['items']]\")\" = \"['linked.yaml', 'p000001.yaml', 'p000006.YAML', 'p000007.Yml', 'zz.yaml']\" ]" "every input of the folder is in summary.json, sorted"
check "[ \"\$(json '$work/cases-out/summary.json' \"d['items'][4]['status']\")\" = invalid ]" "the dangling link is invalid"
check "json '$work/cases-out/summary.json' \"d['items'][4]['errors'][0]\" | grep -q 'zz.yaml: error: is a symbolic link to .*missing.yaml, which does not exist'" "the dangling link's error says so"
check "grep -q '5 inputs:' '$work/stderr'" "the count on stderr includes every input"

# Warnings are in summary.json and counted on stderr; an incomplete plan has
# its own status and exit status 4.
cat >"$work/short.yaml" <<'YAML'
patient: { name: Short Session, age: 80 }
conditions: [hip-osteoarthritis]
pain: { current: 4 }
precautions: [fall-risk]
limitations: [no-floor, no-standing]
schedule: { minutes_per_session: 5 }
YAML
"$ptplan" plan "$work/short.yaml" >/dev/null 2>"$work/plan-stderr"
plan_warnings=$(grep -c 'warning:' "$work/plan-stderr")
"$ptplan" batch "$work/short.yaml" --out-dir "$work/short" --format json >/dev/null 2>"$work/stderr"
check "[ $? -eq 4 ]" "an incomplete plan gives batch exit 4"
check "[ \"\$(json '$work/short/summary.json' \"d['items'][0]['status']\")\" = incomplete ]" "status incomplete"
check "[ \"\$(json '$work/short/summary.json' \"len(d['items'][0]['warnings'])\")\" = $plan_warnings ]" "every warning plan prints is in warnings[] ($plan_warnings)"
noun=warnings; [ "$plan_warnings" -eq 1 ] && noun=warning
check "[ $plan_warnings -gt 0 ] && grep -q \"; $plan_warnings $noun; details\" '$work/stderr'" "the warnings are counted on stderr"
check "grep -q 'ptplan batch: 1 input: 0 plans, 0 referrals' '$work/stderr'" "one input is counted in the singular"
check "[ \"\$(grep -c 'short.yaml: warning:' '$work/stderr')\" = $plan_warnings ]" "each warning on stderr names its input"
check "[ \"\$(json '$work/short/summary.json' \"d['counts']['incomplete']\")\" = 1 ]" "counts.incomplete"
"$ptplan" batch "$work/short.yaml" --out-dir "$work/short-q" --format json --quiet >/dev/null 2>"$work/stderr"
check "[ $? -eq 4 ] && [ ! -s '$work/stderr' ]" "--quiet: nothing on stderr, the same exit status"

# A rerun into the same folder: exit 2 at once, as documented, even when a
# killed batch left outputs but no summary.
rm "$work/p/summary.json"
"$ptplan" batch "$patients/hip-oa-fall-risk.yaml" --out-dir "$work/p" >/dev/null 2>"$work/stderr"
check "[ $? -eq 2 ] && grep -q 'already holds 1 of this batch' '$work/stderr'" "outputs without a summary: exit 2"
# --resume finishes it: complete outputs are kept and listed as skipped.
cp "$patients/lumbar-stenosis.yaml" "$work/second.yaml"
before=$(stat -c %Y.%i "$work/p/hip-oa-fall-risk.md")
"$ptplan" batch "$patients/hip-oa-fall-risk.yaml" "$work/second.yaml" --out-dir "$work/p" --resume >/dev/null 2>"$work/stderr"
check "[ $? -eq 0 ]" "--resume finishes the batch"
check "[ \"\$(json '$work/p/summary.json' \"[(i['status'], i['skipped']) for i in d['items']]\")\" = \"[('plan', True), ('plan', False)]\" ]" "--resume: the finished input is skipped, the other planned"
check "[ \"\$(stat -c %Y.%i '$work/p/hip-oa-fall-risk.md')\" = '$before' ] && [ -f '$work/p/second.md' ]" "--resume keeps the complete output and writes the missing one"
check "grep -q '1 skipped' '$work/stderr'" "--resume: skipped counted on stderr"
"$ptplan" batch "$patients/hip-oa-fall-risk.yaml" --out-dir "$work/p" --resume --force >/dev/null 2>&1
check "[ $? -eq 2 ]" "--resume and --force together are a usage error"

# A second batch into a folder in use is refused at once.
mkdir -p "$work/locked"
flock "$work/locked/.ptplan-batch.lock" sleep 5 &
holder=$!
sleep 0.5
start=$(date +%s)
"$ptplan" batch "$patients/hip-oa-fall-risk.yaml" --out-dir "$work/locked" >/dev/null 2>"$work/stderr"
status=$?
check "[ $status -eq 2 ] && grep -q 'another ptplan batch is writing to this folder' '$work/stderr'" "a folder in use: exit 2"
check "[ \$((\$(date +%s) - start)) -le 2 ]" "refused at once, without waiting"
check "[ ! -e '$work/locked/summary.json' ]" "nothing written into a folder in use"
kill "$holder" 2>/dev/null
wait "$holder" 2>/dev/null

# A killed batch leaves no temporary file, and stale ones from older runs
# are cleaned up by the next.
"$ptplan" batch "$work/many" --out-dir "$work/killed" --format markdown,json --jobs 2 >/dev/null 2>&1 &
pid=$!
sleep 0.3
kill -KILL "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
check "[ -z \"\$(find '$work/killed' -name '*tmp*')\" ]" "no temporary files after SIGKILL"
: >"$work/killed/summary.json.tmp-AbC123"
: >"$work/killed/.p1.md.tmp-XyZ789"
"$ptplan" batch "$work/many" --out-dir "$work/killed" --format markdown,json --resume >/dev/null 2>&1
check "[ $? -eq 0 ]" "--resume after SIGKILL finishes the batch"
check "[ -z \"\$(find '$work/killed' -name '*tmp*')\" ]" "stale temporaries are cleaned up"
check "[ \"\$(json '$work/killed/summary.json' \"d['counts']['total']\")\" = 400 ]" "the resumed summary lists all 400 inputs"

# An interrupted batch lists every input, the ones not planned as interrupted.
"$ptplan" batch "$work/many" --out-dir "$work/int2" --format markdown,json --jobs 1 >/dev/null 2>&1 &
pid=$!
sleep 0.3
kill -INT "$pid" 2>/dev/null
wait "$pid"
status=$?
if [ "$status" -eq 130 ]; then
  check "[ \"\$(json '$work/int2/summary.json' \"len(d['items'])\")\" = 400 ]" "an interrupted summary lists every input"
  check "[ \"\$(json '$work/int2/summary.json' \"d['counts']['interrupted'] > 0\")\" = True ]" "inputs not planned are interrupted"
fi

echo "batch: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

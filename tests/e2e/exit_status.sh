#!/usr/bin/env bash
# Every documented exit status of the real binary, and that nothing is
# written when a command fails.
set -u
ptplan=$1
root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

expect() { # expect STATUS DESCRIPTION -- COMMAND...
  local want=$1 what=$2
  shift 3
  "$@" >"$work/out" 2>"$work/err"
  local got=$?
  if [ "$got" -eq "$want" ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL $what: expected exit $want, got $got"
    sed 's/^/  stderr: /' "$work/err" | head -5
  fi
}

expect_text() { # expect_text FILE TEXT DESCRIPTION
  if grep -qF -- "$2" "$1"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL $3: \"$2\" not found in $(basename "$1")"
    sed 's/^/  /' "$1" | head -5
  fi
}

good="$root/examples/patients/hip-oa-fall-risk.yaml"
red="$root/examples/patients/red-flag-cauda-equina.yaml"

expect 0 "plan for a valid profile" -- "$ptplan" plan "$good"
expect_text "$work/out" "# Your home exercise plan" "markdown heading"
expect 0 "plan from stdin" -- sh -c "\"$ptplan\" plan - < \"$good\""
expect 3 "referral for a red flag" -- "$ptplan" plan "$red"
expect_text "$work/out" "Take this sheet with you" "referral notice on stdout"
expect 3 "explain a referral" -- "$ptplan" explain "$red"
expect 0 "explain a plan" -- "$ptplan" explain "$good"
expect_text "$work/out" "Rules that fired" "explain lists rules"

cat >"$work/bad.yaml" <<'YAML'
patient:
  name: Test Person
  age: 200
conditions: [hip-osteoartritis]
pain: { current: 5 }
YAML
expect 1 "invalid profile" -- "$ptplan" plan "$work/bad.yaml" -o "$work/plan.md"
expect_text "$work/err" "bad.yaml:3:8: error: patient.age: 200 is out of range; expected a whole number from 12 to 110" "age error with position"
expect_text "$work/err" "bad.yaml:4:14: error: conditions: unknown value \"hip-osteoartritis\"; did you mean \"hip-osteoarthritis\"?" "did-you-mean"
if [ -e "$work/plan.md" ]; then failed=$((failed + 1)); echo "FAIL invalid input wrote $work/plan.md"; else passed=$((passed + 1)); fi

expect 1 "missing profile file" -- "$ptplan" plan "$work/nope.yaml"
expect 2 "unknown option" -- "$ptplan" plan "$good" --colour
expect 2 "unknown format" -- "$ptplan" plan "$good" --format docx
expect 2 "no command" -- "$ptplan"
expect 0 "--help" -- "$ptplan" --help
expect 0 "plan --help" -- "$ptplan" plan --help
expect 0 "--version" -- "$ptplan" --version
expect_text "$work/out" "ptplan " "version printed"
expect 0 "plan --version" -- "$ptplan" plan --version

expect 0 "write to a file" -- "$ptplan" plan "$good" -o "$work/plan.md"
expect 2 "refuse to overwrite without --force" -- "$ptplan" plan "$good" -o "$work/plan.md"
expect 0 "overwrite with --force" -- "$ptplan" plan "$good" -o "$work/plan.md" --force
expect 1 "output path is a folder" -- "$ptplan" plan "$good" -o "$work"
expect 1 "output folder missing" -- "$ptplan" plan "$good" -o "$work/missing/plan.md"
if [ -w /dev/full ]; then
  expect 1 "full disk" -- "$ptplan" plan "$good" -o /dev/full
fi
leftovers=$(find "$work" -name '.*.tmp-*' | wc -l)
if [ "$leftovers" -eq 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL temporary files left behind"; fi

expect 0 "check built-in catalog and examples" -- "$ptplan" check "$root/examples/patients/"*.yaml
expect 1 "check a bad profile" -- "$ptplan" check "$work/bad.yaml"
mkdir -p "$work/catalog"
cp -r "$root/exercises/." "$work/catalog/"
sed -i 's/^level: 1$/level: 9/' "$work/catalog/catalog/aerobic/walking.yaml"
expect 1 "check a broken catalog" -- "$ptplan" check "$work/catalog"
expect_text "$work/err" "walking.yaml" "catalog error names the file"
expect 1 "plan with a broken catalog" -- "$ptplan" plan "$good" --catalog "$work/catalog"

expect 0 "catalog list" -- "$ptplan" catalog list --category stretch
expect_text "$work/out" "seated-piriformis-stretch" "catalog list shows a stretch"
expect 0 "catalog show" -- "$ptplan" catalog show walking
expect 2 "catalog show unknown id" -- "$ptplan" catalog show walkin
expect_text "$work/err" "did you mean \"walking\"" "catalog show suggestion"
expect 0 "new-profile" -- "$ptplan" new-profile
"$ptplan" new-profile >"$work/skeleton-as-printed.yaml"
expect 1 "the unedited skeleton is refused" -- "$ptplan" plan "$work/skeleton-as-printed.yaml"
expect_text "$work/err" "skeleton-as-printed.yaml:7:9: error: patient.name: \"First Last\" is the placeholder" "placeholder with its position"
sed -e 's/First Last/Dorothy Hughes/; s/Your Name/Sam Okafor/; s/Your Clinic/Riverside PT/; s/Your Phone/"555 0100"/' \
  "$work/skeleton-as-printed.yaml" >"$work/skeleton.yaml"
expect 0 "the skeleton, filled in, is a valid profile" -- "$ptplan" plan "$work/skeleton.yaml"
awk '/^# progress:/{f=1} f{sub(/^# ?/,"")} {print}' "$work/skeleton.yaml" >"$work/skeleton-log.yaml"
expect 0 "the skeleton's progress log, uncommented, is valid" -- "$ptplan" plan "$work/skeleton-log.yaml" --week 2
expect_text "$work/out" "## Your progress" "the week-2 plan shows the progress section"
expect 0 "new-profile --every-key" -- "$ptplan" new-profile --every-key
if grep -q '^choices:' "$work/out" && ! grep -q '^# choices:' "$work/out"; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
  echo "FAIL new-profile --every-key leaves choices commented out"
fi

# review: the course from the progress log.
logged="$root/examples/patients/back-pain-progress-log.yaml"
expect 0 "review of a profile with a progress log" -- "$ptplan" review "$logged"
expect_text "$work/out" "# Course review: Ahmed Rahman" "review heading"
expect_text "$work/out" "| 3 | 3 of 4 | 75 % |" "review week row"
expect 0 "review as JSON" -- "$ptplan" review "$logged" --format json
expect_text "$work/out" '"next_week": 4' "review JSON next week"
expect 3 "review with an uncleared red flag" -- "$ptplan" review "$red"
expect 2 "review with an unknown format" -- "$ptplan" review "$logged" --format html
printf 'patient: { name: X, age: 40 }\nconditions: [sciatica]\npain: { current: 3 }\nprogress:\n  - { week: 1, sessions_done: 9, pain_during: 2, pain_next_day: same }\n' >"$work/bad-log.yaml"
expect 1 "review of an invalid progress log" -- "$ptplan" review "$work/bad-log.yaml"
expect_text "$work/err" "bad-log.yaml:5:31: error: progress[1].sessions_done: 9 is out of range" "log error position"
expect 0 "--week next plans the week after the last log entry" -- "$ptplan" plan "$logged" --week next --format json
expect_text "$work/out" '"week": 4,' "--week next is week 4"
expect 0 "--week next without a log is week 1" -- "$ptplan" plan "$good" --week next --format json
expect_text "$work/out" '"week": 1,' "--week next without a log"
expect 2 "--week 0" -- "$ptplan" plan "$good" --week 0
expect 2 "--week 53" -- "$ptplan" plan "$good" --week 53
expect 2 "--week soon" -- "$ptplan" plan "$good" --week soon
expect 0 "plan for week 4 from the log" -- "$ptplan" plan "$logged" --week 4 --format json
expect_text "$work/out" '"change": "held"' "JSON change per exercise"
expect_text "$work/out" '"measure": "odi"' "JSON outcomes"

# Print layout: --paper and --width are checked; bad values are usage errors.
hip="$root/examples/patients/hip-oa-fall-risk.yaml"
expect 0 "--paper letter" -- "$ptplan" plan "$hip" --format html --paper letter
expect_text "$work/out" "@page { size: letter;" "--paper letter sets the HTML page size"
expect 0 "--paper a4" -- "$ptplan" plan "$hip" --format html --paper a4
expect_text "$work/out" "@page { size: A4;" "--paper a4 sets the HTML page size"
expect 2 "--paper legal is a usage error" -- "$ptplan" plan "$hip" --format html --paper legal
expect 2 "--width below 60 is a usage error" -- "$ptplan" plan "$hip" --format text --width 59
expect 2 "--width above 200 is a usage error" -- "$ptplan" plan "$hip" --format text --width 201
expect 2 "--width must be a number" -- "$ptplan" plan "$hip" --format text --width wide
expect 0 "--width 60" -- "$ptplan" plan "$hip" --format text --width 60
if awk 'length($0) > 60 { bad = 1 } END { exit bad }' "$work/out"; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
  echo "FAIL --width 60: a line is longer than 60 characters"
fi
expect 2 "batch --paper legal is a usage error" -- "$ptplan" batch "$hip" --out-dir "$work/b" --paper legal
expect 0 "batch --paper letter --width 100" -- "$ptplan" batch "$hip" --out-dir "$work/b" --format html,text --paper letter --width 100
expect_text "$work/b/hip-oa-fall-risk.html" "@page { size: letter;" "batch passes --paper to the HTML"
"$ptplan" plan "$hip" --format text --width 100 >"$work/plan-100.txt"
if cmp -s "$work/plan-100.txt" "$work/b/hip-oa-fall-risk.txt"; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
  echo "FAIL batch --width 100 differs from plan --width 100"
fi

echo "exit-status: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

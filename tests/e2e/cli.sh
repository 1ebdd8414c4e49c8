#!/usr/bin/env bash
# The command line around the engine: did-you-mean for commands and
# options, colour only on a terminal and never with NO_COLOR, --quiet,
# --paper with formats it does not change, `vocabulary`, the configuration
# file and `config`, `check` on a folder of profiles, --catalog-add, and
# vocabulary errors that say where to find every word, and the binary
# without its PDF module.
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
patients="$root/examples/patients"
# Never the developer's own configuration.
export XDG_CONFIG_HOME="$work/xdg"
unset PTPLAN_CONFIG
mkdir -p "$XDG_CONFIG_HOME"

# Did you mean, for commands and options; exit 2.
"$ptplan" pln x.yaml 2>"$work/err"
check "[ $? -eq 2 ]" "an unknown command is a usage error"
check "grep -q 'unknown command \"pln\".*did you mean plan?' '$work/err'" "unknown command: did you mean plan"
"$ptplan" plan "$patients/hip-oa-fall-risk.yaml" --fromat html 2>"$work/err" >/dev/null
check "[ $? -eq 2 ]" "an unknown option is a usage error"
check "grep -q 'unknown option --fromat for ptplan plan; did you mean --format?' '$work/err'" "unknown option: did you mean --format"
"$ptplan" catalog lst 2>"$work/err" >/dev/null
check "grep -q 'unknown command \"lst\" for ptplan catalog; did you mean list?' '$work/err'" "did you mean for a sub-subcommand"
check "'$ptplan' plan --help | grep -q 'else markdown)'" "--help shows the --format default"
check "'$ptplan' batch --help | grep -q 'incomplete'" "batch --help documents the incomplete status"

# Colour: never when stderr is not a terminal; never with NO_COLOR.
"$ptplan" plan "$root/tests/data/invalid-profiles/unknown-condition.yaml" 2>"$work/err" >/dev/null
check "! grep -q \$'\\033' '$work/err'" "no colour when stderr is not a terminal"
if command -v script >/dev/null; then
  script -qec "'$ptplan' plan '$root/tests/data/invalid-profiles/unknown-condition.yaml'" /dev/null >"$work/tty" 2>&1
  check "grep -q \$'\\033\\[1;31merror:' '$work/tty'" "errors coloured on a terminal"
  NO_COLOR=1 script -qec "'$ptplan' plan '$root/tests/data/invalid-profiles/unknown-condition.yaml'" /dev/null >"$work/tty" 2>&1
  check "! grep -q \$'\\033' '$work/tty'" "no colour with NO_COLOR on a terminal"
fi

# --quiet: warnings go, errors stay.
cat >"$work/short.yaml" <<'YAML'
patient: { name: Short Session, age: 80 }
conditions: [hip-osteoarthritis]
pain: { current: 4 }
precautions: [fall-risk]
limitations: [no-floor, no-standing]
schedule: { minutes_per_session: 5 }
YAML
"$ptplan" plan "$work/short.yaml" >/dev/null 2>"$work/err"
check "grep -q 'warning:' '$work/err'" "a short session warns"
"$ptplan" plan "$work/short.yaml" --quiet >/dev/null 2>"$work/err"
check "[ ! -s '$work/err' ]" "--quiet silences the warnings"
"$ptplan" plan "$root/tests/data/invalid-profiles/unknown-condition.yaml" --quiet >/dev/null 2>"$work/err"
check "grep -q 'error:' '$work/err'" "--quiet keeps errors"

# --paper with text or Markdown only: a warning, the output unchanged.
"$ptplan" plan "$patients/hip-oa-fall-risk.yaml" --format text --paper letter >"$work/letter.txt" 2>"$work/err"
check "grep -q 'paper letter changes only HTML and PDF' '$work/err'" "--paper with text warns"
check "cmp -s '$work/letter.txt' '$root/examples/handouts/hip-oa-fall-risk.txt'" "--paper leaves text as it was"
"$ptplan" plan "$patients/hip-oa-fall-risk.yaml" --format html --paper letter >/dev/null 2>"$work/err"
check "! grep -q 'paper' '$work/err'" "--paper with html does not warn"
"$ptplan" plan "$patients/hip-oa-fall-risk.yaml" --paper letter -o "$work/letter.pdf" 2>"$work/err"
check "! grep -q 'paper' '$work/err'" "--paper with pdf does not warn"

# Vocabulary: every list, one meaning a word; errors point at it.
check "'$ptplan' vocabulary red-flags | grep -q '^  constant-night-pain  *constant pain at night'" "vocabulary red-flags lists meanings"
check "[ \"\$('$ptplan' vocabulary conditions | grep -c '^  ')\" -ge 16 ]" "vocabulary conditions lists every condition"
check "'$ptplan' vocabulary | grep -q '^precautions ('" "vocabulary without a list shows them all"
printf 'patient: { name: Night Pain, age: 50 }\nconditions: [hip-oa]\npain: { current: 3 }\nred_flags: [night-pain]\n' >"$work/words.yaml"
"$ptplan" plan "$work/words.yaml" 2>"$work/err" >/dev/null
check "grep -q 'words.yaml:2:14: error: conditions: unknown value \"hip-oa\"; close matches: \"hip-osteoarthritis\"' '$work/err'" "hip-oa: close matches"
check "grep -q 'run .ptplan vocabulary conditions. to see them all' '$work/err'" "hip-oa: how to see every condition"
check "grep -q 'red_flags: unknown value \"night-pain\"; close matches: \"constant-night-pain\"' '$work/err'" "night-pain: close matches"
printf 'patient: { name: X Y, age: 50 }\nconditions: [zzzzzz]\npain: { current: 3 }\n' >"$work/none.yaml"
"$ptplan" plan "$work/none.yaml" 2>"$work/err" >/dev/null
check "grep -q 'unknown value \"zzzzzz\"; run .ptplan vocabulary conditions. to see them all' '$work/err'" "no close match: how to see them all"

# check on a folder of profiles checks each one.
mkdir -p "$work/profiles"
cp "$root"/tests/data/invalid-profiles/*.yaml "$work/profiles/"
"$ptplan" check "$work/profiles" >"$work/out" 2>"$work/err"
check "[ $? -eq 1 ]" "check FOLDER with invalid profiles exits 1"
check "[ \"\$(grep -c 'error:' '$work/err')\" -ge 4 ]" "check FOLDER reports every invalid profile"
check "! grep -q templates '$work/out'" "a folder of profiles is not taken for templates"
mkdir -p "$work/good"
cp "$patients/hip-oa-fall-risk.yaml" "$patients/lumbar-stenosis.yaml" "$work/good/"
check "'$ptplan' check '$work/good' | grep -q 'good: 2 profiles'" "check FOLDER of valid profiles"

# The configuration file: therapist block, paper, format; the profile and
# the command line win; `config` says where each value came from.
mkdir -p "$XDG_CONFIG_HOME/ptplan"
cat >"$XDG_CONFIG_HOME/ptplan/config.yaml" <<'YAML'
therapist: { name: Config Therapist, clinic: Config Clinic, phone: "555 0199" }
paper: letter
format: json
YAML
printf 'patient: { name: No Therapist, age: 50 }\nconditions: [nonspecific-low-back-pain]\npain: { current: 3 }\n' >"$work/bare.yaml"
"$ptplan" plan "$work/bare.yaml" >"$work/bare.json" 2>/dev/null
check "python3 -c \"import json; json.load(open('$work/bare.json'))\"" "the config's format is the default"
"$ptplan" plan "$work/bare.yaml" --format markdown >"$work/bare.md" 2>/dev/null
check "grep -q 'Config Therapist' '$work/bare.md' && grep -q 'Config Clinic' '$work/bare.md'" "the config's therapist block fills a profile without one"
"$ptplan" plan "$patients/hip-oa-fall-risk.yaml" --format markdown >"$work/own.md" 2>/dev/null
check "cmp -s '$work/own.md' '$root/examples/handouts/hip-oa-fall-risk.md'" "a profile's own therapist block wins"
"$ptplan" plan "$work/bare.yaml" --format html >"$work/bare.html" 2>/dev/null
check "grep -qi 'letter' '$work/bare.html'" "the config's paper for HTML"
"$ptplan" config --paper a4 >"$work/config.out"
check "grep -q '^paper  *a4  *command line' '$work/config.out'" "config: the command line wins"
check "grep -q '^format  *json  *config .*config.yaml:3:9' '$work/config.out'" "config: a value's file:line:column"
check "grep -q '^width  *72  *default' '$work/config.out'" "config: defaults"
check "grep -q 'config file: .*config.yaml (from \$XDG_CONFIG_HOME)' '$work/config.out'" "config: which file"
check "'$ptplan' config --no-config | grep -q '^format  *markdown  *default'" "--no-config"
printf 'paper: leter\nthrapist: { name: X }\n' >"$work/bad-config.yaml"
PTPLAN_CONFIG="$work/bad-config.yaml" "$ptplan" config >/dev/null 2>"$work/err"
check "[ $? -eq 1 ]" "a bad config is exit 1"
check "grep -q 'bad-config.yaml:1:8: error: paper: unknown value \"leter\"; did you mean \"letter\"?' '$work/err'" "config errors have file:line:column"
check "grep -q 'bad-config.yaml:2:1: error: unknown key \"thrapist\"; did you mean \"therapist\"?' '$work/err'" "config unknown keys: did you mean"
"$ptplan" plan "$patients/hip-oa-fall-risk.yaml" --config "$work/missing.yaml" >/dev/null 2>"$work/err"
check "[ $? -eq 1 ] && grep -q 'missing.yaml' '$work/err'" "a missing --config file is an error"
rm -rf "$XDG_CONFIG_HOME/ptplan"

# --catalog-add: one more exercise on top of the built-in catalog.
mkdir -p "$work/clinic/catalog"
cat >"$work/clinic/catalog/wall-lean.yaml" <<'YAML'
id: clinic-wall-lean
name: Wall lean
category: mobility
position: standing
floor: false
equipment: [wall]
movements: []
conditions: [nonspecific-low-back-pain]
level: 1
regression: null
progression: null
dosage: { sets: 1, reps: 5, hold_seconds: 5, times_per_day: 1, days_per_week: 7, side: both }
purpose: Eases a stiff back.
steps:
  - Stand facing a wall with your hands on it.
  - Lean your hips toward the wall, then come back.
safety: Stop if you feel pain down your leg.
pose:
  props: [{ wall: hands }]
  start:
    arms: { shoulder: 90 }
  caption: Stand with your hands on the wall.
YAML
check "'$ptplan' catalog show clinic-wall-lean --catalog-add '$work/clinic' | grep -q 'Wall lean'" "--catalog-add adds an exercise"
built_in=$("$ptplan" catalog list | tail -n 1 | cut -d' ' -f1)
added=$("$ptplan" catalog list --catalog-add "$work/clinic" | tail -n 1 | cut -d' ' -f1)
check "[ \"$added\" -eq \$(($built_in + 1)) ]" "the built-in catalog stays under the added one"
check "'$ptplan' check --catalog-add '$work/clinic' | grep -q 'added folders included'" "check checks the merged whole"
sed 's/^id: clinic-wall-lean/id: glute-bridge/' "$work/clinic/catalog/wall-lean.yaml" >"$work/clinic/catalog/wall-lean.yaml.new"
mv "$work/clinic/catalog/wall-lean.yaml.new" "$work/clinic/catalog/wall-lean.yaml"
"$ptplan" check --catalog-add "$work/clinic" >/dev/null 2>"$work/err"
check "[ $? -eq 1 ] && grep -q 'exercise id \"glute-bridge\" is already taken' '$work/err'" "a clashing id is an error"

# Therapist choices: a pick a rule forbids is refused by plan, check and batch alike.
mkdir -p "$work/picks"
sed -e '/^  allow:/,$d' "$patients/hip-replacement-therapist-choices.yaml" >"$work/picks/refused.yaml"
"$ptplan" plan "$work/picks/refused.yaml" -o "$work/refused.md" 2>"$work/err"
check "[ $? -eq 1 ] && [ ! -e '$work/refused.md' ]" "plan refuses a forbidden pick and writes nothing"
check "grep -q 'refused.yaml:27:.*error: choices.include: supine-figure-4-stretch is forbidden by rule hip-replacement-posterior' '$work/err'" "the refused pick is named with its rule"
check "grep -q 'add to choices.allow: { exercise: supine-figure-4-stretch, rule: hip-replacement-posterior' '$work/err'" "the error says how allow would accept it"
"$ptplan" check "$work/picks/refused.yaml" >/dev/null 2>&1
check "[ $? -eq 1 ]" "check refuses a forbidden pick"
"$ptplan" batch "$work/picks" --out-dir "$work/picks-out" 2>/dev/null
check "[ $? -eq 1 ] && grep -q '\"status\": \"invalid\"' '$work/picks-out/summary.json'" "batch records a forbidden pick as invalid"
check "grep -q 'supine-figure-4-stretch is forbidden by rule' '$work/picks-out/summary.json'" "batch records the refused pick's error"
"$ptplan" plan "$patients/hip-replacement-therapist-choices.yaml" --format json -o "$work/picks.json"
check "grep -q '\"chosen_by\": \"therapist\"' '$work/picks.json' && grep -q '\"rule\": \"hip-replacement-posterior\"' '$work/picks.json'" "the allowed pick is planned with its override"

# PDF handouts are drawn by ptplan-pdf.so, loaded next to the binary only when
# a PDF is asked for: without it the other formats work, and a PDF is an
# error that names what is missing, with nothing written.
check "[ -f '$(dirname "$ptplan")/ptplan-pdf.so' ]" "ptplan-pdf.so is built next to the binary"
mkdir -p "$work/lone"
cp "$ptplan" "$work/lone/ptplan"
"$work/lone/ptplan" plan "$patients/hip-oa-fall-risk.yaml" -o "$work/lone/plan.md"
check "[ $? -eq 0 ] && [ -s '$work/lone/plan.md' ]" "without ptplan-pdf.so, Markdown is planned"
"$work/lone/ptplan" plan "$patients/hip-oa-fall-risk.yaml" -o "$work/lone/plan.pdf" 2>"$work/err"
check "[ $? -eq 1 ] && [ ! -e '$work/lone/plan.pdf' ]" "without ptplan-pdf.so, a PDF is exit 1 and nothing is written"
check "grep -q '^ptplan: error: PDF output needs ptplan-pdf.so, which is not installed (looked for .*/lone/ptplan-pdf.so, ' '$work/err'" "the error names the module and where it was looked for"
if command -v ldd >/dev/null; then
  check "! ldd '$ptplan' | grep -q 'cairo\|pango\|rsvg'" "the binary itself does not link Cairo, Pango or librsvg"
fi

echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

#!/usr/bin/env bash
# Handouts in other languages, end to end:
# - `ptplan check` passes with the built-in Spanish, and fails, naming the
#   text, when a translation is missing or drops a {name};
# - a language made here from the .pot templates alone (no C++: a test
#   "pt" whose every text is the English marked "PTPT ") plans, with --lang
#   and with the profile's `language:`, and every patient line carries it;
# - an unknown --lang is an error that lists the languages there are;
# - a batch mixes languages, one per profile, and records them in the JSON;
# - Spanish output is byte-identical run to run and wraps by display width.
set -u
ptplan=$1
root=$2
failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$ptplan" check >"$work/check.out" 2>&1 || fail "ptplan check with the built-in Spanish: $(head -5 "$work/check.out")"

# A test language from the templates alone.
cp -r "$root/exercises" "$work/catalog"
rm -rf "$work/catalog/lang/es"
mkdir -p "$work/catalog/lang/pt"
python3 - "$root/exercises/lang/templates" "$work/catalog/lang/pt" <<'PY'
import glob, os, re, sys
src, dst = sys.argv[1], sys.argv[2]
for pot in glob.glob(os.path.join(src, "*.pot")):
    text = open(pot, encoding="utf-8").read()
    text = text.replace('"Content-Type: text/plain; charset=UTF-8\\n"',
                        '"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: pt\\n"\n"Plural-Forms: nplurals=2; plural=(n > 1);\\n"', 1)
    def fill(m):
        ctxt, msgid, plural = m.group(1), m.group(2), m.group(3)
        mark = lambda s: '"PTPT ' + s[1:] if s != '""' else s
        if plural:
            return f'msgctxt {ctxt}\nmsgid {msgid}\nmsgid_plural {plural}\nmsgstr[0] {mark(msgid)}\nmsgstr[1] {mark(plural)}\n'
        return f'msgctxt {ctxt}\nmsgid {msgid}\nmsgstr {mark(msgid)}\n'
    text = re.sub(r'msgctxt (".*")\nmsgid (".*")\n(?:msgid_plural (".*")\nmsgstr\[0\] ""\nmsgstr\[1\] ""|msgstr "")\n', fill, text)
    open(os.path.join(dst, os.path.basename(pot)[:-1]), "w", encoding="utf-8").write(text)
PY
"$ptplan" check --catalog "$work/catalog" >"$work/pt-check.out" 2>&1 ||
  fail "check of the test language: $(grep -v 'reads at' "$work/pt-check.out" | head -5)"
profile="$root/examples/patients/hip-oa-fall-risk.yaml"
"$ptplan" plan "$profile" --catalog "$work/catalog" --lang pt --format markdown >"$work/pt.md" 2>"$work/pt.err" ||
  fail "plan --lang pt: $(cat "$work/pt.err")"
grep -q "PTPT Your home exercise plan" "$work/pt.md" || fail "the test language's title is not in the handout"
grep -q "PTPT Do it" "$work/pt.md" || fail "the test language's dose words are not in the handout"
# Every line with words carries the mark, apart from names, goals and table rows.
unmarked=$(grep -v "PTPT " "$work/pt.md" | grep -E "[a-z]{4,} [a-z]{3,}" | grep -v "^- \|^| \|data:image\|Maria Lopez" | head -3)
[ -z "$unmarked" ] || fail "lines without the test language: $unmarked"
sed 's/^patient:/language: pt\npatient:/' "$profile" >"$work/pt-profile.yaml"
"$ptplan" plan "$work/pt-profile.yaml" --catalog "$work/catalog" --format text >"$work/pt.txt" 2>/dev/null ||
  fail "a profile with language: pt"
grep -q "PTPT " "$work/pt.txt" || fail "language: pt in the profile is not used"

# The missing-translation lint names what is missing.
awk '/^msgid "Key points"$/ { print; print "msgstr \"\""; skip = 1; next } skip && /^msgstr/ { skip = 0; next } { print }' \
  "$work/catalog/lang/pt/messages.po" >"$work/messages.po"
cp "$work/messages.po" "$work/catalog/lang/pt/messages.po"
if "$ptplan" check --catalog "$work/catalog" >"$work/missing.out" 2>&1; then
  fail "check passes with a missing translation"
fi
grep -q 'no translation of a phrase of plan.markdown.*"Key points"' "$work/missing.out" || fail "the missing phrase is not named: $(head -3 "$work/missing.out")"
# A translation that drops a {name}.
sed -i 's|^msgstr "PTPT Hold for {duration}."|msgstr "PTPT Hold."|' "$work/catalog/lang/pt/messages.po"
"$ptplan" check --catalog "$work/catalog" >"$work/names.out" 2>&1
grep -q "the translation has the names none, the English {duration}" "$work/names.out" || fail "a dropped {name} is not reported"

# The same text translated in two files of one language.
cp "$work/catalog/lang/pt/rules.po" "$work/catalog/lang/pt/rules-copy.po"
"$ptplan" check --catalog "$work/catalog" >"$work/twice.out" 2>&1 && fail "check passes with a text translated twice"
grep -q 'rules.*\.po:[0-9]*:1: error: msgctxt ".*" msgid ".*" is translated twice in "pt"' "$work/twice.out" ||
  fail "a text translated twice is not named: $(head -2 "$work/twice.out")"
rm "$work/catalog/lang/pt/rules-copy.po"

# Unknown languages.
if "$ptplan" plan "$profile" --lang xx >/dev/null 2>"$work/xx.err"; then
  fail "--lang xx is accepted"
fi
grep -q 'no handouts in "xx"; available: en (English), es (Español)' "$work/xx.err" || fail "--lang xx: $(cat "$work/xx.err")"

# Spanish: the same bytes twice; a mixed batch.
es="$root/examples/patients/es/hip-oa-fall-risk.yaml"
"$ptplan" plan "$es" --format text --width 60 >"$work/es1.txt" 2>/dev/null
"$ptplan" plan "$es" --format text --width 60 >"$work/es2.txt" 2>/dev/null
cmp -s "$work/es1.txt" "$work/es2.txt" || fail "Spanish output differs run to run"
long=$(awk '{ if (length($0) > 0) print }' "$work/es1.txt" | python3 -c 'import sys; print(max(len(l.rstrip("\n")) for l in sys.stdin))')
[ "$long" -le 60 ] || fail "a Spanish line is $long characters wide at --width 60"
mkdir "$work/mixed"
cp "$profile" "$work/mixed/english.yaml"
cp "$es" "$work/mixed/spanish.yaml"
"$ptplan" batch "$work/mixed" --out-dir "$work/out" --format json,markdown --jobs 2 >/dev/null 2>&1
grep -q '"language": "en"' "$work/out/english.json" || fail "the English plan's JSON does not say language en"
grep -q '"language": "es"' "$work/out/spanish.json" || fail "the Spanish plan's JSON does not say language es"
grep -q "Su plan de ejercicios" "$work/out/spanish.md" || fail "the batch's Spanish handout is not in Spanish"
grep -q "Your home exercise plan" "$work/out/english.md" || fail "the batch's English handout is not in English"
"$ptplan" batch "$work/mixed" --out-dir "$work/out-es" --format markdown --lang es >/dev/null 2>&1
grep -q "Su plan de ejercicios" "$work/out-es/english.md" || fail "batch --lang es does not override the profile"

echo "language: $failures failures"
[ "$failures" -eq 0 ]

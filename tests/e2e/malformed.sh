#!/usr/bin/env bash
# Every malformed profile we could think of: exit status 1, a
# file:line:column message saying what was expected, and no output file.
# (Two that are fine: a UTF-8 BOM and CRLF line endings.)
set -u
ptplan=$1
root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
good="$root/examples/patients/hip-oa-fall-risk.yaml"

case_() { # case_ NAME EXPECTED_STATUS EXPECTED_MESSAGE (file: $work/NAME.yaml)
  local name=$1 want=$2 message=$3 file="$work/$1.yaml"
  rm -f "$work/out.md"
  timeout 20 "$ptplan" plan "$file" -o "$work/out.md" >/dev/null 2>"$work/err"
  local got=$?
  if [ "$got" -ne "$want" ]; then
    failed=$((failed + 1)); echo "FAIL $name: exit $got, expected $want"; head -3 "$work/err"; return
  fi
  if [ "$want" -ne 0 ] && [ -e "$work/out.md" ]; then
    failed=$((failed + 1)); echo "FAIL $name: wrote an output file"; return
  fi
  if [ -n "$message" ] && ! grep -qF -- "$message" "$work/err"; then
    failed=$((failed + 1)); echo "FAIL $name: expected \"$message\""; head -3 "$work/err"; return
  fi
  if grep -qiE 'terminate|exception|what\(\)|stack|Aborted|Segmentation' "$work/err"; then
    failed=$((failed + 1)); echo "FAIL $name: raw exception text"; head -3 "$work/err"; return
  fi
  passed=$((passed + 1))
}

: >"$work/empty.yaml"
case_ empty 1 "empty.yaml:1:1: error: the input is empty; expected a YAML map"
printf '# only a comment\n\n' >"$work/comments.yaml"
case_ comments 1 "comments.yaml:1:1: error: the input is empty; expected a YAML map"
printf -- '---\n...\n' >"$work/empty-document.yaml"
case_ empty-document 1 "empty-document.yaml:2:1: error: the document: expected a map of keys and values, found nothing"
printf -- '- patient\n- pain\n' >"$work/list.yaml"
case_ list 1 "list.yaml:1:1: error: the document: expected a map of keys and values, found a list"
printf 'hello\n' >"$work/scalar.yaml"
case_ scalar 1 "scalar.yaml:1:1: error: the document: expected a map of keys and values, found \"hello\""
head -c 300 /dev/urandom | tr -d '\n' >"$work/binary.yaml"
printf '\x00\x01\x02' >>"$work/binary.yaml"
case_ binary 1 "binary.yaml:1:"
printf '\xff\xfep\x00a\x00' >"$work/utf16.yaml"
case_ utf16 1 "utf16.yaml:1:1: error: the file is UTF-16; save it as UTF-8"
printf 'patient: { name: Jos\xe9, age: 50 }\n' >"$work/latin1.yaml"
case_ latin1 1 "latin1.yaml:1:21: error: this byte is not valid UTF-8; save the file as UTF-8"
{ printf '\xef\xbb\xbf'; cat "$good"; } >"$work/bom.yaml"
case_ bom 0 ""
sed 's/$/\r/' "$good" >"$work/crlf.yaml"
case_ crlf 0 ""
printf 'patient:\n\tname: Tab Person\n' >"$work/tabs.yaml"
case_ tabs 1 "tabs.yaml:2:"
head -c 200 "$good" >"$work/truncated.yaml"
case_ truncated 1 "truncated.yaml:"
printf 'patient: { name: "Maria, age: 60 }\nconditions: [sciatica]\npain: { current: 3 }\n' >"$work/unclosed-quote.yaml"
case_ unclosed-quote 1 "unclosed-quote.yaml:1:"
printf 'patient: { name: A, age: 50 }\npatient: { name: B, age: 51 }\nconditions: [sciatica]\npain: { current: 3 }\n' >"$work/duplicate.yaml"
case_ duplicate 1 "duplicate.yaml:2:1: error: duplicate key \"patient\" (first given at line 1)"
printf 'patient: { name: A, age: 050 }\nconditions: [sciatica]\npain: { current: 3 }\n' >"$work/octal.yaml"
case_ octal 1 "octal.yaml:1:26: error: patient.age: expected a whole number from 12 to 110 (no leading zeros), found \"050\""
printf 'patient: { name: A, age: 50 }\nconditions: [sciatica]\npain: { current: .nan }\n' >"$work/nan.yaml"
case_ nan 1 "nan.yaml:3:18: error: pain.current: expected a whole number from 0 to 10"
printf 'patient: { name: A, age: 50 }\nconditions: [sciatica]\npain: { current: 3 }\nplan: { start: 2026-02-30 }\n' >"$work/date.yaml"
case_ date 1 "date.yaml:4:16: error: plan.start: expected a real calendar date written YYYY-MM-DD, found \"2026-02-30\""
printf 'patient: { name: A, age: 50 }\nconditions: [sciatica]\npain: { current: 3 }\nclearance: { by: yes, date: 2026-01-01 }\n' >"$work/yes.yaml"
case_ yes 0 ""
python3 -c "print('a: ' + '[' * 1000 + ']' * 1000)" >"$work/deep.yaml"
case_ deep 1 "lists and maps are nested more than 32 levels deep"
python3 - "$work/laughs.yaml" <<'PY'
import sys
lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
for i in range(1, 10):
    prev = chr(ord('a') + i - 1); cur = chr(ord('a') + i)
    lines.append(f'{cur}: &{cur} [' + ','.join(['*' + prev] * 9) + ']')
open(sys.argv[1], 'w').write('\n'.join(lines) + '\n')
PY
case_ laughs 1 "aliases expand this document past 50000 nodes"
python3 -c "print('goals:'); [print('  - ' + 'x' * 100) for _ in range(12000)]" >"$work/huge.yaml"
case_ huge 1 "the input is"
python3 -c "print('goals: [\"' + 'x' * 5000 + '\"]')" >"$work/long-string.yaml"
case_ long-string 1 "this text is 5000 characters long; the limit is 4096"

echo "malformed: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

#!/usr/bin/env bash
# Issue 15's reproducers against the real binary: hostile output folders,
# catalogs, drawings and templates, alias bombs, terminal escapes, signals,
# a full disk. Each must end in a clean error (or a clean plan), never a
# crash, a hang, a write through a link or a raw control character on the
# terminal. Cases the machine cannot set up say why and count as skipped.
set -u
ptplan=$1
root=$2
work=$(mktemp -d)
cleanup() {
  if [ -n "${mounted:-}" ]; then umount "$work/full" 2>/dev/null; fi
  rm -rf "$work"
}
trap cleanup EXIT
passed=0
failed=0
skipped=0
good="$root/examples/patients/hip-oa-fall-risk.yaml"

pass() { passed=$((passed + 1)); }
fail() {
  failed=$((failed + 1))
  echo "FAIL $1"
  [ -f "$work/err" ] && sed 's/^/  stderr: /' "$work/err" | head -5
}
skip() {
  skipped=$((skipped + 1))
  echo "skip $1"
}

# run SECONDS COMMAND...: runs it with a timeout, stdout and stderr to files;
# sets $status (124 when it timed out).
run() {
  local seconds=$1
  shift
  timeout -k 2 "$seconds" "$@" >"$work/out" 2>"$work/err" </dev/null
  status=$?
}

expect_status() { # expect_status WANT DESCRIPTION
  if [ "$status" -eq "$1" ]; then pass; else fail "$2: exit $status, expected $1"; fi
}

expect_err() { # expect_err TEXT DESCRIPTION
  if grep -qF -- "$1" "$work/err"; then pass; else fail "$2: \"$1\" not on stderr"; fi
}

no_escape_bytes() { # no_escape_bytes FILE DESCRIPTION: no ESC or BEL byte
  if LC_ALL=C grep -q "$(printf '[\033\007]')" "$1"; then fail "$2: a raw control character reached $(basename "$1")"; else pass; fi
}

# Under AddressSanitizer (the sanitize workflow sets ASAN_OPTIONS) memory is
# several times larger, so the memory limits are checked in the plain build only.
sanitized=${ASAN_OPTIONS:-}

catalog_copy() { # catalog_copy DIR: a fresh copy of the built-in catalog, the glute bridge with a drawing of its own
  rm -rf "$1"
  mkdir -p "$1"
  cp -r "$root/exercises/." "$1/"
  mkdir -p "$1/images"
  cp "$root/tests/data/drawings/glute-bridge.svg" "$1/images/glute-bridge.svg"
  sed -i 's|^pose:|image: images/glute-bridge.svg\npose:|' "$1/catalog/strength/glute-bridge.yaml"
}

# --- 1. The output folder: links, FIFOs, devices are never written through.
mkdir -p "$work/victim" "$work/out1"
echo "keep me" >"$work/victim/file"
ln -s "$work/victim/file" "$work/out1/hip-oa-fall-risk.md"
# Without --force the batch refuses the folder as a whole (an output is already there).
run 20 "$ptplan" batch "$good" --out-dir "$work/out1"
expect_status 2 "batch into a folder holding a symlink at an output path"
expect_err "already holds 1 of this batch's outputs (hip-oa-fall-risk.md)" "batch names the output already there"
if [ "$(cat "$work/victim/file")" = "keep me" ]; then pass; else fail "the link's target was written"; fi
run 20 "$ptplan" batch "$good" --out-dir "$work/out1" --force
expect_status 1 "batch --force through a symlink"
expect_err "hip-oa-fall-risk.md: is a symbolic link;" "batch names the link"
if [ "$(cat "$work/victim/file")" = "keep me" ]; then pass; else fail "--force wrote the link's target"; fi

mkdir -p "$work/out2"
if ln -s /dev/null "$work/out2/hip-oa-fall-risk.md" 2>/dev/null; then
  run 20 "$ptplan" batch "$good" --out-dir "$work/out2" --force
  expect_status 1 "batch through a symlink to /dev/null"
  expect_err "is a symbolic link;" "the device link is named"
else
  skip "cannot make a symbolic link to /dev/null"
fi

mkdir -p "$work/out3"
if mkfifo "$work/out3/hip-oa-fall-risk.md" 2>/dev/null; then
  run 20 "$ptplan" batch "$good" --out-dir "$work/out3"
  expect_status 2 "batch with a FIFO in the output folder, without --force (it must not block)"
  run 20 "$ptplan" batch "$good" --out-dir "$work/out3" --force
  expect_status 1 "batch --force with a FIFO in the output folder (it must not block)"
  expect_err "is a FIFO (named pipe);" "the FIFO is named"
  mkfifo "$work/fifo"
  ln -s "$work/fifo" "$work/plan-link.md"
  run 20 "$ptplan" plan "$good" -o "$work/plan-link.md"
  expect_status 1 "plan -o through a symlink to a FIFO (it must not block)"
  run 20 "$ptplan" plan "$good" -o "$work/fifo" --force
  expect_status 1 "plan -o FIFO --force"
  mkdir -p "$work/out3b"
  mkfifo "$work/out3b/summary.json"
  run 20 "$ptplan" batch "$good" --out-dir "$work/out3b" --force
  expect_status 1 "batch with a FIFO as summary.json"
  expect_err "summary.json: is a FIFO (named pipe);" "the summary FIFO is named"
else
  skip "cannot make a FIFO"
fi

mkdir -p "$work/out4"
ln -s "$work/nowhere.md" "$work/out4/hip-oa-fall-risk.md"
ln -s "$work/victim/summary-target" "$work/out4/summary.json"
run 20 "$ptplan" batch "$good" --out-dir "$work/out4" --force
expect_status 1 "batch with a symlink as summary.json"
if [ ! -e "$work/nowhere.md" ] && [ ! -e "$work/victim/summary-target" ]; then pass; else fail "a dangling link's target was created"; fi
rm "$work/out4/summary.json"
run 20 "$ptplan" batch "$good" --out-dir "$work/out4" --force
expect_status 1 "batch with a dangling symlink in the output folder"
expect_err "hip-oa-fall-risk.md: is a symbolic link;" "the dangling link is named"
if [ ! -e "$work/nowhere.md" ]; then pass; else fail "the dangling link was followed"; fi

run 20 "$ptplan" plan "$good" -o "$work/plain.md"
run 20 "$ptplan" plan "$good" -o "$work/plain.md" --force
expect_status 0 "--force replaces a regular file"

# --- 2. Inputs that made std::regex recurse until it crashed.
cat="$work/cat-regex"
catalog_copy "$cat"
drawing="$cat/images/glute-bridge.svg"
original=$(cat "$drawing")
for prefix in comment declaration spaces; do
  case $prefix in
    comment) head="<!--$(printf 'x%.0s' $(seq 80000))-->" ;;
    declaration) head="<?xml$(printf ' %.0s' $(seq 40000))version=\"1.0\"?>" ;;
    spaces) head="$(printf ' %.0s' $(seq 80000))" ;;
  esac
  printf '%s%s' "$head" "$original" >"$drawing"
  run 60 "$ptplan" check "$cat"
  expect_status 0 "check a drawing that starts with a long $prefix"
  run 60 "$ptplan" plan "$good" --catalog "$cat" --format html
  expect_status 0 "plan --catalog with a drawing that starts with a long $prefix"
done
printf '%s' "$original" >"$drawing"

mkdir -p "$work/tpl-tag"
printf '# Plan\n{{%s}}\n' "$(printf 'a%.0s' $(seq 30000))" >"$work/tpl-tag/plan.markdown.mustache"
run 30 "$ptplan" plan "$good" --templates "$work/tpl-tag"
expect_status 1 "a 30,000-character template tag"
expect_err "plan.markdown.mustache:2:1: error: template: unknown value" "the long tag's position"
mkdir -p "$work/tpl-comment"
{ printf '{{! %s }}\n' "$(printf 'x%.0s' $(seq 30000))"; cat "$root/templates/plan.markdown.mustache"; } >"$work/tpl-comment/plan.markdown.mustache"
run 60 "$ptplan" check "$work/tpl-comment"
expect_status 0 "check a template with a 30 KB comment"

# --- 3. Memory: aliases counted in bytes, a clean error at the node limit.
python3 - "$work/emoji.yaml" <<'PY'
import sys
emoji = "\U0001F600" * 4096
lines = ["patient: { name: Test, age: 50 }", "conditions: [sciatica]", "pain: { current: 3 }", "goals:"]
lines += [f'  - &a{i} "{emoji}"' for i in range(60)]
lines += ["choices:", "  note:"] + [f"    k{i}: *a{i % 60}" for i in range(800)]
open(sys.argv[1], "w").write("\n".join(lines) + "\n")
PY
measure_rss() { # measure_rss COMMAND...: sets $status and $rss_kb
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%M' -o "$work/rss" timeout 60 "$@" >"$work/out" 2>"$work/err" </dev/null
    status=$?
    rss_kb=$(tail -n 1 "$work/rss")
  else
    run 60 "$@"
    rss_kb=0
  fi
}
measure_rss "$ptplan" plan "$work/emoji.yaml"
expect_status 1 "the emoji alias profile"
expect_err "aliases expand this document past 2097152 bytes of text" "the alias byte limit"
if [ -n "$sanitized" ]; then skip "memory limits under AddressSanitizer"; elif [ "$rss_kb" -lt 65536 ]; then pass; else fail "the emoji alias profile took $rss_kb kB (limit 64 MB)"; fi
cat="$work/cat-nodes"
catalog_copy "$cat"
python3 -c "
import sys
rows = ','.join('[' + ','.join(['a'] * 19990) + ']' for _ in range(50))
open(sys.argv[1], 'w').write('- id: x\n  name: [' + rows + ']\n')
" "$cat/catalog/big.yaml"
measure_rss "$ptplan" check "$cat"
expect_status 1 "a catalog file of a million nodes"
expect_err "big.yaml:2:" "the node limit names the file and line"
expect_err "this document has more than 200000 nodes" "the node limit message"
if [ -n "$sanitized" ]; then skip "memory limits under AddressSanitizer"; elif [ "$rss_kb" -lt 131072 ]; then pass; else fail "the million-node catalog took $rss_kb kB"; fi

# --- 4. Terminal escapes never reach the terminal.
printf 'patient: { name: "X\\e]0;PWNED\\a\\e[31mRED", age: 50 }\nconditions: [sciatica]\npain: { current: 3 }\n' >"$work/esc-name.yaml"
run 20 "$ptplan" explain "$work/esc-name.yaml"
expect_status 1 "a name with escapes written in double quotes"
expect_err "esc-name.yaml:1:18: error: this text holds control character 0x1B (written as an escape)" "the escape's position"
no_escape_bytes "$work/out" "explain stdout"
no_escape_bytes "$work/err" "explain stderr"
printf 'patient: { name: Test, age: 50 }\nconditions: [sciatica]\npain: { current: 3 }\n"\\e]0;PWNED\\a\\e[2Jkey": 1\n' >"$work/esc-key.yaml"
for command in plan explain check review; do
  run 20 "$ptplan" "$command" "$work/esc-key.yaml"
  expect_status 1 "$command with an escaped unknown key"
  no_escape_bytes "$work/err" "$command stderr"
done
mkdir -p "$work/esc-files"
cp "$good" "$work/esc-files/$(printf 'p\033]0;PWNED\007').yaml"
printf 'patient: {\n' >"$work/esc-files/$(printf 'q\033[2J').yaml"
run 20 "$ptplan" batch "$work/esc-files" --out-dir "$work/esc-out"
expect_status 1 "a batch of files named with escapes"
no_escape_bytes "$work/err" "batch stderr"

# --- 5. Templates that multiply.
mkdir -p "$work/tpl-nest"
nest() { printf '{{#days}}%.0s' $(seq "$1"); printf '{{day}}'; printf '{{/days}}%.0s' $(seq "$1"); printf '\n'; }
nest 10 >"$work/tpl-nest/plan.markdown.mustache"
measure_rss "$ptplan" plan "$good" --templates "$work/tpl-nest"
expect_status 1 "a template with {{#days}} nested 10 deep"
expect_err "plan.markdown.mustache:1:" "the nesting error's position"
expect_err "sections repeat more than 100000 times in all" "the pass limit"
if [ -n "$sanitized" ]; then skip "memory limits under AddressSanitizer"; elif [ "$rss_kb" -lt 65536 ]; then pass; else fail "the nested template took $rss_kb kB"; fi
{ printf '{{#days}}%.0s' $(seq 10000); printf '{{/days}}%.0s' $(seq 10000); } >"$work/tpl-nest/plan.markdown.mustache"
run 20 "$ptplan" plan "$good" --templates "$work/tpl-nest"
expect_status 1 "10,000 nested sections"
expect_err "sections are nested more than 16 deep" "the depth limit"

# --- 6. Signals end a batch whose standard input stays open.
for signal in TERM INT; do
  rm -rf "$work/sig"
  mkfifo "$work/sig-in"
  "$ptplan" batch - --out-dir "$work/sig" <"$work/sig-in" >/dev/null 2>"$work/err" &
  pid=$!
  exec 7>"$work/sig-in" # hold the stream open
  cat "$good" >&7
  echo "---" >&7
  # Signal once the first document is planned (its handout written), not
  # after a fixed time: a sanitizer build on a busy machine starts slowly.
  for _ in $(seq 200); do
    [ -s "$work/sig/stdin-1.md" ] && break
    sleep 0.1
  done
  sleep 0.2
  started=$(date +%s%N)
  kill -"$signal" "$pid"
  ended=no
  for _ in $(seq 30); do
    if ! kill -0 "$pid" 2>/dev/null; then ended=yes; break; fi
    sleep 0.1
  done
  wait "$pid"
  status=$?
  elapsed_ms=$((($(date +%s%N) - started) / 1000000))
  exec 7>&-
  rm -f "$work/sig-in"
  if [ "$ended" = yes ] && [ "$elapsed_ms" -le 1500 ]; then pass; else fail "SIG$signal did not end batch - within a second (${elapsed_ms} ms)"; kill -9 "$pid" 2>/dev/null; fi
  expect_status 130 "batch - after SIG$signal"
  if python3 -c "import json,sys; sys.exit(0 if json.load(open(sys.argv[1]))['interrupted'] else 1)" "$work/sig/summary.json" 2>/dev/null \
    && head -n 1 "$work/sig/stdin-1.md" 2>/dev/null | grep -q '^# Your home exercise plan'; then
    pass
  else
    fail "SIG$signal: the finished plan and a complete summary.json saying interrupted are not both there"
  fi
done

# --- 7. Drawings that tried to slip past the check.
cat="$work/cat-svg"
for drawing in "$root"/tests/data/hostile-drawings/*.svg; do
  catalog_copy "$cat"
  cp "$drawing" "$cat/images/glute-bridge.svg"
  run 30 "$ptplan" check "$cat"
  expect_status 1 "check refuses $(basename "$drawing")"
  expect_err "glute-bridge.svg:" "$(basename "$drawing") is named"
done

# --- 8. The smaller ones.
cat="$work/cat-rule"
catalog_copy "$cat"
python3 - "$cat/rules.yaml" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
start = text.index("  - id: osteoporosis\n")
end = text.index("\n  - id:", start + 1)
open(sys.argv[1], "w").write(text[:start] + text[end + 1:])
PY
run 30 "$ptplan" check "$cat"
expect_status 1 "check a catalog whose osteoporosis rule was deleted"
expect_err "precaution \"osteoporosis\" has no rule" "the precaution without a rule"

mkdir -p "$work/tpl-raw"
printf '<p>{{{patient.name}}}</p>\n' >"$work/tpl-raw/plan.html.mustache"
run 20 "$ptplan" plan "$good" --templates "$work/tpl-raw" --format html
expect_status 1 "a custom HTML template with {{{patient.name}}}"
expect_err "plan.html.mustache:1:4: error: template: {{{patient.name}}} writes" "the raw tag's position"
printf '{{=<%% %%>=}}\n<%% no_such_value %%>\n' >"$work/tpl-raw/plan.markdown.mustache"
run 20 "$ptplan" plan "$good" --templates "$work/tpl-raw"
expect_status 1 "a set-delimiter tag"
expect_err "set-delimiter tags ({{=<% %>=}}) are not supported" "the set-delimiter error"

mkdir -p "$work/tpl-link"
echo "secret from outside" >"$work/secret"
ln -s "$work/secret" "$work/tpl-link/plan.markdown.mustache"
run 20 "$ptplan" plan "$good" --templates "$work/tpl-link"
expect_status 1 "a template that links outside its folder"
if grep -q "secret from outside" "$work/out"; then fail "the linked file was printed"; else pass; fi
expect_err "is a link to a file outside" "the template link is named"
cat="$work/cat-link"
catalog_copy "$cat"
rm "$cat/images/glute-bridge.svg"
ln -s "$work/secret" "$cat/images/glute-bridge.svg"
run 20 "$ptplan" check "$cat"
expect_status 1 "a catalog drawing that links outside the catalog"
expect_err "is a link to a file outside" "the catalog link is named"

python3 - "$work/autolink.yaml" <<'PY'
import sys
goals = ["Write to a@evil.example", "mailto:b@evil.example", "xmpp:c@evil.example/x", "https://evil.example/d",
         "www.evil.example", "WWW.evil.example/e", "ftp://evil.example/f", "<https://evil.example/g>"]
text = "patient: { name: Test, age: 50 }\nconditions: [sciatica]\npain: { current: 3 }\ngoals:\n"
text += "".join(f'  - "{g}"\n' for g in goals)
open(sys.argv[1], "w").write(text)
PY
run 20 "$ptplan" plan "$work/autolink.yaml" -o "$work/autolink.md"
expect_status 0 "a profile whose goals look like links"
if command -v cmark-gfm >/dev/null; then
  cmark-gfm -e autolink "$work/autolink.md" >"$work/autolink.html"
  if grep -q 'evil\.example' "$work/autolink.html" && ! grep -qE '<a [^>]*evil' "$work/autolink.html"; then
    pass
  else
    fail "cmark-gfm made a link from an escaped goal"
    grep -E '<a [^>]*evil' "$work/autolink.html" | head -3
  fi
else
  skip "cmark-gfm is not installed (scripts/install-check-tools.sh): the autolink check"
fi

# Disk full: a small tmpfs (root only), where the handout cannot fit.
mkdir -p "$work/full"
if mount -t tmpfs -o size=8k tmpfs "$work/full" 2>/dev/null; then
  mounted=yes
  run 20 "$ptplan" plan "$good" --format html -o "$work/full/plan.html"
  expect_status 1 "plan -o on a full disk"
  expect_err "plan.html: cannot write: no space left on device" "the full disk in words"
  if [ -z "$(ls -A "$work/full")" ]; then pass; else fail "a full disk left a file behind"; fi
  umount "$work/full" && mounted=
else
  skip "cannot mount a small tmpfs here (needs root): the full-disk case"
fi

# The README's limits, one message and one number.
python3 -c "import sys; open(sys.argv[1], 'w').write('patient: { name: Test, age: 50 }\n#' + 'x' * 2000000 + '\n')" "$work/big.yaml"
run 20 "$ptplan" plan "$work/big.yaml"
expect_status 1 "a 2 MB profile"
expect_err "big.yaml: error: the input is 2000035 bytes; the limit is 1048576 bytes" "the size limit's message"
if grep -qF 'the input is N bytes; the limit is 1048576 bytes' "$root/README.md"; then pass; else fail "README states another size message"; fi
python3 -c "import sys; open(sys.argv[1], 'w').write('#' + 'x' * 9000000 + '\n')" "$work/huge.yaml"
run 20 "$ptplan" plan "$work/huge.yaml"
expect_err "huge.yaml: error: the input is 9000002 bytes; the limit is 1048576 bytes" "a 9 MB profile gets the same message"

echo "hostile: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]

#!/usr/bin/env bash
# cmake --install into a temporary prefix: every file lands where a Debian
# tool's would, the man pages format without a warning, the bash completion
# loads and completes, and the installed binary plans an installed example
# from a clean folder with a clean environment, in PDF too (its module).
set -u
build=$1
root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
ok() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL $1"; }
check() { if eval "$1"; then ok; else fail "$2"; fi; }

prefix="$work/usr"
cmake --install "$build" --prefix "$prefix" >"$work/install.log" 2>&1
check "[ $? -eq 0 ]" "cmake --install succeeds"
for f in bin/ptplan share/man/man1/ptplan.1 share/man/man5/ptplan-profile.5 share/man/man5/ptplan-catalog.5 \
  share/bash-completion/completions/ptplan share/zsh/vendor-completions/_ptplan share/fish/vendor_completions.d/ptplan.fish \
  share/ptplan/schema/profile.schema.json share/ptplan/schema/catalog.schema.json \
  share/ptplan/examples/hip-oa-fall-risk.yaml share/ptplan/exercises/vocabulary.yaml share/ptplan/templates/plan.html.mustache \
  share/doc/ptplan/copyright share/doc/ptplan/README.md; do
  check "[ -f '$prefix/$f' ]" "installed $f"
done
check "[ -x '$prefix/bin/ptplan' ]" "the binary is executable"
check "[ -f '$prefix/lib/ptplan/ptplan-pdf.so' ]" "installed lib/ptplan/ptplan-pdf.so (the PDF module)"

# Man pages: man's own check (groff warnings on stderr).
for page in "$prefix"/share/man/man*/*; do
  if command -v man >/dev/null; then
    man --warnings -l "$page" >/dev/null 2>"$work/man.err"
    check "[ ! -s '$work/man.err' ]" "man --warnings -l $(basename "$page") is clean: $(head -c 300 "$work/man.err")"
  fi
done
# The manual names every command the binary has, and every option of plan
# and batch.
sed 's/\\-/-/g' "$prefix/share/man/man1/ptplan.1" >"$work/ptplan.1.txt"
for command in plan batch explain review check catalog vocabulary config schema new-profile; do
  check "grep -q '^\.B.* $command\|^\.B $command\|^\.BI \"$command ' '$work/ptplan.1.txt'" "ptplan(1) names $command"
  check "'$prefix/bin/ptplan' $command --help >/dev/null 2>&1" "ptplan $command --help"
done
for command in plan batch; do
  for option in $("$prefix/bin/ptplan" $command --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
    check "grep -q -- '$option' '$work/ptplan.1.txt'" "ptplan(1) documents $command $option"
  done
done

# bash completion, as bash-completion loads it.
completion="$prefix/share/bash-completion/completions/ptplan"
complete_words() { # complete_words WORD... : what TAB offers for the last word
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _ptplan; printf "%s\n" "${COMPREPLY[@]}"' \
    _ "$completion" "$@"
}
check "bash -c 'source \"$completion\" && complete -p ptplan' | grep -q -- '-F _ptplan ptplan'" "complete -p ptplan after sourcing"
check "[ \"\$(complete_words ptplan pl)\" = plan ]" "ptplan pl<TAB> gives plan"
check "complete_words ptplan plan --fo | grep -qx -- --format" "ptplan plan --fo<TAB> offers --format"
check "[ \"\$(complete_words ptplan plan x.yaml --format h)\" = html ]" "--format h<TAB> gives html"
check "[ \"\$(complete_words ptplan vocabulary red)\" = red-flags ]" "ptplan vocabulary red<TAB> gives red-flags"
check "complete_words ptplan batch --re | grep -qx -- --resume" "ptplan batch --re<TAB> offers --resume"
# Every command the binary has is offered.
for command in plan batch explain review check catalog vocabulary config schema new-profile; do
  check "complete_words ptplan '' | grep -qx $command" "completion offers $command"
done
if command -v zsh >/dev/null; then
  check "zsh -n '$prefix/share/zsh/vendor-completions/_ptplan'" "zsh completion parses"
fi
if command -v fish >/dev/null; then
  check "fish --no-execute '$prefix/share/fish/vendor_completions.d/ptplan.fish'" "fish completion parses"
fi

# The installed binary, from a clean folder, with nothing but the installed
# files (and, in a sanitizer build, the sanitizers' settings: fontconfig's
# caches are a known leak the suppressions name).
mkdir -p "$work/clean" "$work/home"
sanitizers=()
for name in ASAN_OPTIONS LSAN_OPTIONS UBSAN_OPTIONS; do
  [ -n "${!name:-}" ] && sanitizers+=("$name=${!name}")
done
(cd "$work/clean" && env -i HOME="$work/home" PATH=/usr/bin:/bin "${sanitizers[@]}" "$prefix/bin/ptplan" plan \
  "$prefix/share/ptplan/examples/hip-oa-fall-risk.yaml" >"$work/clean/plan.md" 2>"$work/clean/stderr")
check "[ $? -eq 0 ]" "installed ptplan plans an installed example"
check "cmp -s '$work/clean/plan.md' '$root/examples/handouts/hip-oa-fall-risk.md'" "the installed binary's plan equals the golden handout"
check "[ \"\$(ls '$work/clean')\" = \"\$(printf 'plan.md\nstderr')\" ]" "it writes nothing else in the folder"
(cd "$work/clean" && env -i HOME="$work/home" PATH=/usr/bin:/bin "${sanitizers[@]}" "$prefix/bin/ptplan" plan \
  "$prefix/share/ptplan/examples/hip-oa-fall-risk.yaml" -o plan.pdf 2>"$work/clean/pdf-stderr")
check "[ $? -eq 0 ] && [ \"\$(head -c 5 '$work/clean/plan.pdf')\" = '%PDF-' ]" "the installed binary draws a PDF with the installed module: $(head -c 300 "$work/clean/pdf-stderr")"

echo "install: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

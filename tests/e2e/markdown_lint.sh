#!/usr/bin/env bash
# Lints every example handout in Markdown, as the binary writes it now, with
# markdownlint-cli2 (all rules but line length: tests/markdown/
# .markdownlint-cli2.jsonc). Skips (77) when its node packages are not
# installed: `cd tests/markdown && npm ci` (CI does).
set -u
# A profile with a progress log names the week its handout shows (as in golden.sh).
handout_week() { sed -n 's/^# handout-week: \([0-9][0-9]*\)$/\1/p' "$1" | grep . || echo 1; }
ptplan=$1
root=$2
lint="$root/tests/markdown/node_modules/.bin/markdownlint-cli2"
if [ ! -x "$lint" ] || ! command -v node >/dev/null; then
  echo "markdown_lint: markdownlint-cli2 not installed (cd tests/markdown && npm ci); skipping"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
count=0
for profile in "$root"/examples/patients/*.yaml; do
  "$ptplan" plan "$profile" --week "$(handout_week "$profile")" --format markdown >"$work/$(basename "$profile" .yaml).md" 2>/dev/null
  count=$((count + 1))
done
[ "$count" -gt 0 ] || exit 1
cd "$work" || exit 1
"$lint" --config "$root/tests/markdown/.markdownlint-cli2.jsonc" "*.md"

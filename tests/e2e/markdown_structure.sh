#!/usr/bin/env bash
# Parses every example handout in Markdown with cmark (CommonMark) and, for
# the tables, cmark-gfm (GitHub's tables), and checks the structure a reader
# is meant to see: one title; each exercise of the plan (from the JSON
# output) as a level-3 heading followed by its purpose and one tight
# numbered list of steps; lists never split or loosened by stray blank
# lines; no raw HTML; the stop-and-call box as a block quote holding its
# list; the week table with a row per exercise and a column per day; the
# checklist with a row per day and a column per exercise plus pain. Skips
# (77) when cmark or cmark-gfm is missing (scripts/install-check-tools.sh).
set -u
# A profile with a progress log names the week its handout shows (as in golden.sh).
handout_week() { sed -n 's/^# handout-week: \([0-9][0-9]*\)$/\1/p' "$1" | grep . || echo 1; }
ptplan=$1
root=$2
if ! command -v cmark >/dev/null || ! command -v cmark-gfm >/dev/null; then
  echo "markdown_structure: cmark or cmark-gfm not installed (scripts/install-check-tools.sh); skipping"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
checked=0
fail() {
  echo "FAIL $*"
  failures=$((failures + 1))
}

# One line per top-level block of cmark's XML: "heading 3 TEXT",
# "paragraph", "list ordered tight ITEMS", "block_quote list bullet tight
# ITEMS", "table ROWS CELLS-IN-HEADER", "html_block", ...; and "html_inline"
# wherever inline HTML appears.
skeleton() {
  awk '
    function flush() { if (block != "") print block; block = "" }
    /<html_inline/ { print "html_inline" }
    /^  <[a-z_]+/ {
      flush()
      tag = $1; sub(/^</, "", tag); sub(/>$/, "", tag); sub(/\/$/, "", tag)
      block = tag; kind = tag; items = 0; rows = 0; cells = 0; text = ""
      if (tag == "heading") { match($0, /level="[0-9]"/); block = "heading " substr($0, RSTART + 7, 1) }
      if (tag == "list") { type = ($0 ~ /type="ordered"/) ? "ordered" : "bullet"; tight = ($0 ~ /tight="true"/) ? "tight" : "loose" }
      next
    }
    kind == "heading" && /<text/ { t = $0; sub(/^ *<text[^>]*>/, "", t); sub(/<\/text>$/, "", t); text = text t; block = substr(block, 1, 9) " " text }
    kind == "list" && /^    <item>/ { items++; block = "list " type " " tight " " items }
    kind == "block_quote" && /^    <list/ { qtype = ($0 ~ /type="ordered"/) ? "ordered" : "bullet"; qtight = ($0 ~ /tight="true"/) ? "tight" : "loose"; qitems = 0 }
    kind == "block_quote" && /^      <item>/ { qitems++; block = "block_quote list " qtype " " qtight " " qitems }
    kind == "table" && /^    <table_(header|row)>/ { rows++; block = "table " rows " " cells }
    kind == "table" && /^      <table_cell/ && rows == 1 { cells++; block = "table " rows " " cells }
    END { flush() }
  '
}

exercise_names() {
  awk '/^  "exercises": \[/ { on = 1; next } on && /^  \]/ { on = 0 } on && /^      "name": / {
    sub(/^      "name": "/, ""); sub(/",?$/, ""); print }' "$1"
}

for profile in "$root"/examples/patients/*.yaml; do
  name=$(basename "$profile" .yaml)
  md="$work/$name.md"
  "$ptplan" plan "$profile" --week "$(handout_week "$profile")" --format markdown >"$md" 2>/dev/null
  "$ptplan" plan "$profile" --week "$(handout_week "$profile")" --format json >"$work/$name.json" 2>/dev/null
  status=$?
  checked=$((checked + 1))
  cmark -t xml "$md" | skeleton >"$work/$name.blocks"
  cmark-gfm -e table -t xml "$md" | skeleton >"$work/$name.gfm"
  blocks="$work/$name.blocks"

  [ "$(grep -c '^heading 1 ' "$blocks")" -eq 1 ] || fail "$name: expected exactly one title (level-1 heading)"
  ! grep -q 'html' "$blocks" || fail "$name: raw HTML in the Markdown"
  ! grep -q ' loose ' "$blocks" || fail "$name: a list is loose (a stray blank line between its items)"
  grep -q '^block_quote' "$blocks" || fail "$name: the boxed notice is not a block quote"
  if [ "$status" -eq 3 ]; then
    grep -q '^list bullet tight' "$blocks" || fail "$name: the referral's red flags are not one tight list"
    continue
  fi

  # The box ends with the therapist's list: at least the 3 general signs.
  grep -Eqx 'block_quote list bullet tight ([3-9]|[1-9][0-9])' "$blocks" || fail "$name: the stop box does not end with the therapist's signs as one list"
  count=0
  while IFS= read -r exercise; do
    count=$((count + 1))
    heading=$(sed -e 's/&/\&amp;/g; s/"/\&quot;/g; s/</\&lt;/g; s/>/\&gt;/g' <<<"heading 3 $count. $exercise")
    next=$(grep -Fx -A4 "$heading" "$blocks" | tail -n +2 | tr '\n' '|')
    if ! grep -Fxq "$heading" "$blocks"; then
      fail "$name: no level-3 heading \"$count. $exercise\""
    elif ! grep -Eq '^(paragraph\|paragraph\|)?paragraph\|list ordered tight [0-9]+\|' <<<"$next"; then
      # The figure and its caption, when there is one, come before the purpose.
      fail "$name: \"$exercise\" is not followed by its figure, its purpose and one tight numbered list of steps (found: $next)"
    fi
  done < <(exercise_names "$work/$name.json")
  [ "$count" -gt 0 ] || fail "$name: no exercises in the JSON output"

  days=7
  visit_row=$(grep -c '"clinic_visit": true' "$work/$name.json")
  week_rows=$((1 + count + 1 + (visit_row > 0 ? 1 : 0)))
  tables=$(grep '^table ' "$work/$name.gfm" | tr '\n' '|')
  # With a progress log, "Your progress" comes first with a table of the
  # weeks logged before this one (4 columns).
  week=$(handout_week "$profile")
  logged=$(awk -v week="$week" '/^  - week: [0-9]+/ { if ($3 + 0 < week) n++ } END { print n + 0 }' "$profile")
  progress_table=""
  [ "$logged" -gt 0 ] && progress_table="table $((logged + 1)) 4|"
  [ "$tables" = "${progress_table}table $week_rows $((days + 1))|table $((days + 1)) $((count + 2))|" ] ||
    fail "$name: expected ${progress_table:+the progress table ($((logged + 1)) rows, 4 columns), }the week table ($week_rows rows, $((days + 1)) columns) and the checklist ($((days + 1)) rows, $((count + 2)) columns); found: $tables"
  ! grep -q '^table' "$blocks" || fail "$name: cmark (no table extension) found a table"
done
echo "markdown_structure: $checked handouts checked, $failures problems"
[ "$failures" -eq 0 ] && [ "$checked" -gt 0 ]

#!/usr/bin/env bash
# Prints every example handout in HTML to PDF with headless Chromium, on A4
# and on US Letter, and reads the PDF back with pdftotext (poppler): the
# page size is the one asked for; every exercise of the plan (names from the
# JSON output) is there with its dose and safety line, all on one page (no
# block split across pages); the "stop and call" box is there, whole; the
# therapist's contact line and "Page N of M" are on every page; a plan of up
# to 6 exercises takes at most 4 pages (issue 18; tests/data/six-exercises.yaml
# is one of 6; heat and cold advice or a progress section may take one more),
# and the key points are on page 1. Skips (77) when chromium or
# poppler-utils are missing (scripts/install-check-tools.sh installs them).
set -u
# A profile with a progress log names the week its handout shows (as in golden.sh).
handout_week() { sed -n 's/^# handout-week: \([0-9][0-9]*\)$/\1/p' "$1" | grep . || echo 1; }
ptplan=$1
root=$2
chromium=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$chromium" ] || ! command -v pdftotext >/dev/null || ! command -v pdfinfo >/dev/null; then
  echo "print_pdf: chromium or poppler-utils not installed (scripts/install-check-tools.sh); skipping"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
checks=0
fail() {
  echo "FAIL $*"
  failures=$((failures + 1))
}

# One line of text: entities decoded, tags removed, spaces squeezed.
plain() {
  sed -e 's/<[^>]*>//g' -e 's/&lt;/</g; s/&gt;/>/g; s/&quot;/"/g; s/&#39;/'"'"'/g; s/&amp;/\&/g' | tr -s ' \n' '  ' | sed 's/^ //; s/ $//'
}

# The text of page N of a PDF, as one line, in the order it was written
# (-raw: a caption beside the dose box would otherwise interleave with it).
page_text() {
  pdftotext -q -raw -f "$2" -l "$2" "$1" - | tr -s ' \n\f' '   ' | sed 's/^ //; s/ $//'
}

# The names of a plan's exercises, from the JSON output.
exercise_names() {
  awk '/^  "exercises": \[/ { on = 1; next } on && /^  \]/ { on = 0 } on && /^      "name": / {
    sub(/^      "name": "/, ""); sub(/",?$/, ""); print }' "$1"
}

# print_pdf HTML: prints HTML to the PDF beside it (x.html, x.pdf), each
# Chromium with its own profile so that two can run at once.
print_pdf() {
  # --no-pdf-header-footer: no date, file name or page numbers from the browser.
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="${1%.html}.profile" \
    --no-pdf-header-footer --print-to-pdf="${1%.html}.pdf" "file://$1" >/dev/null 2>&1
  rm -rf "${1%.html}.profile"
}
export -f print_pdf
export chromium

# Every handout first, then every PDF, as many Chromiums at a time as there
# are cores: Chromium's start-up is most of this test's time.
profiles=("$root"/examples/patients/*.yaml "$root"/tests/data/six-exercises.yaml)
for profile in "${profiles[@]}"; do
  name=$(basename "$profile" .yaml)
  for paper in a4 letter; do
    "$ptplan" plan "$profile" --week "$(handout_week "$profile")" --format html --paper "$paper" >"$work/$name-$paper.html" 2>/dev/null
  done
done
printf '%s\0' "$work"/*.html | xargs -0 -n 1 -P "$(nproc)" bash -c 'print_pdf "$1"' _

strict=0
for profile in "${profiles[@]}"; do
  name=$(basename "$profile" .yaml)
  "$ptplan" plan "$profile" --week "$(handout_week "$profile")" --format json >"$work/$name.json" 2>/dev/null
  status=$?
  for paper in a4 letter; do
    html="$work/$name-$paper.html"
    pdf="$work/$name-$paper.pdf"
    if [ ! -s "$pdf" ]; then
      fail "$name ($paper): chromium did not print a PDF"
      continue
    fi
    checks=$((checks + 1))
    size=$(pdfinfo "$pdf" | awk '/^Page size:/ { printf "%d %d", $3 + 0.5, $5 + 0.5 }')
    pages=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')
    case "$paper:$size" in
    a4:"595 842" | letter:"612 792") ;;
    *) fail "$name ($paper): page size is $size points" ;;
    esac
    all=$(pdftotext -q -raw "$pdf" - | tr -s ' \n\f' '   ')
    if [ "$status" -eq 3 ]; then
      grep -q "Take this sheet with you" <<<"$all" || fail "$name ($paper): referral notice text missing"
      continue
    fi

    # Every page carries the therapist's contact line and its number.
    for page in $(seq 1 "$pages"); do
      text=$(page_text "$pdf" "$page")
      grep -q "Questions? Call" <<<"$text" || fail "$name ($paper): no contact line on page $page of $pages"
      grep -q "Page $page of $pages" <<<"$text" || fail "$name ($paper): no \"Page $page of $pages\" on page $page"
    done
    grep -q "Key points" <<<"$(page_text "$pdf" 1)" || fail "$name ($paper): no key points on page 1"

    # The page limit (issue 18): up to 6 exercises with the week table, the
    # safety boxes and the checklist on at most 4 pages; a page more for each
    # 3 exercises beyond, and one for the sections that handout does not
    # have: heat and cold advice ("Looking after yourself"), "Your progress".
    exercises=$(exercise_names "$work/$name.json" | wc -l)
    extras=$(grep -c 'class="self-care"\|class="progress"' "$html")
    limit=$((4 + (exercises > 6 ? (exercises - 6 + 2) / 3 : 0) + (extras > 0 ? 1 : 0)))
    [ "$pages" -le "$limit" ] || fail "$name ($paper): $pages pages for $exercises exercises (at most $limit)"
    if [ "$exercises" -eq 6 ] && [ "$extras" -eq 0 ]; then
      strict=$((strict + 1))
    fi
    echo "print_pdf: $name ($paper): $pages pages, $exercises exercises"

    # The stop-and-call box, whole, on one page.
    stop_ok=0
    for page in $(seq 1 "$pages"); do
      text=$(page_text "$pdf" "$page")
      if grep -q "Stop and call your therapist" <<<"$text" && grep -q "does not settle" <<<"$text" &&
        grep -q "Go to an emergency department now" <<<"$text"; then
        stop_ok=1
      fi
    done
    [ "$stop_ok" -eq 1 ] || fail "$name ($paper): the stop-and-call box is missing or split across pages"

    # Every exercise: name, dose and safety line, on the same page.
    count=0
    while IFS= read -r exercise; do
      count=$((count + 1))
      block=$(awk -v want="<h3>$count. " 'index($0, want) == 1 { on = 1 } on { print } on && /<\/article>/ { exit }' "$html")
      heading=$(grep -m1 '<h3>' <<<"$block" | plain)
      [ "$heading" = "$count. $exercise" ] || {
        fail "$name ($paper): exercise $count is \"$heading\" in the HTML, \"$exercise\" in the JSON"
        continue
      }
      dose=$(grep -m1 'How much:' <<<"$block" | plain)
      safety=$(grep -m1 'Safety:' <<<"$block" | plain)
      purpose=$(grep -m1 'What it is for:' <<<"$block" | plain)
      found=0
      for page in $(seq 1 "$pages"); do
        text=$(page_text "$pdf" "$page")
        if grep -qF "$heading $purpose" <<<"$text"; then
          found=1
          grep -qF "$dose" <<<"$text" || fail "$name ($paper): \"$exercise\" is split: its dose is not on page $page"
          grep -qF "$safety" <<<"$text" || fail "$name ($paper): \"$exercise\" is split: its safety line is not on page $page"
        fi
      done
      [ "$found" -eq 1 ] || fail "$name ($paper): \"$heading\" and its purpose are not on one page of the PDF"
      grep -qF "$dose" <<<"$all" || fail "$name ($paper): the dose of \"$exercise\" is not in the PDF"
    done < <(exercise_names "$work/$name.json")
    [ "$count" -gt 0 ] || fail "$name ($paper): no exercises in the JSON output"
  done
done
# The bound must have met a plan of 6 exercises and no more, on both papers.
[ "$strict" -ge 2 ] || fail "no plan of 6 exercises without extra sections was checked on A4 and Letter"
echo "print_pdf: $checks PDFs checked, $failures problems"
[ "$failures" -eq 0 ] && [ "$checks" -gt 0 ]

#!/usr/bin/env bash
# PDF handouts written by ptplan itself (--format pdf, or -o FILE.pdf), read
# back with poppler-utils: for every example patient (and
# tests/data/six-exercises.yaml) on A4 and on Letter, the page size; at most
# 4 pages for a plan of up to 6 exercises (issue 18; heat and cold advice or
# a progress section may take one more); the title and author; every font embedded; the contact line and "Page N of M" at the foot
# of every page; the stop box whole on one page; each exercise's name, dose
# and safety line on one page, with its drawing on that page (pictures counted
# per page by pdf_figures.py); the referral notice. Then names in other
# scripts, the -o extension rule, and identical bytes from batch --jobs 1 and 2.
# Skips (77) when poppler-utils or python3 are missing.
set -u
handout_week() { sed -n 's/^# handout-week: \([0-9][0-9]*\)$/\1/p' "$1" | grep . || echo 1; }
ptplan=$1
root=$2
here=$(cd "$(dirname "$0")" && pwd)
for tool in pdfinfo pdffonts pdftotext python3; do
  if ! command -v "$tool" >/dev/null; then
    echo "pdf: $tool not installed (scripts/install-check-tools.sh); skipping"
    exit 77
  fi
done
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
# The text of page N of a PDF, as one line (read once per PDF by split_pages).
split_pages() {
  rm -f "$work"/page-*.txt
  pdftotext -q -layout "$1" - | awk -v dir="$work" '{ n = split($0, parts, "\f"); for (i = 1; i <= n; i++) {
    if (i > 1) page++; printf "%s\n", parts[i] >> (dir "/page-" page + 1 ".txt") } }'
  for f in "$work"/page-*.txt; do tr -s ' \n' '  ' <"$f" >"$f.line" && mv "$f.line" "$f"; done
}
page_text() { cat "$work/page-$2.txt" 2>/dev/null; }
info() { pdfinfo "$1" | sed -n "s/^$2: *//p"; }

# Every handout first (HTML, and the PDF on each paper with its exit
# status), then the pictures of every PDF counted in one Python run.
profiles=("$root"/examples/patients/*.yaml "$root"/tests/data/six-exercises.yaml)
for profile in "${profiles[@]}"; do
  name=$(basename "$profile" .yaml)
  week=$(handout_week "$profile")
  "$ptplan" plan "$profile" --week "$week" --format html >"$work/$name.html" 2>/dev/null
  for paper in a4 letter; do
    "$ptplan" plan "$profile" --week "$week" --paper "$paper" -o "$work/$name-$paper.pdf" 2>/dev/null
    echo $? >"$work/$name-$paper.status"
  done
done
python3 "$here/pdf_figures.py" --each "$work"/*.pdf || fail "pdf_figures.py could not read every PDF"

strict=0
for profile in "${profiles[@]}"; do
  name=$(basename "$profile" .yaml)
  for paper in a4 letter; do
    pdf="$work/$name-$paper.pdf"
    status=$(cat "$work/$name-$paper.status")
    if [ "$status" -ne 0 ] && [ "$status" -ne 3 ]; then
      fail "$name ($paper): exit status $status"
      continue
    fi
    if [ "$(head -c 5 "$pdf")" != "%PDF-" ]; then
      fail "$name ($paper): -o $name.pdf did not write a PDF"
      continue
    fi
    checks=$((checks + 1))
    size=$(pdfinfo "$pdf" | awk '/^Page size:/ { printf "%d %d", $3 + 0.5, $5 + 0.5 }')
    case "$paper:$size" in
    a4:"595 842" | letter:"612 792") ;;
    *) fail "$name ($paper): page size is $size points" ;;
    esac
    pages=$(info "$pdf" Pages)
    title=$(sed -n 's:.*<title>\(.*\)</title>.*:\1:p' "$work/$name.html" | plain)
    [ "$(info "$pdf" Title)" = "$title" ] || fail "$name ($paper): title \"$(info "$pdf" Title)\", the HTML's is \"$title\""
    author=$(info "$pdf" Author)
    if [ -z "$author" ] || ! plain <"$work/$name.html" | grep -qF "$author"; then
      fail "$name ($paper): author \"$author\" is not the therapist the handout names"
    fi
    [ -z "$(info "$pdf" CreationDate)" ] || fail "$name ($paper): has a creation date (bytes would change run to run)"
    if pdffonts "$pdf" | awk 'NR > 2 && $(NF - 4) != "yes" { bad = 1 } END { exit !bad }'; then
      fail "$name ($paper): a font is not embedded: $(pdffonts "$pdf" | tail -n +3)"
    fi
    split_pages "$pdf"
    figures=$(cat "$pdf.figures" 2>/dev/null) || fail "$name ($paper): pdf_figures.py could not read the PDF"
    for page in $(seq 1 "$pages"); do
      grep -qF "Page $page of $pages" <<<"$(page_text "$pdf" "$page")" || fail "$name ($paper): no \"Page $page of $pages\" on page $page"
    done
    all=$(pdftotext -q "$pdf" - | tr -s ' \n\f' '   ')
    if [ "$status" -eq 3 ]; then
      grep -q "Take this sheet with you" <<<"$all" || fail "$name ($paper): referral notice text missing"
      continue
    fi
    count=$(grep -c '^<h3>[0-9]' "$work/$name.html")
    # The page limit (issue 18): up to 6 exercises with the week table, the
    # safety boxes and the checklist on at most 4 pages; a page more for each
    # 3 exercises beyond, and one for the sections that handout does not
    # have: heat and cold advice ("Looking after yourself"), "Your progress".
    extras=$(grep -c 'class="self-care"\|class="progress"' "$work/$name.html")
    limit=$((4 + (count > 6 ? (count - 6 + 2) / 3 : 0) + (extras > 0 ? 1 : 0)))
    [ "$pages" -le "$limit" ] || fail "$name ($paper): $count exercises on $pages pages (at most $limit)"
    if [ "$count" -eq 6 ] && [ "$extras" -eq 0 ]; then
      strict=$((strict + 1))
    fi
    echo "pdf: $name ($paper): $pages pages, $count exercises"
    for page in $(seq 1 "$pages"); do
      grep -q "Questions? Call" <<<"$(page_text "$pdf" "$page")" || fail "$name ($paper): no contact line on page $page of $pages"
    done
    # Read in written order: the stop signs are in two columns, which the
    # page's layout would interleave line by line.
    stop_ok=0
    for page in $(seq 1 "$pages"); do
      text=$(pdftotext -q -raw -f "$page" -l "$page" "$pdf" - | tr -s ' \n\f' '   ')
      if grep -q "Stop and call your therapist" <<<"$text" && grep -q "does not settle" <<<"$text" &&
        grep -q "Go to an emergency department now" <<<"$text"; then
        stop_ok=1
      fi
    done
    [ "$stop_ok" -eq 1 ] || fail "$name ($paper): the stop-and-call box is missing or split across pages"

    # Each exercise: heading, dose and safety line on one page, and its
    # drawing counted on that page.
    declare -A wanted=()
    for n in $(seq 1 "$count"); do
      block=$(awk -v want="<h3>$n. " 'index($0, want) == 1 { on = 1 } on { print } on && /<\/article>/ { exit }' "$work/$name.html")
      heading=$(grep -m1 '<h3>' <<<"$block" | plain)
      dose=$(grep -m1 'How much:' <<<"$block" | plain)
      safety=$(grep -m1 'Safety:' <<<"$block" | plain)
      found=0
      for page in $(seq 1 "$pages"); do
        text=$(page_text "$pdf" "$page")
        grep -qF "$heading What it is for:" <<<"$text" || continue
        found=1
        # pdftotext -layout may break a long line where the PDF does; compare the first words.
        grep -qF "$(cut -d' ' -f1-8 <<<"$dose")" <<<"$text" || fail "$name ($paper): \"$heading\" is split: its dose is not on page $page"
        grep -qF "$(cut -d' ' -f1-8 <<<"$safety")" <<<"$text" || fail "$name ($paper): \"$heading\" is split: its safety line is not on page $page"
        if grep -q '<figure>' <<<"$block"; then
          wanted[$page]=$((${wanted[$page]:-0} + 1))
        fi
        break
      done
      [ "$found" -eq 1 ] || fail "$name ($paper): \"$heading\" is not in the PDF"
    done
    total=$(grep -c '<img ' "$work/$name.html")
    drawn=0
    page=0
    while read -r on_page; do
      [ -n "$on_page" ] || continue
      page=$((page + 1))
      drawn=$((drawn + on_page))
      [ "$on_page" -ge "${wanted[$page]:-0}" ] || fail "$name ($paper): page $page draws $on_page pictures, its exercises have ${wanted[$page]:-0}"
    done <<<"$figures"
    [ "$drawn" -eq "$total" ] || fail "$name ($paper): $drawn pictures drawn, the HTML has $total"
    unset wanted
  done
done

# The bound must have met a plan of 6 exercises and no more, on both papers.
[ "$strict" -ge 2 ] || fail "no plan of 6 exercises without extra sections was checked on A4 and Letter"

# Names in other scripts print as themselves, with every font embedded.
sed -e 's/^  name: .*/  name: "José Ñúñez 李小龍"/' "$root/examples/patients/hip-oa-fall-risk.yaml" >"$work/names.yaml"
if grep -q 'José' "$work/names.yaml" && "$ptplan" plan "$work/names.yaml" -o "$work/names.pdf" 2>/dev/null; then
  checks=$((checks + 1))
  grep -qF "José Ñúñez 李小龍" <<<"$(pdftotext -q "$work/names.pdf" - | tr -s ' \n\f' '   ')" || fail "names: \"José Ñúñez 李小龍\" does not read back from the PDF"
  pdffonts "$work/names.pdf" | awk 'NR > 2 && $(NF - 4) != "yes" { bad = 1 } END { exit bad }' || fail "names: a font is not embedded"
else
  fail "names: no PDF for a patient named José Ñúñez 李小龍"
fi

# -o picks the format from the extension when --format is absent.
profile="$root/examples/patients/hip-oa-fall-risk.yaml"
for pair in md:markdown txt:text html:html json:json; do
  extension=${pair%%:*}
  format=${pair#*:}
  "$ptplan" plan "$profile" -o "$work/extension.$extension" 2>/dev/null
  "$ptplan" plan "$profile" --format "$format" >"$work/format.$extension" 2>/dev/null
  cmp -s "$work/extension.$extension" "$work/format.$extension" || fail "-o x.$extension did not write $format"
  checks=$((checks + 1))
done
"$ptplan" plan "$profile" --format markdown -o "$work/explicit.pdf" 2>/dev/null
[ "$(head -c 5 "$work/explicit.pdf")" != "%PDF-" ] || fail "--format markdown -o x.pdf wrote a PDF"

# Reproducible: the same bytes run after run, and whatever --jobs.
"$ptplan" plan "$profile" -o "$work/again.pdf" 2>/dev/null
"$ptplan" plan "$profile" -o "$work/again-2.pdf" 2>/dev/null
cmp -s "$work/again.pdf" "$work/again-2.pdf" || fail "two runs gave different PDFs"
"$ptplan" batch "$root"/examples/patients --out-dir "$work/jobs1" --format pdf,json --jobs 1 2>/dev/null
status1=$?
"$ptplan" batch "$root"/examples/patients --out-dir "$work/jobs2" --format pdf,json --jobs 2 2>/dev/null
status2=$?
[ "$status1" -eq 3 ] && [ "$status2" -eq 3 ] || fail "batch --format pdf: exit statuses $status1 and $status2 (expected 3: one referral)"
diff -r "$work/jobs1" "$work/jobs2" >/dev/null || fail "batch --format pdf: --jobs 1 and --jobs 2 differ"
pdfs=$(ls "$work/jobs1"/*.pdf 2>/dev/null | wc -l)
[ "$pdfs" -eq "$(ls "$root"/examples/patients/*.yaml | wc -l)" ] || fail "batch --format pdf wrote $pdfs PDFs"
grep -q '"hip-oa-fall-risk.pdf"' "$work/jobs1/summary.json" || fail "summary.json does not list the PDF outputs"
checks=$((checks + 1))

echo "pdf: $checks checks, $failures problems"
[ "$failures" -eq 0 ] && [ "$checks" -gt 0 ]

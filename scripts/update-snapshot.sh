#!/usr/bin/env bash
# Prints one example handout to PDF with headless Chromium and keeps its
# first two pages as PNGs in examples/handouts/, so visitors see what a printed
# handout looks like; then the same for ptplan's own PDF of another example
# (PDF_NAME, default pregnancy-pelvic-pain: NAME-pdf-page1.png, -page2.png).
# Needs chromium and poppler-utils (scripts/install-check-tools.sh).
# Usage: update-snapshot.sh [PTPLAN [NAME [PDF_NAME]]]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
ptplan=${1:-$root/build/dev/ptplan}
name=${2:-hip-oa-fall-risk}
pdf_name=${3:-pregnancy-pelvic-pain}
chromium=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$chromium" ] || ! command -v pdftoppm >/dev/null; then
  echo "update-snapshot: needs chromium and pdftoppm (scripts/install-check-tools.sh)" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$ptplan" plan "$root/examples/patients/$name.yaml" --format html --paper a4 >"$work/$name.html"
"$chromium" --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$work/profile" --no-pdf-header-footer \
  --print-to-pdf="$work/$name.pdf" "file://$work/$name.html" >/dev/null 2>&1
for page in 1 2; do
  pdftoppm -png -r 60 -f "$page" -l "$page" -singlefile "$work/$name.pdf" "$root/examples/handouts/$name-page$page"
  echo "updated examples/handouts/$name-page$page.png ($(wc -c <"$root/examples/handouts/$name-page$page.png") bytes)"
done
"$ptplan" plan "$root/examples/patients/$pdf_name.yaml" --paper a4 -o "$work/$pdf_name-own.pdf"
for page in 1 2; do
  pdftoppm -png -r 60 -f "$page" -l "$page" -singlefile "$work/$pdf_name-own.pdf" "$root/examples/handouts/$pdf_name-pdf-page$page"
  echo "updated examples/handouts/$pdf_name-pdf-page$page.png ($(wc -c <"$root/examples/handouts/$pdf_name-pdf-page$page.png") bytes)"
done

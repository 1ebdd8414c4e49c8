#!/usr/bin/env bash
# Draws every exercise's figure from its pose (tools/draw_figures.cpp),
# lays them out on one page with their names and captions, and renders the
# page with headless Chromium to examples/figures.png. Look at it at arm's
# length, as a patient would, after changing a pose or the drawing code.
# Usage: scripts/contact-sheet.sh [BUILD_DIR] [OUTPUT.png]; SIDE=left draws
# the figures for a patient whose left side is affected; ONLY="id id ..."
# and COLUMNS=N make a smaller sheet of some of them (a crop to look at).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/dev}
out=${2:-$root/examples/figures.png}
side=${SIDE:-right}
columns=${COLUMNS:-6}
only=${ONLY:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if ! command -v chromium >/dev/null; then
  echo "contact-sheet: chromium not found (scripts/install-check-tools.sh installs it)" >&2
  exit 1
fi
"${FIGURES_TOOL:-$build/ptplan_figures}" "$root/exercises" "$tmp"

escape() { sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' <<<"$1"; }
suffix=$([ "$side" = left ] && echo ".left" || true)
count=0
{
  cat <<HTML
<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ptplan figures</title>
<style>
body { font-family: "DejaVu Sans", sans-serif; margin: 16px; background: #fff; color: #000; }
h1 { font-size: 20px; margin: 0 0 12px; }
.grid { display: grid; grid-template-columns: repeat($columns, 240px); gap: 14px 18px; }
figure { margin: 0; }
img { display: block; width: 240px; height: 160px; border: 1px solid #bbb; }
figcaption { font-size: 13px; line-height: 1.3; margin-top: 4px; }
</style></head><body>
<h1>ptplan: the figure of every built-in exercise, drawn from its pose (working side: $side)</h1>
<div class="grid">
HTML
  while IFS=$'\t' read -r id name caption; do
    if [ -n "$only" ] && [[ " $only " != *" $id "* ]]; then continue; fi
    printf '<figure><img src="%s%s.svg" alt=""><figcaption><b>%s</b> <small>(%s)</small><br>%s</figcaption></figure>\n' \
      "$id" "$suffix" "$(escape "$name")" "$id" "$(escape "$caption")"
    count=$((count + 1))
  done <"$tmp/captions.tsv"
  echo '</div></body></html>'
} >"$tmp/sheet.html"

rows=$(((count + columns - 1) / columns))
width=$((columns * 258 + 32))
height=$((rows * 246 + 70))
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$tmp/profile" --hide-scrollbars \
  --screenshot="$out" --window-size="$width,$height" "file://$tmp/sheet.html" 2>/dev/null
echo "contact-sheet: $count figures -> $out"

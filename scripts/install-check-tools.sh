#!/usr/bin/env bash
# Installs the tools the handout checks read handouts with (Debian 12):
# headless Chromium to print HTML to PDF, poppler-utils (pdftotext, pdfinfo,
# pdftoppm), cmark and cmark-gfm to parse Markdown, and the fonts the HTML
# asks for; then markdownlint-cli2 from npm (tests/markdown, pinned in its
# package-lock.json) when npm is there. Idempotent; run as root or with sudo.
# Without these tools the checks skip (ctest shows them as skipped).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

packages=(chromium poppler-utils cmark cmark-gfm fonts-liberation2 fonts-dejavu-core)
missing=()
for p in "${packages[@]}"; do
  # No pipe into grep -q: under pipefail, grep's early exit can kill the writer (SIGPIPE, 141).
  [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)" = "install ok installed" ] || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "install-check-tools: all packages already installed"
fi

if command -v npm >/dev/null; then
  (cd "$root/tests/markdown" && npm ci --no-audit --no-fund --silent)
else
  echo "install-check-tools: npm not found; markdownlint-cli2 not installed (the Markdown lint check will skip)"
fi

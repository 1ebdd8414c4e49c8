#!/usr/bin/env bash
# Installs every Debian 12 package that building and testing ptplan needs.
# Idempotent; run as root (or with sudo) on a fresh machine. PDF handouts
# need Cairo, Pango, librsvg and libxml2, and fonts: Liberation Sans (the
# handout's type), Noto Sans (Greek, Cyrillic and many scripts), DejaVu Sans
# (symbols), Droid Sans Fallback
# (Chinese, Japanese, Korean; 7 MB where Noto CJK is 90 MB).
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  libcli11-dev libyaml-cpp-dev libyaml-dev libfmt-dev doctest-dev
  libkainjow-mustache-dev nlohmann-json3-dev libmimalloc-dev libexpat1-dev
  libcairo2-dev libpango1.0-dev librsvg2-dev libxml2-dev
  fonts-liberation2 fonts-noto-core fonts-dejavu-core fonts-droid-fallback
)

missing=()
for p in "${packages[@]}"; do
  # No pipe into grep -q: under pipefail, grep's early exit can kill the writer (SIGPIPE, 141).
  [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)" = "install ok installed" ] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all packages already installed"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"

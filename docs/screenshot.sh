#!/usr/bin/env bash
# Regenerates docs/page-en.png, the README's picture of a language page: builds the sample
# site into a temporary folder and has headless chromium (Debian: `apt-get install
# chromium`) take a screenshot of one page. Usage: docs/screenshot.sh [LANG] (default en).
set -euo pipefail
cd "$(dirname "$0")/.."
lang=${1:-en}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cargo run --locked --quiet -- build --out "$tmp/public"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
  --user-data-dir="$tmp/profile" --window-size=820,1000 \
  --screenshot="$PWD/docs/page-$lang.png" "file://$tmp/public/$lang/index.html" 2>/dev/null
echo "wrote docs/page-$lang.png"

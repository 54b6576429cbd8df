#!/usr/bin/env bash
# Takes the documentation's screenshots in headless Chromium: output/index.html (docs/dashboard.png) and
# one highlighted reader page (docs/reader.png).
# Run the main job first. Needs chromium (apt-get install -y chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  "--host-resolver-rules=MAP * ~NOTFOUND" --user-data-dir="$profile" \
  --virtual-time-budget=8000 --hide-scrollbars --window-size=1200,3000 \
  --screenshot="$PWD/docs/dashboard.png" "file://$PWD/output/index.html" 2>/dev/null
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  "--host-resolver-rules=MAP * ~NOTFOUND" --user-data-dir="$profile" \
  --virtual-time-budget=3000 --hide-scrollbars --window-size=1000,1100 \
  --screenshot="$PWD/docs/reader.png" "file://$PWD/output/reader/nic-chang.html" 2>/dev/null
echo "wrote docs/dashboard.png and docs/reader.png"

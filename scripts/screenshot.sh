#!/usr/bin/env bash
# Takes a screenshot of output/index.html in headless Chromium for the README (docs/dashboard.png).
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
echo "wrote docs/dashboard.png"

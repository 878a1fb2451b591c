#!/usr/bin/env bash
# Runs the built one-folder app: --version, a model listing, and an offscreen start that quits itself.
set -euo pipefail
APP="${1:-dist/copydesk/copydesk}"
HOME_DIR="$(mktemp -d)"
export COPYDESK_HOME="$HOME_DIR" QT_QPA_PLATFORM=offscreen
"$APP" --version
"$APP" models list
"$APP" models verify whisper-tiny.en   # checksums work inside the bundle
COPYDESK_QUIT_AFTER_MS=1500 timeout 60 "$APP"
test -f "$HOME_DIR/data/library.sqlite3"
echo "smoke test: OK"

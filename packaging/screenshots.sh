#!/usr/bin/env bash
# Screenshots of the real window under Xvfb, in English and Chinese (needs xvfb + a CJK font).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v Xvfb >/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y -qq xvfb >/dev/null; else echo "install xvfb"; exit 1; fi
fi
Xvfb :97 -screen 0 1400x900x24 >/dev/null 2>&1 &
XPID=$!
trap 'kill $XPID' EXIT
sleep 1
for lang in en zh_CN; do
  DISPLAY=:97 QT_QPA_PLATFORM=xcb .venv/bin/python packaging/screenshots.py "$lang"
done

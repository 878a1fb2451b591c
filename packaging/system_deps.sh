#!/usr/bin/env bash
# Debian packages Copydesk needs at run time (Qt's xcb/offscreen plugins, audio, CJK fonts) and for
# its tests (espeak-ng and sox speak the clips the transcription tests use).
# Installs only what is missing; needs root (or prints the command to run).
set -euo pipefail
PKGS=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
      libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
      libxcb-render-util0 libxcb-image0 libpulse0 libasound2 fonts-wqy-zenhei
      espeak-ng sox)  # espeak-ng + sox: speech the tests and the smoke test generate
command -v dpkg-query >/dev/null || { echo "system-deps: not a Debian system; install Qt 6 runtime libraries yourself"; exit 0; }
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "system-deps: missing ${missing[*]}"
  echo "system-deps: run: sudo apt-get update && sudo apt-get install -y ${missing[*]}"
  exit 0
fi
echo "system-deps: installing ${missing[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null

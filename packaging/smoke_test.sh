#!/usr/bin/env bash
# Runs the built one-folder app: --version, a model listing, an offscreen start that quits
# itself, and a real transcription of a clip spoken by espeak-ng. The transcription runs in a
# spawned child process, which in a frozen build is this same executable: it only works when
# multiprocessing.freeze_support() runs at start, so this is the check that the package works.
set -euo pipefail
APP="${1:-dist/copydesk/copydesk}"
HOME_DIR="$(mktemp -d)"
export COPYDESK_HOME="$HOME_DIR" QT_QPA_PLATFORM=offscreen
"$APP" --version
"$APP" models list
"$APP" models verify whisper-tiny.en   # checksums work inside the bundle
COPYDESK_QUIT_AFTER_MS=1500 timeout 60 "$APP"
test -f "$HOME_DIR/data/library.sqlite3"
# the house-style list ships in assets/: a bundle without it finds nothing here
echo "We will recieve the chairman tomorrow." | "$APP" proofread --format text - > "$HOME_DIR/proof.txt"
grep -q "recieve" "$HOME_DIR/proof.txt" || { echo "smoke test: proofreading found nothing (assets/terms missing?)"; exit 1; }
# the Chinese checks read pycorrector's data files, which the bundle carries without the package
echo "我们要坚持不泄的努力。" | "$APP" proofread --format text - > "$HOME_DIR/proof_zh.txt"
grep -q "懈" "$HOME_DIR/proof_zh.txt" || { echo "smoke test: Chinese proofreading found nothing (pycorrector data missing?)"; exit 1; }

command -v espeak-ng >/dev/null || { echo "smoke test: espeak-ng is missing (packaging/system_deps.sh installs it)"; exit 1; }
CLIP="$HOME_DIR/smoke clip.wav"
espeak-ng -v en-us -s 150 -w "$CLIP" "The river was quiet this morning. Seven boats stayed in the harbour."
timeout 300 "$APP" transcribe "$CLIP" --language en --model whisper-tiny.en --format txt --output "$HOME_DIR/clip.txt"
grep -qi "boats" "$HOME_DIR/clip.txt" || { echo "smoke test: transcript lacks 'boats':"; cat "$HOME_DIR/clip.txt"; exit 1; }
echo "smoke test: OK"

"""Opening a 2-hour interview transcript in the transcript view (target < 1 s).

Generates 2 hours of segments (6 s each, ~15 words with timestamps and probabilities), then
times TranscriptPanel.show_transcript (library read + word-level rendering with low-confidence
marks) next to the raw floor: the same rows read with sqlite3 and their plain text put into a
QPlainTextEdit. Prints both and the ratio.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import statistics
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("COPYDESK_HOME", tempfile.mkdtemp())

from PySide6.QtWidgets import QApplication, QPlainTextEdit

WORDS = ["the", "council", "said", "metro", "line", "three", "will", "run", "until", "midnight", "from", "next", "month", "and", "the", "mayor", "told", "reporters", "that", "night", "workers", "need", "safe", "rides", "home", "after", "late", "shifts"]
HOURS = 2.0


def build(store) -> int:
    from desktop.engine.transcription.transcripts import Segment, TranscriptStore, Word

    rng = random.Random(3)
    ts = TranscriptStore(store)
    tid = ts.create(asset_id=None, title="2-hour interview", language="en", model="whisper-base",
                    duration=HOURS * 3600)
    t = 0.0
    idx = 0
    while t < HOURS * 3600:
        words = []
        w_t = t
        for _ in range(15):
            words.append(Word(w_t, w_t + 0.35, " " + rng.choice(WORDS), rng.uniform(0.3, 1.0)))
            w_t += 0.4
        ts.add_segment(tid, Segment(idx, t, t + 6.0, "".join(w.word for w in words).strip(),
                                    f"Speaker {idx % 2 + 1}", words))
        idx += 1
        t += 6.0
    ts.update(tid, status="done")
    return tid


def main() -> None:
    app = QApplication([])
    from desktop.ui.app import build_context
    from desktop.ui.transcript_view import TranscriptPanel

    ctx, _ = build_context(app)
    t0 = time.perf_counter()
    tid = build(ctx.store)
    print(f"generated {HOURS:.0f} h transcript in {time.perf_counter() - t0:.1f} s")
    panel = TranscriptPanel(ctx)
    panel.show()
    ours, raw = [], []
    for _ in range(3):
        t0 = time.perf_counter()
        panel.show_transcript(tid)
        app.processEvents()
        ours.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        conn = sqlite3.connect(ctx.store.path)
        rows = conn.execute("SELECT start, speaker, text, words FROM transcript_segments WHERE transcript_id=? "
                            "ORDER BY idx", (tid,)).fetchall()
        for row in rows:
            json.loads(row[3])
        edit = QPlainTextEdit()
        edit.setPlainText("\n".join(f"[{r[0]:.0f}] {r[1]}: {r[2]}" for r in rows))
        edit.show()
        app.processEvents()
        raw.append(time.perf_counter() - t0)
        conn.close()
    o, r = statistics.median(ours), statistics.median(raw)
    segments = len(rows)
    print(f"open a {HOURS:.0f}-hour transcript ({segments} segments): copydesk {o:.3f} s | raw sqlite + "
          f"QPlainTextEdit {r:.3f} s | ratio {o / r:.2f} | target < 1 s: {'OK' if o < 1 else 'MISSED'}")


if __name__ == "__main__":
    main()

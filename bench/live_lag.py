"""Live transcription lag while recording: how long after words are spoken they are on screen.

A recording is fed at real-time pace from the English DEV clips (``../shared/eval``), one
after another with pauses, through the app's own recorder (``recording.Recorder`` pumped
every 100 ms, as the panel's timer does) while ``live.start`` runs in its job process
with the chosen model and thread count. For each live segment the lag is the wall-clock
time it arrived minus the moment its last word had been recorded (recording start +
segment end); the lag of its first word (segment start) is printed too, since a preview
segment is shown whole. Also prints how long the final file transcription took after Stop, and
the word error rate of the preview and of the final transcript against the clips'
reference texts (scored as bench/transcribe_quality.py does).

Usage: python bench/live_lag.py [--model whisper-base] [--threads 2] [--minutes 2]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.transcribe_quality import edit_distance, norm_en  # noqa: E402
from bench.transcribe_speed import EVAL, english_clips, write_wav  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="whisper-base")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--minutes", type=float, default=2.0)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="copydesk-live-"))
    os.environ.setdefault("COPYDESK_HOME", str(tmp / "home"))
    from desktop.engine.core.events import LiveDone, LiveSegment
    from desktop.engine.core.jobs import CancelToken
    from desktop.engine.library.store import Store
    from desktop.engine.transcription import live, recording
    from desktop.engine.transcription.pcm import WavFileSource
    from desktop.engine.transcription.transcribe import TranscribeOptions
    from desktop.engine.transcription.transcripts import TranscriptStore

    clips, pause, chunks, seconds = english_clips(), np.zeros(11_200, np.float32), [], 0.0
    refs, spoken = english_references(), []
    while seconds < args.minutes * 60:
        for clip, ref in zip(clips, refs, strict=True):
            chunks += [clip, pause]
            spoken.append(ref)
            seconds += (clip.size + pause.size) / 16_000
    source = tmp / "fed.wav"
    duration = write_wav(source, chunks)
    target = tmp / "Recording.wav"
    rec = recording.Recorder(WavFileSource(source), target)
    opts = TranscribeOptions(model=args.model, language="en", threads=args.threads)
    print(f"fed {duration:.0f} s at real-time pace; model {args.model}, {args.threads} threads, language en")
    rec.start()
    started = time.time()
    stopped: dict[str, float] = {}

    def pump() -> None:
        while not rec.source.finished:
            rec.pump()
            time.sleep(0.1)
        rec.stop()
        stopped["at"] = time.time()

    thread = threading.Thread(target=pump, daemon=True)
    thread.start()
    lags: list[float] = []
    start_lags: list[float] = []  # for the first word of each segment (it waited for the rest)
    preview: list[str] = []
    job = live.start(target, opts, store_path=tmp / "lib.sqlite3", cancel=CancelToken())
    while True:
        try:
            event = next(job)
        except StopIteration as stop:
            result = stop.value
            break
        if isinstance(event.data, LiveSegment):
            lags.append(event.data.wall - (started + event.data.segment["end"]))
            start_lags.append(event.data.wall - (started + event.data.segment["start"]))
            preview.append(event.data.segment["text"])
        elif isinstance(event.data, LiveDone):
            print(f"live segments: {len(lags)}")
    final = time.time()
    thread.join()
    lag = np.array(lags)
    steady = lag[1:] if lag.size > 1 else lag  # the first one also waits for the job process and model load
    print(f"lag (s): median {np.median(lag):.2f}, p90 {np.percentile(lag, 90):.2f}, max {lag.max():.2f}; "
          f"first segment {lag[0]:.2f}; after the first: median {np.median(steady):.2f}, max {steady.max():.2f} "
          f"(target < 3 s)")
    print(f"lag of each segment's first word (s): median {np.median(start_lags):.2f}, "
          f"p90 {np.percentile(start_lags, 90):.2f}, max {max(start_lags):.2f}")
    print(f"final file transcript ready {final - stopped['at']:.1f} s after the recording stopped "
          f"({duration:.0f} s of audio)")
    store = Store(tmp / "lib.sqlite3")
    transcript = TranscriptStore(store).get(result["transcript_id"])
    store.close()
    reference = " ".join(spoken)
    print(f"word error: preview {wer(reference, ' '.join(preview)):.1%}, final transcript "
          f"{wer(reference, ' '.join(s.text for s in transcript.segments)):.1%}")
    return 0


def english_references() -> list[str]:
    rows = [line.split("\t") for line in (EVAL / "speech" / "asr_dev.tsv").read_text("utf-8").splitlines()[1:]]
    return [r[4] for r in rows if r[1] == "en"]


def wer(reference: str, hypothesis: str) -> float:
    ref = norm_en(reference)
    return edit_distance(ref, norm_en(hypothesis)) / max(1, len(ref))


if __name__ == "__main__":
    raise SystemExit(main())

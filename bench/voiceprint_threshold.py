"""Where to set the voice-print threshold: cosine similarity of CAM++ prints, same vs different people.

A print is what ``engine/transcription/voiceprints.py`` stores: the unit mean of CAM++ window embeddings
(1.5 s windows, 0.5 s hop) over a speaker's speech. Pairs from ``../shared/eval/speech``:

* same person: each clip of at least 5 s cut in two halves (the halves stand for "this
  recording" and "the next one"); each pyannote sample speaker's turns split into first
  and second half; the two LJSpeech clips (one reader, two recordings);
* different people: every other pair of clips and halves (different corpora / speakers).

Prints the distributions, the equal-error threshold, and the false accept / false reject
rates of the shipped ``voiceprints.THRESHOLD``. The data are small (a dozen speakers), so
the threshold is set with a margin toward *not* suggesting (a wrong name is worse than none).

Result (2026-12-02): 19 prints, 8 same / 163 different pairs; same 0.742-0.914 (median 0.786),
different 0.238-0.711 (median 0.394); equal error at 0.715 with 0 % / 0 %; shipped 0.72.

Usage: python bench/voiceprint_threshold.py
"""

from __future__ import annotations

import sys
from itertools import combinations
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
EVAL = ROOT.parent / "shared" / "eval" / "speech"


def main() -> int:
    from desktop.engine.transcription import voiceprints
    from desktop.engine.transcription.audio import decode_all
    from desktop.engine.transcription.voice_model import SpeakerEmbedder

    if not EVAL.is_dir():
        print(f"evaluation data not found at {EVAL}")
        return 1
    embedder = SpeakerEmbedder()

    def print_of(pieces: list[np.ndarray]) -> np.ndarray:
        embs = [embedder.embed_segment(p, 0.0)[1] for p in pieces]
        embs = [e for e in embs if e.shape[0]]
        v = np.concatenate(embs).mean(axis=0)
        return v / np.linalg.norm(v)

    prints: list[tuple[str, str, np.ndarray]] = []  # (speaker, label, print)
    rows = [line.split("\t") for line in (EVAL / "asr_dev.tsv").read_text("utf-8").splitlines()[1:]]
    for row in rows:
        audio = decode_all(EVAL / row[2])
        speaker = "ljspeech" if "ljspeech" in row[0] else row[0]
        if audio.size >= 5 * 16_000:
            half = audio.size // 2
            prints += [(speaker, row[0] + ":a", print_of([audio[:half]])), (speaker, row[0] + ":b",
                                                                           print_of([audio[half:]]))]
        else:
            prints.append((speaker, row[0], print_of([audio])))
    audio = decode_all(EVAL / "diarization" / "pyannote_sample.wav")
    turns: dict[str, list[np.ndarray]] = {}
    for line in (EVAL / "diarization" / "pyannote_sample.rttm").read_text().splitlines():
        parts = line.split()
        start, dur, who = float(parts[3]), float(parts[4]), parts[7]
        turns.setdefault(who, []).append(audio[int(start * 16_000):int((start + dur) * 16_000)])
    for who, pieces in turns.items():
        half = max(1, len(pieces) // 2)
        prints += [(who, who + ":a", print_of(pieces[:half])), (who, who + ":b", print_of(pieces[half:]))]

    same, diff = [], []
    for (sa, la, va), (sb, lb, vb) in combinations(prints, 2):
        (same if sa == sb else diff).append((float(va @ vb), la, lb))
    same_s = np.array([s for s, *_ in same])
    diff_s = np.array([s for s, *_ in diff])
    print(f"{len(prints)} prints; {len(same)} same-person pairs, {len(diff)} different-person pairs")
    print(f"same person: min {same_s.min():.3f}  median {np.median(same_s):.3f}  max {same_s.max():.3f}")
    print(f"different:   min {diff_s.min():.3f}  median {np.median(diff_s):.3f}  max {diff_s.max():.3f}")
    for score, a, b in sorted(same)[:3]:
        print(f"  lowest same: {score:.3f} {a} ~ {b}")
    for score, a, b in sorted(diff, reverse=True)[:3]:
        print(f"  highest different: {score:.3f} {a} ~ {b}")
    grid = np.linspace(0.2, 0.9, 141)
    far = np.array([(diff_s >= t).mean() for t in grid])
    frr = np.array([(same_s < t).mean() for t in grid])
    eer = int(np.argmin(np.abs(far - frr)))
    print(f"equal error at {grid[eer]:.3f} (false accept {far[eer]:.1%}, false reject {frr[eer]:.1%})")
    t = voiceprints.THRESHOLD
    print(f"shipped threshold {t:.2f}: false accept {(diff_s >= t).mean():.1%}, false reject {(same_s < t).mean():.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

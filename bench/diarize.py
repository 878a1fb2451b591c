"""Speaker labels: pause/turn heuristic vs CAM++ voices, accuracy and speed.

Accuracy (eval/speech/diarization): whisper words for pyannote_sample.wav, each word given
the reference speaker talking at its midpoint (RTTM); labels are mapped to reference
speakers in the best one-to-one way. Reported for the heuristic, for CAM++ per word, and for
CAM++ per segment (what the transcript shows while segments are not split at a change),
beside the majority-speaker baseline. picovoice_diarization_test.wav: the order of speakers.

Speed: a few minutes of eval speech cut into 6 s "segments". Copydesk's ``diarize`` (fbank,
embeddings, clustering, labels) against the raw onnxruntime call on the same windows'
features, both per audio minute, with the ratio.

    .venv/bin/python bench/diarize.py [--model whisper-tiny.en] [--minutes 5]
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.engine.core.jobs import CancelToken, run_job
from desktop.engine.transcription import diarize, voice_model
from desktop.engine.transcription.audio import decode_all
from desktop.engine.transcription.speaker_labels import turn_parts
from desktop.engine.transcription.transcripts import Segment, Word

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
DIAR = EVAL / "speech" / "diarization"


def best_mapping_accuracy(pairs: list[tuple[str, str]]) -> float:
    ours, refs = sorted({o for o, _ in pairs}), sorted({r for _, r in pairs})
    best = 0
    for perm in itertools.permutations(refs, min(len(ours), len(refs))):
        mapping = dict(zip(ours, perm, strict=False))
        best = max(best, sum(mapping.get(o) == r for o, r in pairs))
    return best / len(pairs) if pairs else 0.0


def transcribe(path: Path, model: str) -> list[Segment]:
    """Whisper segments with words and the streamed heuristic labels (voices off)."""
    from desktop.engine.library.store import Store
    from desktop.engine.transcription.transcribe import transcribe_file
    from desktop.engine.transcription.transcripts import TranscriptStore

    result = run_job(transcribe_file(CancelToken(), path=str(path), resume=False, options={
        "model": model, "language": "en", "threads": os.cpu_count() or 1, "voices": False}))
    return TranscriptStore(Store()).get(result["transcript_id"]).segments


def accuracy(model: str) -> None:
    turns = []
    for line in (DIAR / "pyannote_sample.rttm").read_text("utf-8").splitlines():
        parts = line.split()
        turns.append((float(parts[3]), float(parts[3]) + float(parts[4]), parts[7]))
    segments = transcribe(DIAR / "pyannote_sample.wav", model)
    voices = run_job(diarize.label_speakers(segments, path=DIAR / "pyannote_sample.wav", max_speakers=2))
    auto = run_job(diarize.label_speakers(segments, path=DIAR / "pyannote_sample.wav"))
    rows: dict[str, list[tuple[str, str]]] = {"heuristic": [], "CAM++ words": [], "CAM++ segments": [],
                                              "CAM++ segments split at turns": [],
                                              "CAM++ words, count unbounded": []}
    for seg, words, auto_words, seg_label in zip(segments, voices.word_labels, auto.word_labels,
                                                 voices.segment_labels, strict=True):
        split = [lab for lab, ws in turn_parts(seg.words, words) for _w in ws]
        for w, label, auto_label, split_label in zip(seg.words, words, auto_words, split, strict=True):
            mid = (w.start + w.end) / 2
            ref = [s for a, b, s in turns if a <= mid <= b]
            if len(ref) == 1:
                rows["heuristic"].append((seg.speaker, ref[0]))
                rows["CAM++ words"].append((label, ref[0]))
                rows["CAM++ segments"].append((seg_label, ref[0]))
                rows["CAM++ segments split at turns"].append((split_label, ref[0]))
                rows["CAM++ words, count unbounded"].append((auto_label, ref[0]))
    refs = [r for _, r in rows["heuristic"]]
    majority = max(refs.count(r) for r in set(refs)) / len(refs)
    print(f"pyannote_sample.wav, {len(refs)} words ({model}), share attributed to the right speaker:")
    for name, pairs in rows.items():
        print(f"  {name:30s} {100 * best_mapping_accuracy(pairs):5.1f}%")
    print(f"  {'majority speaker baseline':30s} {100 * majority:5.1f}%   (CAM++ found {auto.speakers} speakers "
          "when not told at most 2)")
    pico = transcribe(DIAR / "picovoice_diarization_test.wav", model)
    found = run_job(diarize.label_speakers(pico, path=DIAR / "picovoice_diarization_test.wav", max_speakers=8))
    print("picovoice_diarization_test.wav (3 people one after another):")
    for seg, label in zip(pico, found.segment_labels, strict=True):
        print(f"  {label:10s} {seg.text}")


def speed(minutes: float) -> None:
    clips = sorted((EVAL / "speech" / "audio").glob("*.wav")) + sorted(DIAR.glob("*.wav"))
    parts, have = [], 0
    while have < minutes * 60 * voice_model.SAMPLE_RATE:
        for clip in clips:
            parts.append(decode_all(clip))
            have += parts[-1].shape[0]
    audio = np.concatenate(parts)[: int(minutes * 60 * voice_model.SAMPLE_RATE)]
    seconds = audio.shape[0] / voice_model.SAMPLE_RATE
    segments = [Segment(i, float(t), float(min(t + 6.0, seconds)), "x", "", [Word(float(t), float(t) + 1, " x", 1.0)])
                for i, t in enumerate(np.arange(0, seconds - 1, 6.0))]
    embedder = voice_model.SpeakerEmbedder()
    run_job(diarize.diarize(segments[:3], audio=audio, embedder=embedder))  # warm up
    t0 = time.perf_counter()
    run_job(diarize.diarize(segments, audio=audio, embedder=embedder))
    ours = time.perf_counter() - t0
    # Raw: the same windows' features prepared beforehand, then only onnxruntime.
    batches = []
    for _i, samples in diarize.segment_audio([(s.start, s.end) for s in segments], audio=audio):
        feats = embedder.fbank(samples)
        win, hop = round(voice_model.WINDOW_S / voice_model.FRAME_SHIFT), round(voice_model.HOP_S / voice_model.FRAME_SHIFT)
        starts = list(range(0, max(1, feats.shape[0] - win + 1), hop))
        batch = np.stack([feats[s:s + win] for s in starts])
        batches.append((batch - batch.mean(axis=1, keepdims=True)).astype(np.float32))
    t0 = time.perf_counter()
    for batch in batches:
        embedder.session.run(None, {"feats": batch})
    raw = time.perf_counter() - t0
    per_min = 60 / seconds
    print(f"\nspeed on {seconds / 60:.1f} min of speech ({sum(b.shape[0] for b in batches)} windows, "
          f"onnxruntime {embedder.session.get_session_options().intra_op_num_threads} threads):")
    print(f"  Copydesk diarize (fbank + embeddings + clustering + labels): {ours * per_min:.2f} s per audio minute")
    print(f"  raw onnxruntime on prepared features:                       {raw * per_min:.2f} s per audio minute")
    print(f"  ratio {ours / raw:.2f} (the difference is fbank, clustering and labelling)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="whisper-tiny.en")
    parser.add_argument("--minutes", type=float, default=5.0)
    args = parser.parse_args()
    if not DIAR.is_dir():
        print(f"evaluation data not found at {DIAR}")
        return 1
    os.environ.setdefault("COPYDESK_HOME", tempfile.mkdtemp(prefix="copydesk-bench-"))
    accuracy(args.model)
    speed(args.minutes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Transcription quality on longer files: Copydesk vs raw faster-whisper, several files per language.

The DEV set has 4 Chinese and 6 English clips of 3-14 s, too few and too short to tell a
real difference from chance: one clip decoded differently moves the corpus figure by
several points. This bench builds longer files of one language from those clips, in a
random order with random pauses (0.2-3 s of faint noise, as between a reporter's
questions), one file per seed, and scores each file as a whole against the clips'
references in the same order. Scoring is bench/transcribe_quality.py's (WER for English,
CER after t2s for Chinese).

Raw faster-whisper is ``WhisperModel.transcribe`` with VAD on, beam 5 and word timestamps,
as in transcribe_quality.py. It falls back to sampling at higher temperatures when a
decode looks odd, so the same file can score differently from one run to the next:
``--raw-runs`` runs it more than once on each file and prints every figure. Copydesk's
batched decoding uses temperature 0 only, with no sampling fallback (its figures can still
move by a word now and then between runs on a busy machine).

``--glue-silence`` runs Copydesk once per value of decode.GLUE_SILENCE_MS (the shortest
silence cut out of the audio whisper hears), to compare settings on the same files.

Usage: python bench/transcribe_quality_long.py [--minutes 3] [--seeds 1,2,3] [--langs zh,en]
       [--glue-silence 2000] [--raw-runs 1] [--model whisper-base]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from transcribe_quality import EVAL, edit_distance, norm_en, norm_zh  # noqa: E402
from transcribe_speed import write_wav  # noqa: E402

RATE = 16_000


def build(lang: str, minutes: float, seed: int, folder: Path) -> tuple[Path, str]:
    """A file of ``lang`` clips at least ``minutes`` long, and its reference text."""
    from desktop.engine.transcription.audio import decode_all

    rows = [line.split("\t") for line in (EVAL / "speech" / "asr_dev.tsv").read_text("utf-8").splitlines()[1:]]
    clips = [(decode_all(EVAL / "speech" / r[2]), r[4]) for r in rows if r[1] == lang]
    rng = np.random.default_rng(seed)
    parts, refs, seconds = [], [], 0.0
    while seconds < minutes * 60:
        for i in rng.permutation(len(clips)):
            audio, ref = clips[i]
            pause = rng.normal(0, 0.001, int(rng.uniform(0.2, 3.0) * RATE)).astype(np.float32)
            parts += [audio, pause]
            refs.append(ref)
            seconds += (audio.shape[0] + pause.shape[0]) / RATE
    path = folder / f"{lang}-{seed}.wav"
    write_wav(path, parts)
    return path, ("" if lang == "zh" else " ").join(refs)


def error(lang: str, reference: str, text: str) -> tuple[int, int]:
    norm = norm_zh if lang == "zh" else norm_en
    ref = norm(reference)
    return edit_distance(ref, norm(text)), len(ref)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="whisper-base")
    parser.add_argument("--minutes", type=float, default=3.0)
    parser.add_argument("--seeds", default="1,2,3")
    parser.add_argument("--langs", default="zh,en")
    parser.add_argument("--glue-silence", default="", help="comma-separated ms values; default: the engine's")
    parser.add_argument("--raw-runs", type=int, default=1)
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    if not EVAL.is_dir():
        print(f"evaluation data not found at {EVAL}")
        return 1
    os.environ.setdefault("COPYDESK_HOME", tempfile.mkdtemp(prefix="copydesk-bench-"))
    from faster_whisper import WhisperModel

    from desktop.engine.core.jobs import CancelToken, run_job
    from desktop.engine.library.store import Store
    from desktop.engine.transcription import decode
    from desktop.engine.transcription.transcribe import transcribe_file
    from desktop.engine.transcription.transcripts import TranscriptStore
    from desktop.engine.transcription.whisper_model import load_model, resolve_model

    settings = [int(v) for v in args.glue_silence.split(",") if v] or [decode.GLUE_SILENCE_MS]
    model_dir = run_job(resolve_model(args.model))
    raw_model = WhisperModel(str(model_dir), device="cpu", compute_type="int8", cpu_threads=args.threads)
    load_model(model_dir, args.threads)
    store = Store()
    ts = TranscriptStore(store)
    folder = Path(tempfile.mkdtemp(prefix="copydesk-long-"))
    print(f"model {args.model}, {args.minutes:g}-minute files, seeds {args.seeds}, {args.threads} threads, "
          f"Copydesk glue silence {', '.join(f'{v} ms' for v in settings)}\n")
    for lang in args.langs.split(","):
        name = "CER" if lang == "zh" else "WER"
        raw_rates: list[float] = []
        ours: dict[int, list[float]] = {v: [] for v in settings}
        for seed in (int(s) for s in args.seeds.split(",")):
            path, reference = build(lang, args.minutes, seed, folder)
            line = [f"{lang} seed {seed}:"]
            for _ in range(args.raw_runs):
                t0 = time.perf_counter()
                segments, _info = raw_model.transcribe(str(path), language=lang, beam_size=5, vad_filter=True,
                                                       word_timestamps=True)
                edits, n = error(lang, reference, "".join(s.text for s in segments))
                raw_rates.append(100 * edits / n)
                line.append(f"raw {raw_rates[-1]:.1f}% ({time.perf_counter() - t0:.0f} s)")
            for value in settings:
                decode.GLUE_SILENCE_MS = value
                t0 = time.perf_counter()
                result = run_job(transcribe_file(CancelToken(), path=str(path), resume=False,
                                                 options={"model": args.model, "language": lang,
                                                          "threads": args.threads}))
                joined = ("" if lang == "zh" else " ").join(s.text for s in ts.get(result["transcript_id"]).segments)
                edits, n = error(lang, reference, joined)
                ours[value].append(100 * edits / n)
                line.append(f"copydesk@{value} {ours[value][-1]:.1f}% ({time.perf_counter() - t0:.0f} s)")
            print("  ".join(line), flush=True)
        spread = f"{min(raw_rates):.1f}-{max(raw_rates):.1f}"
        print(f"{lang} {name} mean: raw {statistics.mean(raw_rates):.1f}% (runs {spread}); "
              + "; ".join(f"copydesk@{v} {statistics.mean(r):.1f}% (ratio {statistics.mean(r) / statistics.mean(raw_rates):.2f})"
                          for v, r in ours.items()) + "\n", flush=True)
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

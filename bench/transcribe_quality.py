"""Transcription quality: Copydesk vs raw faster-whisper, same model and decoding settings.

Both sides use the same CTranslate2 model folder, int8, beam 5, VAD on, word timestamps,
and the same language choice. Copydesk adds what the engine adds (simplified-Chinese
prompt, OpenCC t2s, repetition guard, windowing, and the batched decoding of speech chunks
without timestamp tokens in decode.py). Scoring follows eval/README.md:

* English: corpus WER after lower-casing, removing punctuation (keeping word-internal
  apostrophes), collapsing whitespace, and spelling "mr." as "mister". No number
  normaliser, so digits against spelled-out numbers count as errors on both sides.
* Chinese: corpus CER after NFKC, OpenCC t2s (applied to both sides, so raw whisper is not
  penalised for traditional characters), and removing punctuation, symbols and spaces.
  Arabic digits are not mapped to Chinese numerals.

``--zh-prompt off`` runs Copydesk without its simplified-Chinese style prompt (whisper then
decodes Chinese exactly as raw faster-whisper does; only OpenCC and the guards differ), to
weigh what the prompt adds (punctuation) against what it costs in CER on a given set.

``--variants`` also scores four altered copies of every clip: played 10 % slower and 10 %
faster (sox tempo, pitch kept) and with white noise at 20 dB and 10 dB SNR (fixed seed).
Ten clips are too few to tell a real difference: one clip decoded differently moves the
Chinese figure by several points, so the variants give each side five tries per clip.

Usage: python bench/transcribe_quality.py [--model whisper-base] [--language given|auto] [--zh-prompt on|off]
       [--variants]
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
EVAL = ROOT.parent / "shared" / "eval"


def edit_distance(a: list[str], b: list[str]) -> int:
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1]


def norm_en(text: str) -> list[str]:
    text = text.lower().replace("’", "'")
    text = re.sub(r"\bmr\.", "mister", text)
    text = re.sub(r"(?<![a-z])'|'(?![a-z])", " ", text)
    text = re.sub(r"[^\w\s']", " ", text)
    return text.split()


def norm_zh(text: str) -> list[str]:
    from desktop.engine.core.text import to_simplified

    text = to_simplified(unicodedata.normalize("NFKC", text)).lower()
    return [ch for ch in text if not ch.isspace() and unicodedata.category(ch)[0] not in "PSZ"]


VARIANTS = ("tempo 0.9", "tempo 1.1", "snr 20", "snr 10")


def variant(path: Path, kind: str, folder: Path) -> Path:
    """A copy of ``path`` altered as ``kind`` says (see VARIANTS)."""
    import subprocess
    import wave

    import numpy as np

    out = folder / f"{path.stem}-{kind.replace(' ', '')}.wav"
    what, value = kind.split()
    if what == "tempo":
        subprocess.run(["sox", str(path), str(out), "tempo", value], check=True)
        return out
    with wave.open(str(path), "rb") as w:
        params, frames = w.getparams(), w.readframes(w.getnframes())
    audio = np.frombuffer(frames, "<i2").astype(np.float64)
    noise = np.random.default_rng(int(value)).normal(0, 1, audio.shape)
    noise *= np.sqrt(np.mean(audio ** 2) / 10 ** (int(value) / 10))
    with wave.open(str(out), "wb") as w:
        w.setparams(params)
        w.writeframes(np.clip(audio + noise, -32768, 32767).astype("<i2").tobytes())
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="whisper-base")
    parser.add_argument("--language", choices=("given", "auto"), default="given")
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--zh-prompt", choices=("on", "off"), default="on")
    parser.add_argument("--variants", action="store_true", help="also score slower, faster and noisy copies")
    args = parser.parse_args()
    if not EVAL.is_dir():
        print(f"evaluation data not found at {EVAL}")
        return 1
    os.environ.setdefault("COPYDESK_HOME", tempfile.mkdtemp(prefix="copydesk-bench-"))
    from faster_whisper import WhisperModel

    from desktop.engine.core.jobs import CancelToken, run_job
    from desktop.engine.library.store import Store
    from desktop.engine.transcription import windows
    from desktop.engine.transcription.transcribe import transcribe_file
    from desktop.engine.transcription.transcripts import TranscriptStore
    from desktop.engine.transcription.whisper_model import load_model, resolve_model

    if args.zh_prompt == "off":  # the engine reads the module constant at each window
        windows.ZH_PROMPT = ""
    model_dir = run_job(resolve_model(args.model))
    raw_model = WhisperModel(str(model_dir), device="cpu", compute_type="int8", cpu_threads=args.threads)
    load_model(model_dir, args.threads)  # warm the page cache the same way for both sides
    rows = [line.split("\t") for line in (EVAL / "speech" / "asr_dev.tsv").read_text("utf-8").splitlines()[1:]]
    english_only = "tiny.en" in args.model
    # (lang, "clips" or "variants") -> raw edits, copydesk edits, reference length
    totals = {(lang, group): [0, 0, 0] for lang in ("en", "zh") for group in ("clips", "variants")}
    times = [0.0, 0.0]
    store = Store()
    ts = TranscriptStore(store)
    print(f"model {args.model}, language {args.language}, beam 5, VAD on, word timestamps, int8, "
          f"{args.threads} threads, zh prompt {args.zh_prompt}\n")
    print(f"{'clip':58} {'raw':>6} {'copydesk':>8}")
    folder = Path(tempfile.mkdtemp(prefix="copydesk-variants-"))
    clips = [(clip_id, lang, EVAL / "speech" / rel, reference, "clips")
             for clip_id, lang, rel, _s, reference, _src in rows if not (english_only and lang != "en")]
    if args.variants:
        clips += [(f"{c[0][:48]} {kind}", c[1], variant(c[2], kind, folder), c[3], "variants")
                  for c in clips for kind in VARIANTS]
    for clip_id, lang, path, reference, group in clips:
        language = lang if args.language == "given" else None
        t0 = time.perf_counter()
        segments, _info = raw_model.transcribe(str(path), language=language, beam_size=5, vad_filter=True,
                                               word_timestamps=True)
        raw_text = "".join(s.text for s in segments)
        t1 = time.perf_counter()
        options = {"model": args.model, "language": language or "auto", "threads": args.threads}
        result = run_job(transcribe_file(CancelToken(), path=str(path), options=options, resume=False))
        ours = "".join(s.text if lang == "zh" else " " + s.text for s in ts.get(result["transcript_id"]).segments)
        t2 = time.perf_counter()
        times[0] += t1 - t0
        times[1] += t2 - t1
        norm = norm_zh if lang == "zh" else norm_en
        ref = norm(reference)
        e_raw, e_ours = edit_distance(ref, norm(raw_text)), edit_distance(ref, norm(ours))
        for i, count in enumerate((e_raw, e_ours, len(ref))):
            totals[lang, group][i] += count
        print(f"{clip_id:58} {100 * e_raw / len(ref):5.1f}% {100 * e_ours / len(ref):7.1f}%")
        print(f"    raw:      {raw_text.strip()}\n    copydesk: {ours.strip()}")
    print()
    for lang, name in (("en", "WER"), ("zh", "CER")):
        for label, groups in (("DEV clips", ("clips",)), ("clips and variants", ("clips", "variants"))):
            raw_e, our_e, n = (sum(totals[lang, g][i] for g in groups) for i in range(3))
            if n and (label == "DEV clips" or args.variants):
                ratio = f"{our_e / raw_e:.2f}" if raw_e else "n/a"
                print(f"{lang} {name}, {label}: raw faster-whisper {100 * raw_e / n:.1f}%  "
                      f"copydesk {100 * our_e / n:.1f}%  (copydesk/raw errors = {ratio})")
    print(f"compute time: raw {times[0]:.1f} s, copydesk {times[1]:.1f} s (includes model load per clip)")
    speaker_turns(ts, args)
    store.close()
    return 0


def speaker_turns(ts, args: argparse.Namespace) -> None:
    """How often the pause/turn heuristic names the right speaker (raw whisper has no speakers).

    Each word gets the reference speaker talking at its midpoint (RTTM); heuristic labels
    are mapped to reference speakers in the best one-to-one way; the score is the share of
    words whose mapped label is right. Words outside every reference turn are skipped.
    """
    import itertools

    from desktop.engine.core.jobs import CancelToken, run_job
    from desktop.engine.transcription.transcribe import transcribe_file

    folder = EVAL / "speech" / "diarization"
    turns = []
    for line in (folder / "pyannote_sample.rttm").read_text("utf-8").splitlines():
        parts = line.split()
        turns.append((float(parts[3]), float(parts[3]) + float(parts[4]), parts[7]))
    options = {"model": args.model, "language": "en", "threads": args.threads}
    result = run_job(transcribe_file(CancelToken(), path=str(folder / "pyannote_sample.wav"), options=options,
                                     resume=False))
    pairs = []
    for seg in ts.get(result["transcript_id"]).segments:
        for w in seg.words:
            mid = (w.start + w.end) / 2
            ref = [spk for a, b, spk in turns if a <= mid <= b]
            if len(ref) == 1:
                pairs.append((seg.speaker, ref[0]))
    ours = sorted({p[0] for p in pairs})
    refs = sorted({p[1] for p in pairs})
    best = 0
    for perm in itertools.permutations(refs, min(len(ours), len(refs))):
        mapping = dict(zip(ours, perm, strict=False))
        best = max(best, sum(mapping.get(o) == r for o, r in pairs))
    majority = max(sum(r == ref for _, r in pairs) for ref in refs) if refs else 0
    if pairs:
        print(f"\nspeaker turns (pause/turn heuristic) on diarization/pyannote_sample.wav: {100 * best / len(pairs):.0f}% "
              f"of {len(pairs)} words attributed to the right speaker; labelling every word with the "
              f"majority speaker would score {100 * majority / len(pairs):.0f}%")


if __name__ == "__main__":
    raise SystemExit(main())

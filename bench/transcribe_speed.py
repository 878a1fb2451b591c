"""Transcription speed and memory: ``copydesk transcribe`` vs a raw faster-whisper script.

Builds a recording of at least ``--minutes`` (default 10.5) by concatenating the English
DEV clips with half-second pauses, then times two fresh processes on it with identical
settings (same model folder, int8, beam 5, VAD on, word timestamps, same language and
thread count): the raw script and the ``copydesk transcribe`` command (which spawns its
job process, saves every segment to SQLite and writes the export). Copydesk decodes each
window's speech chunks two at a time without timestamp tokens (desktop/engine/transcription/
decode.py); the raw script is faster-whisper's plain ``transcribe``. bench/transcribe_quality.py
checks that this costs no accuracy against the raw script. Prints wall time,
real-time factor (wall / audio seconds), peak RSS of each process tree, and the ratio.

Speaker labels are part of Copydesk's figure (CAM++ voices, embedded while whisper decodes),
so the ratio is "usable transcript with speakers" against raw faster-whisper alone. It also
prints the time from pressing Transcribe (``transcribe.start``, the app's call: spawn, model
load, first window) to the first segment, best and worst of three.

``--hours 3`` instead checks memory on a long generated recording (quiet noise with
speech clips every 10 minutes): peak RSS of the Copydesk job against a 1-minute file
of the same kind, so the difference is what the length costs.

Usage: python bench/transcribe_speed.py [--model whisper-base] [--threads N] [--repeat 1]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import wave
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
EVAL = ROOT.parent / "shared" / "eval"
PY = sys.executable

RAW_SCRIPT = """
import sys
from faster_whisper import WhisperModel
model_dir, audio, language, threads, out = sys.argv[1:6]
model = WhisperModel(model_dir, device="cpu", compute_type="int8", cpu_threads=int(threads))
segments, info = model.transcribe(audio, language=language, beam_size=5, vad_filter=True, word_timestamps=True)
with open(out, "w", encoding="utf-8") as fh:
    for s in segments:
        fh.write(f"[{s.start:.2f}] {s.text.strip()}\\n")
"""

# Runs a command and reports the peak RSS of its whole process tree (children are waited for).
MEASURE = """
import resource, subprocess, sys, time
t = time.perf_counter()
rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
wall = time.perf_counter() - t
u = resource.getrusage(resource.RUSAGE_CHILDREN)
print(rc, wall, u.ru_maxrss / 1024, u.ru_utime + u.ru_stime)
"""


def english_clips() -> list[np.ndarray]:
    from desktop.engine.transcription.audio import decode_all

    rows = [line.split("\t") for line in (EVAL / "speech" / "asr_dev.tsv").read_text("utf-8").splitlines()[1:]]
    return [decode_all(EVAL / "speech" / r[2]) for r in rows if r[1] == "en"]


def write_wav(path: Path, chunks) -> float:
    n = 0
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16_000)
        for chunk in chunks:
            w.writeframes((np.clip(chunk, -1, 1) * 32767).astype("<i2").tobytes())
            n += chunk.shape[0]
    return n / 16_000


def measure(cmd: list[str], env: dict[str, str]) -> tuple[int, float, float]:
    rc, wall, rss, _cpu = measure_cpu(cmd, env)
    return rc, wall, rss


def measure_cpu(cmd: list[str], env: dict[str, str]) -> tuple[int, float, float, float]:
    """Exit code, wall seconds, peak RSS (MB) and CPU seconds (user + system) of the process tree.

    CPU seconds are the figure to compare on a shared machine: other people's jobs stretch
    the wall time of both sides unevenly, but not the work each side does.
    """
    out = subprocess.run([PY, "-c", MEASURE, *cmd], capture_output=True, text=True, env=env, check=True)
    rc, wall, rss, cpu = out.stdout.split()
    return int(rc), float(wall), float(rss), float(cpu)


def speed(args: argparse.Namespace, env: dict[str, str], tmp: Path, model_dir: Path) -> None:
    clips = english_clips()
    pause = np.zeros(8000, np.float32)
    chunks: list[np.ndarray] = []
    seconds = 0.0
    while seconds < args.minutes * 60:
        for clip in clips:
            chunks += [clip, pause]
            seconds += (clip.shape[0] + pause.shape[0]) / 16_000
    audio = tmp / "long interview.wav"
    duration = write_wav(audio, chunks)
    print(f"audio: {duration:.0f} s ({duration / 60:.1f} min) of English DEV clips; model {args.model}; "
          f"{args.threads} threads; beam 5, VAD on, word timestamps, int8\n")
    raw_cmd = [PY, "-c", RAW_SCRIPT, str(model_dir), str(audio), "en", str(args.threads), str(tmp / "raw.txt")]
    ours_cmd = [PY, "-m", "desktop", "transcribe", str(audio), "--model", args.model, "--language", "en",
                "--no-resume", "--output", str(tmp / "copydesk.txt")]
    results: dict[str, list[tuple[float, float, float]]] = {"raw": [], "copydesk": []}
    for _ in range(args.repeat):
        for name, cmd in (("raw", raw_cmd), ("copydesk", ours_cmd)):
            rc, wall, rss, cpu = measure_cpu(cmd, env)
            if rc != 0:
                print(f"{name} failed with exit code {rc}")
                return
            results[name].append((wall, rss, cpu))
            print(f"{name:9} wall {wall:7.1f} s  RTF {wall / duration:.3f}  CPU {cpu:7.1f} s  "
                  f"peak RSS {rss:6.0f} MB", flush=True)
    raw_wall = min(w for w, _, _ in results["raw"])
    our_wall = min(w for w, _, _ in results["copydesk"])
    raw_cpu = min(c for _, _, c in results["raw"])
    our_cpu = min(c for _, _, c in results["copydesk"])
    print(f"\nbest of {args.repeat}: raw {raw_wall:.1f} s (RTF {raw_wall / duration:.3f}), copydesk "
          f"{our_wall:.1f} s (RTF {our_wall / duration:.3f}); ratio copydesk/raw = {our_wall / raw_wall:.3f}")
    print(f"CPU seconds: raw {raw_cpu:.1f}, copydesk {our_cpu:.1f}; ratio {our_cpu / raw_cpu:.3f} "
          f"(copydesk includes speaker labels by voice)")
    first_segment(audio, args, tmp)
    raw_lines = sum(line.startswith("[") for line in (tmp / "raw.txt").read_text("utf-8").splitlines())
    our_lines = sum(line.startswith("[") for line in (tmp / "copydesk.txt").read_text("utf-8").splitlines())
    print(f"segments: raw {raw_lines}, copydesk {our_lines}")


def first_segment(audio: Path, args: argparse.Namespace, tmp: Path) -> None:
    """Seconds from transcribe.start() to the first segment event, as the app sees it."""
    import time

    from desktop.engine.core.events import SegmentSaved
    from desktop.engine.core.jobs import CancelToken
    from desktop.engine.transcription import transcribe

    waits = []
    for n in range(3):
        token = CancelToken()
        opts = transcribe.TranscribeOptions(model=args.model, language="en", threads=args.threads)
        t = time.perf_counter()
        try:
            for event in transcribe.start(audio, opts, store_path=tmp / f"first{n}.sqlite3", resume=False,
                                          cancel=token):
                if isinstance(event.data, SegmentSaved):
                    waits.append(time.perf_counter() - t)
                    token.cancel()
        except Exception as err:  # the cancel above ends the job with JobCancelled
            if type(err).__name__ != "JobCancelled":
                raise
    print(f"first segment after pressing Transcribe: best {min(waits):.2f} s, worst {max(waits):.2f} s "
          f"(target < 5 s)")


def long_memory(args: argparse.Namespace, env: dict[str, str], tmp: Path) -> None:
    rng = np.random.default_rng(7)
    clip = english_clips()[0]

    def chunks(minutes: float):
        for m in range(int(minutes)):
            block = rng.normal(0, 0.002, 16_000 * 60).astype(np.float32)
            if m % 10 == 0:
                block[16_000: 16_000 + clip.shape[0]] += clip
            yield block

    short, long_ = tmp / "short.wav", tmp / "long.wav"
    write_wav(short, chunks(1))
    hours = write_wav(long_, chunks(args.hours * 60)) / 3600
    print(f"long recording: {hours:.1f} h ({long_.stat().st_size / 1e6:.0f} MB WAV), model {args.model}")
    for name, path in (("1 minute", short), (f"{hours:.0f} hours", long_)):
        cmd = [PY, "-m", "desktop", "transcribe", str(path), "--model", args.model, "--language", "en",
               "--no-resume", "--output", str(tmp / f"{path.stem}.txt")]
        rc, wall, rss = measure(cmd, env)
        print(f"copydesk {name:9} exit {rc}  wall {wall:7.1f} s  peak RSS {rss:6.0f} MB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="whisper-base")
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--minutes", type=float, default=10.5)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--hours", type=float, default=0, help="run the long-recording memory check instead")
    args = parser.parse_args()
    if not EVAL.is_dir():
        print(f"evaluation data not found at {EVAL}")
        return 1
    tmp = Path(tempfile.mkdtemp(prefix="copydesk-speed-"))
    env = {**os.environ, "COPYDESK_HOME": str(tmp / "home"), "PYTHONPATH": str(ROOT)}
    config = tmp / "home" / "config"
    config.mkdir(parents=True)
    (config / "settings.json").write_text(f'{{"cpu_threads": {args.threads}}}', "utf-8")
    from desktop.engine.core.jobs import run_job
    from desktop.engine.transcription.whisper_model import resolve_model

    model_dir = run_job(resolve_model(args.model))
    if args.hours:
        long_memory(args, env, tmp)
    else:
        speed(args, env, tmp, Path(model_dir))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

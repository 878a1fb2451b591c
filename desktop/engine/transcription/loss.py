"""Silence and loss are never silent: find sound that produced no text, and re-run it.

Whisper's VAD and no-speech filters are right most of the time, but when they drop a
stretch of an interview (a quiet voice under traffic, a speaker far from the microphone)
the reporter never learns that a minute is missing. :class:`LossWatch` keeps a cheap
energy profile of every window the transcriber decodes (one RMS figure per half
second, ~2 floats per second of audio), and at the end lists each stretch longer than
``MIN_GAP_S`` with no segment in it whose audio has clearly more energy than the
recording's quiet floor. Those ranges are stored in the transcript's options
(``dropped``), shown in the transcript and printed by the CLI, and
:func:`rerun_range` transcribes one of them again with the filters off, inserting what it
hears in time order.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from desktop.engine.core.events import JobWarning
from desktop.engine.core.i18n import pick
from desktop.engine.core.jobs import CancelToken, Job, Progress, run_in_subprocess
from desktop.engine.core.text import clock
from desktop.engine.library.store import Store
from desktop.engine.transcription.audio import SAMPLE_RATE, decode_all
from desktop.engine.transcription.decode import STRETCHED_S
from desktop.engine.transcription.transcripts import Segment, TranscriptStore
from desktop.engine.transcription.whisper_model import load_model, resolve_model
from desktop.engine.transcription.windows import prompt_for, segment_from

MIN_GAP_S = 10.0
FRAME_S = 0.5
SOUND_DB = -45.0  # a frame louder than this (dBFS RMS) is sound, not room silence
SOUND_SHARE = 0.3  # ... and a gap is "lost sound" when this share of its frames is sound
# No spoken word lasts longer than STRETCHED_S (decode.py). Whisper sometimes stretches a segment's
# first or last word over the noise beside it (the last word of a phrase ending 9 s into 14 s of
# noise), which would hide the stretch; a segment covers its words, each cut to that length.
MAX_WORD_S = STRETCHED_S


@dataclass
class DroppedRange:
    """A stretch of sound with no text. ``rerun`` is "" | "found" | "nothing" once re-run."""

    start: float
    end: float
    loud_share: float
    rerun: str = ""

    def describe(self) -> str:
        span = f"{clock(self.start)}–{clock(self.end)}"
        if self.rerun == "nothing":
            return pick(f"{span}: there is sound here but even without filtering no speech was recognised.",
                        f"{span}：这里有声音，但关闭过滤后仍未识别出语音。")
        return pick(f"{span} has sound but no text: the speech filter may have dropped speech here.",
                    f"{span} 有声音却没有文字：语音过滤可能丢掉了这里的讲话。")


class LossWatch:
    """Energy profile of the decoded audio, then the gaps in the text where sound was."""

    def __init__(self, min_gap_s: float = MIN_GAP_S) -> None:
        self.min_gap_s = min_gap_s
        self.frames: dict[int, float] = {}  # frame number → dBFS

    def add_audio(self, start_s: float, samples: np.ndarray) -> None:
        size = int(FRAME_S * SAMPLE_RATE)
        first = round(start_s / FRAME_S)
        n = samples.shape[0] // size
        if n == 0:
            return
        blocks = samples[: n * size].reshape(n, size).astype(np.float32)
        rms = np.sqrt(np.mean(blocks * blocks, axis=1) + 1e-12)
        db = 20 * np.log10(rms)
        for k, value in enumerate(db.tolist()):
            self.frames[first + k] = value

    def gaps(self, segments: list[Segment]) -> list[DroppedRange]:
        """Stretches ≥ ``min_gap_s`` inside the observed audio with no segment and enough sound."""
        if not self.frames:
            return []
        lo = min(self.frames) * FRAME_S
        hi = (max(self.frames) + 1) * FRAME_S
        covered = (_covered(s) for s in segments if s.text.strip())
        spans = sorted(span for span in covered if span[1] > lo and span[0] < hi)
        holes: list[tuple[float, float]] = []
        cursor = lo
        for start, end in spans:
            if start - cursor >= self.min_gap_s:
                holes.append((cursor, start))
            cursor = max(cursor, end)
        if hi - cursor >= self.min_gap_s:
            holes.append((cursor, hi))
        found = []
        for start, end in holes:
            frames = [v for f, v in self.frames.items() if start <= f * FRAME_S < end]
            share = sum(1 for v in frames if v > SOUND_DB) / max(1, len(frames))
            if share >= SOUND_SHARE:
                found.append(DroppedRange(round(start, 2), round(end, 2), round(share, 2)))
        return found


def _covered(segment: Segment) -> tuple[float, float]:
    """The time a segment's text really covers: its words, none longer than ``MAX_WORD_S``."""
    if not segment.words:
        return (segment.start, segment.end)
    first, last = segment.words[0], segment.words[-1]
    start = max(first.start, first.end - MAX_WORD_S)
    if len(segment.words) == 1:  # one word: which end is stretched is unknown; keep its end
        return (start, first.end)
    return (start, min(last.end, last.start + MAX_WORD_S))


def empty_message(path: str) -> str:
    return pick(f"{Path(path).name}: no speech was recognised; the transcript is empty.",
                f"{Path(path).name}：没有识别出任何语音，转写稿是空的。")


def finish(watch: LossWatch, ts: TranscriptStore, transcript_id: int, source: Path,
           duration: float | None) -> Job[list[dict[str, Any]]]:
    """Store the dropped ranges in the transcript and announce each one (hook for transcribe.py)."""
    segments = ts.segments(transcript_id)
    dropped = [asdict(d) for d in watch.gaps(segments)]
    record = ts.get(transcript_id, with_segments=False)
    observed_from = min(watch.frames or [0]) * FRAME_S  # a resumed job saw only the audio after this
    previous = [d for d in record.options.get("dropped", []) if d.get("end", 0) <= observed_from]
    ts.update(transcript_id, options={**record.options, "dropped": previous + dropped,
                                      "empty": not any(s.text.strip() for s in segments)})
    if not any(s.text.strip() for s in segments):
        yield Progress(duration or 0, duration, empty_message(str(source)),
                       data=JobWarning(empty_message(str(source)), transcript_id, empty=True))
    for d in dropped:
        text = DroppedRange(**d).describe()
        yield Progress(duration or 0, duration, text,
                       data=JobWarning(text, transcript_id, dropped=d))
    return dropped


def dropped_ranges(ts: TranscriptStore, transcript_id: int) -> list[DroppedRange]:
    record = ts.get(transcript_id, with_segments=False)
    return [DroppedRange(**d) for d in record.options.get("dropped", [])]


# --- re-running one range with the filters off ---------------------------------------------

# temperature 0 only: the fallback to sampling made the same re-run give different text each time
RELAXED = {"vad_filter": False, "no_speech_threshold": None, "log_prob_threshold": None, "temperature": 0.0}


def rerun_range(cancel: CancelToken, *, transcript_id: int, start: float, end: float,
                store_path: str | None = None) -> Job[dict[str, Any]]:
    """The job (runs in the child): transcribe ``start``–``end`` again without VAD/no-speech filters."""
    from desktop.engine.transcription.edit import insert_segments

    store = Store(store_path) if store_path else Store()
    try:
        ts = TranscriptStore(store)
        record = ts.get(transcript_id, with_segments=False)
        yield Progress(0, end - start, pick("Loading the model", "正在加载模型"))
        model_path = yield from resolve_model(record.model, cancel)
        model = load_model(model_path, int(record.options.get("threads", 0) or 0))
        samples = decode_all(record.asset_path, start, end)
        cancel.raise_if_cancelled()
        language = record.language if record.language not in ("", "auto") else None
        zh = language == "zh"
        raw_segments, _info = model.transcribe(
            samples, language=language, beam_size=int(record.options.get("beam_size", 5)),
            word_timestamps=True, initial_prompt=prompt_for(zh),
            condition_on_previous_text=False, **RELAXED)
        found: list[Segment] = []
        for raw in raw_segments:
            cancel.raise_if_cancelled()
            seg = segment_from(raw, start, 0, zh)
            if seg.text:
                found.append(seg)
                yield Progress(min(seg.end - start, end - start), end - start, pick("Listening again", "正在重听"))
        before = [seg for seg in ts.segments(transcript_id) if seg.speaker and seg.end <= start + 0.01]
        for seg in found:  # the voice before the gap most likely carries on; the reporter can change it
            seg.speaker = before[-1].speaker if before else ""
        insert_segments(ts, transcript_id, found)
        record = ts.get(transcript_id, with_segments=False)
        marks = []
        for d in record.options.get("dropped", []):
            if abs(d["start"] - start) < 0.01 and abs(d["end"] - end) < 0.01:
                d = {**d, "rerun": "found" if found else "nothing"}
            marks.append(d)
        ts.update(transcript_id, options={**record.options, "dropped": [m for m in marks if m["rerun"] != "found"]})
    finally:
        store.close()
    return {"transcript_id": transcript_id, "segments": len(found), "start": start, "end": end}


def start_rerun(transcript_id: int, start: float, end: float, *, store_path: Path | str | None = None,
                cancel: CancelToken | None = None) -> Job[dict[str, Any]]:
    """:func:`rerun_range` in a killable child, like a transcription."""
    if store_path is None:
        from desktop.engine.core import paths

        store_path = paths.database_path()
    return run_in_subprocess("desktop.engine.transcription.loss:rerun_range",
                             {"transcript_id": transcript_id, "start": start, "end": end,
                              "store_path": str(store_path)}, cancel=cancel)

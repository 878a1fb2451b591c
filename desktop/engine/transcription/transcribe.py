"""Transcription job: faster-whisper over a file, one window at a time, saved segment by segment.

Why it is built this way:

* It runs in a spawned child (:func:`start`) so Cancel is a kill that works within a
  second even inside native code, and a crash cannot take the editor down.
* Audio is streamed (``audio.AudioStream``) and transcribed in windows of
  ``window_seconds`` cut at the quietest moment near the window's end, so a three-hour
  recording needs the memory of four minutes.
* Every finished segment is written to the store at once; a killed job started again
  finds the unfinished transcript and resumes after its last saved segment.
* Chinese comes out in simplified characters (OpenCC t2s) with punctuation (whisper
  imitates the punctuated simplified-Chinese prompt). Names from the custom vocabulary
  are passed as hotwords. Runaway repetition is cut and marked.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from desktop.engine.core.errors import ModelError, ModelFormatError
from desktop.engine.core.events import JobWarning, SegmentSaved, TranscriptStarted
from desktop.engine.core.i18n import pick
from desktop.engine.core.jobs import CancelToken, Job, Progress, run_in_subprocess
from desktop.engine.library.store import Store
from desktop.engine.transcription import loss
from desktop.engine.transcription.audio import SAMPLE_RATE, AudioStream, probe, quiet_cut
from desktop.engine.transcription.speaker_stream import SegmentEmbedder
from desktop.engine.transcription.speakers import METHOD, TurnGuesser, speakers_by_voice
from desktop.engine.transcription.transcripts import Segment, TranscriptStore, Word

# Whisper copies the style of its prompt. An instruction ("use punctuation") gets echoed into
# the transcript; a short punctuated exchange in simplified characters does not, and on the
# DEV clips it both restores punctuation and lowers CER (see bench/transcribe_quality.py).
ZH_PROMPT = "对，是的。嗯，然后呢？"
FIRST_WINDOW_S = 45.0  # the first segment is on screen a few seconds after Transcribe (bench/transcribe_speed.py)
REPEAT_MARK_EN = "[repetition removed]"
REPEAT_MARK_ZH = "[已删除重复内容]"
AUTO_SPEAKERS, AUTO_MAX_VOICES = 0, 6  # "auto": turns guessed between two, voices decide up to six


class ModelLoadError(ModelError):
    en = "The transcription model at {path} could not be loaded ({reason})."
    zh = "无法加载位于 {path} 的转写模型（{reason}）。"
    hint_en = "The model files may be damaged or not a CTranslate2 whisper model. Reinstall or choose another model."
    hint_zh = "模型文件可能已损坏，或不是 CTranslate2 格式的 whisper 模型。请重新安装或选择其他模型。"


class ModelNotFoundError(ModelError):
    en = "The model folder {path} does not exist."
    zh = "模型文件夹 {path} 不存在。"
    hint_en = "Choose a CTranslate2 whisper folder, or a model id from 'copydesk models list'."
    hint_zh = "请选择 CTranslate2 格式的 whisper 文件夹，或 copydesk models list 中的模型名称。"


@dataclass(frozen=True)
class TranscribeOptions:
    """Everything that changes the transcript. Raw faster-whisper defaults unless noted."""

    language: str = "auto"  # "auto", "zh", "en", or any whisper language code
    model: str = "whisper-base"  # a registry id or a CTranslate2 folder path
    beam_size: int = 5
    vad: bool = True
    vocabulary: tuple[str, ...] = ()
    threads: int = 0  # 0 = all cores
    speakers: int = 2  # most people taking turns (heuristic and voices); 1 = one speaker; 0 = auto
    voices: bool = True  # relabel speakers by voice (CAM++) when the transcript is complete
    window_seconds: float = 240.0  # bounds memory: ~0.9 MB per second of window (STFT in float64)
    compute_type: str = "int8"
    extra: dict[str, Any] = field(default_factory=dict)  # passed to WhisperModel.transcribe


# --- model ---------------------------------------------------------------------------------

def resolve_model(model: str, cancel: CancelToken | None = None) -> Job[Path]:
    """Registry id → verified folder; or a user's CTranslate2 folder used as it is."""
    from desktop.engine.models.registry import ModelRegistry

    candidate = Path(model).expanduser()
    looks_like_path = os.sep in model or "/" in model or candidate.exists()
    if looks_like_path:
        if not candidate.exists():
            raise ModelNotFoundError(path=str(candidate))
        if not (candidate / "model.bin").is_file() or not (candidate / "config.json").is_file():
            raise ModelFormatError(path=str(candidate), kind="CTranslate2 whisper (model.bin + config.json)")
        return candidate
    registry = ModelRegistry()
    spec = registry.get(model)
    if spec.kind != "asr":
        raise ModelFormatError(path=model, kind="speech-to-text")
    path = yield from registry.ensure(model, cancel)
    return Path(path)


def load_model(path: Path, threads: int = 0, compute_type: str = "int8") -> Any:
    from faster_whisper import WhisperModel

    threads = threads or os.cpu_count() or 1
    try:
        return WhisperModel(str(path), device="cpu", compute_type=compute_type, cpu_threads=threads)
    except (RuntimeError, ValueError, OSError, KeyError) as err:
        reason = str(err).splitlines()[0][:160] if str(err) else type(err).__name__
        raise ModelLoadError(path=str(path), reason=reason) from err


# --- text clean-up -------------------------------------------------------------------------

@cache
def _t2s() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HALF_PUNCT = re.compile(rf"(?<=[{_CJK}])([,?!:;.])|([,?!:;])(?=[{_CJK}])")
_FULL = {",": "，", "?": "？", "!": "！", ":": "：", ";": "；", ".": "。"}


def to_simplified(text: str) -> str:
    """Simplified characters and full-width punctuation next to Chinese characters."""
    if not text:
        return text
    text = _t2s().convert(text)
    return _HALF_PUNCT.sub(lambda m: _FULL[m.group(1) or m.group(2)], text)


_NORM = re.compile(r"[\W_]+", re.UNICODE)


def _norm(text: str) -> str:
    return _NORM.sub("", text.lower())


def collapse_repeats(words: list[Word], min_reps: int = 3, min_units: int = 10) -> tuple[list[Word], int]:
    """Cut a phrase that whisper repeats ``min_reps``+ times in a row (a decoding loop).

    Short repetitions people really say ("no, no, no") are kept: the repeated run must
    cover at least ``min_units`` words. Returns the words and how many were removed.
    """
    keys = [_norm(w.word) for w in words]
    n_words = len(words)
    out: list[Word] = []
    removed = 0
    i = 0
    while i < n_words:
        best = None
        for n in range(1, min(12, (n_words - i) // min_reps) + 1):
            unit = keys[i:i + n]
            if not any(unit):
                continue
            reps = 1
            while keys[i + reps * n:i + (reps + 1) * n] == unit:
                reps += 1
            if reps >= min_reps and reps * n >= min_units:
                best = (n, reps)
                break
        if best:
            n, reps = best
            out.extend(words[i:i + n])
            removed += n * (reps - 1)
            i += n * reps
        else:
            out.append(words[i])
            i += 1
    return out, removed


class RepetitionGuard:
    """Drops the third and later copies of a segment repeated back to back, leaving a marker.

    Only copies that follow each other without a pause (``max_gap``) count: a decoding
    loop produces them one after another, while a speaker repeating a line minutes later
    is real speech and is kept.
    """

    def __init__(self, max_copies: int = 2, max_gap: float = 2.0) -> None:
        self.max_copies = max_copies
        self.max_gap = max_gap
        self.last = ""
        self.last_end = 0.0
        self.copies = 0
        self.marker: Segment | None = None
        self.removed = 0

    def check(self, segment: Segment, lang: str) -> Segment | None:
        """The segment to save: itself, or a (grown) marker in its place."""
        key = _norm(segment.text)
        if key and key == self.last and segment.start - self.last_end <= self.max_gap:
            self.copies += 1
        else:
            self.last, self.copies, self.marker = key, 1, None
        self.last_end = segment.end
        if self.copies <= self.max_copies:
            return segment
        self.removed += 1
        mark = REPEAT_MARK_ZH if lang == "zh" else REPEAT_MARK_EN
        if self.marker is None:
            self.marker = Segment(segment.idx, segment.start, segment.end, mark, segment.speaker, [])
            return self.marker
        self.marker.end = segment.end
        return self.marker


def squeezed_at_window_end(seg: Segment, window_end: float, tail: float = 1.5) -> bool:
    """Whisper's "Thank you very much." on the last fraction of a window whose audio stops.

    Such text sits in the window's last moments with words of zero length (there was no
    sound to align them to). Only inner windows are checked: their audio continues in the
    next window, so nothing real is lost.
    """
    if not seg.words or seg.start < window_end - tail:
        return False
    squeezed = sum(1 for w in seg.words if w.end - w.start <= 0.02)
    return squeezed * 2 >= len(seg.words)


# --- the job -------------------------------------------------------------------------------

def _windows(stream: AudioStream, window_s: float, search_s: float = 20.0,
             first_s: float | None = None) -> Iterator[tuple[float, np.ndarray, bool]]:
    """(start seconds, samples, is_last) windows cut at quiet moments; never more than one in memory.

    ``first_s`` makes the first window shorter: whisper runs VAD and features over a whole
    window before its first segment, so a short first window puts text on screen sooner.
    """
    size = int(min(window_s, first_s or window_s) * SAMPLE_RATE)
    search = int(min(search_s, window_s / 2, size / SAMPLE_RATE / 2) * SAMPLE_RATE)
    blocks: list[np.ndarray] = []
    have = 0
    start = stream.start
    for block in stream.blocks():
        blocks.append(block)
        have += block.shape[0]
        while have >= size + search:
            buf = np.concatenate(blocks)
            cut = quiet_cut(buf[: size + search], size - search)
            yield start, buf[:cut], False
            rest = buf[cut:].copy()
            del buf
            blocks, have = [rest], rest.shape[0]
            start += cut / SAMPLE_RATE
            size, search = int(window_s * SAMPLE_RATE), int(min(search_s, window_s / 2) * SAMPLE_RATE)
    if have:
        yield start, np.concatenate(blocks), True


def _segment_from(seg: Any, offset: float, idx: int, zh: bool) -> Segment:
    words = [Word(round(w.start + offset, 3), round(w.end + offset, 3),
                  to_simplified(w.word) if zh else w.word, round(float(w.probability), 4))
             for w in (seg.words or [])]
    text = to_simplified(seg.text) if zh else seg.text
    return Segment(idx, round(seg.start + offset, 3), round(seg.end + offset, 3), text.strip(), "", words)


def transcribe_file(cancel: CancelToken, *, path: str, options: dict[str, Any] | None = None,
                    store_path: str | None = None, transcript_id: int | None = None,
                    resume: bool = True) -> Job[dict[str, Any]]:
    """The job (runs in the child): transcribe ``path`` into the library, resuming if it can.

    Progress ``done``/``total`` are audio seconds; ``data`` carries a ``TranscriptStarted``,
    a ``SegmentSaved`` per finished segment (for live display), ``SpeakersLabelled`` or a
    ``JobWarning`` (:mod:`desktop.engine.core.events`).
    """
    opts = TranscribeOptions(**{**(options or {}), "vocabulary": tuple((options or {}).get("vocabulary", ()))})
    source = Path(path).expanduser().resolve()
    info = probe(source)
    store = Store(store_path) if store_path else Store()
    try:
        result = yield from _run(cancel, source, info.duration, opts, TranscriptStore(store), transcript_id, resume)
    finally:
        store.close()
    return result


def _run(cancel: CancelToken, source: Path, duration: float | None, opts: TranscribeOptions,
         ts: TranscriptStore, transcript_id: int | None, resume: bool) -> Job[dict[str, Any]]:
    if transcript_id is None and resume:
        transcript_id = ts.find_unfinished(source, opts.model)
    if transcript_id is None:
        asset = ts.add_asset(source, size=source.stat().st_size, duration=duration)
        saved = {k: v for k, v in asdict(opts).items() if k != "extra"}
        transcript_id = ts.create(asset_id=asset, title=source.name, language=opts.language, model=opts.model,
                                  duration=duration, options={**saved, "speaker_method": METHOD})
    record = ts.get(transcript_id, with_segments=False)
    next_idx, offset = ts.resume_point(transcript_id)
    yield Progress(offset, duration, pick("Loading the model", "正在加载模型"),
                   data=TranscriptStarted(transcript_id, record.title, resumed_from=offset))
    model_path = yield from resolve_model(opts.model, cancel)
    model = load_model(model_path, opts.threads, opts.compute_type)
    ts.update(transcript_id, status="running")

    guesser = TurnGuesser(speakers=max(1, opts.speakers or 2))
    if next_idx > 0:
        last = ts.segments(transcript_id, next_idx - 1)[0]
        guesser.resume_after(last.start, last.end, last.text, last.speaker)
    language = record.language if record.language != "auto" else opts.language
    guard = RepetitionGuard()
    # Speaker windows are embedded in a thread as segments are saved (speaker_stream.py).
    voices = SegmentEmbedder.maybe() if opts.voices and opts.speakers != 1 else None  # 0 = auto
    try:
        result = yield from _transcribe_windows(cancel, source, duration, opts, ts, transcript_id, language,
                                                next_idx, offset, model, guesser, guard, voices)
    finally:
        if voices is not None:
            voices.stop()
    return result


def _transcribe_windows(cancel: CancelToken, source: Path, duration: float | None, opts: TranscribeOptions,
                        ts: TranscriptStore, transcript_id: int, language: str, next_idx: int, offset: float,
                        model: Any, guesser: TurnGuesser, guard: RepetitionGuard,
                        voices: SegmentEmbedder | None) -> Job[dict[str, Any]]:
    stream = AudioStream(source, start=offset)
    message = pick("Transcribing", "正在转写")
    idx = next_idx
    watch = loss.LossWatch()
    for win_start, samples, last_window in _windows(stream, opts.window_seconds, first_s=FIRST_WINDOW_S):
        cancel.raise_if_cancelled()
        if language == "auto":
            language = _detect_language(model, samples, opts.vad)
            ts.update(transcript_id, language=language)
        zh = language == "zh"
        # Each window starts from the style prompt alone, like whisper's first window. Feeding
        # the previous window's words in as a prompt was measured to make whisper merge and
        # skip sentences on repetitive speech (bench/transcribe_speed.py), so it is not done.
        prompt_parts = [ZH_PROMPT] if zh else []
        hotword_sep = "、" if zh else ", "
        win_end = win_start + samples.shape[0] / SAMPLE_RATE
        segments, _info = model.transcribe(
            samples, language=language, beam_size=opts.beam_size, vad_filter=opts.vad, word_timestamps=True,
            initial_prompt=" ".join(prompt_parts) or None,
            hotwords=hotword_sep.join(opts.vocabulary) or None, **opts.extra)
        watch.add_audio(win_start, samples)
        for raw in segments:
            cancel.raise_if_cancelled()
            seg = _segment_from(raw, win_start, idx, zh)
            if not last_window and squeezed_at_window_end(seg, win_end):
                continue
            seg.words, cut = collapse_repeats(seg.words)
            if cut:
                guard.removed += cut
                mark = REPEAT_MARK_ZH if zh else REPEAT_MARK_EN
                seg.text = ("" if zh else " ").join(["".join(w.word for w in seg.words).strip(), mark])
            if not seg.text:
                continue
            seg.speaker = guesser.label(seg.start, seg.end, seg.text)
            to_save = guard.check(seg, language)
            if to_save is None:
                continue
            ts.add_segment(transcript_id, to_save)
            if voices is not None and to_save is seg:
                voices.submit(seg.start, seg.end, samples, win_start)
            if to_save is seg or to_save.idx == idx:
                idx += 1  # a new row (a marker takes one index; its later growth re-saves that row)
            yield Progress(min(seg.end, duration or seg.end), duration, message,
                           data=SegmentSaved(transcript_id, to_save.to_dict()))
        yield Progress(min(win_end, duration or win_end), duration, message)
    precomputed = voices.finish() if voices is not None else None
    max_voices = (opts.speakers or AUTO_MAX_VOICES) if opts.voices else 1
    yield from speakers_by_voice(cancel, ts, transcript_id, source, max_voices, duration, precomputed=precomputed)
    truncated_at = stream.position if stream.stopped_early else None
    status = "partial" if truncated_at is not None else "done"
    final_duration = duration if duration is not None and truncated_at is None else stream.position
    record = ts.get(transcript_id, with_segments=False)
    ts.update(transcript_id, status=status, language=language, duration=final_duration,
              options={**record.options, "truncated_at": truncated_at,
                       "repetitions_removed": int(record.options.get("repetitions_removed", 0)) + guard.removed})
    dropped = yield from loss.finish(watch, ts, transcript_id, source, final_duration)
    if truncated_at is not None:
        yield Progress(truncated_at, duration, message, data=JobWarning(
            truncated_message(str(source), truncated_at), transcript_id, truncated_at=truncated_at))
    return {"transcript_id": transcript_id, "language": language, "duration": final_duration,
            "segments": idx, "status": status, "truncated_at": truncated_at,
            "repetitions_removed": guard.removed, "dropped": dropped, "empty": idx == 0}


def _detect_language(model: Any, samples: np.ndarray, vad: bool) -> str:
    if not model.model.is_multilingual:
        return "en"
    language, _prob, _all = model.detect_language(audio=samples, vad_filter=vad)
    return language


def clock(seconds: float) -> str:
    seconds = max(0, int(seconds))
    h, rest = divmod(seconds, 3600)
    return f"{h}:{rest // 60:02d}:{rest % 60:02d}" if h else f"{rest // 60}:{rest % 60:02d}"


def truncated_message(path: str, at: float) -> str:
    return pick(f"{path} is damaged after {clock(at)}; the transcript stops there.",
                f"{path} 在 {clock(at)} 之后已损坏，转写到此为止。")


# --- entry points for callers --------------------------------------------------------------

def start(path: Path | str, options: TranscribeOptions | None = None, *, store_path: Path | str | None = None,
          transcript_id: int | None = None, resume: bool = True,
          cancel: CancelToken | None = None) -> Job[dict[str, Any]]:
    """Run :func:`transcribe_file` in a spawned child; Cancel kills it (segments saved so far stay)."""
    source = Path(path).expanduser()
    probe(source)  # fail fast, in the caller, on unusable input
    opts = options or TranscribeOptions()
    if store_path is None:
        from desktop.engine.core import paths

        store_path = paths.database_path()
    kwargs = {"path": str(source), "options": {**asdict(opts), "vocabulary": list(opts.vocabulary)},
              "store_path": str(store_path), "transcript_id": transcript_id, "resume": resume}
    return run_in_subprocess("desktop.engine.transcription.transcribe:transcribe_file", kwargs, cancel=cancel)


def options_from_settings(language: str | None = None, model: str | None = None,
                          vocabulary: list[str] | None = None, settings: Any = None) -> TranscribeOptions:
    """Options from the user's settings (model, language, dictionary, threads), overridable."""
    from desktop.engine.core.settings import load_settings

    s = settings if settings is not None else load_settings().settings
    vocab = [*(vocabulary or []), *s.user_dictionary]
    return TranscribeOptions(language=language or s.transcribe_language, model=model or s.asr_model,
                             vocabulary=tuple(dict.fromkeys(v.strip() for v in vocab if v.strip())),
                             threads=s.threads())

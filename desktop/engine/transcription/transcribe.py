"""Transcription job: faster-whisper over a file, one window at a time, saved segment by segment.

Why it is built this way:

* It runs in a spawned child (:func:`start`) so Cancel is a kill that works within a
  second even inside native code, and a crash cannot take the editor down.
* Audio is streamed (``audio.AudioStream``) and transcribed in windows of
  ``window_seconds`` cut at the quietest moment near the window's end, so a three-hour
  recording needs the memory of four minutes.
* Each window's speech is decoded in chunks of at most 30 s, two at a time, without
  timestamp tokens (``decode.py``), and cut back into sentences by the word times: 0.78x
  the wall time of raw faster-whisper on a 10-minute file, speaker labels included.
* Every finished segment is written to the store at once; a killed job started again
  finds the unfinished transcript and resumes after its last saved segment.
* Chinese comes out in simplified characters (OpenCC t2s) with punctuation (whisper
  imitates the punctuated simplified-Chinese prompt). Names from the custom vocabulary
  are passed as hotwords. Runaway repetition is cut and marked.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from desktop.engine.core.events import JobWarning, SegmentSaved, TranscriptStarted
from desktop.engine.core.i18n import pick
from desktop.engine.core.jobs import CancelToken, Job, Progress, run_in_subprocess
from desktop.engine.core.text import clock
from desktop.engine.library.store import Store
from desktop.engine.transcription import loss
from desktop.engine.transcription.audio import SAMPLE_RATE, AudioStream, probe
from desktop.engine.transcription.decode import decode_window
from desktop.engine.transcription.repeats import (
    RepetitionGuard,
    collapse_repeats,
    repeat_mark,
    squeezed_at_window_end,
)
from desktop.engine.transcription.speaker_labels import METHOD, TurnGuesser
from desktop.engine.transcription.speaker_stream import SegmentEmbedder
from desktop.engine.transcription.speakers import speakers_by_voice
from desktop.engine.transcription.transcripts import TranscriptStore
from desktop.engine.transcription.whisper_model import detect_language, load_model, resolve_model
from desktop.engine.transcription.windows import FIRST_WINDOW_S, hotwords, prompt_for, segment_from, windows

AUTO_SPEAKERS, AUTO_MAX_VOICES = 0, 6  # "auto": turns guessed between two, voices decide up to six


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


# --- the job -------------------------------------------------------------------------------

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
    for win_start, samples, last_window in windows(stream, opts.window_seconds, first_s=FIRST_WINDOW_S):
        cancel.raise_if_cancelled()
        if language == "auto":
            language = detect_language(model, samples, opts.vad)
            ts.update(transcript_id, language=language)
        zh = language == "zh"
        win_end = win_start + samples.shape[0] / SAMPLE_RATE
        segments = decode_window(model, samples, language=language, beam_size=opts.beam_size, vad=opts.vad,
                                 initial_prompt=prompt_for(zh), hotwords=hotwords(opts.vocabulary, zh),
                                 extra=opts.extra)
        watch.add_audio(win_start, samples)
        for raw in segments:
            cancel.raise_if_cancelled()
            seg = segment_from(raw, win_start, idx, zh)
            if not last_window and squeezed_at_window_end(seg, win_end):
                continue
            seg.words, cut = collapse_repeats(seg.words)
            if cut:
                guard.removed += cut
                seg.text = ("" if zh else " ").join(["".join(w.word for w in seg.words).strip(), repeat_mark(zh)])
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

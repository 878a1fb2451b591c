"""Live transcription while recording, then the real transcript of the finished file.

Why it is built this way:

* The job reads the *recording file* as it grows (``engine/transcription/recording.py`` appends every
  tenth of a second), not the microphone: it needs no link to the recorder, runs in the
  killable transcription subprocess like every other transcription, and what it hears is
  exactly what is on disk.
* :class:`LiveScheduler` decides when to decode: silero VAD (bundled with faster-whisper)
  finds speech in the pending audio; a phrase is decoded as soon as a short pause
  follows it (``pause_s``), or at ``max_chunk_s`` for speech without pauses, cut at the
  quietest moment. Silence is skipped without decoding. Live decoding is greedy without
  word timestamps, one preview segment per phrase: it is for watching, and it keeps the
  lag under three seconds on two cores with whisper base (``bench/live_lag.py``).
* When the recording is finished the job runs the ordinary file transcription
  (``transcribe.transcribe_file``) on the finished file. The stored transcript therefore
  *is* a file transcription of the same recording — identical by construction, with
  word timestamps, speakers and resume — and the live text was only a preview.
* A job whose parent (the app) died stops at once instead of waiting for a recording
  that will never finish; the next start recovers the file (``recording.recover``).
"""

from __future__ import annotations

import itertools
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from desktop.engine.core.events import LiveDone, LiveSegment, LiveStarted
from desktop.engine.core.i18n import pick
from desktop.engine.core.jobs import CancelToken, Job, Progress, run_in_subprocess
from desktop.engine.transcription.audio import quiet_cut
from desktop.engine.transcription.live_decode import decode_phrase
from desktop.engine.transcription.pcm import SAMPLE_BYTES, SAMPLE_RATE, pcm_to_float
from desktop.engine.transcription.recording import HEADER_BYTES, read_state
from desktop.engine.transcription.whisper_model import detect_language, load_model, resolve_model
from desktop.engine.transcription.windows import hotwords, prompt_for, whisper_text

POLL_S = 0.25


@dataclass(frozen=True)
class Cut:
    """Decode ``pending[:decode]`` (0 = nothing), then drop ``pending[:advance]``."""

    decode: int
    advance: int


@dataclass
class LiveScheduler:
    """When to decode the audio that arrived since the last decode (pure: testable without a model)."""

    pause_s: float = 0.4  # this much silence after speech ends a phrase
    max_chunk_s: float = 4.0  # speech without a pause is cut here, at the quietest moment
    idle_keep_s: float = 0.5  # silence kept in front of the next phrase

    def decide(self, pending: np.ndarray, speech: list[tuple[int, int]], final: bool = False) -> Cut:
        """``speech``: (start, end) sample spans in ``pending`` from the VAD."""
        n = pending.shape[0]
        if n == 0:
            return Cut(0, 0)
        if not speech:
            keep = int(self.idle_keep_s * SAMPLE_RATE)
            return Cut(0, n if final else max(0, n - keep))
        if final:
            return Cut(n, n)
        last_end = speech[-1][1]
        if n - last_end >= self.pause_s * SAMPLE_RATE:
            cut = last_end + (n - last_end) // 2
            return Cut(cut, cut)
        if n >= self.max_chunk_s * SAMPLE_RATE:
            gaps = [(b_start - a_end, (a_end + b_start) // 2) for (_s, a_end), (b_start, _e) in itertools.pairwise(speech)
                    if b_start - a_end >= 0.15 * SAMPLE_RATE]
            if gaps:
                cut = max(gaps)[1]
            else:
                cut = quiet_cut(pending, max(0, n - int(3 * SAMPLE_RATE)))
            cut = max(cut, SAMPLE_RATE)
            return Cut(cut, cut)
        return Cut(0, 0)


def speech_spans(samples: np.ndarray) -> list[tuple[int, int]]:
    """Speech (start, end) in samples, by the silero VAD faster-whisper ships."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    if samples.shape[0] < 512:
        return []
    opts = VadOptions(min_silence_duration_ms=250, speech_pad_ms=80)
    return [(int(s["start"]), int(s["end"])) for s in get_speech_timestamps(samples, opts)]


class GrowingWav:
    """Reads the samples appended to a recording since the last call."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.offset = HEADER_BYTES

    def read_new(self) -> bytes:
        try:
            size = self.path.stat().st_size
        except OSError:
            return b""
        usable = size - (size - HEADER_BYTES) % SAMPLE_BYTES
        if usable <= self.offset:
            return b""
        with open(self.path, "rb") as fh:
            fh.seek(self.offset)
            data = fh.read(usable - self.offset)
        self.offset += len(data)
        return data


def _live_segments(model: Any, audio: np.ndarray, offset: float, language: str, opts: Any,
                   speech: list[tuple[int, int]]) -> Iterator[dict[str, Any]]:
    """One preview segment per decoded phrase, timed by the VAD's speech in it.

    Decoded without timestamp tokens and with a short encoder context (live_decode.py):
    with whisper's own segments the first one was only shown once the whole phrase was
    decoded, and their guessed times overshot the audio. The phrase's text appears at once,
    spanning the speech the VAD heard (``speech``: sample spans inside ``audio``).
    """
    zh = language == "zh"
    text = whisper_text(decode_phrase(model, audio, language, prompt_for(zh), hotwords(opts.vocabulary, zh)), zh)
    if not text.strip():
        return
    n = audio.shape[0]
    inside = [(max(0, a), min(n, b)) for a, b in speech if a < n and b > 0]
    first, last = (inside[0][0], inside[-1][1]) if inside else (0, n)
    yield {"start": round(offset + first / SAMPLE_RATE, 3), "end": round(offset + last / SAMPLE_RATE, 3),
           "text": text.strip()}


def live_transcribe(cancel: CancelToken, *, path: str, options: dict[str, Any] | None = None,
                    store_path: str | None = None, final: bool = True,
                    scheduler: LiveScheduler | None = None) -> Job[dict[str, Any]]:
    """The job (runs in the child): live preview while ``path`` grows, then the file transcription.

    Events: ``LiveStarted``, a ``LiveSegment`` per preview segment while recording,
    ``LiveDone`` when the recording is finished, then those of
    :func:`desktop.engine.transcription.transcribe.transcribe_file`. Returns its result, plus ``live``:
    the preview segments (for comparison) when ``final`` is false.
    """
    from desktop.engine.transcription.transcribe import TranscribeOptions, transcribe_file

    opts = TranscribeOptions(**{**(options or {}), "vocabulary": tuple((options or {}).get("vocabulary", ()))})
    wav = Path(path)
    scheduler = scheduler or LiveScheduler()
    parent = os.getppid()
    yield Progress(0.0, None, pick("Loading the model", "正在加载模型"), data=LiveStarted())
    model_path = yield from resolve_model(opts.model, cancel)
    model = load_model(model_path, opts.threads, opts.compute_type)
    language = opts.language
    reader = GrowingWav(wav)
    pending = np.zeros(0, np.float32)
    pending_start = 0.0
    live: list[dict[str, Any]] = []
    message = pick("Transcribing live", "正在实时转写")
    while True:
        cancel.raise_if_cancelled()
        if os.getppid() != parent:
            return {"status": "orphaned", "live": live}
        finished = read_state(wav).finished
        data = reader.read_new()
        if data:
            pending = np.concatenate([pending, pcm_to_float(data)])
        done = finished and not data and len(reader.read_new()) == 0
        speech = speech_spans(pending)
        cut = scheduler.decide(pending, speech, final=done)
        if cut.decode:
            chunk = pending[:cut.decode]
            if language == "auto":
                language = detect_language(model, chunk, True)
            recorded = (reader.offset - HEADER_BYTES) / (SAMPLE_RATE * SAMPLE_BYTES)
            for seg in _live_segments(model, chunk, pending_start, language, opts, speech):
                live.append(seg)
                yield Progress(seg["end"], None, message,
                               data=LiveSegment(seg, wall=time.time(), recorded=recorded, language=language))
        if cut.advance:
            pending = pending[cut.advance:]
            pending_start += cut.advance / SAMPLE_RATE
        if done:
            break
        if not cut.decode and not data:
            cancel.wait(POLL_S)
    yield Progress(pending_start, None, pick("Recording finished; transcribing the file", "录音结束，正在转写文件"),
                   data=LiveDone(live=len(live)))
    if not final:
        return {"status": "live-only", "live": live, "language": language}
    # The same options a file import would get (language included, even if the preview
    # detected one): the stored transcript is then exactly the file transcription.
    result = yield from transcribe_file(cancel, path=str(wav), options=options, store_path=store_path,
                                        resume=False)
    return {**result, "live": live}


def start(path: Path | str, options: Any = None, *, store_path: Path | str | None = None,
          cancel: CancelToken | None = None) -> Job[dict[str, Any]]:
    """Run :func:`live_transcribe` in a spawned child (Cancel is a kill, like file transcription)."""
    from dataclasses import asdict

    from desktop.engine.transcription.transcribe import TranscribeOptions

    opts = options or TranscribeOptions()
    if store_path is None:
        from desktop.engine.core import paths

        store_path = paths.database_path()
    kwargs = {"path": str(path), "options": {**asdict(opts), "vocabulary": list(opts.vocabulary)},
              "store_path": str(store_path)}
    return run_in_subprocess("desktop.engine.transcription.live:live_transcribe", kwargs, cancel=cancel)


def leave_resumable(store: Any, path: Path | str, options: Any) -> int:
    """The app is closing before a recording's file transcription began: keep a waiting transcript.

    The live job is killed with the app, and the preview was never stored; what the reporter
    needs is the real transcript. A transcript row like the one :func:`transcribe_file`
    makes (same asset, title and options, status "new") is shown as "interrupted, can
    resume" on the next start and offered there; Resume transcribes the finished file.
    A row the job already made for this recording is returned as it is.
    """
    from dataclasses import asdict

    from desktop.engine.transcription.audio import probe
    from desktop.engine.transcription.speakers import METHOD
    from desktop.engine.transcription.transcripts import TranscriptStore

    source = Path(path).expanduser().resolve()
    ts = TranscriptStore(store)
    found = ts.find_unfinished(source, options.model)
    if found is not None:
        return found
    duration = probe(source).duration
    asset = ts.add_asset(source, size=source.stat().st_size, duration=duration)
    saved = {k: v for k, v in asdict(options).items() if k != "extra"}
    return ts.create(asset_id=asset, title=source.name, language=options.language, model=options.model,
                     duration=duration, options={**saved, "speaker_method": METHOD})

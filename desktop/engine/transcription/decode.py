"""Whisper over one window: speech chunks decoded in batches, then cut back into sentences.

Why not ``WhisperModel.transcribe`` on the window: its sequential decoder predicts a
timestamp token before and after every phrase, seeks back to the last one and decodes
the rest of the 30 s again, conditions each step on the last, and falls back to sampling
at higher temperatures when a step looks odd. faster-whisper's batched pipeline decodes
each chunk of VAD speech (at most 30 s, silences cut out) on its own, without timestamp
tokens. Measured on a 203 s file of the English DEV clips: 21.6 s sequential, 12.4 s
batched (2 at a time); on a 4-minute file of the same clips Copydesk's word error went from
4.4 % to 3.7 % (raw faster-whisper 9.6 %), and on a 2-minute file of the Chinese clips its
character error from 32.8 % to 30.3 % (raw 30.3 %). bench/transcribe_speed.py and
bench/transcribe_quality.py compare Copydesk with raw faster-whisper.

Two things the batched decoder does that the sequential one does not, handled here: it may
stop a chunk early or skip its start (12 s of a Chinese chunk were missing), so speech no
word lies in is decoded again on its own (:func:`uncovered`); and a vocabulary given as
hotwords reads to it as the words just before the chunk, so it is passed as a finished
sentence (:func:`closed`).

The batched pipeline returns one segment per chunk (up to 30 s). A reporter reads and
corrects sentences, and speakers change between them, so :func:`sentences` cuts each
chunk at sentence ends and pauses using the word timestamps, which it keeps as they are.

Without VAD (a re-run with the filters relaxed, or ``vad=False``) the window goes to the
sequential decoder as before: the batched pipeline needs speech chunks.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from desktop.engine.core.text import to_simplified
from desktop.engine.transcription.pcm import SAMPLE_RATE

BATCH_SIZE = 2  # 2 cores: 12.4 s on the 203 s file; 4 and 8 were no faster (12.9 s, 12.3 s)
SENTENCE_END = re.compile(r"[.?!。？！…]+[\"'”’」』)）]*$")
CLAUSE_END = re.compile(r"[,;:，；：、][\"'”’」』)）]*$")
# Sentences are at least about as long as whisper's own segments (5-6 s on the eval files): the
# CAM++ windows of a longer segment tell speakers apart better (bench/diarize.py on
# pyannote_sample.wav, share of words with the right speaker, whisper-base / tiny.en:
# shortest 1 s sentences 79 % / 82 %, 3 s 57 % / 96 %, 5 s 88 % / 99 %, 8 s 94 % / 97 %).
PAUSE_S = 1.0  # a gap this long between two words ends a sentence (or a turn)
MIN_S = 5.0  # a sentence end sooner than this after the start keeps going
LONG_S = 12.0  # past this, a clause end (comma) is enough
MAX_S = 20.0  # past this, the next word boundary ends it

CHUNK_S = 30.0  # whisper hears 30 s at a time
# The shortest silence cut out of the audio whisper hears: faster-whisper's batched pipeline's
# own setting. Raw faster-whisper's VAD cuts only silences of 2 s or more (VadOptions' default),
# and keeping more of the pauses did not read better (bench/transcribe_quality_long.py, whisper-base,
# 3-minute files of the DEV clips, seeds 1-3, CER / WER): zh 160 ms 25.2 %, 1000 ms 26.9 %,
# 2000 ms 31.3 % (raw 28.9 %); en 4.3 %, 4.4 %, 6.5 % (raw 5.5 %). Keeping pauses under 1.2 s
# whole while cutting at 160 ms: 28.0 % against 28.2 % on seeds 4-9 (raw 30.1 %).
GLUE_SILENCE_MS = 160
TAIL_S = 0.6  # this much speech with no word in it is decoded again
# A word whisper gives longer than this was not spoken over that time: without timestamp tokens it
# may lay one word over speech it skipped ("Mr." over 4 s of another sentence), which must not
# count as heard.
STRETCHED_S = 2.0

_pipelines: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()


@dataclass
class Piece:
    """A sentence of a chunk: what :func:`windows.segment_from` reads from a whisper segment."""

    start: float
    end: float
    text: str
    words: list[Any] = field(default_factory=list)


def decode_window(model: Any, samples: np.ndarray, *, language: str | None, beam_size: int, vad: bool,
                  initial_prompt: str | None, hotwords: str | None, extra: dict[str, Any]) -> Iterator[Any]:
    """Segments of ``samples`` (window time), sentence by sentence, each with its words."""
    if not vad or "vad_filter" in extra:
        segments, _info = model.transcribe(samples, language=language, beam_size=beam_size, vad_filter=vad,
                                           word_timestamps=True, initial_prompt=initial_prompt,
                                           hotwords=hotwords, **extra)
        yield from segments
        return
    options = {k: v for k, v in extra.items() if k != "vad_parameters"}
    hotwords = closed(hotwords)

    def decode(audio: np.ndarray, clips: list[tuple[float, float]]) -> list[Any]:
        segments, _info = _pipeline(model).transcribe(
            audio, language=language, beam_size=beam_size, word_timestamps=True, initial_prompt=initial_prompt,
            hotwords=hotwords, batch_size=BATCH_SIZE, clip_timestamps=[{"start": a, "end": b} for a, b in clips],
            **options)
        return list(segments)

    speech = speech_spans(samples, {"min_silence_duration_ms": GLUE_SILENCE_MS, **(extra.get("vad_parameters") or {})})
    glued = Glued(samples, speech)
    for i in range(0, len(glued.chunks), BATCH_SIZE):
        batch = glued.chunks[i:i + BATCH_SIZE]
        decoded = decode(glued.audio, [(c.glued_start, c.glued_end) for c in batch])
        for chunk in batch:  # whisper rounds times to 10 ms: a chunk's first word may start just before it
            mine = [glued.restore(seg) for seg in decoded
                    if chunk.glued_start - 0.05 <= seg.start < chunk.glued_end - 0.05]
            again = uncovered(chunk.speech, [w for p in mine for w in p.words])
            if again:  # a stretched word lay over speech decoded again: its text is in the re-decode
                mine = [_without_stretched(p, chunk.speech, again) for p in mine]
            for a, b in again:
                mine += [_within(p, a, b) for p in map(_piece, decode(samples, [(a, b)]))]
            # sentences, not pieces, in time order: a re-decoded stretch may lie inside a long piece
            found = sorted((s for p in mine if p.words for s in sentences(p)), key=lambda s: s.start)
            yield from (s for s in found if not echoes_prompt(s.text, initial_prompt))


@dataclass
class Chunk:
    """Up to 30 s of speech spans (window time), and where they lie in the glued audio."""

    speech: list[tuple[float, float]]
    glued_start: float
    glued_end: float


class Glued:
    """The window's speech with the silences cut out, in chunks of at most 30 s of speech.

    This is how faster-whisper's batched pipeline feeds whisper (its ``collect_chunks``),
    and it scored best on the English test file; :meth:`restore` maps whisper's times
    back onto the recording.
    """

    def __init__(self, samples: np.ndarray, speech: list[tuple[float, float]]) -> None:
        self.spans: list[tuple[float, float, float]] = []  # (glued start, window start, length)
        self.chunks: list[Chunk] = []
        parts, at = [], 0.0
        for a, b in speech:
            part = samples[int(a * SAMPLE_RATE):int(b * SAMPLE_RATE)]
            length = part.shape[0] / SAMPLE_RATE
            if not self.chunks or at + length - self.chunks[-1].glued_start > CHUNK_S:
                self.chunks.append(Chunk([], at, at))
            self.chunks[-1].speech.append((a, b))
            self.chunks[-1].glued_end = at + length
            self.spans.append((at, a, length))
            parts.append(part)
            at += length
        self.audio = np.concatenate(parts) if parts else np.zeros(0, np.float32)

    def time(self, t: float) -> float:
        for glued, start, length in reversed(self.spans):
            if t >= glued - 0.05:  # whisper's 10 ms rounding
                return start + min(max(t - glued, 0.0), length)
        return self.spans[0][1] if self.spans else t

    def restore(self, seg: Any) -> Piece:
        words = [replace(w, start=self.time(w.start), end=self.time(w.end)) for w in (seg.words or [])]
        return Piece(self.time(seg.start), self.time(seg.end), seg.text, words)


def uncovered(speech: list[tuple[float, float]], words: list[Any], slack: float = 0.25) -> list[tuple[float, float]]:
    """Stretches of ``speech`` of at least ``TAIL_S`` that no word lies in: whisper skipped them.

    Without timestamp tokens the decoder sometimes ends a chunk early or starts it late
    (seen on Chinese: 12 s of speech after 8.9 s were missing). Those stretches are
    decoded again on their own, as the sequential decoder would have done from there.
    """
    covered = sorted((w.start - slack, w.end + slack) for w in words if not _stretched(w, speech))
    gaps = []
    for a, b in speech:
        at = a
        for c, d in covered:
            if d <= at or c >= b:
                continue
            if c > at:
                gaps.append((at, c))
            at = max(at, d)
        if at < b:
            gaps.append((at, b))
    merged: list[tuple[float, float]] = []
    for a, b in gaps:
        if merged and a - merged[-1][1] < slack:
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return [(a, b) for a, b in merged if b - a >= TAIL_S]


def _stretched(word: Any, speech: list[tuple[float, float]]) -> bool:
    """Longer than ``STRETCHED_S`` of speech (the silences between VAD spans do not count)."""
    return sum(max(0.0, min(word.end, b) - max(word.start, a)) for a, b in speech) > STRETCHED_S


def _without_stretched(piece: Piece, speech: list[tuple[float, float]], again: list[tuple[float, float]]) -> Piece:
    """``piece`` less its stretched words that overlap a stretch decoded again."""
    words = [w for w in piece.words if not _stretched(w, speech)
             or not any(w.start < b and a < w.end for a, b in again)]
    return piece if len(words) == len(piece.words) else _of_words(piece, words)


def _piece(seg: Any) -> Piece:
    return Piece(seg.start, seg.end, seg.text, list(seg.words or []))


def _within(piece: Piece, start: float, end: float) -> Piece:
    """The words of ``piece`` whose middle lies in start–end (a re-decode may run over)."""
    return _of_words(piece, [w for w in piece.words if start <= (w.start + w.end) / 2 <= end])


def _of_words(piece: Piece, words: list[Any]) -> Piece:
    """``piece`` cut down to ``words`` (an empty piece, at its old times, when none are left)."""
    if not words:
        return Piece(piece.start, piece.end, "", [])
    return Piece(words[0].start, words[-1].end, "".join(w.word for w in words), words)


def speech_spans(samples: np.ndarray, vad_parameters: dict[str, Any] | None = None) -> list[tuple[float, float]]:
    """Silero VAD speech (seconds), with the batched pipeline's settings unless given."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    params = {"min_silence_duration_ms": 160, **(vad_parameters or {}), "max_speech_duration_s": CHUNK_S}
    return [(s["start"] / SAMPLE_RATE, s["end"] / SAMPLE_RATE)
            for s in get_speech_timestamps(samples, VadOptions(**params))]


def closed(hotwords: str | None) -> str | None:
    """The vocabulary as a finished sentence, so whisper does not take it for the speech before.

    Without timestamp tokens, "Quilter" as the previous text made whisper-tiny.en carry on
    after it and leave out "Mr. Quilter" at the start of the clip; "Quilter." did not
    (tests/engine/transcription/test_transcribe.py, the vocabulary test).
    """
    if not hotwords or SENTENCE_END.search(hotwords):
        return hotwords
    return hotwords + ("。" if re.search(r"[\u3400-\u9fff]", hotwords) else ".")


_NOT_TEXT = re.compile(r"[\s\W_]+")


def echoes_prompt(text: str, prompt: str | None) -> bool:
    """A sentence that only repeats the style prompt: whisper's echo, not speech.

    Decoded on its own, a short stretch of speech (a re-decode of what a chunk left out) may
    come back as the prompt's own words, one of them dropped at most: "觉是这样的。" out of
    "嗯，对。我觉得是这样的。" on the Chinese DEV clips. Four characters or more, so a real "对。"
    or "嗯" is kept, and "我是这样的" (three of the prompt's words left out) is speech.
    """
    if not prompt:
        return False
    said, source = _NOT_TEXT.sub("", to_simplified(text)), _NOT_TEXT.sub("", prompt)  # whisper may write 覺是
    if len(said) < 4:
        return False
    for start in (i for i, ch in enumerate(source) if ch == said[0]):
        at = start
        for ch in said[1:]:
            at = source.find(ch, at + 1)
            if at < 0 or at - start >= len(said) + 1:
                break
        else:
            return True
    return False


def _pipeline(model: Any) -> Any:
    """One batched pipeline per loaded model (it holds no state between windows that matters)."""
    from faster_whisper import BatchedInferencePipeline

    pipeline = _pipelines.get(model)
    if pipeline is None:
        pipeline = _pipelines[model] = BatchedInferencePipeline(model)
    return pipeline


def sentences(seg: Any) -> Iterator[Piece]:
    """``seg`` cut after sentence ends and at pauses; a segment without words stays whole."""
    words = list(seg.words or [])
    if not words:
        if seg.text.strip():
            yield Piece(seg.start, seg.end, seg.text, [])
        return
    current: list[Any] = []
    for i, word in enumerate(words):
        current.append(word)
        following = words[i + 1] if i + 1 < len(words) else None
        if following is None or _ends_here(current, following):
            yield Piece(current[0].start, current[-1].end, "".join(w.word for w in current), current)
            current = []


def _ends_here(current: list[Any], following: Any) -> bool:
    length = current[-1].end - current[0].start
    token = current[-1].word.strip()
    if following.start - current[-1].end >= PAUSE_S:
        return True
    if SENTENCE_END.search(token):
        return length >= MIN_S
    if CLAUSE_END.search(token):
        return length >= LONG_S
    return length >= MAX_S

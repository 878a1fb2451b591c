"""Batched decoding of a window: sentences, skipped speech decoded again, times mapped back."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pytest
from faster_whisper.transcribe import Word

from desktop.engine.transcription import decode
from desktop.engine.transcription.audio import decode_all
from tests.speech import join, needs_espeak, say


@dataclass
class FakeSegment:
    start: float
    end: float
    text: str
    words: list[Word] = field(default_factory=list)


def _words(spec: list[tuple[float, float, str]]) -> list[Word]:
    return [Word(start=a, end=b, word=w, probability=0.9) for a, b, w in spec]


def _segment(spec: list[tuple[float, float, str]]) -> FakeSegment:
    words = _words(spec)
    return FakeSegment(words[0].start, words[-1].end, "".join(w.word for w in words), words)


def test_a_chunk_is_cut_after_sentence_ends_and_at_pauses_keeping_every_word_time() -> None:
    seg = _segment([(0.0, 0.5, " The"), (0.5, 1.2, " river"), (1.2, 3.4, " rose."), (3.5, 4.6, " Fast."),
                    (4.6, 5.4, " Really."), (5.5, 6.0, " We"), (6.0, 6.6, " left."), (7.8, 8.2, " Then"),
                    (8.2, 9.0, " rain.")])
    pieces = list(decode.sentences(seg))
    # the full stops at 3.4 s and 4.6 s come sooner than MIN_S after the start; the pause before "Then" ends one
    assert [p.text for p in pieces] == [" The river rose. Fast. Really.", " We left.", " Then rain."]
    assert [w for p in pieces for w in p.words] == seg.words  # nothing re-timed, nothing lost
    assert (pieces[1].start, pieces[1].end) == (5.5, 6.6)


def test_a_full_stop_soon_after_the_start_does_not_end_the_sentence() -> None:
    seg = _segment([(0.0, 0.4, " Mr."), (0.4, 1.0, " Quilter"), (1.0, 1.6, " spoke.")])
    assert [p.text for p in decode.sentences(seg)] == [" Mr. Quilter spoke."]


def test_chinese_is_cut_at_full_width_stops_and_long_runs_at_commas() -> None:
    spec = [(i * 0.5, i * 0.5 + 0.5, "好" if i % 7 else "，") for i in range(40)]
    spec[9] = (4.5, 5.0, "。")
    pieces = list(decode.sentences(_segment(spec)))
    assert pieces[0].text.endswith("。") and pieces[0].end == 5.0
    assert all(p.end - p.start <= decode.MAX_S for p in pieces)
    assert len(pieces) >= 2 and sum(len(p.words) for p in pieces) == 40


def test_a_segment_without_words_stays_whole() -> None:
    assert [p.text for p in decode.sentences(FakeSegment(1.0, 2.0, " Hm.", []))] == [" Hm."]
    assert list(decode.sentences(FakeSegment(1.0, 2.0, "  ", []))) == []


def test_speech_no_word_lies_in_is_found_at_the_end_start_and_middle() -> None:
    speech = [(0.0, 10.0), (12.0, 20.0)]
    words = _words([(1.0, 2.0, " a"), (2.0, 3.5, " b"), (13.0, 14.0, " c")])
    gaps = decode.uncovered(speech, words)
    assert gaps == [pytest.approx(g) for g in [(0.0, 0.75), (3.75, 10.0), (12.0, 12.75), (14.25, 20.0)]]
    # a word over more than 2 s of speech covers nothing; across a silence between spans it may be long
    assert decode.uncovered(speech, _words([(0.0, 5.0, " long")]))[0] == (0.0, 10.0)
    assert decode.uncovered([(0.0, 1.2), (4.0, 5.0)], _words([(0.0, 1.1, " a"), (1.1, 4.6, " b")])) == []
    assert decode.uncovered([(0.0, 2.0)], _words([(0.1, 1.9, " all")])) == []  # covered within the slack


def test_glued_audio_maps_whisper_times_back_and_chunks_hold_at_most_30_s() -> None:
    samples = np.zeros(80 * 16_000, np.float32)
    speech = [(1.0, 3.0), (10.0, 12.0), (20.0, 45.0), (50.0, 60.0)]
    glued = decode.Glued(samples, speech)
    assert glued.audio.shape[0] == 39 * 16_000
    assert glued.time(2.5) == pytest.approx(10.5)  # 0.5 s into the second span
    assert glued.time(1.99) == pytest.approx(10.0)  # whisper's rounding before a span: its start
    assert [c.speech for c in glued.chunks] == [[(1.0, 3.0), (10.0, 12.0), (20.0, 45.0)], [(50.0, 60.0)]]
    assert all(c.glued_end - c.glued_start <= decode.CHUNK_S for c in glued.chunks)


def test_the_vocabulary_reaches_whisper_as_a_finished_sentence() -> None:
    assert decode.closed("Quilter, Okafor") == "Quilter, Okafor."
    assert decode.closed("欧阳建华、司马晓雯") == "欧阳建华、司马晓雯。"
    assert decode.closed("Done.") == "Done." and decode.closed(None) is None


class SkippingPipeline:
    """Decodes the glued chunks but stops each one halfway; a re-decode of a stretch is whole."""

    def __init__(self, samples: np.ndarray) -> None:
        self.samples = samples
        self.calls: list[list[tuple[float, float]]] = []

    def transcribe(self, audio: np.ndarray, clip_timestamps: list[dict[str, float]], **_: Any) -> tuple[list, None]:
        clips = [(c["start"], c["end"]) for c in clip_timestamps]
        self.calls.append(clips)
        again = audio is self.samples
        out = []
        for a, b in clips:
            stop = b if again else a + (b - a) / 2
            spec = [(t, t + 0.5, f" w{t:.1f}") for t in np.arange(a + 0.2, stop - 0.5, 0.5)]
            if spec:
                out.append(_segment(spec))
        return out, None


def test_speech_whisper_left_out_of_a_chunk_is_decoded_again_once(monkeypatch: pytest.MonkeyPatch) -> None:
    samples = np.zeros(40 * 16_000, np.float32)
    pipeline = SkippingPipeline(samples)
    monkeypatch.setattr(decode, "speech_spans", lambda *_a, **_k: [(2.0, 10.0), (30.0, 34.0)])
    monkeypatch.setattr(decode, "_pipeline", lambda _model: pipeline)
    pieces = list(decode.decode_window(object(), samples, language="en", beam_size=5, vad=True,
                                       initial_prompt=None, hotwords=None, extra={}))
    starts = [w.start for p in pieces for w in p.words]
    assert starts == sorted(starts) and len(starts) == len(set(starts))  # in order, no word twice
    assert max(w.end for p in pieces for w in p.words) > 33.0  # the second span's end is there
    assert min(starts) < 3.0
    assert len(pipeline.calls) == 1 + 2  # the batch, then one stretch of each span
    assert all(p.end - p.start <= decode.MAX_S + 0.5 for p in pieces)


def test_a_word_stretched_over_skipped_speech_is_decoded_again_and_sentences_stay_in_order(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Seen on a 2-minute file: "Mr." laid over 4 s of a sentence whisper skipped, the sentence
    re-decoded and then saved after the rest of the chunk (out of order, and its start lost)."""

    class StretchingPipeline:
        def transcribe(self, audio: np.ndarray, clip_timestamps: list[dict[str, float]],
                       **_: Any) -> tuple[list, None]:
            (a, b), = [(c["start"], c["end"]) for c in clip_timestamps]
            if a == 0.0:  # the chunk: one stretched word, then the next sentence
                return [_segment([(0.0, 0.5, " Earlier."), (0.9, 5.0, " Mr."), (5.0, 5.6, " Quilter"),
                                  (5.6, 6.2, " spoke."), (6.2, 6.6, " Then"), (6.6, 7.2, " rain.")])], None
            return [_segment([(t, t + 0.4, f" w{t:.1f}") for t in np.arange(a + 0.1, b - 0.4, 0.5)])], None

    monkeypatch.setattr(decode, "speech_spans", lambda *_a, **_k: [(0.0, 7.3)])
    monkeypatch.setattr(decode, "_pipeline", lambda _model: StretchingPipeline())
    pieces = list(decode.decode_window(object(), np.zeros(8 * 16_000, np.float32), language="en", beam_size=5,
                                       vad=True, initial_prompt=None, hotwords=None, extra={}))
    words = [w for p in pieces for w in p.words]
    assert [w.start for w in words] == sorted(w.start for w in words)
    assert " Mr." not in [w.word for w in words]  # the stretched word's time was decoded again
    assert any(1.0 < w.start < 4.5 for w in words)  # what it lay over is there
    assert [w.word for w in words][-4:] == [" Quilter", " spoke.", " Then", " rain."], [(w.start, w.word) for w in words]


def test_without_vad_the_window_goes_to_the_sequential_decoder() -> None:
    class Model:
        def transcribe(self, samples: np.ndarray, **kwargs: Any) -> tuple[list, None]:
            self.kwargs = kwargs
            return [_segment([(0.0, 1.0, " hi")])], None

    model = Model()
    out = list(decode.decode_window(model, np.zeros(16_000, np.float32), language="en", beam_size=5, vad=False,
                                    initial_prompt=None, hotwords="Okafor", extra={"no_speech_threshold": None}))
    assert [s.text for s in out] == [" hi"]
    assert model.kwargs["vad_filter"] is False and model.kwargs["hotwords"] == "Okafor"


def test_a_sentence_that_only_repeats_the_prompt_is_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.engine.transcription.windows import ZH_PROMPT

    assert decode.echoes_prompt("觉是这样的。", ZH_PROMPT) and decode.echoes_prompt("我觉得是这样的", ZH_PROMPT)
    assert decode.echoes_prompt("覺是這樣的。", ZH_PROMPT)  # whisper writes traditional characters at times
    assert not decode.echoes_prompt("对。", ZH_PROMPT) and not decode.echoes_prompt("嗯，", ZH_PROMPT)
    assert not decode.echoes_prompt("我觉得这个方案是这样的。", ZH_PROMPT)  # speech that merely shares words
    assert not decode.echoes_prompt("我是这样的。", ZH_PROMPT)
    assert not decode.echoes_prompt("觉是这样的。", None)

    class EchoPipeline:
        def transcribe(self, audio: np.ndarray, **kwargs: Any) -> tuple[list, None]:
            return [_segment([(0.5, 1.0, "我们"), (1.0, 2.0, "走了。")]),
                    _segment([(4.0, 4.4, "觉是"), (4.4, 4.9, "这样的。")])], None

    monkeypatch.setattr(decode, "speech_spans", lambda *_a, **_k: [(0.4, 2.1), (3.9, 5.0)])
    monkeypatch.setattr(decode, "_pipeline", lambda _model: EchoPipeline())
    out = list(decode.decode_window(object(), np.zeros(6 * 16_000, np.float32), language="zh", beam_size=5,
                                    vad=True, initial_prompt=ZH_PROMPT, hotwords=None, extra={}))
    assert [p.text for p in out] == ["我们走了。"]


def test_the_vad_cuts_silences_from_the_glue_setting_unless_the_caller_sets_its_own(
        monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[dict[str, Any] | None] = []

    def spans(_samples: np.ndarray, params: dict[str, Any] | None = None) -> list[tuple[float, float]]:
        asked.append(params)
        return []

    monkeypatch.setattr(decode, "speech_spans", spans)
    monkeypatch.setattr(decode, "GLUE_SILENCE_MS", 700)
    samples = np.zeros(16_000, np.float32)
    for extra in ({}, {"vad_parameters": None}, {"vad_parameters": {"min_silence_duration_ms": 90}}):
        assert list(decode.decode_window(object(), samples, language="en", beam_size=5, vad=True,
                                         initial_prompt=None, hotwords=None, extra=extra)) == []
    assert [p["min_silence_duration_ms"] for p in asked] == [700, 700, 90]


@needs_espeak
def test_speech_spans_keep_a_pause_shorter_than_the_silence_setting() -> None:
    path = join([say("The council met on Monday."), say("It voted to close the pool.")], 1.5, "glue-pause")
    samples = decode_all(path)
    assert len(decode.speech_spans(samples, {"min_silence_duration_ms": 160})) == 2
    assert len(decode.speech_spans(samples, {"min_silence_duration_ms": 2000})) == 1

"""Subtitle cues: at most 7 s and two lines each, cut between words, timed by the words."""

from __future__ import annotations

import itertools
import re

from desktop.engine.transcription.cues import LINE_CHARS, LINE_CHARS_CJK, MAX_CUE_S, cues
from desktop.engine.transcription.transcripts import Segment, Word

SPEECH = ("The committee met on Thursday morning to discuss the closure of the old library, "
          "which has served the town since 1921. Several residents spoke against the plan, "
          "and the chair promised a second consultation before any decision is taken in the spring.")


def _timed(text: str, start: float = 10.0, per_word: float = 0.38) -> Segment:
    words, at = [], start
    for token in re.findall(r"\s*\S+", text):
        words.append(Word(round(at, 3), round(at + per_word - 0.05, 3), token, 0.9))
        at += per_word
    return Segment(0, start, words[-1].end, text, "", words)


def test_a_long_sentence_becomes_short_cues_that_keep_every_word_in_order() -> None:
    seg = _timed(SPEECH)
    out = cues(seg)
    assert len(out) >= 4
    assert " ".join(c.text.replace("\n", " ") for c in out) == SPEECH
    for cue in out:
        assert cue.end - cue.start <= MAX_CUE_S
        lines = cue.text.split("\n")
        assert len(lines) <= 2 and all(len(line) <= LINE_CHARS for line in lines)
    starts = [c.start for c in out]
    assert starts == sorted(starts) and out[0].start == seg.start and out[-1].end == seg.end
    assert all(a.end <= b.start for a, b in itertools.pairwise(out))  # never two on screen at once


def test_cues_end_at_clause_ends_and_the_last_one_is_not_a_single_word() -> None:
    out = cues(_timed(SPEECH))
    assert out[0].text.endswith("library,") and out[1].text.endswith("plan,")
    assert len(out[-1].text.split()) >= 4


def test_each_cue_is_on_screen_while_its_words_are_spoken() -> None:
    seg = _timed(SPEECH)
    by_start = {w.start: w for w in seg.words}
    for cue in cues(seg):
        assert cue.start in by_start  # starts exactly on a word
    assert cues(seg)[1].start == next(w.start for w in seg.words if w.start > cues(seg)[0].end)


def test_a_short_segment_is_one_cue_on_one_line() -> None:
    seg = _timed("Where were you on Monday?")
    (cue,) = cues(seg)
    assert cue.text == "Where were you on Monday?" and (cue.start, cue.end) == (seg.start, seg.end)


def test_chinese_lines_hold_sixteen_characters() -> None:
    text = "市政府今天宣布，老城区的三座桥梁将在明年春天之前完成加固，期间公交线路会临时调整，请市民留意通知。"
    words = [Word(20 + i * 0.22, 20 + i * 0.22 + 0.2, ch, 0.9) for i, ch in enumerate(text)]
    out = cues(Segment(0, 20.0, words[-1].end, text, "", words))
    assert "".join(c.text.replace("\n", "") for c in out) == text
    assert len(out) >= 2
    for cue in out:
        assert all(len(line) <= LINE_CHARS_CJK for line in cue.text.split("\n"))
        assert cue.end - cue.start <= MAX_CUE_S


def test_a_retyped_segment_is_split_by_length_without_words() -> None:
    seg = Segment(0, 100.0, 160.0, SPEECH, "", [Word(100.0, 101.0, " Something", 0.5)])  # words no longer match
    out = cues(seg)
    assert " ".join(c.text.replace("\n", " ") for c in out) == SPEECH
    assert out[0].start == 100.0 and abs(out[-1].end - 160.0) < 1e-6
    assert len(out) == 4  # by two-line width alone (254 characters): guessed times never cut a cue


def test_empty_text_gives_no_cue() -> None:
    assert cues(Segment(0, 1.0, 2.0, "  ", "", [])) == []

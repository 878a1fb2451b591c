"""Whisper's decoding loops are cut; real repetition a speaker says is kept."""

from __future__ import annotations

from desktop.engine.transcription import repeats
from desktop.engine.transcription.transcripts import Segment, Word


def test_collapse_repeats_cuts_loops_but_keeps_short_real_repetition() -> None:
    loop = [Word(i * 0.2, i * 0.2 + 0.2, w, 0.5) for i, w in enumerate([" thank", " you"] * 8 + [" bye"])]
    kept, removed = repeats.collapse_repeats(loop)
    assert [w.word for w in kept] == [" thank", " you", " bye"] and removed == 14
    real = [Word(0, 1, " no,", 0.9), Word(1, 2, " no,", 0.9), Word(2, 3, " no.", 0.9)]
    assert repeats.collapse_repeats(real) == (real, 0)


def test_repetition_guard_drops_third_copy_with_a_marker() -> None:
    guard = repeats.RepetitionGuard()
    seg = [Segment(i, i * 2.0, i * 2.0 + 2, "Thank you.", "S", []) for i in range(5)]
    assert guard.check(seg[0], "en") is seg[0] and guard.check(seg[1], "en") is seg[1]
    marker = guard.check(seg[2], "en")
    assert marker is not seg[2] and marker.idx == 2 and marker.text == repeats.REPEAT_MARK_EN
    again = guard.check(seg[3], "en")
    assert again is marker and marker.end == seg[3].end and guard.removed == 2
    other = Segment(5, 10, 11, "Something else.", "S", [])
    assert guard.check(other, "en") is other
    # the same line said again and again minutes apart is speech, not a loop
    spaced = [Segment(6 + i, 100.0 * (i + 1), 100.0 * (i + 1) + 2, "Thank you.", "S", []) for i in range(4)]
    assert all(guard.check(s, "en") is s for s in spaced)


def test_text_squeezed_into_an_inner_window_end_is_dropped() -> None:
    ghost = Segment(3, 220.02, 220.74, "Thank you very much.", "", [
        Word(220.02, 220.74, " Thank", 0.01), Word(220.74, 220.74, " you", 0.96),
        Word(220.74, 220.74, " very", 0.07), Word(220.74, 220.74, " much.", 0.99)])
    assert repeats.squeezed_at_window_end(ghost, 220.77)
    assert not repeats.squeezed_at_window_end(ghost, 240.0)  # far from the window end: real
    real = Segment(4, 219.5, 220.7, "Goodbye then.", "", [Word(219.5, 220.0, " Goodbye", 0.9),
                                                          Word(220.0, 220.7, " then.", 0.9)])
    assert not repeats.squeezed_at_window_end(real, 220.77)

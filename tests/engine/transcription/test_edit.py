"""Word corrections, split, merge and speaker changes on a real library file."""

from __future__ import annotations

import pytest

from desktop.engine.transcription import edit as edits
from desktop.engine.transcription.transcripts import Segment, TranscriptStore, Word


@pytest.fixture
def ts(store) -> TranscriptStore:
    return TranscriptStore(store)


def _sample(ts: TranscriptStore) -> int:
    tid = ts.create(asset_id=None, title="council", language="en", model="m", duration=12.0)
    ts.add_segment(tid, Segment(0, 0.0, 3.0, "The mayor of Newark spoke.", "Speaker 1", [
        Word(0.0, 0.4, " The", 0.9), Word(0.4, 0.9, " mayor", 0.95), Word(0.9, 1.1, " of", 0.99),
        Word(1.1, 1.9, " Newark", 0.31), Word(1.9, 3.0, " spoke.", 0.9)]))
    ts.add_segment(tid, Segment(1, 3.5, 5.0, "Thank you.", "Speaker 2", [
        Word(3.5, 4.0, " Thank", 0.9), Word(4.0, 5.0, " you.", 0.9)]))
    ts.add_segment(tid, Segment(2, 6.0, 8.0, "市长说了。", "Speaker 1", [
        Word(6.0, 6.5, "市", 0.9), Word(6.5, 7.0, "长", 0.4), Word(7.0, 7.5, "说", 0.9), Word(7.5, 8.0, "了。", 0.9)]))
    return tid


def test_typing_over_one_word_keeps_every_other_time_and_clears_the_mark(ts) -> None:
    tid = _sample(ts)
    before = ts.segments(tid)[0].words
    seg = edits.correct_word(ts, tid, 0, 3, "New York")
    assert seg.text == "The mayor of New York spoke."
    words = ts.segments(tid)[0].words
    assert [w.word for w in words] == [" The", " mayor", " of", " New", " York", " spoke."]
    assert words[:3] == before[:3] and words[-1] == before[-1]
    assert (words[3].start, words[4].end) == (1.1, 1.9) and words[3].end == words[4].start
    assert {words[3].probability, words[4].probability} == {1.0}
    assert ts.store.search("York")  # the search index follows the correction
    assert not [h for h in ts.store.search("Newark") if h.kind == "transcript"]


def test_chinese_character_correction_and_confirming_a_word(ts) -> None:
    tid = _sample(ts)
    seg = edits.correct_word(ts, tid, 2, 1, "场")
    assert seg.text == "市场说了。" and seg.words[1] == Word(6.5, 7.0, "场", 1.0)
    seg = edits.confirm_word(ts, tid, 0, 3)
    assert seg.words[3].probability == 1.0 and seg.words[3].word == " Newark"


def test_bad_word_edits_are_typed_errors_and_change_nothing(ts) -> None:
    tid = _sample(ts)
    with pytest.raises(edits.EditError):
        edits.correct_word(ts, tid, 0, 9, "x")
    only = ts.create(asset_id=None, title="one", language="en", model="m", duration=1.0)
    ts.add_segment(only, Segment(0, 0.0, 1.0, "Yes.", "", [Word(0.0, 1.0, " Yes.", 0.9)]))
    with pytest.raises(edits.EditError) as info:
        edits.correct_word(ts, only, 0, 0, "   ")
    assert "last word" in info.value.message("en") and "最后一个词" in info.value.message("zh_CN")
    assert ts.segments(only)[0].text == "Yes."
    with pytest.raises(edits.EditError):
        edits.merge_segments(ts, tid, 2)
    with pytest.raises(edits.EditError):
        edits.split_segment(ts, tid, 0, 0)


def test_split_renumbers_the_rest_and_merge_undoes_it(ts) -> None:
    tid = _sample(ts)
    first, second = edits.split_segment(ts, tid, 0, 3)
    assert (first.idx, second.idx, second.text) == (0, 1, "Newark spoke.")
    segs = ts.segments(tid)
    assert [s.idx for s in segs] == [0, 1, 2, 3]
    assert [s.text for s in segs] == ["The mayor of", "Newark spoke.", "Thank you.", "市长说了。"]
    assert (segs[0].start, segs[0].end, segs[1].start, segs[1].end) == (0.0, 1.1, 1.1, 3.0)
    assert segs[1].speaker == "Speaker 1" and segs[1].words[0].word == "Newark"
    assert ts.resume_point(tid) == (4, 8.0)
    merged = edits.merge_segments(ts, tid, 0)
    assert merged.text == "The mayor of Newark spoke." and [w.word for w in merged.words][3] == " Newark"
    assert [s.idx for s in ts.segments(tid)] == [0, 1, 2]
    assert len(ts.store.query("SELECT rowid FROM segments_fts")) == 3  # no orphan index rows


def test_merge_across_languages_and_set_speaker(ts) -> None:
    tid = _sample(ts)
    merged = edits.merge_segments(ts, tid, 1)
    assert merged.text == "Thank you.市长说了。" and merged.speaker == "Speaker 2" and merged.end == 8.0
    edits.set_speaker(ts, tid, [0], "Mayor Baraka")
    assert ts.speaker_names(tid) == ["Mayor Baraka", "Speaker 2"]
    assert ts.get(tid, with_segments=False).speakers["edited"] is True
    with pytest.raises(edits.EditError):
        edits.set_speaker(ts, tid, [0], "  ")


def test_insert_segments_in_time_order(ts) -> None:
    tid = _sample(ts)
    new = [Segment(0, 5.2, 5.8, "Indeed.", "", [Word(5.2, 5.8, " Indeed.", 0.7)])]
    edits.insert_segments(ts, tid, new)
    assert [s.text for s in ts.segments(tid)] == ["The mayor of Newark spoke.", "Thank you.", "Indeed.", "市长说了。"]
    assert [s.idx for s in ts.segments(tid)] == [0, 1, 2, 3]


def _index(ts: TranscriptStore, tid: int) -> list[tuple[int, str]]:
    """(idx, indexed text) for every row of the transcript, read back through the search index."""
    return [(int(i), t) for i, t in ts.store.query(
        "SELECT s.idx, f.text FROM transcript_segments s JOIN segments_fts f ON f.rowid=s.rowid "
        "WHERE s.transcript_id=? ORDER BY s.idx", (tid,))]


def test_every_edit_undoes_to_the_exact_stored_rows_and_redoes(ts) -> None:
    from desktop.engine.transcription import edit_history as history

    tid = _sample(ts)
    original, original_index = ts.segments(tid), _index(ts, tid)
    original_speakers = ts.get(tid, with_segments=False).speakers
    steps = [
        lambda: history.correct_word(ts, tid, 0, 3, "New York"),
        lambda: history.confirm_word(ts, tid, 2, 1),
        lambda: history.split_segment(ts, tid, 0, 3),
        lambda: history.merge_segments(ts, tid, 1),
        lambda: history.set_speaker(ts, tid, [0, 2], "Mayor Baraka"),
    ]
    changes, states = [], [(original, original_index)]
    for step in steps:
        _result, change = step()
        changes.append(change)
        states.append((ts.segments(tid), _index(ts, tid)))
    assert states[-1][0] != original and ts.speaker_names(tid)[0] == "Mayor Baraka"
    for change, (segments, index) in zip(reversed(changes), reversed(states[:-1]), strict=True):
        history.undo(ts, change)
        assert ts.segments(tid) == segments and _index(ts, tid) == index
    assert ts.segments(tid) == original  # words, times and probabilities as stored
    assert ts.segments(tid)[0].words[3] == Word(1.1, 1.9, " Newark", 0.31)
    assert ts.get(tid, with_segments=False).speakers == original_speakers
    assert [h for h in ts.store.search("Newark") if h.kind == "transcript"]
    assert not [h for h in ts.store.search("York") if h.kind == "transcript"]
    assert len(ts.store.query("SELECT rowid FROM segments_fts")) == 3  # no orphan index rows
    for change, (segments, index) in zip(changes, states[1:], strict=True):
        history.redo(ts, change)
        assert ts.segments(tid) == segments and _index(ts, tid) == index


def test_undo_refuses_when_the_rows_were_changed_another_way(ts) -> None:
    from desktop.engine.transcription import edit_history as history

    tid = _sample(ts)
    _seg, change = history.correct_word(ts, tid, 0, 3, "New York")
    ts.rename_speaker(tid, "Speaker 1", "Ras Baraka")
    with pytest.raises(history.StaleChangeError) as info:
        history.undo(ts, change)
    assert "changed" in info.value.message("en") and "撤销" in info.value.message("zh_CN")
    assert ts.segments(tid)[0].text == "The mayor of New York spoke."  # nothing overwritten

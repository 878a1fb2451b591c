"""Transcript storage: segments + search index, speakers renamed everywhere, edits keep times."""

from __future__ import annotations

import pytest

from desktop.engine.transcription.transcripts import (
    Segment,
    TranscriptNotFoundError,
    TranscriptStore,
    Word,
    align_words,
    split_words,
)


def _words(text: str, start: float, step: float = 0.5, prob: float = 0.9) -> list[Word]:
    return [Word(round(start + i * step, 3), round(start + (i + 1) * step, 3), w, prob)
            for i, w in enumerate(split_words(text))]


def _make(store, segments: list[tuple[str, str]]) -> tuple[TranscriptStore, int]:
    ts = TranscriptStore(store)
    asset = ts.add_asset("/recordings/mayor.mp3", size=10, duration=60.0)
    tid = ts.create(asset_id=asset, title="mayor.mp3", language="en", model="whisper-tiny.en", duration=60.0)
    t = 0.0
    for i, (speaker, text) in enumerate(segments):
        words = _words(" " + text, t)
        ts.add_segment(tid, Segment(i, t, words[-1].end, text, speaker, words))
        t = words[-1].end + 1.0
    return ts, tid


def test_segments_round_trip_and_are_searchable(store) -> None:
    ts, tid = _make(store, [("Speaker 1", "Where were you on Monday?"), ("Speaker 2", "At the harbour office.")])
    tr = ts.get(tid)
    assert [s.text for s in tr.segments] == ["Where were you on Monday?", "At the harbour office."]
    assert tr.segments[1].words[0].word == " At" and tr.asset_path == "/recordings/mayor.mp3"
    rows = store.query("SELECT s.rowid, f.rowid FROM transcript_segments s JOIN segments_fts f ON f.rowid=s.rowid")
    assert len(rows) == 2 and all(a == b for a, b in rows)
    hits = [h for h in store.search("harbour") if h.kind == "transcript"]
    assert hits and hits[0].id == tid and hits[0].position == tr.segments[1].start


def test_chinese_segments_are_searchable(store) -> None:
    _ts, tid = _make(store, [("说话人1", "我们明天去北京开会。")])
    assert [h.id for h in store.search("北京") if h.kind == "transcript"] == [tid]


def test_resume_point_and_unfinished_lookup(store) -> None:
    ts, tid = _make(store, [("A", "one two"), ("A", "three four")])
    assert ts.resume_point(tid) == (2, ts.get(tid).segments[-1].end)
    assert ts.find_unfinished("/recordings/mayor.mp3", "whisper-tiny.en") == tid
    ts.update(tid, status="done")
    assert ts.find_unfinished("/recordings/mayor.mp3", "whisper-tiny.en") is None
    empty = ts.create(asset_id=None, title="x", language="en", model="m", duration=None)
    assert ts.resume_point(empty) == (0, 0.0)


def test_rename_speaker_applies_everywhere(store) -> None:
    ts, tid = _make(store, [("Speaker 1", "Question one?"), ("Speaker 2", "Answer."), ("Speaker 2", "More.")])
    doc = store.create_document("Story", "")
    ts.link_quote(doc.id, tid, ts.get(tid).segments[1])
    assert ts.rename_speaker(tid, "Speaker 2", "Mayor Li") == 2
    tr = ts.get(tid)
    assert [s.speaker for s in tr.segments] == ["Speaker 1", "Mayor Li", "Mayor Li"]
    assert store.query("SELECT speaker FROM quote_links WHERE transcript_id=?", (tid,))[0][0] == "Mayor Li"
    assert tr.speakers["names"] == ["Speaker 1", "Mayor Li"] and tr.speakers["edited"]
    assert ts.rename_speaker(tid, "Mayor Li", "  ") == 0  # blank names are refused
    assert ts.known_names() == ["Mayor Li"]  # vocabulary for the next recording; placeholders left out


def test_assign_speaker(store) -> None:
    ts, tid = _make(store, [("Speaker 1", "a b"), ("Speaker 1", "c d")])
    ts.assign_speaker(tid, [1], "Reporter")
    assert [s.speaker for s in ts.get(tid).segments] == ["Speaker 1", "Reporter"]
    assert ts.speaker_names(tid) == ["Speaker 1", "Reporter"]


def test_edit_text_keeps_untouched_word_times_and_reindexes(store) -> None:
    ts, tid = _make(store, [("S", "The mayor sad the budget is final.")])
    before = ts.get(tid).segments[0].words
    seg = ts.edit_text(tid, 0, "The mayor said the new budget is final.")
    by_word = {w.word.strip(): w for w in seg.words}
    old = {w.word.strip(): w for w in before}
    for kept in ("The", "mayor", "budget", "is", "final."):
        assert (by_word[kept].start, by_word[kept].end) == (old[kept].start, old[kept].end)
        assert by_word[kept].probability == old[kept].probability
    assert by_word["said"].probability == 1.0
    assert old["mayor"].end <= by_word["said"].start <= by_word["said"].end <= old["budget"].start
    assert "".join(w.word for w in seg.words).strip() == seg.text
    assert [h.id for h in store.search("said") if h.kind == "transcript"] == [tid]
    assert not [h for h in store.search("sad") if h.kind == "transcript"]
    with pytest.raises(TranscriptNotFoundError):
        ts.edit_text(tid, 9, "x")


def test_align_words_chinese_keeps_untouched_words() -> None:
    words = [Word(0.0, 0.4, "我们", 0.9), Word(0.4, 0.8, "今天", 0.2), Word(0.8, 1.2, "去北京", 0.4)]
    out = align_words(words, "我们明天去北京。", 0.0, 1.2)
    assert out[0] == words[0]
    assert out[-1].word == "去北京。" and (out[-1].start, out[-1].end) == (0.8, 1.2)
    assert "".join(w.word for w in out) == "我们明天去北京。"
    assert all(0.4 <= w.start <= w.end <= 0.8 for w in out[1:-1])


def test_align_words_replacing_everything_spreads_over_the_segment() -> None:
    words = [Word(1.0, 1.5, " Hello", 0.5), Word(1.5, 2.0, " there", 0.5)]
    out = align_words(words, "Goodbye all", 1.0, 2.0)
    assert [w.word for w in out] == ["Goodbye", " all"]
    assert out[0].start == 1.0 and out[-1].end == 2.0


def test_delete_removes_index_rows(store) -> None:
    ts, tid = _make(store, [("S", "unique zebra words")])
    ts.delete(tid)
    assert not store.search("zebra")
    with pytest.raises(TranscriptNotFoundError):
        ts.get(tid)


def test_resaving_a_segment_leaves_no_stale_search_row(store) -> None:
    from desktop.engine.transcription.transcripts import Segment, TranscriptStore

    ts = TranscriptStore(store)
    tid = ts.create(asset_id=None, title="t", language="en", model="m", duration=10.0)
    ts.add_segment(tid, Segment(0, 0.0, 2.0, "hello hello hello hello"))
    ts.add_segment(tid, Segment(0, 0.0, 2.0, "hello [repetition removed]"))
    assert store.query("SELECT count(*) FROM segments_fts")[0][0] == 1
    assert len(store.search("repetition")) == 1

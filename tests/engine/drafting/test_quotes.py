"""Quote integrity: verbatim quotes from transcript segments, links, and drift after edits."""

from __future__ import annotations

import time

import pytest

from desktop.engine.drafting.quotes import (
    QuoteLink,
    Segment,
    TranscriptNotFoundError,
    attach_quotes,
    check_quotes,
    delete_quote_link,
    format_segments,
    load_quote_links,
    load_segments,
    save_quote_links,
    segments_from_text,
)

SEGMENTS = [
    Segment(0, 5.0, 12.0, "Li", "We will open the new line in May next year.", 3),
    Segment(1, 12.0, 15.0, "Reporter", "Why so late?", 3),
    Segment(2, 15.0, 24.5, "Li", "The tunnel flooded twice and the contractor went bankrupt.", 3),
]
ZH_SEGMENTS = [Segment(0, 1.0, 6.0, "王局长", "三号线明年五月开通，夜班工人可以坐地铁回家。", 9)]


def test_segments_from_pasted_text() -> None:
    segs = segments_from_text("[0:05] Li: We will open it in May.\n\n[1:02:03] Reporter: Why?\nno speaker line")
    assert [(s.start, s.speaker, s.text) for s in segs] == [
        (5.0, "Li", "We will open it in May."), (3723.0, "Reporter", "Why?"), (0.0, "", "no speaker line")]
    assert segs[0].end == 3723.0
    assert format_segments(SEGMENTS).splitlines()[2] == "[S3] Li: " + SEGMENTS[2].text


def test_tags_become_verbatim_linked_quotes() -> None:
    text, links, unverified = attach_quotes("Li said [S1]. Asked why, he said “[S3]”", SEGMENTS, 3)
    assert text == ("Li said “We will open the new line in May next year.” Asked why, he said "
                    "“The tunnel flooded twice and the contractor went bankrupt.”")
    assert [(lk.start, lk.end, lk.speaker) for lk in links] == [(5.0, 12.0, "Li"), (15.0, 24.5, "Li")]
    for link in links:
        assert text[link.char_start:link.char_end] == link.original
    assert unverified == []


def test_typed_quotes_are_repaired_or_flagged() -> None:
    draft = 'He blamed "the tunnel flooded two times". Also "we love buses forever".'
    text, links, unverified = attach_quotes(draft, SEGMENTS, 3)
    assert len(links) == 1 and links[0].start == 15.0
    assert text[links[0].char_start:links[0].char_end] in SEGMENTS[2].text  # the real words, verbatim
    assert [text[a:b] for a, b in unverified] == ["we love buses forever"]


def test_a_tag_pointing_nowhere_is_dropped_not_invented() -> None:
    text, links, _ = attach_quotes("Li said [S9] and [S1].", SEGMENTS, 3)
    assert "[S9]" not in text and len(links) == 1


def test_a_story_without_quotes_gets_the_key_quote() -> None:
    text, links, _ = attach_quotes("The line opens next year.", SEGMENTS, 3)
    assert len(links) == 1 and links[0].speaker == "Li"
    assert text[links[0].char_start:links[0].char_end] == SEGMENTS[2].text
    zh_text, zh_links, _ = attach_quotes("三号线将于明年开通。", ZH_SEGMENTS, 9)
    assert "王局长说：“" in zh_text and zh_links[0].original == ZH_SEGMENTS[0].text


def _links(text: str) -> list[QuoteLink]:
    return attach_quotes(text, SEGMENTS, 3)[1]


def test_check_quotes_ok_drift_and_missing() -> None:
    text, links, _ = attach_quotes("Li said [S1] He added [S3]", SEGMENTS, 3)
    assert [c.status for c in check_quotes(text, links)] == ["ok", "ok"]
    # punctuation and case are normalized away: still fine
    relaxed = text.replace("May next year.", "may next year").replace("twice and", "twice, and")
    assert [c.status for c in check_quotes(relaxed, links)] == ["ok", "ok"]
    edited = text.replace("in May next year", "in June next year")
    first, second = check_quotes(edited, links)
    assert first.status == "drift" and second.status == "ok"
    assert "June" in first.current and first.char_start is not None
    assert edited[first.char_start:first.char_end] == first.current
    assert "May next year" in first.message() and "0:05–0:12" in first.message()
    assert "录音中是" in first.message("zh_CN")
    gone = edited.replace(links[1].original, "Something else entirely happened.")
    assert check_quotes(gone, links)[1].status == "missing"


def test_drift_in_chinese() -> None:
    text, links, _ = attach_quotes("王局长说 [S1]", ZH_SEGMENTS, 9)
    assert check_quotes(text, links)[0].status == "ok"
    changed = text.replace("明年五月", "明年六月")
    check = check_quotes(changed, links)[0]
    assert check.status == "drift" and "六月" in check.current


def test_links_round_trip_through_the_store(store) -> None:
    now = time.time()
    with store.transaction() as c:
        c.execute("INSERT INTO transcripts(id, title, created, modified) VALUES (3, 'Li', ?, ?)", (now, now))
        for seg in SEGMENTS:
            c.execute("INSERT INTO transcript_segments(transcript_id, idx, start, end, text, speaker) "
                      "VALUES (3, ?, ?, ?, ?, ?)", (seg.idx, seg.start, seg.end, seg.text, seg.speaker))
    assert load_segments(store, 3) == SEGMENTS
    with pytest.raises(TranscriptNotFoundError):
        load_segments(store, 404)
    text, links, _ = attach_quotes("Li said [S1]", load_segments(store, 3), 3)
    doc = store.create_document("Metro", text, "en")
    ids = save_quote_links(store, doc.id, links)
    loaded = load_quote_links(store, doc.id)
    assert [lk.id for lk in loaded] == ids and loaded[0].original == SEGMENTS[0].text
    assert loaded[0].char_start is None and check_quotes(text, loaded)[0].status == "ok"
    delete_quote_link(store, ids[0])
    assert load_quote_links(store, doc.id) == []


def test_copied_transcript_lines_are_detected_and_turned_into_checked_quotes() -> None:
    from desktop.engine.drafting.quotes import key_segments, looks_echoed

    echo = "[S1] Li: We will open the new line in May next year.\n[0:15] Li (0:15): The tunnel flooded twice."
    assert looks_echoed(echo, SEGMENTS)
    assert not looks_echoed("The new metro line opens next year after long delays.\n\nLi said [S1].", SEGMENTS)
    text, links, unverified = attach_quotes(echo + "\n[记者] Li: We invented this sentence entirely.", SEGMENTS, 3)
    assert text.startswith("Li said: “We will open the new line in May next year.”")
    assert [lk.start for lk in links] == [5.0, 15.0]
    assert [text[a:b] for a, b in unverified] == ["We invented this sentence entirely."]
    assert key_segments(SEGMENTS) == [0, 2]

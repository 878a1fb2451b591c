"""Word-level corrections and segment surgery on a stored transcript.

A reporter fixes a misheard name by typing over that one word; the words around it keep
the second they were spoken, and the corrected word takes the time of the word it
replaces (a person checked it, so it is no longer "uncertain": probability 1.0). Splitting
and merging segments renumber the segments after them in the same transaction, so the
transcript is never seen with a gap or a duplicate index, and the search index follows
each row (its rowid is kept by UPDATE).
"""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import asdict

from desktop.engine.core.errors import InputError
from desktop.engine.library.textindex import fts_text
from desktop.engine.transcription.transcripts import (
    Segment,
    TranscriptNotFoundError,
    TranscriptStore,
    Word,
    split_words,
)

CHECKED = 1.0  # probability of a word a person typed or confirmed


class EditError(InputError):
    en = "This change cannot be made: {reason}."
    zh = "无法进行此项修改：{reason_zh}。"


def _cjk(ch: str) -> bool:
    return "\u3000" <= ch <= "\u9fff" or "\uf900" <= ch <= "\uffef"


def text_of(words: list[Word]) -> str:
    return "".join(w.word for w in words).strip()


def _segment(ts: TranscriptStore, transcript_id: int, idx: int) -> Segment:
    found = [s for s in ts.segments(transcript_id, idx) if s.idx == idx]
    if not found:
        raise TranscriptNotFoundError(transcript_id=f"{transcript_id} segment {idx}")
    return found[0]


def correct_word(ts: TranscriptStore, transcript_id: int, idx: int, word_index: int, typed: str) -> Segment:
    """Replace word ``word_index`` of segment ``idx`` with ``typed`` (empty deletes the word).

    Several words typed over one ("Newark" → "New York") share the old word's time span.
    Every other word keeps its start, end and probability untouched.
    """
    seg = _segment(ts, transcript_id, idx)
    if not 0 <= word_index < len(seg.words):
        raise EditError(reason=f"segment {idx} has no word {word_index + 1}",
                        reason_zh=f"第 {idx + 1} 段没有第 {word_index + 1} 个词")
    old = seg.words[word_index]
    lead = old.word[: len(old.word) - len(old.word.lstrip())]
    pieces = split_words(typed.strip())
    if pieces:
        pieces[0] = lead + pieces[0].lstrip()
    step = (old.end - old.start) / max(1, len(pieces))
    new_words = [Word(round(old.start + k * step, 3), round(old.start + (k + 1) * step, 3), piece, CHECKED)
                 for k, piece in enumerate(pieces)]
    words = [*seg.words[:word_index], *new_words, *seg.words[word_index + 1:]]
    if not text_of(words):
        raise EditError(reason="a segment cannot lose its last word (merge or delete it instead)",
                        reason_zh="一段不能删掉最后一个词（请合并或删除这一段）")
    seg.words = words
    seg.text = text_of(words)
    ts.add_segment(transcript_id, seg)
    return seg


def confirm_word(ts: TranscriptStore, transcript_id: int, idx: int, word_index: int) -> Segment:
    """The reporter listened and the word is right: it is no longer marked uncertain."""
    seg = _segment(ts, transcript_id, idx)
    if not 0 <= word_index < len(seg.words):
        raise EditError(reason=f"segment {idx} has no word {word_index + 1}",
                        reason_zh=f"第 {idx + 1} 段没有第 {word_index + 1} 个词")
    seg.words[word_index].probability = CHECKED
    ts.add_segment(transcript_id, seg)
    return seg


def _write(c: sqlite3.Connection, transcript_id: int, seg: Segment) -> None:
    """Update an existing row in place (keeps its rowid, so the index row is rewritten alike)."""
    row = c.execute("SELECT rowid FROM transcript_segments WHERE transcript_id=? AND idx=?",
                    (transcript_id, seg.idx)).fetchone()
    words = json.dumps([asdict(w) for w in seg.words], ensure_ascii=False)
    if row is None:
        cur = c.execute("INSERT INTO transcript_segments(transcript_id, idx, start, end, text, speaker, words) "
                        "VALUES (?,?,?,?,?,?,?)",
                        (transcript_id, seg.idx, seg.start, seg.end, seg.text, seg.speaker, words))
        rowid = cur.lastrowid
    else:
        rowid = row[0]
        c.execute("UPDATE transcript_segments SET start=?, end=?, text=?, speaker=?, words=? WHERE rowid=?",
                  (seg.start, seg.end, seg.text, seg.speaker, words, rowid))
    c.execute("DELETE FROM segments_fts WHERE rowid=?", (rowid,))
    c.execute("INSERT INTO segments_fts(rowid, text) VALUES (?, ?)", (rowid, fts_text(seg.text)))


def _shift(c: sqlite3.Connection, transcript_id: int, after: int, delta: int) -> None:
    """Renumber segments with idx > ``after`` by ``delta`` (via negatives: idx is unique)."""
    c.execute("UPDATE transcript_segments SET idx=-(idx+?)-1 WHERE transcript_id=? AND idx>?",
              (delta, transcript_id, after))
    c.execute("UPDATE transcript_segments SET idx=-idx-1 WHERE transcript_id=? AND idx<0", (transcript_id,))


def split_segment(ts: TranscriptStore, transcript_id: int, idx: int, word_index: int) -> tuple[Segment, Segment]:
    """Split segment ``idx`` before word ``word_index``; the second half becomes ``idx + 1``."""
    seg = _segment(ts, transcript_id, idx)
    if not 0 < word_index < len(seg.words):
        raise EditError(reason="a segment is split between two of its words",
                        reason_zh="只能在一段的两个词之间拆分")
    head, tail = seg.words[:word_index], seg.words[word_index:]
    tail = [Word(tail[0].start, tail[0].end, tail[0].word.lstrip(), tail[0].probability), *tail[1:]]
    first = Segment(idx, seg.start, head[-1].end, text_of(head), seg.speaker, head)
    second = Segment(idx + 1, tail[0].start, seg.end, text_of(tail), seg.speaker, tail)
    with ts.store.transaction() as c:
        _shift(c, transcript_id, idx, 1)
        _write(c, transcript_id, first)
        _write(c, transcript_id, second)
        _touch(c, transcript_id)
    return first, second


def _join_text(a: str, b: str) -> str:
    if not a or not b:
        return a + b
    return a + b if _cjk(a[-1]) or _cjk(b[0]) else f"{a} {b}"


def merge_segments(ts: TranscriptStore, transcript_id: int, idx: int) -> Segment:
    """Merge segment ``idx + 1`` into ``idx`` (the first one's speaker is kept)."""
    first = _segment(ts, transcript_id, idx)
    nxt = [s for s in ts.segments(transcript_id, idx + 1) if s.idx == idx + 1]
    if not nxt:
        raise EditError(reason="there is no following segment to merge with",
                        reason_zh="后面没有可以合并的段落")
    second = nxt[0]
    words = list(second.words)
    if words and first.words:
        w = words[0]
        joined = _join_text("x", w.word.strip())
        lead = " " if joined.startswith("x ") else ""
        words[0] = Word(w.start, w.end, lead + w.word.lstrip(), w.probability)
    merged = Segment(idx, first.start, max(first.end, second.end), _join_text(first.text, second.text),
                     first.speaker, [*first.words, *words])
    with ts.store.transaction() as c:
        row = c.execute("SELECT rowid FROM transcript_segments WHERE transcript_id=? AND idx=?",
                        (transcript_id, idx + 1)).fetchone()
        c.execute("DELETE FROM segments_fts WHERE rowid=?", (row[0],))
        c.execute("DELETE FROM transcript_segments WHERE rowid=?", (row[0],))
        _write(c, transcript_id, merged)
        _shift(c, transcript_id, idx + 1, -1)
        _touch(c, transcript_id)
    return merged


def set_speaker(ts: TranscriptStore, transcript_id: int, indexes: list[int], speaker: str) -> None:
    """These segments were spoken by ``speaker`` (a new name or one already in the transcript)."""
    if not speaker.strip():
        raise EditError(reason="a speaker needs a name", reason_zh="说话人需要一个名字")
    ts.assign_speaker(transcript_id, indexes, speaker)


def _touch(c: sqlite3.Connection, transcript_id: int) -> None:
    c.execute("UPDATE transcripts SET modified=? WHERE id=?", (time.time(), transcript_id))


def insert_segments(ts: TranscriptStore, transcript_id: int, new: list[Segment]) -> list[Segment]:
    """Insert ``new`` (in time order) among the stored segments, renumbering those after them."""
    if not new:
        return []
    new = sorted(new, key=lambda s: s.start)
    existing = ts.segments(transcript_id)
    at = sum(1 for s in existing if s.start < new[0].start)
    with ts.store.transaction() as c:
        _shift(c, transcript_id, at - 1, len(new))
        for k, seg in enumerate(new):
            seg.idx = at + k
            _write(c, transcript_id, seg)
        _touch(c, transcript_id)
    return new

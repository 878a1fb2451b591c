"""Undo and redo for transcript edits: each edit returns a :class:`Change` that can reverse it.

A change is a list of patches, each "rows ``at`` … ``at + len(before) - 1`` were
``before`` and are now ``after``", plus the transcript's speaker list before and after.
Undo puts ``before`` back in place of ``after``; redo does the opposite. Rows are
written whole (text, speaker, every word with its time and probability) and each gets
its search-index row in the same transaction, so an undone correction is exactly the
stored row it was, and searching finds the old word again.

A change is only applied to the rows it left behind: if the transcript was changed in
another way since (a rename, a re-run range, an edit in the dialog), undo refuses with a
:class:`StaleChangeError` rather than overwrite that work.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from desktop.engine.core.errors import InputError
from desktop.engine.transcription import edit as edits
from desktop.engine.transcription.transcripts import Segment, TranscriptStore

T = TypeVar("T")


class StaleChangeError(InputError):
    en = "This edit cannot be undone or redone: the transcript was changed in another way since."
    zh = "无法撤销或重做此项修改：此后转写稿已被其他方式修改。"


@dataclass(frozen=True)
class Patch:
    at: int  # index of the first row concerned
    before: tuple[Segment, ...]
    after: tuple[Segment, ...]


@dataclass(frozen=True)
class Change:
    """One edit, reversible. ``kind``: correct | confirm | split | merge | speaker."""

    transcript_id: int
    kind: str
    patches: tuple[Patch, ...]
    speakers_before: dict[str, Any]
    speakers_after: dict[str, Any]


def _copy(seg: Segment) -> Segment:
    return Segment.from_dict(seg.to_dict())


def _rows(ts: TranscriptStore, transcript_id: int, at: int, count: int) -> tuple[Segment, ...]:
    return tuple(s for s in ts.segments(transcript_id, at) if s.idx < at + count)


def _speakers(ts: TranscriptStore, transcript_id: int) -> dict[str, Any]:
    return ts.get(transcript_id, with_segments=False).speakers


def _record(ts: TranscriptStore, transcript_id: int, kind: str, spans: list[tuple[int, int, int]],
            edit: Callable[[], T]) -> tuple[T, Change]:
    """Run ``edit``; ``spans`` are (first row, rows before, rows after) for the rows it rewrites."""
    before = [_rows(ts, transcript_id, at, n) for at, n, _ in spans]
    speakers_before = _speakers(ts, transcript_id)
    result = edit()
    patches = tuple(Patch(at, b, _rows(ts, transcript_id, at, n_after))
                    for (at, _, n_after), b in zip(spans, before, strict=True))
    return result, Change(transcript_id, kind, patches, speakers_before, _speakers(ts, transcript_id))


# --- the edits, each returning its Change ----------------------------------------------------

def correct_word(ts: TranscriptStore, transcript_id: int, idx: int, word_index: int,
                 typed: str) -> tuple[Segment, Change]:
    return _record(ts, transcript_id, "correct", [(idx, 1, 1)],
                   lambda: edits.correct_word(ts, transcript_id, idx, word_index, typed))


def confirm_word(ts: TranscriptStore, transcript_id: int, idx: int, word_index: int) -> tuple[Segment, Change]:
    return _record(ts, transcript_id, "confirm", [(idx, 1, 1)],
                   lambda: edits.confirm_word(ts, transcript_id, idx, word_index))


def split_segment(ts: TranscriptStore, transcript_id: int, idx: int,
                  word_index: int) -> tuple[tuple[Segment, Segment], Change]:
    return _record(ts, transcript_id, "split", [(idx, 1, 2)],
                   lambda: edits.split_segment(ts, transcript_id, idx, word_index))


def merge_segments(ts: TranscriptStore, transcript_id: int, idx: int) -> tuple[Segment, Change]:
    return _record(ts, transcript_id, "merge", [(idx, 2, 1)],
                   lambda: edits.merge_segments(ts, transcript_id, idx))


def set_speaker(ts: TranscriptStore, transcript_id: int, indexes: list[int], speaker: str) -> tuple[None, Change]:
    spans = [(i, 1, 1) for i in sorted(set(indexes))]
    return _record(ts, transcript_id, "speaker", spans,
                   lambda: edits.set_speaker(ts, transcript_id, indexes, speaker))


# --- undo / redo -----------------------------------------------------------------------------

def undo(ts: TranscriptStore, change: Change) -> None:
    """Put the rows back as they were before ``change``."""
    _swap(ts, change, [(p.at, p.after, p.before) for p in change.patches], change.speakers_before)


def redo(ts: TranscriptStore, change: Change) -> None:
    """Make ``change`` again after it was undone."""
    _swap(ts, change, [(p.at, p.before, p.after) for p in change.patches], change.speakers_after)


def _swap(ts: TranscriptStore, change: Change, swaps: list[tuple[int, tuple[Segment, ...], tuple[Segment, ...]]],
          speakers: dict[str, Any]) -> None:
    tid = change.transcript_id
    for at, now, _ in swaps:
        if _rows(ts, tid, at, len(now)) != now:
            raise StaleChangeError()
    # Patches of one change never overlap; going from the last row back keeps earlier indexes valid.
    with ts.store.transaction() as c:
        for at, now, then in sorted(swaps, key=lambda s: s[0], reverse=True):
            for seg in now:
                row = c.execute("SELECT rowid FROM transcript_segments WHERE transcript_id=? AND idx=?",
                                (tid, seg.idx)).fetchone()
                c.execute("DELETE FROM segments_fts WHERE rowid=?", (row[0],))
                c.execute("DELETE FROM transcript_segments WHERE rowid=?", (row[0],))
            edits._shift(c, tid, at + len(now) - 1, len(then) - len(now))
            for seg in then:
                edits._write(c, tid, _copy(seg))
        c.execute("UPDATE transcripts SET speakers=?, modified=? WHERE id=?",
                  (json.dumps(speakers, ensure_ascii=False), time.time(), tid))

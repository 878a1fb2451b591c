"""Transcripts in the library: segments → words (with times and confidence) → speaker.

Each finished segment is one short transaction (segment row + its search-index row with
the same rowid), so a transcription killed at any moment leaves every segment it finished
and nothing half-written. Speaker names live in the segment rows and are renamed in one
transaction everywhere they appear (segments, quote links, the speaker list). Editing a
segment's text keeps the timestamps of every word the edit did not touch.
"""

from __future__ import annotations

import difflib
import json
import re
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from desktop.engine.core.errors import CopydeskError
from desktop.engine.core.text import CJK
from desktop.engine.library.store import Store
from desktop.engine.library.textindex import fts_text


class TranscriptNotFoundError(CopydeskError):
    en = "Transcript {transcript_id} does not exist."
    zh = "转写稿 {transcript_id} 不存在。"


@dataclass
class Word:
    """One word as the recogniser heard it. ``word`` keeps its leading space (whisper style)."""

    start: float
    end: float
    word: str
    probability: float

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Word:
        return cls(float(d["start"]), float(d["end"]), str(d["word"]), float(d.get("probability", 1.0)))


@dataclass
class Segment:
    idx: int
    start: float
    end: float
    text: str
    speaker: str = ""
    words: list[Word] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"idx": self.idx, "start": self.start, "end": self.end, "text": self.text,
                "speaker": self.speaker, "words": [asdict(w) for w in self.words]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Segment:
        return cls(int(d["idx"]), float(d["start"]), float(d["end"]), str(d["text"]),
                   str(d.get("speaker", "")), [Word.from_dict(w) for w in d.get("words", [])])


@dataclass
class Transcript:
    id: int
    title: str
    language: str
    model: str
    duration: float | None
    status: str  # new | running | done | partial | failed | cancelled (see transcript_status)
    speakers: dict[str, Any]
    options: dict[str, Any]
    asset_path: str = ""
    segments: list[Segment] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(s.text for s in self.segments)


class TranscriptStore:
    """All transcript reads and writes go through here (engine, CLI and UI alike)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # --- creating ----------------------------------------------------------------------
    def add_asset(self, path: Path | str, kind: str = "audio", title: str = "", size: int | None = None,
                  duration: float | None = None) -> int:
        """Record the recording in the library: referenced where it is (fingerprinted, so a moved
        file can be relinked), or copied in when the user's settings ask for it."""
        from desktop.engine.core.settings import load_settings
        from desktop.engine.library import media as assets

        if not Path(path).is_file():  # already gone: keep the reference so it can be relinked
            with self.store.transaction() as c:
                cur = c.execute("INSERT INTO assets(kind, path, title, size, duration, created) VALUES (?,?,?,?,?,?)",
                                (kind, str(path), title or Path(path).name, size, duration, time.time()))
                return int(cur.lastrowid or 0)
        copy = load_settings().settings.copy_audio_into_library
        asset = assets.register(self.store, path, kind=kind, copy=copy)
        with self.store.transaction() as c:
            c.execute("UPDATE assets SET title=?, duration=COALESCE(?, duration) WHERE id=?",
                      (title or Path(path).name, duration, asset.id))
        return asset.id

    def create(self, *, asset_id: int | None, title: str, language: str, model: str,
               duration: float | None, options: dict[str, Any] | None = None) -> int:
        now = time.time()
        with self.store.transaction() as c:
            cur = c.execute(
                "INSERT INTO transcripts(asset_id, title, language, model, duration, status, options, created, "
                "modified) VALUES (?,?,?,?,?,?,?,?,?)",
                (asset_id, title, language, model, duration, "new", json.dumps(options or {}, ensure_ascii=False),
                 now, now))
            return int(cur.lastrowid or 0)

    def find_unfinished(self, path: Path | str, model: str) -> int | None:
        """The newest transcript of this file and model that a killed or cancelled job left unfinished."""
        rows = self.store.query(
            "SELECT t.id FROM transcripts t JOIN assets a ON a.id=t.asset_id WHERE a.path=? AND t.model=? "
            "AND t.status IN ('new','running','cancelled') ORDER BY t.id DESC LIMIT 1", (str(path), model))
        return int(rows[0][0]) if rows else None

    def add_segment(self, transcript_id: int, segment: Segment) -> None:
        """Save one finished segment at once (kill-safe: the row and its index row commit together)."""
        words = json.dumps([asdict(w) for w in segment.words], ensure_ascii=False)
        with self.store.transaction() as c:
            old = c.execute("SELECT rowid FROM transcript_segments WHERE transcript_id=? AND idx=?",
                            (transcript_id, segment.idx)).fetchone()
            if old is not None:  # REPLACE gives the row a new rowid: drop the old index row first
                c.execute("DELETE FROM segments_fts WHERE rowid=?", (old[0],))
            cur = c.execute(
                "INSERT OR REPLACE INTO transcript_segments(transcript_id, idx, start, end, text, speaker, words) "
                "VALUES (?,?,?,?,?,?,?)",
                (transcript_id, segment.idx, segment.start, segment.end, segment.text, segment.speaker, words))
            rowid = cur.lastrowid
            c.execute("DELETE FROM segments_fts WHERE rowid=?", (rowid,))
            c.execute("INSERT INTO segments_fts(rowid, text) VALUES (?, ?)", (rowid, fts_text(segment.text)))
            c.execute("UPDATE transcripts SET modified=? WHERE id=?", (time.time(), transcript_id))

    def update(self, transcript_id: int, **fields: Any) -> None:
        allowed = {"status", "language", "duration", "title", "model"}
        json_fields = {"options", "speakers"}
        sets, params = [], []
        for key, value in fields.items():
            if key in allowed:
                sets.append(f"{key}=?")
                params.append(value)
            elif key in json_fields:
                sets.append(f"{key}=?")
                params.append(json.dumps(value, ensure_ascii=False))
            else:
                raise ValueError(f"unknown transcript field {key}")
        if not sets:
            return
        with self.store.transaction() as c:
            c.execute(f"UPDATE transcripts SET {', '.join(sets)}, modified=? WHERE id=?",
                      (*params, time.time(), transcript_id))

    # --- reading -----------------------------------------------------------------------
    def get(self, transcript_id: int, with_segments: bool = True) -> Transcript:
        rows = self.store.query(
            "SELECT t.id, t.title, t.language, t.model, t.duration, t.status, t.speakers, t.options, "
            "COALESCE(a.path, '') FROM transcripts t LEFT JOIN assets a ON a.id=t.asset_id WHERE t.id=?",
            (transcript_id,))
        if not rows:
            raise TranscriptNotFoundError(transcript_id=transcript_id)
        r = rows[0]
        tr = Transcript(int(r[0]), r[1], r[2], r[3], r[4], r[5], _loads(r[6]), _loads(r[7]), r[8])
        if with_segments:
            tr.segments = self.segments(transcript_id)
        return tr

    def segments(self, transcript_id: int, from_idx: int = 0) -> list[Segment]:
        rows = self.store.query(
            "SELECT idx, start, end, text, speaker, words FROM transcript_segments "
            "WHERE transcript_id=? AND idx>=? ORDER BY idx", (transcript_id, from_idx))
        return [Segment(int(i), float(s), float(e), t, sp, [Word.from_dict(w) for w in json.loads(ws or "[]")])
                for i, s, e, t, sp, ws in rows]

    def resume_point(self, transcript_id: int) -> tuple[int, float]:
        """(next segment index, seconds where the last saved segment ended)."""
        rows = self.store.query("SELECT MAX(idx), MAX(end) FROM transcript_segments WHERE transcript_id=?",
                                (transcript_id,))
        idx, end = rows[0]
        return (0, 0.0) if idx is None else (int(idx) + 1, float(end))

    def list(self) -> list[Transcript]:
        rows = self.store.query("SELECT id FROM transcripts ORDER BY modified DESC")
        return [self.get(int(r[0]), with_segments=False) for r in rows]

    def delete(self, transcript_id: int) -> None:
        with self.store.transaction() as c:
            c.execute("DELETE FROM segments_fts WHERE rowid IN (SELECT rowid FROM transcript_segments "
                      "WHERE transcript_id=?)", (transcript_id,))
            c.execute("DELETE FROM transcript_segments WHERE transcript_id=?", (transcript_id,))
            c.execute("DELETE FROM transcripts WHERE id=?", (transcript_id,))

    # --- speakers ----------------------------------------------------------------------
    def speaker_names(self, transcript_id: int) -> list[str]:
        rows = self.store.query("SELECT speaker FROM transcript_segments WHERE transcript_id=? AND speaker!='' "
                                "GROUP BY speaker ORDER BY MIN(idx)", (transcript_id,))
        return [r[0] for r in rows]

    def known_names(self, limit: int = 50) -> list[str]:
        """Names reporters gave speakers (placeholders excluded): vocabulary for the next recording."""
        rows = self.store.query("SELECT speaker FROM transcript_segments WHERE speaker!='' GROUP BY speaker "
                                "ORDER BY MAX(rowid) DESC LIMIT ?", (limit * 4,))
        names = [r[0] for r in rows if not re.fullmatch(r"(Speaker \d+|说话人\d+)", r[0])]
        return names[:limit]

    def assign_speaker(self, transcript_id: int, indexes: list[int], speaker: str) -> None:
        """Manual correction: these segments were spoken by ``speaker``."""
        with self.store.transaction() as c:
            c.executemany("UPDATE transcript_segments SET speaker=? WHERE transcript_id=? AND idx=?",
                          [(speaker.strip(), transcript_id, i) for i in indexes])
            self._touch_speakers(c, transcript_id, manual=True)

    def rename_speaker(self, transcript_id: int, old: str, new: str) -> int:
        """Rename once, applied everywhere: segments, quotes already sent to drafts, speaker list."""
        new = new.strip()
        if not new or new == old:
            return 0
        with self.store.transaction() as c:
            cur = c.execute("UPDATE transcript_segments SET speaker=? WHERE transcript_id=? AND speaker=?",
                            (new, transcript_id, old))
            c.execute("UPDATE quote_links SET speaker=? WHERE transcript_id=? AND speaker=?",
                      (new, transcript_id, old))
            self._touch_speakers(c, transcript_id, renamed=(old, new))
            return int(cur.rowcount)

    def _touch_speakers(self, c: Any, transcript_id: int, manual: bool = False,
                        renamed: tuple[str, str] | None = None) -> None:
        row = c.execute("SELECT speakers FROM transcripts WHERE id=?", (transcript_id,)).fetchone()
        info = _loads(row[0]) if row else {}
        names = [r[0] for r in c.execute(
            "SELECT speaker FROM transcript_segments WHERE transcript_id=? AND speaker!='' "
            "GROUP BY speaker ORDER BY MIN(idx)", (transcript_id,))]
        info["names"] = names
        if manual or renamed:
            info["edited"] = True
        if renamed:
            info.setdefault("renames", []).append(list(renamed))
        c.execute("UPDATE transcripts SET speakers=?, modified=? WHERE id=?",
                  (json.dumps(info, ensure_ascii=False), time.time(), transcript_id))

    # --- editing -----------------------------------------------------------------------
    def edit_text(self, transcript_id: int, idx: int, new_text: str) -> Segment:
        """Replace a segment's text; untouched words keep their timestamps."""
        found = [s for s in self.segments(transcript_id, idx) if s.idx == idx]
        if not found:
            raise TranscriptNotFoundError(transcript_id=f"{transcript_id} segment {idx}")
        seg = found[0]
        seg.words = align_words(seg.words, new_text, seg.start, seg.end)
        seg.text = new_text.strip()
        self.add_segment(transcript_id, seg)
        return seg

    # --- quotes ------------------------------------------------------------------------
    def link_quote(self, document_id: int, transcript_id: int, segment: Segment) -> int:
        with self.store.transaction() as c:
            cur = c.execute("INSERT INTO quote_links(document_id, transcript_id, start, end, speaker, original, "
                            "created) VALUES (?,?,?,?,?,?,?)",
                            (document_id, transcript_id, segment.start, segment.end, segment.speaker,
                             segment.text, time.time()))
            return int(cur.lastrowid or 0)


def _loads(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


# --- aligning edited text back to words -----------------------------------------------------

_PIECE = re.compile(rf"\s*[{CJK}][^\s{CJK}\w]*|\s*[^\s{CJK}]+")


def split_words(text: str) -> list[str]:
    """Whisper-like word pieces: Latin words with their leading space, CJK one character each."""
    return _PIECE.findall(text)


def align_words(words: list[Word], new_text: str, seg_start: float, seg_end: float) -> list[Word]:
    """Words for ``new_text``: untouched words keep times and probability, edited ones are new.

    Characters of the old words are matched to the new text (difflib). An old word whose
    characters all survive, in one run, is kept as is. The new text between kept words is
    split into pieces that share the time the replaced words had (probability 1.0: a person
    typed them, so there is nothing left to check).
    """
    old = "".join(w.word for w in words)
    mapped: dict[int, int] = {}
    matcher = difflib.SequenceMatcher(None, old, new_text, autojunk=False)
    for a, b, size in matcher.get_matching_blocks():
        for k in range(size):
            mapped[a + k] = b + k
    kept: list[tuple[int, int, Word]] = []  # (new start, new end, word)
    pos = 0
    for w in words:
        span = range(pos, pos + len(w.word))
        pos += len(w.word)
        core = [k for k in span if not old[k].isspace()]
        if not core or any(k not in mapped for k in core):
            continue
        targets = [mapped[k] for k in core]
        if targets != list(range(targets[0], targets[0] + len(targets))):
            continue
        a, b = targets[0], targets[-1] + 1
        while a > 0 and new_text[a - 1].isspace() and not (kept and kept[-1][1] >= a):
            a -= 1
        if kept and a < kept[-1][1]:
            continue
        kept.append((a, b, Word(w.start, w.end, new_text[a:b], w.probability)))
    result: list[Word] = []
    cursor = 0
    prev_end = seg_start
    for a, b, word in [*kept, (len(new_text), len(new_text), None)]:
        gap = new_text[cursor:a]
        next_start = word.start if word is not None else seg_end
        if gap.strip() and result and not any(ch.isalnum() for ch in gap):
            last = result[-1]  # punctuation only: it belongs to the word before it
            result[-1] = Word(last.start, last.end, last.word + gap, last.probability)
        elif gap.strip():
            pieces = split_words(gap)
            t0, t1 = prev_end, max(prev_end, next_start)
            step = (t1 - t0) / len(pieces)
            for j, piece in enumerate(pieces):
                result.append(Word(round(t0 + j * step, 3), round(t0 + (j + 1) * step, 3), piece, 1.0))
        if word is not None:
            result.append(word)
            prev_end = word.end
        cursor = b
    return result

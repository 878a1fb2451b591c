"""A glossary per story: the names, places and terms a reporter knows will come up.

Why it exists: whisper mishears a minister's name the same wrong way every time, and
the proofreader then flags the right spelling as a typo. One list, kept with the story
(the document) in the library, fixes both: it is passed to faster-whisper as
``hotwords`` (:func:`transcription_vocabulary`) and to the proofreader as accepted words
(:func:`accepted_words`). Terms are stored in ``glossary_terms`` (schema migration 4), so
they travel with the library file and are deleted with the document.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop.engine.core.errors import InputError
from desktop.engine.library.store import Store

KINDS = ("name", "place", "term")
MAX_TERM_CHARS = 60
# whisper's prompt holds at most 224 tokens and the style prompt needs some of them; a
# glossary longer than this is cut, newest-first terms kept (the latest story detail wins).
MAX_HOTWORD_CHARS = 300


class GlossaryTermError(InputError):
    en = "{term!r} cannot go in the glossary: {reason}."
    zh = "“{term}”不能加入词表：{reason_zh}。"


@dataclass(frozen=True)
class GlossaryTerm:
    id: int
    document_id: int
    term: str
    kind: str
    note: str


def clean_term(term: str) -> str:
    """One line, inner whitespace collapsed; a typed error for what cannot be a term."""
    text = re.sub(r"\s+", " ", term or "").strip()
    if not text:
        raise GlossaryTermError(term=term, reason="it is empty", reason_zh="内容为空")
    if len(text) > MAX_TERM_CHARS:
        raise GlossaryTermError(term=text[:20] + "…", reason=f"longer than {MAX_TERM_CHARS} characters",
                                reason_zh=f"超过 {MAX_TERM_CHARS} 个字符")
    return text


def parse_terms(text: str) -> list[str]:
    """Terms typed or pasted as lines, or separated by commas / 、 / ；."""
    parts = re.split(r"[\n,，、;；]+", text or "")
    return list(dict.fromkeys(p.strip() for p in parts if p.strip()))


class Glossary:
    """The glossary of every story in one library."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def terms(self, document_id: int | None) -> list[GlossaryTerm]:
        if document_id is None:
            return []
        rows = self.store.query("SELECT id, document_id, term, kind, note FROM glossary_terms "
                                "WHERE document_id=? ORDER BY id", (document_id,))
        return [GlossaryTerm(*r) for r in rows]

    def add(self, document_id: int, term: str, kind: str = "term", note: str = "") -> GlossaryTerm:
        """Add a term (adding one already there updates its kind and note)."""
        text = clean_term(term)
        if kind not in KINDS:
            raise GlossaryTermError(term=text, reason=f"kind must be one of {', '.join(KINDS)}",
                                    reason_zh=f"类型必须是 {'、'.join(KINDS)} 之一")
        self.store.get_document(document_id)  # a typed error for a story that does not exist
        with self.store.transaction() as c:
            c.execute("INSERT INTO glossary_terms(document_id, term, kind, note, created) VALUES (?,?,?,?,?) "
                      "ON CONFLICT(document_id, term) DO UPDATE SET kind=excluded.kind, note=excluded.note",
                      (document_id, text, kind, note.strip(), time.time()))
        return next(t for t in self.terms(document_id) if t.term == text)

    def remove(self, document_id: int, term: str) -> bool:
        with self.store.transaction() as c:
            cur = c.execute("DELETE FROM glossary_terms WHERE document_id=? AND term=?", (document_id, term.strip()))
            return cur.rowcount > 0

    def replace(self, document_id: int, entries: Iterable[tuple[str, str]]) -> list[GlossaryTerm]:
        """Set the whole glossary at once (the editor's Save): (term, kind) pairs, in order.

        Every term is checked before anything is written, so a bad line loses nothing.
        """
        cleaned: dict[str, str] = {}
        for term, kind in entries:
            text = clean_term(term)
            if kind not in KINDS:
                raise GlossaryTermError(term=text, reason=f"kind must be one of {', '.join(KINDS)}",
                                    reason_zh=f"类型必须是 {'、'.join(KINDS)} 之一")
            cleaned.setdefault(text, kind)
        self.store.get_document(document_id)
        now = time.time()
        with self.store.transaction() as c:
            notes = dict(c.execute("SELECT term, note FROM glossary_terms WHERE document_id=?", (document_id,)))
            c.execute("DELETE FROM glossary_terms WHERE document_id=?", (document_id,))
            c.executemany("INSERT INTO glossary_terms(document_id, term, kind, note, created) VALUES (?,?,?,?,?)",
                          [(document_id, t, k, notes.get(t, ""), now) for t, k in cleaned.items()])
        return self.terms(document_id)


def within_budget(terms: Iterable[str]) -> list[str]:
    """The leading terms (duplicates dropped) that fit whisper's prompt budget."""
    out: list[str] = []
    used = 0
    for term in dict.fromkeys(terms):
        if used + len(term) + 2 > MAX_HOTWORD_CHARS:
            break
        out.append(term)
        used += len(term) + 2
    return out


def transcription_vocabulary(store: Store, document_id: int | None) -> list[str]:
    """The story's terms for whisper's ``hotwords``, newest first, within the prompt budget."""
    return within_budget(t.term for t in reversed(Glossary(store).terms(document_id)))


def read_terms_file(path: Path | str) -> list[str]:
    """A terms file: one term per line (commas or 、 also separate); ``#`` starts a comment line.

    Every term is checked (:func:`clean_term`), so a bad line is a typed error naming it
    before anything is transcribed.
    """
    from desktop.engine.core.errors import FileAccessError
    from desktop.engine.core.i18n import pick

    source = Path(path).expanduser()
    try:
        raw = source.read_bytes()
    except OSError as err:
        raise FileAccessError(path=str(source), reason=err.strerror or type(err).__name__) from err
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise FileAccessError(path=str(source), reason=pick("not UTF-8 text", "不是 UTF-8 文本")) from err
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    return [clean_term(t) for t in parse_terms("\n".join(lines))]


def accepted_words(store: Store, document_id: int | None) -> set[str]:
    """The story's terms, and each word of a multi-word English name, for the proofreader."""
    words: set[str] = set()
    for t in Glossary(store).terms(document_id):
        words.add(t.term)
        if " " in t.term:
            words.update(w for w in t.term.split() if len(w) > 1)
    return words

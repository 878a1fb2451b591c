"""The library catalogue (媒资): documents, transcripts and audio in one filterable list.

``browse`` combines full-text search (when there is a query) with filters on type, tags,
date range, speaker and language, so a reporter can ask "everything tagged 交通 with Mayor
Wang since March" and click straight into the second it was said.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from desktop.engine.library.store import Store

KINDS = ("all", "document", "transcript", "audio")


@dataclass(frozen=True)
class CatalogFilter:
    query: str = ""
    kind: str = "all"
    tags: tuple[str, ...] = ()
    since: float | None = None  # unix time, inclusive
    until: float | None = None
    speaker: str = ""
    language: str = ""


@dataclass
class CatalogEntry:
    kind: str  # "document" | "transcript" | "audio"
    id: int
    title: str
    modified: float
    snippet: str = ""
    spans: tuple[tuple[int, int], ...] = ()
    position: float | None = None  # seconds into the audio (transcript hits)
    tags: list[str] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)
    language: str = ""
    missing: bool = False  # audio whose file is no longer where it was


def all_tags(store: Store) -> list[str]:
    return [r[0] for r in store.query("SELECT name FROM tags ORDER BY name")]


def all_speakers(store: Store) -> list[str]:
    rows = store.query("SELECT DISTINCT speaker FROM transcript_segments WHERE speaker != '' "
                       "UNION SELECT DISTINCT speaker FROM quote_links WHERE speaker != '' ORDER BY 1")
    return [r[0] for r in rows]


def _doc_meta(store: Store, doc_id: int) -> tuple[list[str], list[str]]:
    tags = store.tags(doc_id)
    speakers = [r[0] for r in store.query(
        "SELECT DISTINCT speaker FROM quote_links WHERE document_id=? AND speaker != ''", (doc_id,))]
    return tags, speakers


def _transcript_speakers(store: Store, transcript_id: int) -> list[str]:
    return [r[0] for r in store.query(
        "SELECT DISTINCT speaker FROM transcript_segments WHERE transcript_id=? AND speaker != '' "
        "ORDER BY speaker", (transcript_id,))]


def _candidates(store: Store, f: CatalogFilter, limit: int) -> list[CatalogEntry]:
    entries: list[CatalogEntry] = []
    if f.query.strip():
        for hit in store.search(f.query, limit=limit):
            entries.append(CatalogEntry(hit.kind, hit.id, hit.title, 0.0, hit.snippet, hit.spans, hit.position))
        return entries
    if f.kind in ("all", "document"):
        for d in store.list_summaries():
            entries.append(CatalogEntry("document", d.id, d.title, d.modified, language=d.language))
    if f.kind in ("all", "transcript"):
        for tid, title, modified, language in store.query(
                "SELECT id, title, modified, language FROM transcripts ORDER BY modified DESC"):
            entries.append(CatalogEntry("transcript", tid, title, modified, language=language))
    if f.kind in ("all", "audio"):
        for aid, title, path, created in store.query(
                "SELECT id, title, path, created FROM assets WHERE kind='audio' ORDER BY created DESC"):
            entries.append(CatalogEntry("audio", aid, title or path.rsplit("/", 1)[-1], created))
    return entries


def browse(store: Store, f: CatalogFilter | None = None, limit: int = 500) -> list[CatalogEntry]:
    f = f or CatalogFilter()
    searching = bool(f.query.strip())
    need_meta = searching or bool(f.tags or f.speaker)  # per-item lookups only when they matter
    out: list[CatalogEntry] = []
    for entry in _candidates(store, f, limit):
        if f.kind != "all" and entry.kind != f.kind:
            continue
        if entry.kind == "document" and need_meta:
            if searching:
                row = store.query("SELECT modified, language FROM documents WHERE id=?", (entry.id,))
                if row:
                    entry.modified, entry.language = row[0]
            entry.tags, entry.speakers = _doc_meta(store, entry.id)
        elif entry.kind == "transcript" and need_meta:
            if searching:
                row = store.query("SELECT modified, language FROM transcripts WHERE id=?", (entry.id,))
                if row:
                    entry.modified, entry.language = row[0]
            entry.speakers = _transcript_speakers(store, entry.id)
        if f.tags and not set(f.tags) <= set(entry.tags):
            continue
        if f.since is not None and entry.modified < f.since:
            continue
        if f.until is not None and entry.modified > f.until:
            continue
        if f.speaker and f.speaker not in entry.speakers:
            continue
        if f.language and entry.language not in (f.language, "auto"):
            continue
        out.append(entry)
        if len(out) >= limit:
            break
    if not f.query.strip():
        out.sort(key=lambda e: e.modified, reverse=True)
    return out


def days_ago(days: float) -> float:
    return time.time() - days * 86400

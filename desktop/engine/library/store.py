"""The library: one SQLite file (WAL, foreign keys) holding documents, versions and search.

All writes are single transactions, so a killed process leaves either the old or the new
document, never half of one. Transcripts, quote links and the audit log share the file;
see ``schema.py`` for the tables and their migrations.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop.engine.core import paths
from desktop.engine.core.errors import (
    DataDirNotWritableError,
    DocumentNotFoundError,
    NotADatabaseError,
    SchemaTooNewError,
)
from desktop.engine.library.schema import MIGRATIONS, SCHEMA_VERSION
from desktop.engine.library.textindex import fts_text, match_expression, query_terms, snippet

PRIVACY_LEVELS = ("local", "ask", "cloud")
VERSION_INTERVAL_S = 60.0  # autosaves closer together than this share one snapshot
KEEP_LAST_VERSIONS = 50


@dataclass(frozen=True)
class Document:
    id: int
    title: str
    body: str
    language: str
    privacy: str
    created: float
    modified: float
    deleted: float | None = None


@dataclass(frozen=True)
class DocumentSummary:
    id: int
    title: str
    language: str
    privacy: str
    modified: float
    length: int


@dataclass(frozen=True)
class Version:
    id: int
    document_id: int
    title: str
    body: str
    created: float
    reason: str


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "document" or "transcript"
    id: int  # document id, or transcript id
    title: str
    snippet: str
    spans: tuple[tuple[int, int], ...]
    position: float | None = None  # seconds into the audio for transcript hits


class Store:
    """Thread-safe access to the library file. Use one per process."""

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else paths.database_path()
        self._lock = threading.RLock()
        self.conn = self._open()

    # --- opening -----------------------------------------------------------------------
    def _open(self) -> sqlite3.Connection:
        folder = self.path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise DataDirNotWritableError(path=str(folder)) from err
        if not os.access(folder, os.W_OK):
            raise DataDirNotWritableError(path=str(folder))
        if self.path.exists() and self.path.stat().st_size > 0:
            with open(self.path, "rb") as fh:
                if fh.read(16) != b"SQLite format 3\x00":
                    raise NotADatabaseError(path=str(self.path))
        try:
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=10)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA busy_timeout=10000")
            self._migrate(conn)
        except sqlite3.DatabaseError as err:
            code = getattr(err, "sqlite_errorcode", None) or 0
            primary = code & 0xFF  # extended result codes keep the primary code in the low byte
            if primary in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT):
                raise NotADatabaseError(path=str(self.path)) from err
            if primary in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM):
                raise DataDirNotWritableError(path=str(folder)) from err
            raise
        return conn

    def _migrate(self, conn: sqlite3.Connection) -> None:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise SchemaTooNewError(path=str(self.path), found=version, supported=SCHEMA_VERSION)
        for number in range(version, SCHEMA_VERSION):
            migration = MIGRATIONS[number]
            conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in migration.statements:
                    conn.execute(statement)
                if migration.python is not None:
                    migration.python(conn)
                conn.execute(f"PRAGMA user_version={number + 1}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise

    @staticmethod
    def quarantine(path: Path | str) -> Path:
        """Move a damaged library aside (kept as a backup) so a new one can be created."""
        path = Path(path)
        backup = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
        shutil.move(str(path), backup)
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                shutil.move(str(side), backup.with_name(backup.name + suffix))
        return backup

    def close(self) -> None:
        with self._lock:
            self.conn.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic write: everything inside commits together or not at all."""
        with self._lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def query(self, sql: str, params: tuple | list = ()) -> list[sqlite3.Row | tuple]:
        with self._lock:
            return self.conn.execute(sql, params).fetchall()

    # --- meta --------------------------------------------------------------------------
    def get_meta(self, key: str, default: str | None = None) -> str | None:
        row = self.query("SELECT value FROM meta WHERE key=?", (key,))
        return row[0][0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as c:
            c.execute("INSERT INTO meta(key, value) VALUES(?, ?) "
                      "ON CONFLICT(key) DO UPDATE SET value=excluded.value", (key, value))

    def integrity_ok(self) -> bool:
        return self.query("PRAGMA integrity_check")[0][0] == "ok"

    # --- documents ---------------------------------------------------------------------
    _DOC_COLS = "id, title, body, language, privacy, created, modified, deleted"

    def create_document(self, title: str = "", body: str = "", language: str = "auto",
                        privacy: str = "local") -> Document:
        if privacy not in PRIVACY_LEVELS:
            raise ValueError(f"privacy must be one of {PRIVACY_LEVELS}")
        now = time.time()
        with self.transaction() as c:
            cur = c.execute(
                "INSERT INTO documents(title, body, language, privacy, created, modified) "
                "VALUES (?, ?, ?, ?, ?, ?)", (title, body, language, privacy, now, now))
            doc_id = int(cur.lastrowid or 0)
            c.execute("INSERT INTO documents_fts(rowid, title, body) VALUES (?, ?, ?)",
                      (doc_id, fts_text(title), fts_text(body)))
        return self.get_document(doc_id)

    def get_document(self, doc_id: int) -> Document:
        rows = self.query(f"SELECT {self._DOC_COLS} FROM documents WHERE id=?", (doc_id,))
        if not rows:
            raise DocumentNotFoundError(doc_id=doc_id)
        return Document(*rows[0])

    def list_documents(self, include_deleted: bool = False) -> list[Document]:
        where = "" if include_deleted else "WHERE deleted IS NULL"
        rows = self.query(f"SELECT {self._DOC_COLS} FROM documents {where} ORDER BY modified DESC")
        return [Document(*r) for r in rows]

    def list_summaries(self, limit: int | None = None) -> list[DocumentSummary]:
        """Documents without their bodies, newest first: what lists need, cheap at 10,000 rows."""
        rows = self.query("SELECT id, title, language, privacy, modified, length(body) FROM documents "
                          "WHERE deleted IS NULL ORDER BY modified DESC LIMIT ?", (limit if limit else -1,))
        return [DocumentSummary(*r) for r in rows]

    def save_document(self, doc_id: int, *, title: str | None = None, body: str | None = None,
                      language: str | None = None, privacy: str | None = None,
                      snapshot: str | None = "auto") -> Document:
        """Write changed fields in one transaction and keep a version snapshot.

        ``snapshot="auto"`` keeps a version only when the last one is older than
        ``VERSION_INTERVAL_S``; any other string forces one with that reason; None skips.
        """
        if privacy is not None and privacy not in PRIVACY_LEVELS:
            raise ValueError(f"privacy must be one of {PRIVACY_LEVELS}")
        now = time.time()
        with self.transaction() as c:
            row = c.execute("SELECT title, body, language, privacy FROM documents WHERE id=?",
                            (doc_id,)).fetchone()
            if row is None:
                raise DocumentNotFoundError(doc_id=doc_id)
            new = (title if title is not None else row[0], body if body is not None else row[1],
                   language if language is not None else row[2], privacy if privacy is not None else row[3])
            if new == tuple(row):
                return self.get_document(doc_id)
            c.execute("UPDATE documents SET title=?, body=?, language=?, privacy=?, modified=? WHERE id=?",
                      (*new, now, doc_id))
            if (new[0], new[1]) != (row[0], row[1]):
                c.execute("UPDATE documents_fts SET title=?, body=? WHERE rowid=?",
                          (fts_text(new[0]), fts_text(new[1]), doc_id))
                if snapshot is not None:
                    self._snapshot(c, doc_id, new[0], new[1], now, snapshot)
        return self.get_document(doc_id)

    def _snapshot(self, c: sqlite3.Connection, doc_id: int, title: str, body: str,
                  now: float, reason: str) -> None:
        last = c.execute("SELECT created, body FROM versions WHERE document_id=? "
                         "ORDER BY created DESC, id DESC LIMIT 1", (doc_id,)).fetchone()
        if reason == "auto" and last is not None and now - last[0] < VERSION_INTERVAL_S:
            return
        if last is not None and last[1] == body and reason == "auto":
            return
        c.execute("INSERT INTO versions(document_id, title, body, created, reason) VALUES (?,?,?,?,?)",
                  (doc_id, title, body, now, reason))
        self._prune_versions(c, doc_id)

    @staticmethod
    def _prune_versions(c: sqlite3.Connection, doc_id: int) -> None:
        """Keep the newest KEEP_LAST_VERSIONS and the newest version of every hour."""
        rows = c.execute("SELECT id, created FROM versions WHERE document_id=? "
                         "ORDER BY created DESC, id DESC", (doc_id,)).fetchall()
        keep: set[int] = {r[0] for r in rows[:KEEP_LAST_VERSIONS]}
        seen_hours: set[int] = set()
        for vid, created in rows:
            hour = int(created // 3600)
            if hour not in seen_hours:
                seen_hours.add(hour)
                keep.add(vid)
        drop = [(r[0],) for r in rows if r[0] not in keep]
        c.executemany("DELETE FROM versions WHERE id=?", drop)

    def snapshot(self, doc_id: int, reason: str = "manual") -> None:
        doc = self.get_document(doc_id)
        with self.transaction() as c:
            self._snapshot(c, doc_id, doc.title, doc.body, time.time(), reason)

    def versions(self, doc_id: int) -> list[Version]:
        rows = self.query("SELECT id, document_id, title, body, created, reason FROM versions "
                          "WHERE document_id=? ORDER BY created DESC, id DESC", (doc_id,))
        return [Version(*r) for r in rows]

    def restore_version(self, version_id: int) -> Document:
        """Make an old version current; the text it replaces is kept as a version first."""
        rows = self.query("SELECT document_id, title, body FROM versions WHERE id=?", (version_id,))
        if not rows:
            raise DocumentNotFoundError(doc_id=f"version {version_id}")
        doc_id, title, body = rows[0]
        self.snapshot(doc_id, reason="before-restore")
        return self.save_document(doc_id, title=title, body=body, snapshot="restore")

    def delete_document(self, doc_id: int) -> None:
        """Move to the bin (undoable with :meth:`undelete_document`)."""
        with self.transaction() as c:
            c.execute("UPDATE documents SET deleted=? WHERE id=?", (time.time(), doc_id))

    def undelete_document(self, doc_id: int) -> None:
        with self.transaction() as c:
            c.execute("UPDATE documents SET deleted=NULL WHERE id=?", (doc_id,))

    # --- tags --------------------------------------------------------------------------
    def set_tags(self, doc_id: int, tags: list[str]) -> None:
        with self.transaction() as c:
            c.execute("DELETE FROM document_tags WHERE document_id=?", (doc_id,))
            for name in {t.strip() for t in tags if t.strip()}:
                c.execute("INSERT OR IGNORE INTO tags(name) VALUES (?)", (name,))
                tag_id = c.execute("SELECT id FROM tags WHERE name=?", (name,)).fetchone()[0]
                c.execute("INSERT INTO document_tags(document_id, tag_id) VALUES (?, ?)", (doc_id, tag_id))

    def tags(self, doc_id: int) -> list[str]:
        rows = self.query("SELECT t.name FROM tags t JOIN document_tags d ON d.tag_id=t.id "
                          "WHERE d.document_id=? ORDER BY t.name", (doc_id,))
        return [r[0] for r in rows]

    # --- search ------------------------------------------------------------------------
    def search(self, query: str, limit: int = 50, include_transcripts: bool = True) -> list[SearchHit]:
        """Full-text search over titles, bodies and transcript segments (zh and en)."""
        expr = match_expression(query)
        if expr is None:
            return []
        terms = query_terms(query)
        hits: list[SearchHit] = []
        rows = self.query(
            "SELECT d.id, d.title, d.body FROM documents_fts f JOIN documents d ON d.id=f.rowid "
            "WHERE documents_fts MATCH ? AND d.deleted IS NULL ORDER BY bm25(documents_fts, 5.0, 1.0) "
            "LIMIT ?", (expr, limit))
        for doc_id, title, body in rows:
            text, spans = snippet(body or title, terms)
            hits.append(SearchHit("document", doc_id, title, text, tuple(spans)))
        if include_transcripts:
            rows = self.query(
                "SELECT s.transcript_id, t.title, s.text, s.start FROM segments_fts f "
                "JOIN transcript_segments s ON s.rowid=f.rowid JOIN transcripts t ON t.id=s.transcript_id "
                "WHERE segments_fts MATCH ? ORDER BY bm25(segments_fts) LIMIT ?", (expr, limit))
            for tid, title, text, start in rows:
                excerpt, spans = snippet(text, terms)
                hits.append(SearchHit("transcript", tid, title, excerpt, tuple(spans), start))
        return hits[:limit] if not include_transcripts else hits

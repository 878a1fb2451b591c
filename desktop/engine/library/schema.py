"""SQLite schema for the library, as an ordered list of migrations.

``PRAGMA user_version`` holds how many migrations have run. A migration is a list of SQL
statements plus an optional Python step; each runs inside one transaction with the
version bump, so a crash mid-migration leaves the previous version intact.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from desktop.engine.library.textindex import fts_text


@dataclass(frozen=True)
class Migration:
    statements: tuple[str, ...]
    python: Callable[[sqlite3.Connection], None] | None = None


def _reindex_documents(conn: sqlite3.Connection) -> None:
    rows = conn.execute("SELECT id, title, body FROM documents").fetchall()
    for doc_id, title, body in rows:
        conn.execute("INSERT INTO documents_fts(rowid, title, body) VALUES (?, ?, ?)",
                     (doc_id, fts_text(title or ""), fts_text(body or "")))


MIGRATIONS: tuple[Migration, ...] = (
    # 1: the first release — documents and plain version snapshots.
    Migration((
        """CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            created REAL NOT NULL,
            modified REAL NOT NULL)""",
        """CREATE TABLE versions (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            body TEXT NOT NULL,
            created REAL NOT NULL)""",
    )),
    # 2: language, privacy level, soft delete, tags, meta, full-text search.
    Migration((
        "ALTER TABLE documents ADD COLUMN language TEXT NOT NULL DEFAULT 'auto'",
        "ALTER TABLE documents ADD COLUMN privacy TEXT NOT NULL DEFAULT 'local'",
        "ALTER TABLE documents ADD COLUMN deleted REAL",
        "ALTER TABLE versions ADD COLUMN title TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE versions ADD COLUMN reason TEXT NOT NULL DEFAULT 'auto'",
        "CREATE INDEX versions_doc ON versions(document_id, created)",
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
        """CREATE TABLE document_tags (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (document_id, tag_id))""",
        "CREATE VIRTUAL TABLE documents_fts USING fts5(title, body, tokenize='unicode61 remove_diacritics 2')",
    ), _reindex_documents),
    # 3: media assets, transcripts (segment by segment, for resumable jobs), quote links, audit log.
    Migration((
        """CREATE TABLE assets (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            path TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            size INTEGER,
            sha256 TEXT,
            duration REAL,
            copied INTEGER NOT NULL DEFAULT 0,
            created REAL NOT NULL)""",
        """CREATE TABLE transcripts (
            id INTEGER PRIMARY KEY,
            asset_id INTEGER REFERENCES assets(id) ON DELETE SET NULL,
            title TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT 'auto',
            model TEXT NOT NULL DEFAULT '',
            duration REAL,
            status TEXT NOT NULL DEFAULT 'new',
            speakers TEXT NOT NULL DEFAULT '{}',
            options TEXT NOT NULL DEFAULT '{}',
            created REAL NOT NULL,
            modified REAL NOT NULL)""",
        """CREATE TABLE transcript_segments (
            transcript_id INTEGER NOT NULL REFERENCES transcripts(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start REAL NOT NULL,
            end REAL NOT NULL,
            text TEXT NOT NULL,
            speaker TEXT NOT NULL DEFAULT '',
            words TEXT NOT NULL DEFAULT '[]',
            PRIMARY KEY (transcript_id, idx))""",
        "CREATE VIRTUAL TABLE segments_fts USING fts5(text, tokenize='unicode61 remove_diacritics 2')",
        """CREATE TABLE quote_links (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            transcript_id INTEGER REFERENCES transcripts(id) ON DELETE SET NULL,
            start REAL NOT NULL,
            end REAL NOT NULL,
            speaker TEXT NOT NULL DEFAULT '',
            original TEXT NOT NULL,
            created REAL NOT NULL)""",
        """CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            time REAL NOT NULL,
            document_id INTEGER,
            task TEXT NOT NULL,
            endpoint_host TEXT NOT NULL,
            model TEXT NOT NULL,
            bytes_sent INTEGER NOT NULL,
            bytes_received INTEGER NOT NULL,
            redactions INTEGER NOT NULL,
            payload_sha256 TEXT NOT NULL,
            outcome TEXT NOT NULL)""",
    )),
    # 4: a glossary per story (names, places, terms for transcription and proofreading) and
    # speaker voice prints (only with the user's consent; a row follows its speaker's name
    # in that transcript and goes when the transcript or the speaker is deleted).
    Migration((
        """CREATE TABLE glossary_terms (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            term TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'term',
            note TEXT NOT NULL DEFAULT '',
            created REAL NOT NULL,
            UNIQUE (document_id, term))""",
        """CREATE TABLE voiceprints (
            id INTEGER PRIMARY KEY,
            transcript_id INTEGER NOT NULL REFERENCES transcripts(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            embedding BLOB NOT NULL,
            windows INTEGER NOT NULL,
            model TEXT NOT NULL,
            created REAL NOT NULL,
            UNIQUE (transcript_id, name))""",
        "CREATE INDEX voiceprints_name ON voiceprints(name)",
        # A rename (every segment of a speaker gets the new name) carries the voice print
        # along; moving a few segments to someone else does not.
        """CREATE TRIGGER voiceprints_follow_rename AFTER UPDATE OF speaker ON transcript_segments
            WHEN OLD.speaker != NEW.speaker AND NOT EXISTS (
                SELECT 1 FROM transcript_segments
                WHERE transcript_id = NEW.transcript_id AND speaker = OLD.speaker)
            BEGIN
                DELETE FROM voiceprints WHERE transcript_id = NEW.transcript_id AND name = NEW.speaker
                    AND EXISTS (SELECT 1 FROM voiceprints WHERE transcript_id = NEW.transcript_id
                                AND name = OLD.speaker);
                UPDATE voiceprints SET name = NEW.speaker
                    WHERE transcript_id = NEW.transcript_id AND name = OLD.speaker;
            END""",
    )),
)

SCHEMA_VERSION = len(MIGRATIONS)

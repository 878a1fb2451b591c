"""Deleted stories: kept in the bin for the undo window, then gone for good — text, index, versions.

"Delete" only marks a document (``Store.delete_document``) so that Undo can bring it back.
A story a reporter deleted must not live on silently, though: the bin is emptied of
documents older than the undo window each time the app starts (:func:`purge_expired`), and
"Delete permanently" (:func:`purge_document`) removes one at once.

Purging removes the row and everything that carries its words: the full-text index row,
every version snapshot, quote links and tags (tags no story uses any more go too); the
full-text index is merged so the purged words leave its segments as well. It runs
with ``secure_delete`` on and checkpoints the WAL afterwards, so the old text is overwritten
in the database file instead of lingering in free pages or the write-ahead log. The cloud
audit log keeps its rows: they hold sizes and hashes, never text, and are the record of what
was sent.
"""

from __future__ import annotations

import time
from typing import Any

from desktop.engine.library.store import DocumentNotFoundError, Store

UNDO_WINDOW_S = 30 * 86400  # how long a deleted story can still be restored


def purge_document(store: Store, doc_id: int) -> None:
    """Delete ``doc_id`` permanently, in the bin or not. Raises DocumentNotFoundError."""
    if not store.query("SELECT 1 FROM documents WHERE id=?", (doc_id,)):
        raise DocumentNotFoundError(doc_id=doc_id)
    _purge(store, [doc_id])


def purge_expired(store: Store, window_s: float = UNDO_WINDOW_S, now: float | None = None) -> int:
    """Purge every document deleted more than ``window_s`` ago; returns how many."""
    cutoff = (time.time() if now is None else now) - window_s
    ids = [r[0] for r in store.query("SELECT id FROM documents WHERE deleted IS NOT NULL AND deleted < ?",
                                     (cutoff,))]
    if ids:
        _purge(store, ids)
    return len(ids)


def empty_bin(store: Store) -> int:
    """Purge everything in the bin now."""
    return purge_expired(store, window_s=-1.0)


def in_bin(store: Store) -> list[tuple[int, str, float]]:
    """(id, title, deleted at) of the documents in the bin, most recently deleted first."""
    rows = store.query("SELECT id, title, deleted FROM documents WHERE deleted IS NOT NULL ORDER BY deleted DESC")
    return [(int(r[0]), str(r[1]), float(r[2])) for r in rows]


def _purge(store: Store, ids: list[int]) -> None:
    conn: Any = store.conn
    previous = conn.execute("PRAGMA secure_delete").fetchone()[0]
    conn.execute("PRAGMA secure_delete=ON")
    try:
        with store.transaction() as c:
            for doc_id in ids:
                # Explicit, not only ON DELETE CASCADE: a library opened without foreign keys
                # (an older build, a tool) must still lose every copy of the text.
                c.execute("DELETE FROM versions WHERE document_id=?", (doc_id,))
                c.execute("DELETE FROM quote_links WHERE document_id=?", (doc_id,))
                c.execute("DELETE FROM document_tags WHERE document_id=?", (doc_id,))
                c.execute("DELETE FROM documents_fts WHERE rowid=?", (doc_id,))
                c.execute("DELETE FROM documents WHERE id=?", (doc_id,))
            c.execute("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM document_tags)")
            # FTS5 deletes only add tombstones; the words stay in the index segments until
            # they are merged. 'optimize' merges them now, dropping the purged rows' tokens.
            c.execute("INSERT INTO documents_fts(documents_fts) VALUES ('optimize')")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.execute(f"PRAGMA secure_delete={int(previous)}")

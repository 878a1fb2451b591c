"""Deleted stories leave no trace after the undo window or "Delete permanently": row, index, versions."""

from __future__ import annotations

import time

import pytest

from desktop.engine.drafting.quotes import QuoteLink, save_quote_links
from desktop.engine.library import trash
from desktop.engine.library.store import DocumentNotFoundError, Store

SECRET = "whistleblower Zhang Wei 13800138000"


def _story(store: Store, title: str, body: str) -> int:
    doc = store.create_document(title, body)
    store.save_document(doc.id, body=body + " second draft", snapshot="manual")
    store.snapshot(doc.id, reason="manual")
    store.set_tags(doc.id, [f"tag-{title}", "shared"])
    save_quote_links(store, doc.id, [QuoteLink(None, 1.0, 2.0, "Source", "words said")])
    return doc.id


def _traces(store: Store, doc_id: int) -> dict[str, int]:
    count = lambda sql: store.query(sql, (doc_id,))[0][0]  # noqa: E731
    return {"documents": count("SELECT COUNT(*) FROM documents WHERE id=?"),
            "fts": count("SELECT COUNT(*) FROM documents_fts WHERE rowid=?"),
            "versions": count("SELECT COUNT(*) FROM versions WHERE document_id=?"),
            "tags": count("SELECT COUNT(*) FROM document_tags WHERE document_id=?"),
            "quotes": count("SELECT COUNT(*) FROM quote_links WHERE document_id=?")}


def test_delete_permanently_removes_every_copy_of_the_text(store: Store) -> None:
    gone = _story(store, "gone", SECRET)
    kept = _story(store, "kept", "council budget")
    assert all(_traces(store, gone).values())
    trash.purge_document(store, gone)  # not even in the bin first: "Delete permanently" on request
    assert set(_traces(store, gone).values()) == {0}
    assert all(_traces(store, kept).values())
    assert store.search("whistleblower") == [] and store.search("budget")
    tags = {r[0] for r in store.query("SELECT name FROM tags")}
    assert tags == {"tag-kept", "shared"}  # a tag no story uses any more goes too
    with pytest.raises(DocumentNotFoundError):
        store.get_document(gone)
    with pytest.raises(DocumentNotFoundError):
        trash.purge_document(store, gone)


def test_the_text_is_not_left_in_the_database_file(store: Store) -> None:
    gone = _story(store, "gone", SECRET)
    store.delete_document(gone)
    assert trash.empty_bin(store) == 1
    store.close()
    for suffix in ("", "-wal"):
        path = store.path.with_name(store.path.name + suffix)
        if path.exists():
            assert b"13800138000" not in path.read_bytes(), path


def test_bin_is_emptied_after_the_undo_window_only(store: Store) -> None:
    old, recent, live = (_story(store, t, SECRET) for t in ("old", "recent", "live"))
    store.delete_document(old)
    store.delete_document(recent)
    now = time.time()
    store.query("UPDATE documents SET deleted=? WHERE id=?", (now - trash.UNDO_WINDOW_S - 60, old))
    assert [row[0] for row in trash.in_bin(store)] == [recent, old]
    assert trash.purge_expired(store, now=now) == 1
    assert _traces(store, old)["documents"] == 0 and _traces(store, old)["versions"] == 0
    store.undelete_document(recent)  # still inside the window: Undo works
    assert store.get_document(recent).deleted is None and store.get_document(live).body
    assert trash.purge_expired(store, now=now) == 0

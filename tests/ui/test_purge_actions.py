"""Document ▸ Delete permanently… and Edit ▸ Empty the bin… in the real window."""

from __future__ import annotations

import time

from desktop.engine.library import trash
from desktop.ui import purge_actions


def _counts(store, doc_id: int) -> tuple[int, int, int]:
    q = lambda sql: store.query(sql, (doc_id,))[0][0]  # noqa: E731
    return (q("SELECT COUNT(*) FROM documents WHERE id=?"), q("SELECT COUNT(*) FROM versions WHERE document_id=?"),
            q("SELECT COUNT(*) FROM documents_fts WHERE rowid=?"))


def test_delete_permanently_asks_then_removes_everything(qtbot, main_window) -> None:
    main_window.new_document()
    main_window.editor.setPlainText("the informant's number is 13800138000")
    main_window.save_version()
    doc_id = main_window.doc_id
    store = main_window.ctx.store
    asked: list[str] = []
    assert not purge_actions.delete_permanently(main_window, doc_id, confirm=lambda w, t, m: asked.append(m))
    assert _counts(store, doc_id)[0] == 1 and "cannot be undone" in asked[0]
    assert purge_actions.delete_permanently(main_window, doc_id, confirm=lambda w, t, m: True)
    assert _counts(store, doc_id) == (0, 0, 0)
    assert main_window.doc_id is None and main_window.editor.toPlainText() == ""
    assert store.search("13800138000") == []
    assert main_window.purge_action in main_window.document_menu.actions()


def test_empty_bin_clears_undo_and_the_bin(qtbot, main_window) -> None:
    main_window.new_document()
    main_window.editor.setPlainText("draft to throw away")
    doc_id = main_window.doc_id
    main_window.delete_document(doc_id)
    assert main_window.undo_delete_button.isVisible()
    assert purge_actions.empty_bin(main_window, confirm=lambda w, t, m: True) == 1
    assert trash.in_bin(main_window.ctx.store) == [] and _counts(main_window.ctx.store, doc_id)[0] == 0
    assert not main_window.undo_delete_button.isVisible()
    main_window.undo_delete()  # nothing left to undo: no error
    assert main_window.doc_id is None


def test_app_start_purges_what_is_past_the_undo_window(qapp, copydesk_home) -> None:
    from desktop.engine.library.store import Store
    from desktop.ui.app import build_context

    store = Store()
    old, recent = store.create_document("old", "x"), store.create_document("recent", "y")
    store.delete_document(old.id)
    store.delete_document(recent.id)
    store.query("UPDATE documents SET deleted=? WHERE id=?", (time.time() - trash.UNDO_WINDOW_S - 1, old.id))
    store.close()
    ctx, _messages = build_context(qapp)
    assert [d for d, _t, _w in trash.in_bin(ctx.store)] == [recent.id]
    ctx.store.close()

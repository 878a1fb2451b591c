"""The main window: opens, autosaves, restores after a crash, searches, restores versions."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt

from desktop.engine.library.store import Store


def test_window_opens_editable(main_window) -> None:
    assert main_window.isVisible()
    assert not main_window.editor.isReadOnly()
    assert "On this device" in main_window.where.text()
    assert main_window.privacy.level() == "local"  # new documents are local only by default


def test_typing_autosaves_within_two_seconds(qtbot, main_window) -> None:
    main_window.editor.setFocus()
    qtbot.keyClicks(main_window.editor, "Mayor opens line 3")
    typed_at = time.monotonic()
    doc_id = main_window.doc_id
    assert doc_id is not None  # typing into an empty window created a document
    store = main_window.ctx.store
    qtbot.waitUntil(lambda: store.get_document(doc_id).body == "Mayor opens line 3", timeout=4000)
    assert time.monotonic() - typed_at < 3.0
    qtbot.waitUntil(lambda: main_window.saved.text() == "Saved", timeout=2000)


def test_restart_after_crash_restores_text(qtbot, qapp, main_window, copydesk_home) -> None:
    qtbot.keyClicks(main_window.editor, "unsaved? no, autosaved")
    doc_id = main_window.doc_id
    qtbot.waitUntil(lambda: main_window.ctx.store.get_document(doc_id).body.endswith("autosaved"), timeout=4000)
    # simulate a crash: no closeEvent, the session stays marked open
    main_window.hide()
    from desktop.ui.app import build_context
    from desktop.ui.main_window import MainWindow

    ctx2, messages = build_context(qapp)
    assert any("did not close properly" in m for m in messages)
    window2 = MainWindow(ctx2, messages)
    qtbot.addWidget(window2)
    assert window2.doc_id == doc_id
    assert window2.editor.toPlainText() == "unsaved? no, autosaved"
    window2.close()
    ctx2.store.close()


def test_close_flushes_and_marks_clean(qtbot, main_window, copydesk_home) -> None:
    main_window.new_document()
    main_window.editor.setPlainText("typed just before closing")
    main_window.close()
    s = Store()
    assert s.get_document(main_window.doc_id).body == "typed just before closing"
    assert s.get_meta("session_open") == "0"


def test_search_finds_chinese_document(qtbot, main_window) -> None:
    store = main_window.ctx.store
    store.create_document("交通新闻", "本市交通管理部门宣布延长地铁三号线运营时间。")
    store.create_document("Sport", "Marathon moved to Sunday.")
    main_window.documents.search.setText("地铁")
    lst = main_window.documents.list
    qtbot.waitUntil(lambda: lst.count() == 1 and "交通新闻" in lst.item(0).text(), timeout=2000)
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=lst.visualItemRect(lst.item(0)).center())
    assert "地铁三号线" in main_window.editor.toPlainText()


def test_version_restore(qtbot, main_window, monkeypatch) -> None:
    from desktop.engine.library import store as store_mod
    from desktop.ui.version_dialog import VersionDialog

    clock = [time.time()]
    monkeypatch.setattr(store_mod.time, "time", lambda: clock[0])
    store = main_window.ctx.store
    doc = store.create_document("draft", "first draft")
    store.save_document(doc.id, body="second draft")
    clock[0] += 120
    store.save_document(doc.id, body="third draft")
    main_window.open_document(doc.id)
    dialog = VersionDialog(store, doc.id, main_window)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2
    dialog.list.setCurrentRow(1)
    assert dialog.preview.toPlainText() == "second draft"
    dialog.restore_selected()
    main_window.doc_id = None
    main_window.open_document(doc.id)
    assert main_window.editor.toPlainText() == "second draft"


def test_delete_and_undo(qtbot, main_window) -> None:
    main_window.new_document()
    main_window.editor.setPlainText("keep me")
    doc_id = main_window.doc_id
    main_window.delete_document(doc_id)
    assert main_window.doc_id is None
    assert doc_id not in [d.id for d in main_window.ctx.store.list_documents()]
    assert main_window.undo_delete_button.isVisible()
    main_window.undo_delete()
    assert main_window.doc_id == doc_id and main_window.editor.toPlainText() == "keep me"


def test_broken_settings_message_shown(qtbot, qapp, copydesk_home) -> None:
    from desktop.ui.app import build_context

    (copydesk_home / "config").mkdir(parents=True)
    (copydesk_home / "config" / "settings.json").write_text("{{{", "utf-8")
    ctx, messages = build_context(qapp)
    assert ctx is not None and any("default settings" in m for m in messages)
    assert list((copydesk_home / "config").glob("settings.json.broken-*"))
    ctx.store.close()


def test_search_hits_highlight_the_match(qtbot, main_window) -> None:
    from desktop.ui.document_list import HTML_ROLE

    main_window.ctx.store.create_document("交通新闻", "本市交通管理部门宣布延长地铁三号线运营时间。")
    main_window.documents.search.setText("地铁")
    lst = main_window.documents.list
    qtbot.waitUntil(lambda: lst.count() == 1 and bool(lst.item(0).data(HTML_ROLE)), timeout=2000)
    assert "<span style='background:#ffe08a'>地铁</span>" in lst.item(0).data(HTML_ROLE)
    lst.viewport().grab()  # the delegate paints without errors


def test_shortcut_list_covers_main_actions(main_window) -> None:
    from desktop.ui.window_dialogs import shortcut_lines

    text = "\n".join(shortcut_lines(main_window))
    for action in ("New document", "Import documents", "Export", "Settings", "Version history", "Tags"):
        assert action in text


def test_big_library_lists_everything_in_batches(qtbot, main_window) -> None:
    store = main_window.ctx.store
    with store.transaction():
        pass
    for i in range(2500):
        store.create_document(f"doc {i}", "")
    main_window.documents.refresh()
    lst = main_window.documents.list
    assert 0 < lst.count() < 2500  # the first batch is there at once
    qtbot.waitUntil(lambda: lst.count() == 2500, timeout=10000)

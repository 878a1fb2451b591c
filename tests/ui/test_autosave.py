"""Autosave: a maximum wait under steady typing, a save on focus loss, and documents born from typing."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QLineEdit

from desktop.ui.autosave import max_wait_seconds


def test_max_wait_leaves_room_for_the_write() -> None:
    assert max_wait_seconds(2.0) == 1.5
    assert max_wait_seconds(0.1) == 0.2  # never a busy loop
    assert max_wait_seconds(10.0) == 9.5


def test_steady_typing_is_saved_before_the_quiet_period_ends(qtbot, main_window) -> None:
    main_window.new_document()
    doc_id = main_window.doc_id
    main_window.editor.setFocus()
    store = main_window.ctx.store
    start = time.monotonic()
    saved_while_typing = False
    while time.monotonic() - start < 3.5:  # one key every 50 ms, never a 2 s pause
        qtbot.keyClick(main_window.editor, "a")
        qtbot.wait(50)
        if len(store.get_document(doc_id).body) > 0:
            saved_while_typing = True
            break
    assert saved_while_typing, "a keystroke must never wait longer than the maximum for a save"


def test_focus_leaving_the_editor_saves_at_once(qtbot, main_window) -> None:
    main_window.new_document()
    doc_id = main_window.doc_id
    main_window.editor.setFocus()
    qtbot.keyClicks(main_window.editor, "before the battery dies")
    assert main_window.autosaver.dirty
    other = QLineEdit(main_window.documents)
    other.show()
    other.setFocus()
    qtbot.waitUntil(lambda: not main_window.autosaver.dirty, timeout=1000)
    assert main_window.ctx.store.get_document(doc_id).body == "before the battery dies"


def test_typing_into_the_empty_window_makes_a_full_document(qtbot, main_window) -> None:
    assert main_window.doc_id is None  # a fresh library opens on an empty editor
    main_window.editor.setFocus()
    qtbot.keyClicks(main_window.editor, "Breaking")
    doc_id = main_window.doc_id
    assert doc_id is not None
    assert main_window.privacy.isEnabled(), "the new document's privacy level can be set"
    assert main_window.title.text() == "Untitled"
    main_window.title.setFocus()
    main_window.title.selectAll()
    qtbot.keyClicks(main_window.title, "Bridge opens")
    texts = [main_window.documents.list.item(r).text() for r in range(main_window.documents.list.count())]
    assert any(t.startswith("Bridge opens\n") for t in texts), texts
    main_window.flush()
    assert main_window.ctx.store.get_document(doc_id).title == "Bridge opens"

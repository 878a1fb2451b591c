"""Find/replace, word count, focus mode, bold/headings and the first-start panel, with real keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDockWidget

STORY = "市长说，地铁三号线延长运营。The Mayor said the mayoral race is over.\n市长还说，三号线夜间加密班次。"


def _window_with(qtbot, main_window, text: str = STORY):
    main_window.new_document()
    main_window.editor.setPlainText(text)
    main_window.activateWindow()
    main_window.editor.setFocus()
    qtbot.waitUntil(main_window.editor.hasFocus, timeout=2000)
    return main_window


def test_ctrl_f_opens_find_bar_and_counts(qtbot, main_window) -> None:
    w = _window_with(qtbot, main_window)
    qtbot.keyClick(w.editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = w.find_bar
    assert bar.isVisible() and bar.find_edit.hasFocus()
    bar.find_edit.insert("三号线")  # as an input method commits it (QTest types ASCII only)
    assert bar.count.text() == "1 of 2" and w.editor.textCursor().selectedText() == "三号线"
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)
    assert bar.count.text() == "2 of 2"
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)  # wraps round
    assert bar.count.text() == "1 of 2"
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == "2 of 2"
    assert len(w.editor.marks("find")) == 2  # every match highlighted
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Escape)
    assert not bar.isVisible() and w.editor.marks("find") == [] and w.editor.hasFocus()


def test_match_case_and_whole_word(qtbot, main_window) -> None:
    w = _window_with(qtbot, main_window)
    bar = w.find_bar
    bar.open_find()
    bar.find_edit.setText("mayor")
    assert bar.count.text().endswith("of 2")
    bar.whole_word.setChecked(True)
    assert bar.count.text() == "1 of 1"
    bar.whole_word.setChecked(False)
    bar.match_case.setChecked(True)
    assert len(bar.matches) == 1 and w.editor.toPlainText()[slice(*bar.matches[0])] == "mayor"
    bar.find_edit.setText("nothing like this")
    assert bar.count.text() == "No matches" and not bar.replace_all_button.isEnabled()


def test_replace_and_replace_all_is_one_undo(qtbot, main_window) -> None:
    w = _window_with(qtbot, main_window)
    bar = w.find_bar
    qtbot.keyClick(w.editor, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert bar.isVisible()
    bar.find_edit.setText("市长")
    bar.replace_edit.setText("副市长")
    bar.replace_one()
    assert w.editor.toPlainText().count("副市长") == 1
    w.editor.moveCursor(QTextCursor.MoveOperation.Start)
    bar.find_edit.setText("三号线")
    bar.replace_edit.setText("3号线")
    assert bar.replace_all() == 2
    assert "三号线" not in w.editor.toPlainText() and w.editor.toPlainText().count("3号线") == 2
    assert bar.count.text() == "Replaced 2"
    w.editor.undo()  # one step brings every replacement back
    assert w.editor.toPlainText().count("三号线") == 2 and "副市长" in w.editor.toPlainText()
    doc_id = w.doc_id
    bar.replace_all()
    w.flush()
    assert "3号线" in w.ctx.store.get_document(doc_id).body  # replacing is editing: it autosaves


def test_library_search_moved_and_listed(qtbot, main_window) -> None:
    from desktop.ui.window_dialogs import shortcut_lines

    w = _window_with(qtbot, main_window)
    qtbot.keyClick(w.editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert w.documents.search.hasFocus() and not w.find_bar.isVisible()
    lines = shortcut_lines(w)
    assert "Ctrl+F\tFind…" in lines and "Ctrl+H\tReplace…" in lines and "F11\tFocus mode" in lines
    assert "Ctrl+Shift+F, Ctrl+K\tSearch library" in lines
    # Panel keys (e.g. Ctrl+Z for transcript edits) act only while that panel has focus, so they may
    # reuse a window key; window-wide keys and the keys of one panel must each be unique.
    panel_lines = {p: getattr(p, "shortcut_lines", list)() for p in w.panels.values()}
    window_wide = [line for line in lines if not any(line in pl for pl in panel_lines.values())]
    for group in [window_wide, *panel_lines.values()]:
        assert len({line.split("\t")[0] for line in group}) == len(group), f"two actions share a shortcut: {group}"


def test_word_count_in_status_bar(qtbot, main_window) -> None:
    w = _window_with(qtbot, main_window, "## 标题\n市政府宣布地铁**三号线**延长运营。The mayor agreed.")
    qtbot.waitUntil(lambda: w.word_count.text() == "16 字 · 3 words", timeout=2000)
    cursor = w.editor.textCursor()
    cursor.setPosition(6)
    cursor.setPosition(9, QTextCursor.MoveMode.KeepAnchor)
    w.editor.setTextCursor(cursor)
    qtbot.waitUntil(lambda: w.word_count.text() == "Selection: 3 字", timeout=2000)
    assert w.word_count.isVisible()


def test_focus_mode_hides_panels_and_esc_leaves(qtbot, main_window) -> None:
    w = _window_with(qtbot, main_window)
    docks = [d for d in w.findChildren(QDockWidget) if d.isVisible()]
    assert docks and w.documents.isVisible()
    qtbot.keyClick(w.editor, Qt.Key.Key_F11)
    assert w.focus_mode.active and w.isFullScreen()
    assert not w.documents.isVisible() and not w.menuBar().isVisible()
    assert not any(d.isVisible() for d in docks)
    assert w.editor.isVisible() and w.title.isVisible() and w.word_count.isVisible()
    w.editor.selectAll()
    qtbot.keyClick(w.editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)  # menu keys still work
    assert w.editor.toPlainText().startswith("**市长说")
    qtbot.keyClick(w.editor, Qt.Key.Key_Escape)
    assert not w.focus_mode.active and not w.isFullScreen()
    assert w.documents.isVisible() and w.menuBar().isVisible() and all(d.isVisible() for d in docks)


def test_bold_and_headings(qtbot, main_window) -> None:
    w = _window_with(qtbot, main_window, "第一段\n地铁三号线")
    cursor = w.editor.textCursor()
    cursor.setPosition(4)
    cursor.setPosition(6, QTextCursor.MoveMode.KeepAnchor)
    w.editor.setTextCursor(cursor)
    qtbot.keyClick(w.editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert w.editor.toPlainText() == "第一段\n**地铁**三号线"
    qtbot.keyClick(w.editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)  # again: unbold
    assert w.editor.toPlainText() == "第一段\n地铁三号线"
    w.editor.moveCursor(QTextCursor.MoveOperation.Start)
    mods = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(w.editor, Qt.Key.Key_2, mods)
    assert w.editor.toPlainText() == "## 第一段\n地铁三号线"
    qtbot.keyClick(w.editor, Qt.Key.Key_0, mods)
    assert w.editor.toPlainText() == "第一段\n地铁三号线"


def test_first_start_offers_recording_or_story(qtbot, main_window) -> None:
    w = main_window
    empty = w.empty_state
    assert w.ctx.store.list_summaries(limit=1) == [] and empty.isVisible()
    assert empty.record_button.isVisible() and empty.story_button.isVisible()
    assert empty.geometry().width() == w.editor.width()
    qtbot.mouseClick(empty.story_button, Qt.MouseButton.LeftButton)
    assert not empty.isVisible() and w.doc_id is not None and w.title.hasFocus()
    w.delete_document(w.doc_id)  # the library is empty again: the panel comes back
    assert empty.isVisible()


def test_first_start_typing_still_starts_a_story(qtbot, main_window) -> None:
    w = main_window
    assert w.empty_state.isVisible()
    w.activateWindow()
    w.editor.setFocus()
    qtbot.keyClicks(w.editor, "Mayor")
    assert not w.empty_state.isVisible() and w.doc_id is not None


def test_first_start_with_documents_shows_the_editor(qtbot, app_context) -> None:
    from desktop.ui.main_window import MainWindow

    app_context.store.create_document("已有稿件", "正文")
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    assert not window.empty_state.isVisible() and window.editor.toPlainText() == "正文"
    window.close()


def test_esc_closes_the_find_bar_before_leaving_focus_mode(qtbot, main_window) -> None:
    w = _window_with(qtbot, main_window)
    qtbot.keyClick(w.editor, Qt.Key.Key_F11)
    qtbot.keyClick(w.editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert w.find_bar.isVisible() and w.find_bar.find_edit.hasFocus()
    qtbot.keyClick(w.find_bar.find_edit, Qt.Key.Key_Escape)
    assert not w.find_bar.isVisible() and w.focus_mode.active
    qtbot.keyClick(w.editor, Qt.Key.Key_Escape)
    assert not w.focus_mode.active


def test_replace_all_in_a_long_story_is_one_undo(qtbot, main_window) -> None:
    from desktop.ui.find_bar import MAX_HIGHLIGHTS

    text = "市政府宣布的地铁三号线延长运营。\n" * 3000  # 3,000 matches of 的
    w = _window_with(qtbot, main_window, text)
    bar = w.find_bar
    bar.open_find()
    bar.find_edit.setText("的")
    assert len(bar.matches) == 3000 and len(w.editor.marks("find")) == MAX_HIGHLIGHTS
    bar.replace_edit.setText("之")
    assert bar.replace_all() == 3000
    assert w.editor.toPlainText() == text.replace("的", "之")
    w.editor.undo()
    assert w.editor.toPlainText() == text


def test_first_start_recording_button_opens_the_audio_import(qtbot, main_window, monkeypatch) -> None:
    from desktop.ui import transcript_view

    asked: list[str] = []
    monkeypatch.setattr(transcript_view.QFileDialog, "getOpenFileNames",
                        lambda parent, title, folder, filters: (asked.append(filters), ([], ""))[1])
    qtbot.mouseClick(main_window.empty_state.record_button, Qt.MouseButton.LeftButton)
    assert asked and "*.mp3" in asked[0]
    dock = main_window.findChild(QDockWidget, "transcripts")
    assert dock.isVisible() and not dock.visibleRegion().isEmpty()


def test_find_bar_never_widens_a_small_window(qtbot, main_window) -> None:
    w = _window_with(qtbot, main_window)
    w.resize(1024, 700)
    qtbot.wait(100)
    before = w.width()
    assert before <= 1024
    w.find_bar.open_find()
    w.find_bar.find_edit.setText("三号线")
    qtbot.wait(200)
    assert w.width() == before and w.find_bar.replace_all_button.isVisible()

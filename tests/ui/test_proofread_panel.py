"""Proofreading panel: background checks as you type, underlines, fixes, dictionary, report."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor

TEXT = "这件事以经结束了,我我们都知道。\nThe cat sat on the the mat.\n他布署了工作，残废人士也来了。\n"


@pytest.fixture
def setup(qtbot, app_context, editor_on):
    from desktop.ui.proofread_panel import create_panel

    doc = app_context.store.create_document("Story", TEXT)
    editor = editor_on(doc)
    panel = create_panel(app_context)
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.waitSignal(panel.sig_checked, timeout=30000):
        editor.setPlainText(TEXT)
    return panel, editor


def test_underlines_list_and_filters(setup):
    panel, editor = setup
    marks = editor.marks("proofread")
    assert {m.kind for m in marks} >= {"typo", "punctuation", "compliance"}
    assert all(editor.toPlainText()[m.start:m.end] == m.payload.text for m in marks)
    assert panel.list.topLevelItemCount() == len(panel.issues)
    panel.filter_boxes["risk"].setChecked(False)
    assert panel.list.topLevelItemCount() == len(panel.issues) - 1
    assert all(i.category != "risk" for i in panel.visible_issues())


def test_apply_all_safe_fixes_is_one_undo_step(setup):
    panel, editor = setup
    assert panel.apply_all_safe() >= 5
    assert editor.toPlainText() == "这件事已经结束了，我们都知道。\nThe cat sat on the mat.\n他部署了工作，残废人士也来了。\n"
    assert any(f.original == "布署" for f in panel.fixes)
    editor.undo()
    assert editor.toPlainText() == TEXT


def test_click_applies_and_typing_moves_marks(qtbot, setup):
    panel, editor = setup
    mark = next(m for m in editor.marks("proofread") if m.payload.text == "the the")
    editor.sig_mark_clicked.emit(mark, QPoint(0, 0))
    assert "on the mat" in editor.toPlainText()
    cursor = QTextCursor(editor.document())
    cursor.setPosition(0)
    cursor.insertText("新")
    for m in editor.marks("proofread"):
        assert editor.toPlainText()[m.start:m.end] == m.payload.text
    with qtbot.waitSignal(panel.sig_checked, timeout=30000):
        pass  # the debounced background check follows the edits


def test_context_menu_dictionary_and_ignore(qtbot, setup):
    panel, _editor = setup
    risk = next(i for i in panel.issues if i.category == "risk")
    menu = panel._menu(risk)
    labels = [a.text() for a in menu.actions()]
    assert any("dictionary" in t for t in labels) and "Ignore once" in labels and "Ignore always" in labels
    panel.add_to_dictionary(risk)
    assert all(i.text != "残废" for i in panel.issues)
    typo = next(i for i in panel.issues if i.text == "我我")
    panel.ignore_once(typo)
    assert all(i.text != "我我" for i in panel.issues)
    with qtbot.waitSignal(panel.sig_checked, timeout=30000):
        panel.run_check()
    assert all(i.text not in ("残废", "我我") for i in panel.issues)


def test_jump_to_issue(setup):
    panel, editor = setup
    item = panel.list.topLevelItem(0)
    panel._item_activated(item)
    issue = panel.visible_issues()[0]
    assert editor.selection_range() == (issue.start, issue.end)


def test_report_export(setup, tmp_path):
    panel, _editor = setup
    panel.apply_all_safe()
    panel.export_report(str(tmp_path / "r.html"))
    html = (tmp_path / "r.html").read_text("utf-8")
    assert "Story" in html and "布署" in html and "残废" in html
    panel.export_report(str(tmp_path / "r.docx"))
    assert (tmp_path / "r.docx").stat().st_size > 1000


def test_debounce_runs_one_check_for_a_burst(qtbot, setup):
    panel, editor = setup
    checks = []
    panel.sig_checked.connect(checks.append)
    for ch in "我们去":
        editor.moveCursor(QTextCursor.MoveOperation.End)
        editor.insertPlainText(ch)
    qtbot.waitUntil(lambda: len(checks) == 1, timeout=30000)
    qtbot.wait(600)
    assert len(checks) == 1


def test_settings_changes_apply_without_a_restart(qtbot, setup):
    panel, _editor = setup
    assert any(i.text == "布署" for i in panel.issues)
    panel.ctx.settings.user_dictionary = ["布署"]
    with qtbot.waitSignal(panel.sig_checked, timeout=30000):
        panel.settings_changed()
    assert not any(i.text == "布署" for i in panel.issues)
    panel.ctx.settings.user_dictionary = []
    with qtbot.waitSignal(panel.sig_checked, timeout=30000):
        panel.settings_changed()
    assert any(i.text == "布署" for i in panel.issues)


def test_menu_and_editor_actions(setup):
    panel, _editor = setup
    assert panel.windowTitle() == "Proofreading"
    actions = panel.menu_actions()
    assert actions[0].shortcut().toString() == "F7"
    assert any("whole document" in a.text() for a in actions)
    assert len(panel.editor_actions()) == 1


def test_a_crashing_plugin_checker_is_named_and_the_rest_still_marks(qtbot, app_context, editor_on) -> None:
    from desktop.engine.core import paths, plugins
    from desktop.ui.proofread_panel import create_panel

    folder = paths.user_plugins_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "crashy.py").write_text(
        "class C:\n    name = 'crashy.check'\n    languages = frozenset({'*'})\n"
        "    def check(self, text, ctx):\n        raise KeyError('oops')\n\n"
        "def register(api):\n    api.add_checker(C())\n", "utf-8")
    plugins.reset_registry()
    app_context.plugins = plugins.registry()
    doc = app_context.store.create_document("Story", TEXT)
    editor = editor_on(doc)
    panel = create_panel(app_context)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.sig_checked, timeout=30000):
        editor.setPlainText(TEXT)
    assert len(panel.issues) >= 5  # the built-in checkers' findings are all there
    assert "crashy.check" in panel.status.text() and "crashy" in panel.status.text()
    assert "KeyError" in panel.status.text()

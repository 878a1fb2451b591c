"""Assistant panel, using the answer: Insert, Replace, Copy, with the fact-check marks following."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.ui import test_assistant_panel as base

panel = base.panel  # the same panel fixture


def test_guard_highlights_follow_inserted_text(qtbot, panel) -> None:
    from desktop.engine.drafting.guard import GuardFlag
    from desktop.engine.drafting.tasks import DraftResult

    text = "The mayor said 99 buses arrive."
    panel.result = DraftResult("summarize", text, "en", "m", "m", flags=[GuardFlag(15, 17, "99", "number")])
    panel.editor.setPlainText("Intro. ")
    cursor = panel.editor.textCursor()
    cursor.setPosition(len("Intro. "))
    panel.editor.setTextCursor(cursor)
    panel.insert_at_cursor()
    (mark,) = panel.editor.marks("guard")
    assert panel.editor.toPlainText()[mark.start:mark.end] == "99"
    panel.editor.setPlainText(panel.editor.toPlainText().replace("99", "12"))
    panel.check_quotes()
    assert panel.editor.marks("guard") == []


def test_partial_text_after_stop_can_be_inserted_and_copied(qtbot, panel) -> None:
    from dataclasses import replace

    panel.ctx.plugins.tasks["expand"] = replace(panel.ctx.plugins.tasks["expand"], max_tokens=400)
    panel.run_task("expand")
    qtbot.waitUntil(lambda: len(panel.output.toPlainText()) > 20, timeout=60000)
    with qtbot.waitSignal(panel.sig_cancelled, timeout=3000):
        panel.stop()
    partial = panel.output.toPlainText().strip()
    assert partial and panel.insert_button.isEnabled() and panel.copy_button.isEnabled()
    panel.copy()
    assert QApplication.clipboard().text() == partial
    panel.editor.setPlainText("")
    panel.insert_at_cursor()
    assert panel.editor.toPlainText() == partial


def test_a_cloud_answer_can_be_inserted(qtbot, panel) -> None:
    from desktop.engine.cloud.router import RouteDecision, RoutedResult
    from desktop.engine.drafting.guard import GuardFlag
    from desktop.engine.drafting.tasks import DraftResult

    decision = RouteDecision.__new__(RouteDecision)
    text = "Mayor Doe extends line 3 to 11 pm, 99 trains."
    # the cloud path runs the guard too: its flags come with the draft result
    draft = DraftResult("polish", text, "en", "cloud", "cloud", flags=[GuardFlag(34, 36, "99", "number")])
    result = RoutedResult("cloud", decision, text=text, draft=draft)
    panel.handle = object()
    panel._set_running(True)
    panel.show_routed(result)
    assert panel.insert_button.isEnabled() and panel.replace_button.isEnabled() and panel.copy_button.isEnabled()
    panel.editor.setPlainText("")
    panel.insert_at_cursor()
    assert panel.editor.toPlainText() == result.text
    (mark,) = panel.editor.marks("guard")
    assert panel.editor.toPlainText()[mark.start:mark.end] == "99"

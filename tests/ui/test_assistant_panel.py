"""The copilot panel: streams into the panel, Stop, Replace as one undo step, quote drift marks."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

STORY = ("The city council voted on Monday to extend metro line 3 until 11 pm from March 5. "
         "Mayor Jane Doe said the change costs 2 million dollars a year and will help 40,000 night workers.")


@pytest.fixture
def panel(qtbot, app_context, editor_on, smollm2_path: Path):
    from desktop.ui.assistant_panel import create_panel

    app_context.settings.llm_model = str(smollm2_path)
    app_context.settings.cpu_threads = 1
    doc = app_context.store.create_document("Metro", STORY, "en")
    editor = editor_on(doc, STORY)
    widget = create_panel(app_context)
    qtbot.addWidget(widget)
    widget.show()
    widget.doc_id = doc.id
    yield widget
    widget._recheck.stop()  # the store closes after this test; no late quote re-check may touch it
    editor.textChanged.disconnect(widget._on_text_changed)


def test_runs_a_task_streams_and_replaces_in_one_undo_step(qtbot, panel) -> None:
    editor = panel.editor
    with qtbot.waitSignal(panel.sig_finished, timeout=60000) as blocker:
        panel.run_task("summarize")
        assert not panel.run_button.isEnabled() and panel.stop_button.isEnabled()
    result = blocker.args[0]
    assert result.text and panel.output.toPlainText() == result.text
    assert "On this device" in panel.status.text()
    assert panel.replace_button.isEnabled()
    panel.replace_selection()  # nothing was selected: the task worked on the whole document
    assert editor.toPlainText() == result.text
    editor.undo()
    assert editor.toPlainText() == STORY
    panel.copy()
    assert QApplication.clipboard().text() == result.text


def test_diff_view_for_polish_and_quick_actions(qtbot, panel) -> None:
    assert {a.text().split(": ", 1)[1] for a in panel.editor_actions()} >= {"Polish", "Shorten"}
    polish = next(a for a in panel.editor_actions() if a.text().endswith("Polish"))
    assert polish.shortcut().toString()
    cursor = panel.editor.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(80, cursor.MoveMode.KeepAnchor)
    panel.editor.setTextCursor(cursor)
    with qtbot.waitSignal(panel.sig_finished, timeout=60000):
        polish.trigger()
    assert "selection" in panel.scope.text()
    assert panel.tabs.isTabEnabled(1) and "span" in panel.diff.toHtml()
    before = panel.editor.toPlainText()
    panel.insert_at_cursor()
    assert len(panel.editor.toPlainText()) > len(before)
    panel.editor.undo()
    assert panel.editor.toPlainText() == before


def test_stop_while_generating_keeps_the_editor_responsive(qtbot, panel) -> None:
    from dataclasses import replace

    panel.ctx.plugins.tasks["expand"] = replace(panel.ctx.plugins.tasks["expand"], max_tokens=400)
    tokens: list[float] = []
    panel.handle = None
    panel.run_task("expand")
    panel.handle.sig_progress.connect(lambda *_: tokens.append(time.perf_counter()))
    qtbot.waitUntil(lambda: panel.output.toPlainText() != "", timeout=60000)
    start = time.perf_counter()
    panel.editor.insertPlainText("typing while it writes ")  # the GUI thread is free
    assert time.perf_counter() - start < 0.05
    with qtbot.waitSignal(panel.sig_cancelled, timeout=3000):
        panel.stop()
    assert panel.run_button.isEnabled() and not panel.stop_button.isEnabled()
    assert "Stopped" in panel.status.text()


def test_errors_are_shown_not_raised(qtbot, panel, tmp_path: Path) -> None:
    fake = tmp_path / "fake.gguf"
    fake.write_text("not a model")
    panel.ctx.settings.llm_model = str(fake)
    with qtbot.waitSignal(panel.sig_failed, timeout=20000):
        panel.run_task("summarize")
    assert "GGUF" in panel.status.text() and panel.run_button.isEnabled()


def test_quote_drift_is_marked_after_an_edit(qtbot, panel) -> None:
    from desktop.engine.drafting import quotes

    segments = [quotes.Segment(0, 3.0, 8.5, "Doe", "We will run the trains until eleven at night.", None)]
    text, links, _ = quotes.attach_quotes("Doe said [S1]", segments)
    quotes.save_quote_links(panel.ctx.store, panel.doc_id, links)
    with qtbot.waitSignal(panel.sig_quotes_checked, timeout=5000) as ok:
        panel.editor.setPlainText(text)
    assert ok.args == [0] and panel.editor.marks("quotes") == []
    with qtbot.waitSignal(panel.sig_quotes_checked, timeout=5000) as drift:
        panel.editor.setPlainText(text.replace("eleven", "midnight"))
    assert drift.args == [1]
    (mark,) = panel.editor.marks("quotes")
    assert mark.kind == "quote-drift" and "eleven" in mark.tooltip and "0:03" in mark.tooltip
    assert "midnight" in panel.editor.toPlainText()[mark.start:mark.end]


# --- review like an editor (issue 12) -----------------------------------------------------------

def test_each_change_of_a_rewrite_can_be_accepted_or_rejected(qtbot, panel) -> None:
    from desktop.engine.drafting.tasks import DraftResult

    old = "The park have been opened on Saturday by mayor Ellen Shaw."
    new = "The park was opened on Saturday by Mayor Ellen Shaw."
    panel.task_box.setCurrentIndex(panel.task_box.findData("polish"))  # the Changes tab is for rewrites
    panel.editor.setPlainText(old)
    panel.source_range = (0, len(old), old)
    panel.result = DraftResult("polish", new, "en", "m", "m")
    panel.diff.set_texts(old, new)
    assert len(panel.diff.changes) == 2 and "reject:0" in panel.diff.toHtml()
    panel.diff._on_link(__import__("PySide6.QtCore", fromlist=["QUrl"]).QUrl("reject:1"))  # keep "mayor"
    assert "accept:1" in panel.diff.toHtml()
    panel.diff.apply()
    assert panel.editor.toPlainText() == "The park was opened on Saturday by mayor Ellen Shaw."
    panel.diff.undo_button.click()  # one step back to the original
    assert panel.editor.toPlainText() == old
    panel.diff.set_texts(old, new)
    panel.source_range = (0, len(old), old)
    panel.diff.accept_all()  # accept all writes the whole rewrite, again as one undo step
    assert panel.editor.toPlainText() == new
    panel.editor.undo()
    assert panel.editor.toPlainText() == old


def test_an_answer_belongs_to_its_document(qtbot, panel) -> None:
    from desktop.engine.drafting.tasks import DraftResult

    store = panel.ctx.store
    first = panel.ctx.current_document_id()
    panel.result = DraftResult("summarize", "Metro runs later.", "en", "m", "m")
    panel.output.setPlainText("Metro runs later.")
    panel._set_running(False)
    other = store.create_document("Bakery", "The bakery opened in 2010.", "en")
    panel.ctx.current_document_id = lambda: other.id
    panel.editor.setPlainText("The bakery opened in 2010.")
    panel.ctx.document_opened(other.id)
    assert panel.output.toPlainText() == "" and panel.result is None and not panel.insert_button.isEnabled()
    panel.ctx.current_document_id = lambda: first
    panel.ctx.document_opened(first)
    assert panel.output.toPlainText() == "Metro runs later." and panel.insert_button.isEnabled()


def test_guard_marks_stay_until_resolved(qtbot, panel) -> None:
    from desktop.engine.drafting.guard import GuardFlag
    from desktop.engine.drafting.tasks import DraftResult
    from desktop.ui.assistant_state import load_guard_marks

    panel.result = DraftResult("summarize", "It cost 99 dollars.", "en", "m", "m",
                               flags=[GuardFlag(8, 10, "99", "number")])
    panel.editor.setPlainText("")
    panel.insert_at_cursor()
    doc = panel.ctx.current_document_id()
    assert len(load_guard_marks(panel.ctx.store, doc)) == 1  # saved with the document
    panel.ctx.document_opened(None)
    assert load_guard_marks(panel.ctx.store, doc)
    panel.ctx.document_opened(doc)
    (mark,) = panel.editor.marks("guard")
    panel.resolve_guard(mark.payload)
    assert panel.editor.marks("guard") == [] and load_guard_marks(panel.ctx.store, doc) == []

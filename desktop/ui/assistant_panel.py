"""The drafting copilot beside the editor: tasks, streaming answers, quotes and fact checks.

Everything slow is an engine job started through ``ctx.jobs`` (the model runs in the thread
pool; its C calls release the GIL, so typing stays smooth). The panel only renders tokens,
offers Insert / Replace (one undo step) / Copy, reviews a rewrite change by change
(:mod:`review_view`), and keeps two editor layers current: "quotes" (quote drift against
the transcript, re-checked after each edit) and "guard" (facts the sources do not support,
kept per document until fixed or marked as checked). Each answer belongs to the document
it was written for (:mod:`assistant_state`); after Stop the partial text stays usable.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.engine.core.errors import CopydeskError
from desktop.engine.core.events import NoteDelta, OutputReset, TokenDelta
from desktop.engine.drafting import guard
from desktop.engine.drafting.qa import Answer, ask_notes
from desktop.engine.drafting.tasks import DraftResult, TaskSpec, run_task
from desktop.ui.assistant_insert import AnswerInsertion
from desktop.ui.assistant_marks import AssistantMarks
from desktop.ui.assistant_route import route_box, start_routed
from desktop.ui.assistant_state import AnswerState, DocumentAnswers, load_guard_marks
from desktop.ui.context import AppContext
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.review_view import ReviewView

ASK = "ask-notes"
CUSTOM = "custom"
RECHECK_MS = 500
QUICK = ("polish", "shorten", "summarize", "headlines", "translate-zh-en", "translate-en-zh")


class AssistantPanel(AssistantMarks, DocumentAnswers, AnswerInsertion, QWidget):
    sig_started = Signal(str)  # task id
    sig_finished = Signal(object)  # DraftResult or Answer
    sig_failed = Signal(object)  # CopydeskError
    sig_cancelled = Signal()
    sig_play_requested = Signal(object, float, float)  # transcript id, start, end
    sig_quotes_checked = Signal(int)  # number of drifted or missing quotes

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editor = ctx.editor
        self.setWindowTitle(self.tr("Assistant"))
        self.handle: Any = None
        self.result: DraftResult | Answer | None = None
        self.source_range: tuple[int, int, str] = (0, 0, "")
        self._guard: list[tuple[int, int, str, str]] = []  # start, end, text, tooltip
        self._player: Any = None
        self.answers: dict[int | None, AnswerState] = {}  # answers of documents not on screen
        self.shown_doc: int | None = ctx.current_document_id()
        self.job_doc: int | None = None  # the document the running task works for
        self.partial = False  # the answer shown was stopped before its end
        self._build()
        self._recheck = QTimer(self, singleShot=True, interval=RECHECK_MS, timeout=self.check_quotes)
        if self.editor is not None:
            self.editor.textChanged.connect(self._on_text_changed)
            self.editor.sig_mark_clicked.connect(self._on_mark)
            self.editor.sig_mark_context.connect(self._on_mark)
            self._quick = self._make_quick_actions()
            self._guard = load_guard_marks(ctx.store, self.shown_doc)
        ctx.on_document_opened.append(self.document_opened)

    # --- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.task_box = QComboBox()
        for task in self.ctx.plugins.tasks.values():
            self.task_box.addItem(task.name(), task.id)
        self.task_box.addItem(self.tr("Ask your notes"), ASK)
        self.task_box.addItem(self.tr("Custom instruction"), CUSTOM)
        self.task_box.currentIndexChanged.connect(self._on_task_changed)
        self.instruction = QLineEdit(placeholderText=self.tr("Or type an instruction, e.g. “make it friendlier”"))
        self.instruction.returnPressed.connect(self.run_current)
        self.language = QComboBox()
        for label, code in ((self.tr("Auto"), ""), ("中文", "zh"), ("English", "en")):
            self.language.addItem(label, code)
        self.transcript = QComboBox()
        self.route = route_box(self)
        self.run_button = QPushButton(self.tr("Run"), clicked=self.run_current)
        self.stop_button = QPushButton(self.tr("Stop"), clicked=self.stop, enabled=False)
        self.scope = QLabel()
        self.status = QLabel(self.tr("Ready"))
        self.status.setWordWrap(True)
        self.output = QPlainTextEdit(readOnly=True)
        self.options = QListWidget()
        self.diff = ReviewView()
        self.diff.sig_apply.connect(self._apply_review)
        self.diff.sig_undo.connect(lambda: self.editor.undo() if self.editor is not None else None)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.output, self.tr("Answer"))
        self.tabs.addTab(self.diff, self.tr("Changes"))
        self.checks = QListWidget()
        self.checks.itemActivated.connect(self._on_check_item)
        self.insert_button = QPushButton(self.tr("Insert at cursor"), clicked=self.insert_at_cursor)
        self.replace_button = QPushButton(self.tr("Replace selection"), clicked=self.replace_selection)
        self.copy_button = QPushButton(self.tr("Copy"), clicked=self.copy)
        row = QHBoxLayout()
        row.addWidget(self.task_box, 1)
        row.addWidget(self.language)
        run_row = FlowLayout()  # wraps on a narrow screen instead of widening the dock
        run_row.addWidget(self.run_button)
        run_row.addWidget(self.stop_button)
        run_row.addStretch(1)
        run_row.addWidget(self.route)
        actions = FlowLayout()
        for button in (self.insert_button, self.replace_button, self.copy_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        for widget in (self.instruction, self.transcript, self.scope):
            layout.addWidget(widget)
        layout.addLayout(run_row)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 3)
        layout.addWidget(self.options, 1)
        layout.addLayout(actions)
        layout.addWidget(QLabel(self.tr("Check before publishing:")))
        layout.addWidget(self.checks, 1)
        self._on_task_changed()
        self._set_running(False)

    def _task(self) -> TaskSpec | None:
        return self.ctx.plugins.tasks.get(self.task_box.currentData())

    def _on_task_changed(self) -> None:
        task = self._task()
        needs = bool(task and task.needs_transcript)
        self.transcript.setVisible(needs)
        if needs:
            self.transcript.clear()
            for tid, title in self.ctx.store.query("SELECT id, title FROM transcripts ORDER BY modified DESC"):
                self.transcript.addItem(title or f"#{tid}", tid)
        self.tabs.setTabEnabled(1, bool(task and task.diff_view))
        self.options.setVisible(bool(task and task.options > 1))

    def _set_running(self, running: bool) -> None:
        running = running and self.job_doc == self.shown_doc
        self.run_button.setEnabled(self.handle is None)
        self.stop_button.setEnabled(running)
        has_answer = not running and (self.result is not None or self.partial) and bool(self.answer_text())
        for button in (self.insert_button, self.copy_button):
            button.setEnabled(has_answer)
        self.replace_button.setEnabled(has_answer and self.editor is not None)

    # --- quick actions -----------------------------------------------------------------------
    def _make_quick_actions(self) -> list[QAction]:
        made = []
        for task_id in QUICK:
            task = self.ctx.plugins.tasks.get(task_id)
            if task is None:
                continue
            act = QAction(self.tr("Assistant: %1").replace("%1", task.name()), self)
            if task.shortcut:
                act.setShortcut(QKeySequence(task.shortcut))
                act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.editor.addAction(act)
            act.triggered.connect(lambda _=False, t=task_id: self.run_task(t))
            made.append(act)
        return made

    def editor_actions(self) -> list[QAction]:
        """Quick actions on the selection, for the editor's context menu."""
        return list(getattr(self, "_quick", []))

    # --- running ----------------------------------------------------------------------------
    def run_current(self) -> None:
        task_id = self.task_box.currentData()
        if self.instruction.text().strip() and task_id not in (ASK,):
            task_id = CUSTOM
        self.run_task(task_id)

    def _input_range(self) -> tuple[int, int, str]:
        if self.editor is None:
            return 0, 0, ""
        text = self.editor.toPlainText()
        start, end = self.editor.selection_range()
        if start == end:
            start, end = 0, len(text)
        return start, end, text[start:end]

    def run_task(self, task_id: str) -> None:
        if self.handle is not None:
            return  # one at a time from this panel; the engine queues any other caller
        index = self.task_box.findData(task_id)
        if index >= 0 and index != self.task_box.currentIndex():
            self.task_box.setCurrentIndex(index)
        self.source_range = self._input_range()
        start, end, text = self.source_range
        whole = (start, end) == (0, len(self.editor.toPlainText())) if self.editor is not None else True
        self.scope.setText(self.tr("Working on the whole document") if whole
                           else self.tr("Working on the selection (%1 characters)").replace("%1", str(len(text))))
        self._sync_document()
        self.job_doc = self.shown_doc
        self.result = None
        self.partial = False
        self.output.clear()
        self.options.clear()
        self.diff.clear()
        self.checks.clear()
        settings = self.ctx.settings
        model = settings.llm_model
        self.status.setText(self.tr("On this device · %1").replace("%1", str(model)))
        language = self.language.currentData() or None
        instruction = self.instruction.text().strip()
        doc_id = self.ctx.current_document_id()
        cloud_allowed = False
        if doc_id is not None:
            cloud_allowed = self.ctx.store.get_document(doc_id).privacy == "cloud"
        transcript_id = self.transcript.currentData() if self.transcript.isVisible() else None
        threads = settings.threads()
        if task_id == ASK:
            question = instruction or text
            label = self.tr("Asking your notes")

            def make_job(cancel):
                return ask_notes(question, self.ctx.store, model, language, cancel=cancel, threads=threads)
        else:
            label = self.tr("Drafting: %1").replace("%1", self.task_box.currentText())
            if task_id != CUSTOM and transcript_id is None and start_routed(self, task_id, text, language,
                                                                             doc_id, label):
                self.sig_started.emit(task_id)
                return

            def make_job(cancel):
                return run_task(task_id, text, language, model, cancel=cancel, transcript_id=transcript_id,
                                store=self.ctx.store, instruction=instruction if task_id == CUSTOM else "",
                                cloud_allowed=cloud_allowed, threads=threads)
        self.handle = self.ctx.jobs.start(label, make_job, on_result=self._on_result, on_error=self._on_error,
                                          on_progress=self._on_progress, on_cancel=self._on_cancel)
        self._set_running(True)
        self.sig_started.emit(task_id)

    def stop(self) -> None:
        if self.handle is not None:
            self.handle.cancel()
            self.status.setText(self.tr("Stopping…"))

    def _on_progress(self, event) -> None:
        if self.job_doc != self.shown_doc:
            state = self.answers.setdefault(self.job_doc, AnswerState())
            if isinstance(event.data, OutputReset):
                state.output = ""
            elif isinstance(event.data, TokenDelta):
                state.output += event.data.text
            return
        if isinstance(event.data, OutputReset):  # the engine is retrying: drop the first attempt
            self.output.clear()
        elif isinstance(event.data, TokenDelta):
            self.output.moveCursor(QTextCursor.MoveOperation.End)
            self.output.insertPlainText(event.data.text)
        elif isinstance(event.data, NoteDelta):
            pass
        elif event.message:
            self.status.setText(self.tr("On this device · %1").replace("%1", event.message))

    def _finish(self) -> None:
        self.handle = None
        self._set_running(False)

    def _on_result(self, result: DraftResult | Answer) -> None:
        if self.job_doc != self.shown_doc:  # finished for a document that is not open: keep it there
            task = self.ctx.plugins.tasks.get(getattr(result, "task_id", ""))
            review = (self.source_range[2], result.text) if task is not None and task.diff_view else ("", "")
            self.answers[self.job_doc] = AnswerState(result, result.text, list(getattr(result, "options", [])),
                                                     0 if getattr(result, "options", None) else -1,
                                                     [(f.message(), f) for f in getattr(result, "flags", [])],
                                                     review, self.source_range, self.scope.text(), "")
            self._finish()
            self.sig_finished.emit(result)
            return
        self.result = result
        self.output.setPlainText(result.text)
        if isinstance(result, DraftResult):
            self.status.setText(self.tr("On this device · %1 · %2 s").replace("%1", result.model_name)
                                .replace("%2", f"{result.seconds:.1f}"))
            for option in result.options:
                self.options.addItem(option)
            if result.options:
                self.options.setCurrentRow(0)
            task = self.ctx.plugins.tasks.get(result.task_id)
            if task is not None and task.diff_view:
                self.diff.set_texts(self.source_range[2], result.text)
            if not result.language_ok:
                self.checks.addItem(self.tr("The answer may not be in the requested language."))
            for problem in getattr(result, "problems", []):
                self.checks.addItem(self.tr("Form: %1").replace("%1", problem))
        else:
            self.status.setText(self.tr("On this device · %1").replace("%1", result.model_name or "—"))
            for citation in result.citations:
                item = QListWidgetItem(f"[{citation.number}] {citation.passage.title}: {citation.passage.text[:80]}")
                item.setData(Qt.ItemDataRole.UserRole, citation.passage)
                self.checks.addItem(item)
        self._add_flags(result.flags)
        self._finish()
        self.sig_finished.emit(result)

    def _on_error(self, err: CopydeskError) -> None:
        self.status.setText(err.full_message())
        self._finish()
        self.sig_failed.emit(err)

    def _on_cancel(self) -> None:
        """Stopped: the words written so far stay, and can be inserted or copied (fact-checked)."""
        self.status.setText(self.tr("Stopped. The text so far is kept above: insert or copy it."))
        partial = self.output.toPlainText().strip()
        self.partial = bool(partial) and self.job_doc == self.shown_doc
        if self.partial:
            task_id = self.task_box.currentData() or CUSTOM
            sources = [self.source_range[2]]
            self.result = DraftResult(task_id, partial, "", "", "", flags=guard.check(partial, sources))
            self._add_flags(self.result.flags)
        self._finish()
        self.sig_cancelled.emit()

    def _add_flags(self, flags: list) -> None:
        for flag in flags:
            item = QListWidgetItem(flag.message())
            item.setData(Qt.ItemDataRole.UserRole, flag)
            self.checks.addItem(item)

    def show_routed(self, result: Any) -> None:
        """A cloud (or routed) answer is an answer like any other: Insert, Replace and Copy work."""
        self.result = result
        self._add_flags(getattr(result, "flags", []))
        self._finish()


def create_panel(ctx: AppContext) -> AssistantPanel:
    return AssistantPanel(ctx)

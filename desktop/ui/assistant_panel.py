"""The drafting copilot beside the editor: tasks, streaming answers, quotes and fact checks.

Everything slow is an engine job started through ``ctx.jobs`` (the model runs in the thread
pool; its C calls release the GIL, so typing stays smooth). The panel only renders tokens,
offers Insert / Replace (one undo step) / Copy, and keeps two editor layers current:
"quotes" (quote drift against the transcript, re-checked after each edit) and "guard"
(names, numbers, dates and places the sources do not contain).
"""

from __future__ import annotations

import difflib
import html
import re
from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.engine import quotes
from desktop.engine.errors import CopydeskError
from desktop.engine.llm import TokenDelta
from desktop.engine.qa import Answer, ask_notes
from desktop.engine.tasks import DraftResult, TaskSpec, run_task
from desktop.ui.assistant_route import route_box, start_routed
from desktop.ui.context import AppContext
from desktop.ui.editor import Mark
from desktop.ui.flow_layout import FlowLayout

ASK = "ask-notes"
CUSTOM = "custom"
QUOTES_LAYER, GUARD_LAYER = "quotes", "guard"
RECHECK_MS = 500
QUICK = ("polish", "shorten", "summarize", "headlines", "translate-zh-en", "translate-en-zh")


def diff_html(old: str, new: str) -> str:
    """Word-level (English) or character-level (Chinese) diff: deletions struck red, additions green."""
    split = (lambda s: list(s)) if re.search(r"[\u4e00-\u9fff]", old + new) else (lambda s: re.findall(r"\s+|\S+", s))
    a, b = split(old), split(new)
    out: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op in ("delete", "replace"):
            out.append(f'<span style="color:#c62828;text-decoration:line-through">{html.escape("".join(a[i1:i2]))}</span>')
        if op in ("insert", "replace"):
            out.append(f'<span style="color:#2e7d32;font-weight:bold">{html.escape("".join(b[j1:j2]))}</span>')
        if op == "equal":
            out.append(html.escape("".join(a[i1:i2])))
    return "<div style='white-space:pre-wrap'>" + "".join(out) + "</div>"


class AssistantPanel(QWidget):
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
        self._build()
        self._recheck = QTimer(self, singleShot=True, interval=RECHECK_MS, timeout=self.check_quotes)
        if self.editor is not None:
            self.editor.textChanged.connect(self._on_text_changed)
            self.editor.sig_mark_clicked.connect(self._on_mark)
            self.editor.sig_mark_context.connect(self._on_mark)
            self._quick = self._make_quick_actions()

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
        self.diff = QTextBrowser()
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
        self.run_button.setEnabled(not running)
        self.stop_button.setEnabled(running)
        has_answer = not running and self.result is not None and bool(self.answer_text())
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
        self.result = None
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
        if isinstance(event.data, TokenDelta):
            if event.data.phase == "reset":  # the engine is retrying: drop the first attempt
                self.output.clear()
            if event.data.phase == "output":
                self.output.moveCursor(QTextCursor.MoveOperation.End)
                self.output.insertPlainText(event.data.text)
        elif event.message:
            self.status.setText(self.tr("On this device · %1").replace("%1", event.message))

    def _finish(self) -> None:
        self.handle = None
        self._set_running(False)

    def _on_result(self, result: DraftResult | Answer) -> None:
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
                self.diff.setHtml(diff_html(self.source_range[2], result.text))
            if not result.language_ok:
                self.checks.addItem(self.tr("The answer may not be in the requested language."))
        else:
            self.status.setText(self.tr("On this device · %1").replace("%1", result.model_name or "—"))
            for citation in result.citations:
                item = QListWidgetItem(f"[{citation.number}] {citation.passage.title}: {citation.passage.text[:80]}")
                item.setData(Qt.ItemDataRole.UserRole, citation.passage)
                self.checks.addItem(item)
        for flag in result.flags:
            item = QListWidgetItem(flag.message())
            item.setData(Qt.ItemDataRole.UserRole, flag)
            self.checks.addItem(item)
        self._finish()
        self.sig_finished.emit(result)

    def _on_error(self, err: CopydeskError) -> None:
        self.status.setText(err.full_message())
        self._finish()
        self.sig_failed.emit(err)

    def _on_cancel(self) -> None:
        self.status.setText(self.tr("Stopped. The text so far is kept above."))
        self._finish()
        self.sig_cancelled.emit()

    # --- using the answer ---------------------------------------------------------------------
    def answer_text(self) -> str:
        if self.options.isVisible() and self.options.currentItem() is not None:
            return self.options.currentItem().text()
        return self.result.text if self.result is not None else self.output.toPlainText()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.answer_text())

    def insert_at_cursor(self) -> None:
        if self.editor is None:
            return
        position = self.editor.py_index(self.editor.textCursor().position())
        self._put(position, position, self.answer_text())

    def replace_selection(self) -> None:
        """Replace what the task worked on (if unchanged since), else the current selection."""
        if self.editor is None:
            return
        start, end, original = self.source_range
        if self.editor.toPlainText()[start:end] != original:
            start, end = self.editor.selection_range()
        self._put(start, end, self.answer_text())

    def _put(self, start: int, end: int, text: str) -> None:
        self.editor.replace_range(start, end, text)  # one undo step
        result = self.result
        if isinstance(result, DraftResult) and text == result.text:
            self._guard += [(start + f.start, start + f.end, f.text, f.message()) for f in result.flags]
            doc_id = self.ctx.current_document_id()
            if result.quotes and doc_id is not None:
                quotes.save_quote_links(self.ctx.store, doc_id, result.quotes)
        self._show_guard()
        self.check_quotes()

    # --- editor layers ---------------------------------------------------------------------------
    def _on_text_changed(self) -> None:
        self._recheck.start()

    def _show_guard(self) -> None:
        """Guard highlights follow their words as the text is edited; fixed words lose theirs."""
        body = self.editor.toPlainText()
        kept = []
        for start, end, word, tip in self._guard:
            if body[start:end] != word:
                found = body.find(word, max(0, start - 200), end + 200)
                if found < 0:
                    continue
                start, end = found, found + len(word)
            kept.append((start, end, word, tip))
        self._guard = kept
        self.editor.set_marks(GUARD_LAYER, [Mark(s, e, "guard", tip, underline=False) for s, e, _w, tip in kept])

    def check_quotes(self) -> None:
        """Re-check every linked quote of the open document and mark drift."""
        if self.editor is None:
            return
        if self._guard:
            self._show_guard()
        doc_id = self.ctx.current_document_id()
        links = quotes.load_quote_links(self.ctx.store, doc_id) if doc_id is not None else []
        checks = quotes.check_quotes(self.editor.toPlainText(), links)
        marks = [Mark(c.char_start, c.char_end, "quote-drift", c.message(), payload=c)
                 for c in checks if c.status == "drift" and c.char_start is not None]
        self.editor.set_marks(QUOTES_LAYER, marks)
        self.sig_quotes_checked.emit(sum(1 for c in checks if c.status != "ok"))

    def _on_mark(self, mark: Mark, where: QPoint) -> None:
        check = mark.payload
        if not isinstance(check, quotes.QuoteCheck):
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Original: “%1”").replace("%1", check.link.original[:80])).setEnabled(False)
        menu.addAction(self.tr("▶ Play the recording"), lambda: self.play(check.link))
        menu.addAction(self.tr("Restore the original words"),
                       lambda: self.editor.replace_range(check.char_start, check.char_end, check.link.original))
        menu.addAction(self.tr("Unlink this quote"), lambda: self._unlink(check.link))
        menu.popup(where)

    def _unlink(self, link: quotes.QuoteLink) -> None:
        if link.id is not None:
            quotes.delete_quote_link(self.ctx.store, link.id)
        self.check_quotes()

    def play(self, link: quotes.QuoteLink) -> None:
        """Play the quote's stretch of the recording (emitted too, for the transcript view)."""
        self.sig_play_requested.emit(link.transcript_id, link.start, link.end)
        rows = self.ctx.store.query("SELECT a.path FROM transcripts t JOIN assets a ON a.id=t.asset_id "
                                    "WHERE t.id=?", (link.transcript_id,)) if link.transcript_id else []
        if not rows:
            self.status.setText(self.tr("The recording for this quote is not in the library."))
            return
        from desktop.ui.audio_player import AudioPlayer

        if self._player is None:
            self._player = AudioPlayer(self)
        self._player.load(rows[0][0])
        self._player.play_from(link.start)
        QTimer.singleShot(int(max(0.5, link.end - link.start) * 1000) + 300, self._player.stop)

    def _on_check_item(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if getattr(data, "kind", "") == "document":
            self.ctx.open_document(data.source_id)


def create_panel(ctx: AppContext) -> AssistantPanel:
    return AssistantPanel(ctx)

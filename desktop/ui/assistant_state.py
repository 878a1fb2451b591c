"""What the assistant panel remembers per document: its answer, and the guard's marks.

An answer belongs to the story it was written for. Switching documents stores the panel's
answer (text, options, checks, the review of changes) with the document it came from and
shows the new document's own answer, or nothing; an answer that finishes while another
document is open is kept for its own document. Guard marks ("check this number") are
saved in the library per document, so they survive a switch and a restart until the
reporter fixes the words or marks them as checked.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidgetItem

GUARD_META = "guard_marks:{doc_id}"

GuardMark = tuple[int, int, str, str]  # start, end, the flagged words, the tooltip


@dataclass
class AnswerState:
    """A snapshot of the panel's answer area for one document."""

    result: Any = None  # DraftResult, Answer, RoutedResult, or None
    output: str = ""
    options: list[str] = field(default_factory=list)
    option_row: int = -1
    checks: list[tuple[str, Any]] = field(default_factory=list)  # text, item data
    review: tuple[str, str] = ("", "")  # old, new for the Changes tab
    source_range: tuple[int, int, str] = (0, 0, "")
    scope: str = ""
    status: str = ""
    task_index: int = -1

    @property
    def empty(self) -> bool:
        return self.result is None and not self.output


def load_guard_marks(store: Any, doc_id: int | None) -> list[GuardMark]:
    if doc_id is None:
        return []
    raw = store.get_meta(GUARD_META.format(doc_id=doc_id))
    if not raw:
        return []
    try:
        items = json.loads(raw)
    except ValueError:
        return []
    marks: list[GuardMark] = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, list) and len(item) == 4 and isinstance(item[0], int) and isinstance(item[1], int):
            marks.append((item[0], item[1], str(item[2]), str(item[3])))
    return marks


def save_guard_marks(store: Any, doc_id: int | None, marks: list[GuardMark]) -> None:
    if doc_id is None:
        return
    key = GUARD_META.format(doc_id=doc_id)
    value = json.dumps([list(m) for m in marks], ensure_ascii=False)
    if (store.get_meta(key) or "[]") != value:
        store.set_meta(key, value)


def follow_marks(body: str, marks: list[GuardMark]) -> list[GuardMark]:
    """Marks moved to where their words are now; marks whose words were changed are resolved."""
    kept: list[GuardMark] = []
    for start, end, word, tip in marks:
        if body[start:end] != word:
            found = body.find(word, max(0, start - 200), end + 200)
            if found < 0:
                continue
            start, end = found, found + len(word)
        kept.append((start, end, word, tip))
    return kept


class DocumentAnswers:
    """Mixin of the assistant panel: swaps the answer area when the open document changes."""

    ctx: Any
    answers: dict[int | None, AnswerState]
    shown_doc: int | None
    job_doc: int | None

    def _sync_document(self) -> None:
        """Notice a document switch even when no one told us (the hook is the usual way)."""
        current = self.ctx.current_document_id()
        if current != self.shown_doc:
            self.document_opened(current)

    def document_opened(self, doc_id: int | None) -> None:
        """Put this document's own answer and guard marks on screen; keep the previous one's."""
        if doc_id == self.shown_doc:
            return
        self.answers[self.shown_doc] = self._snapshot()
        self.shown_doc = doc_id
        self._restore(self.answers.pop(doc_id, AnswerState()))
        self._guard = load_guard_marks(self.ctx.store, doc_id)
        if self.editor is not None:
            self._show_guard()
        self._set_running(self.handle is not None)

    def keep_for_job_doc(self, text: str, reset: bool = False) -> bool:
        """Streamed words of a task whose document is not on screen go to that document's
        stored answer, not into the panel. True when they were kept there (do not show them)."""
        if self.job_doc == self.shown_doc:
            return False
        state = self.answers.setdefault(self.job_doc, AnswerState())
        state.output = "" if reset else state.output + text
        return True

    def _snapshot(self) -> AnswerState:
        checks = [(self.checks.item(i).text(), self.checks.item(i).data(Qt.ItemDataRole.UserRole))
                  for i in range(self.checks.count())]
        return AnswerState(self.result, self.output.toPlainText(),
                           [self.options.item(i).text() for i in range(self.options.count())],
                           self.options.currentRow(), checks, (self.diff.old, self.diff.new), self.source_range,
                           self.scope.text(), self.status.text(), self.task_box.currentIndex())

    def _restore(self, state: AnswerState) -> None:
        self.result, self.source_range, self.partial = state.result, state.source_range, False
        if state.task_index >= 0:
            self.task_box.setCurrentIndex(state.task_index)
        self.output.setPlainText(state.output)
        self.options.clear()
        self.options.addItems(state.options)
        if state.option_row >= 0:
            self.options.setCurrentRow(state.option_row)
        self.checks.clear()
        for text, data in state.checks:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, data)
            self.checks.addItem(item)
        self.diff.set_texts(*state.review)
        self.scope.setText(state.scope)
        self.status.setText(state.status or QCoreApplication.translate("AssistantPanel", "Ready"))
        self.partial = state.result is None and bool(state.output)

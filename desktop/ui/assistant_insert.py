"""Assistant panel: putting the answer into the story (Insert, Replace, Copy, reviewed merge).

A mixin split from assistant_panel.py. Each change to the document is one undo step, and
the answer's fact-check flags and quote links travel with the words that reach the story.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QGuiApplication

from desktop.engine.drafting import quotes
from desktop.engine.drafting.tasks import DraftResult

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidget, QPlainTextEdit

    from desktop.ui.context import AppContext
    from desktop.ui.editor import Editor
    from desktop.ui.review_view import ReviewView


class AnswerInsertion:
    """Mixed into AssistantPanel, which provides the attributes declared here."""

    ctx: AppContext
    editor: Editor | None
    result: Any
    options: QListWidget
    output: QPlainTextEdit
    diff: ReviewView
    source_range: tuple[int, int, str]
    _guard: list[tuple[int, int, str, str]]
    _sync_document: Callable[[], None]
    _show_guard: Callable[[], None]
    check_quotes: Callable[[], None]

    def answer_text(self) -> str:
        if self.options.isVisible() and self.options.currentItem() is not None:
            return self.options.currentItem().text()
        text = getattr(self.result, "text", "") if self.result is not None else ""
        return text or self.output.toPlainText()

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
        self._sync_document()
        self.editor.replace_range(start, end, text)  # one undo step
        result = self.result
        answer = getattr(result, "text", None)
        flags = list(getattr(result, "flags", []))
        if flags and answer and answer in text:  # the answer itself, or an option/merge containing it
            at = start + text.index(answer)
            self._guard += [(at + f.start, at + f.end, f.text, f.message()) for f in flags]
        elif flags:  # one headline option, or a reviewed merge: keep the flags whose words are there
            for f in flags:
                found = text.find(f.text)
                if found >= 0:
                    self._guard.append((start + found, start + found + len(f.text), f.text, f.message()))
        doc_id = self.ctx.current_document_id()
        links = getattr(result, "quotes", None)
        if isinstance(result, DraftResult) and links and text == result.text and doc_id is not None:
            quotes.save_quote_links(self.ctx.store, doc_id, links)
        self._show_guard()
        self.check_quotes()

    def _apply_review(self, merged: str) -> None:
        """The Changes tab's chosen version replaces what the task worked on (one undo step)."""
        if self.editor is None:
            return
        start, end, original = self.source_range
        if self.editor.toPlainText()[start:end] != original:
            start, end = self.editor.selection_range()
        self._put(start, end, merged)
        self.source_range = (start, start + len(merged), merged)
        self.diff.old = merged  # a second Apply starts from what is now in the document

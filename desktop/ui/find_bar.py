"""The find-and-replace bar under the editor (Ctrl+F, Ctrl+H; F3 / Shift+F3; Esc closes).

Matching is the engine's (``desktop.engine.core.find``); this widget only shows the matches as a
highlight layer on the editor, moves the selection, and replaces through the editor so that
Replace all is a single undo step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QToolButton, QWidget

from desktop.engine.core.find import MAX_MATCHES, FindOptions, find_all, next_match, replace_all
from desktop.ui.editor import Editor, Mark

LAYER = "find"
HIGHLIGHT = "#ffd54f"
MAX_HIGHLIGHTS = 2000  # every match is counted; drawing 100,000 highlights would stall the editor
MAX_SPAN_EDITS = 1000  # beyond this, Replace all swaps the whole text (still one undo step)


class FindBar(QWidget):
    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.editor = editor
        self.matches: list[tuple[int, int]] = []
        self.current: int | None = None
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("Find in document"))
        self.find_edit.setClearButtonEnabled(True)
        self.replace_edit = QLineEdit()
        self.replace_edit.setPlaceholderText(self.tr("Replace with"))
        self.match_case = QToolButton()
        self.match_case.setText("Aa")
        self.match_case.setToolTip(self.tr("Match case"))
        self.whole_word = QToolButton()
        self.whole_word.setText(self.tr("Word", "whole-word toggle, keep it short"))
        self.whole_word.setToolTip(self.tr("Whole word"))
        for toggle in (self.match_case, self.whole_word):
            toggle.setCheckable(True)
        self.count = QLabel("")
        self.previous_button = QToolButton()
        self.previous_button.setText("↑")
        self.previous_button.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.next_button = QToolButton()
        self.next_button.setText("↓")
        self.next_button.setToolTip(self.tr("Next match (F3)"))
        self.replace_button = QPushButton(self.tr("Replace"))
        self.replace_all_button = QPushButton(self.tr("Replace all"))
        close = QToolButton()
        close.setText("✕")
        close.setToolTip(self.tr("Close (Esc)"))
        # Two short rows that fit beside the panels at 1024 px: the bar never widens the window.
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 2, 6, 2)
        grid.setHorizontalSpacing(4)
        grid.addWidget(self.find_edit, 0, 0)
        grid.addWidget(self.match_case, 0, 1)
        grid.addWidget(self.whole_word, 0, 2)
        grid.addWidget(self.previous_button, 0, 3)
        grid.addWidget(self.next_button, 0, 4)
        grid.addWidget(close, 0, 5)
        grid.addWidget(self.replace_edit, 1, 0)
        grid.addWidget(self.replace_button, 1, 1, 1, 2)
        grid.addWidget(self.replace_all_button, 1, 3, 1, 3)
        grid.addWidget(self.count, 2, 0, 1, 6)
        grid.setColumnStretch(0, 1)
        self.find_edit.setMinimumWidth(40)
        self.replace_edit.setMinimumWidth(40)
        self.count.setMinimumWidth(1)
        # the pane decides the width; opening the bar must never push the window wider
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._refresh_timer = QTimer(self, singleShot=True, interval=120)
        self._refresh_timer.timeout.connect(self.refresh)
        self.find_edit.textChanged.connect(self._search_changed)
        self.match_case.toggled.connect(self._search_changed)
        self.whole_word.toggled.connect(self._search_changed)
        self.find_edit.returnPressed.connect(self.find_next)
        self.replace_edit.returnPressed.connect(self.replace_one)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button.clicked.connect(self.replace_all)
        close.clicked.connect(self.close_bar)
        editor.textChanged.connect(self._editor_changed)
        self.hide()  # F3 / Shift+F3 are the window's Find next / Find previous actions

    # --- opening and closing -----------------------------------------------------------
    def open_find(self, replace: bool = False) -> None:
        """Show the bar; the editor's selection (one line) becomes the query."""
        selected = self.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_edit.setText(selected)
        self.replace_edit.setVisible(True)
        self.show()
        (self.replace_edit if replace and self.find_edit.text() else self.find_edit).setFocus()
        self.find_edit.selectAll()
        self.refresh()

    def close_bar(self) -> None:
        self.hide()
        self.editor.clear_marks(LAYER)
        self.editor.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.find_previous()
            return
        super().keyPressEvent(event)

    # --- matching ----------------------------------------------------------------------
    def options(self) -> FindOptions:
        return FindOptions(match_case=self.match_case.isChecked(), whole_word=self.whole_word.isChecked())

    def _search_changed(self, *_args: object) -> None:
        self.current = None
        self.refresh()
        if self.matches:  # as-you-type: jump to the first match from the cursor
            self._select(next_match(self.matches, self.editor.py_index(self.editor.textCursor().selectionStart())))

    def _editor_changed(self) -> None:
        if self.isVisible() and self.find_edit.text():
            self._refresh_timer.start()

    def refresh(self) -> None:
        self.matches = find_all(self.editor.toPlainText(), self.find_edit.text(), self.options())
        if self.current is not None and self.current >= len(self.matches):
            self.current = None
        marks = [Mark(s, e, kind=LAYER, color=HIGHLIGHT, underline=False) for s, e in self.matches[:MAX_HIGHLIGHTS]]
        self.editor.set_marks(LAYER, marks)
        self._show_count()

    def _show_count(self) -> None:
        query, n = self.find_edit.text(), len(self.matches)
        if not query:
            self.count.setText("")
        elif n == 0:
            self.count.setText(self.tr("No matches"))
        elif self.current is None and n == 1:
            self.count.setText(self.tr("1 match"))
        elif self.current is None:
            total = f"{n:,}+" if n >= MAX_MATCHES else f"{n:,}"
            self.count.setText(self.tr("%1 matches").replace("%1", total))
        else:
            self.count.setText(self.tr("%1 of %2").replace("%1", f"{self.current + 1:,}").replace("%2", f"{n:,}"))
        self.replace_button.setEnabled(n > 0)
        self.replace_all_button.setEnabled(n > 0)

    def _select(self, index: int | None) -> None:
        self.current = index
        if index is not None:
            start, end = self.matches[index]
            cursor = self.editor.textCursor()
            cursor.setPosition(self.editor.qt_pos(start))
            cursor.setPosition(self.editor.qt_pos(end), QTextCursor.MoveMode.KeepAnchor)
            self.editor.setTextCursor(cursor)
            self.editor.ensureCursorVisible()
        self._show_count()

    def _current_is_selected(self) -> bool:
        if self.current is None or self.current >= len(self.matches):
            return False
        return self.editor.selection_range() == self.matches[self.current]

    def find_next(self) -> None:
        if not self.isVisible():
            self.open_find()
        self.refresh()
        start, end = self.editor.selection_range()
        self._select(next_match(self.matches, end if start != end else start))

    def find_previous(self) -> None:
        if not self.isVisible():
            self.open_find()
        self.refresh()
        self._select(next_match(self.matches, self.editor.selection_range()[0], backwards=True))

    # --- replacing ---------------------------------------------------------------------
    def replace_one(self) -> None:
        """Replace the selected match (or first go to the next one), then move on."""
        self.refresh()
        if not self._current_is_selected():
            selected = self.editor.selection_range()
            self.current = next((i for i, m in enumerate(self.matches) if m == selected), None)
        if self.current is None:
            self.find_next()
            return
        start, end = self.matches[self.current]
        replacement = self.replace_edit.text()
        self.editor.replace_range(start, end, replacement)
        self.refresh()
        self._select(next_match(self.matches, start + len(replacement)))

    def replace_all(self) -> int:
        """Replace every match in one edit block: one Undo brings them all back."""
        self.refresh()
        if not self.matches:
            return 0
        replacement = self.replace_edit.text()
        cursor = QTextCursor(self.editor.document())
        cursor.beginEditBlock()
        if len(self.matches) > MAX_SPAN_EDITS:
            new_text, _n = replace_all(self.editor.toPlainText(), self.find_edit.text(), replacement, self.options())
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(new_text)
        else:
            spans = [(self.editor.qt_pos(s), self.editor.qt_pos(e)) for s, e in self.matches]  # before any edit
            for start, end in reversed(spans):  # from the end: earlier positions stay valid
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                cursor.insertText(replacement)
        cursor.endEditBlock()
        count = len(self.matches)
        self.current = None
        self.refresh()
        self.count.setText(self.tr("Replaced %1").replace("%1", f"{count:,}"))
        return count

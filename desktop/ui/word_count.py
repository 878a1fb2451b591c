"""Status-bar word count: ``1,234 字 · 56 words`` for the story, or for the selection."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from desktop.engine.markup import strip_marks
from desktop.engine.wordcount import count_text, format_count
from desktop.ui.editor import Editor


class WordCountLabel(QLabel):
    """Counts after a short pause (a 1 MB story costs ~30 ms to count; typing never waits)."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wordCount")
        self.editor = editor
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.update_count)
        editor.textChanged.connect(self._timer.start)
        editor.selectionChanged.connect(self._timer.start)
        self.update_count()

    def update_count(self) -> None:
        cursor = self.editor.textCursor()
        if cursor.hasSelection():
            start, end = self.editor.selection_range()
            count = count_text(strip_marks(self.editor.toPlainText()[start:end]))
            self.setText(self.tr("Selection: %1").replace("%1", format_count(count)))
        else:
            count = count_text(strip_marks(self.editor.toPlainText()))
            self.setText(format_count(count))
        self.setToolTip(self.tr("%1 characters, not counting spaces").replace("%1", f"{count.chars:,}"))

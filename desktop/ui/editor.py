"""The plain-text editor with layered marks (proofreading underlines, quote drift, guard).

Features draw on the editor by *layer*: ``set_marks("proofread", marks)`` replaces only that
layer. Offsets are Python string indices into ``toPlainText()`` (converted here to Qt's
UTF-16 positions, so emoji and rare CJK characters do not shift the marks).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QMouseEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QWidget

KIND_COLORS = {
    "typo": "#d32f2f",
    "spelling": "#d32f2f",
    "grammar": "#1976d2",
    "punctuation": "#7b1fa2",
    "style": "#2e7d32",
    "compliance": "#ef6c00",
    "quote-drift": "#c62828",
    "guard": "#f9a825",
    "low-confidence": "#9e9e9e",
}


@dataclass(frozen=True)
class Mark:
    start: int  # Python str index
    end: int
    kind: str = "typo"
    tooltip: str = ""
    color: str = ""  # empty: by kind
    underline: bool = True  # False: background highlight
    payload: object = None  # set by the owning feature: clicks and right-clicks go back to it


def utf16_offsets(text: str) -> list[int]:
    """Map Python index → Qt (UTF-16) position, for every index 0..len(text)."""
    out = [0] * (len(text) + 1)
    pos = 0
    for i, ch in enumerate(text):
        out[i] = pos
        pos += 2 if ord(ch) > 0xFFFF else 1
    out[len(text)] = pos
    return out


class Editor(QPlainTextEdit):
    """Plain text with paragraphs; marks are extra selections, never part of the text."""

    sig_mark_clicked = Signal(object, QPoint)  # Mark, global position
    sig_mark_context = Signal(object, QPoint)  # right-click on a mark

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layers: dict[str, list[Mark]] = {}
        self.extra_context_actions: list[QAction] = []  # quick actions added by panels
        self._index_cache: tuple[int, list[int]] | None = None
        font = QFont()
        font.setPointSize(12)
        self.setFont(font)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setMouseTracking(True)
        self.document().setDocumentMargin(12)
        self.textChanged.connect(self._invalidate)

    # --- positions ---------------------------------------------------------------------
    def _invalidate(self) -> None:
        self._index_cache = None

    def _offsets(self) -> list[int]:
        rev = self.document().revision()
        if self._index_cache is None or self._index_cache[0] != rev:
            self._index_cache = (rev, utf16_offsets(self.toPlainText()))
        return self._index_cache[1]

    def qt_pos(self, index: int) -> int:
        offsets = self._offsets()
        return offsets[max(0, min(index, len(offsets) - 1))]

    def py_index(self, qt_position: int) -> int:
        offsets = self._offsets()
        lo, hi = 0, len(offsets) - 1
        while lo < hi:  # first index whose Qt position is >= qt_position
            mid = (lo + hi) // 2
            if offsets[mid] < qt_position:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def selection_range(self) -> tuple[int, int]:
        cursor = self.textCursor()
        return self.py_index(cursor.selectionStart()), self.py_index(cursor.selectionEnd())

    def replace_range(self, start: int, end: int, text: str) -> None:
        """Replace text as one undo step, keeping the rest of the document (and its undo) intact."""
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        cursor.setPosition(self.qt_pos(start))
        cursor.setPosition(self.qt_pos(end), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text)
        cursor.endEditBlock()

    # --- marks -------------------------------------------------------------------------
    def set_marks(self, layer: str, marks: list[Mark]) -> None:
        self._layers[layer] = list(marks)
        self._render()

    def clear_marks(self, layer: str | None = None) -> None:
        if layer is None:
            self._layers.clear()
        else:
            self._layers.pop(layer, None)
        self._render()

    def marks(self, layer: str | None = None) -> list[Mark]:
        if layer is not None:
            return list(self._layers.get(layer, []))
        return [m for marks in self._layers.values() for m in marks]

    def _render(self) -> None:
        selections = []
        length = len(self.toPlainText())
        for marks in self._layers.values():
            for mark in marks:
                if mark.start >= mark.end or mark.end > length:
                    continue
                sel = QTextEdit.ExtraSelection()
                fmt = QTextCharFormat()
                color = QColor(mark.color or KIND_COLORS.get(mark.kind, "#d32f2f"))
                if mark.underline:
                    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                    fmt.setUnderlineColor(color)
                else:
                    color.setAlpha(70)
                    fmt.setBackground(color)
                if mark.tooltip:
                    fmt.setToolTip(mark.tooltip)
                sel.format = fmt
                cursor = QTextCursor(self.document())
                cursor.setPosition(self.qt_pos(mark.start))
                cursor.setPosition(self.qt_pos(mark.end), QTextCursor.MoveMode.KeepAnchor)
                sel.cursor = cursor
                selections.append(sel)
        self.setExtraSelections(selections)

    def mark_at(self, index: int) -> Mark | None:
        for marks in reversed(list(self._layers.values())):
            for mark in marks:
                if mark.start <= index < mark.end:
                    return mark
        return None

    def _mark_under(self, pos: QPoint) -> Mark | None:
        cursor = self.cursorForPosition(pos)
        return self.mark_at(self.py_index(cursor.position()))

    # --- events ------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        mark = self._mark_under(event.position().toPoint())
        if mark is not None and mark.tooltip:
            QToolTip.showText(event.globalPosition().toPoint(), mark.tooltip, self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            mark = self._mark_under(event.position().toPoint())
            if mark is not None:
                self.sig_mark_clicked.emit(mark, event.globalPosition().toPoint())

    def contextMenuEvent(self, event) -> None:
        mark = self._mark_under(event.pos())
        if mark is not None and mark.payload is not None:
            # the feature that owns the mark shows its own menu (ignore, add to dictionary…)
            self.sig_mark_context.emit(mark, event.globalPos())
            return
        menu = self.createStandardContextMenu()
        if self.extra_context_actions:
            menu.addSeparator()
            for action in self.extra_context_actions:
                menu.addAction(action)
        menu.exec(event.globalPos())

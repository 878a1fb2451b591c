"""A one-line label that shortens itself with "…" and shows the whole text as its tooltip.

A QLabel asks for the width of its whole text; in a status bar or a panel that request passes up
to the main window, which then widened by itself with every longer error message (1280 → 2900 px)
and never shrank back. This label asks only for a little room, draws as much as fits and keeps
the full text in the tooltip (and in ``full_text`` for tests and copy actions).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

MIN_CHARS = 6  # what stays readable however narrow the label gets


class ElidedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> None:
        super().__init__(parent)
        self._full = ""
        self._mode = mode
        self._tooltip_is_text = True
        # Preferred: it gets its whole width when there is room; only the (small) minimum is enforced
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setWordWrap(False)
        self.setText(text)

    @property
    def full_text(self) -> str:
        return self._full

    def setText(self, text: str) -> None:
        self._full = text or ""
        if self._tooltip_is_text:
            super().setToolTip(self._full if self._is_elided() else "")
        self._elide()
        self.updateGeometry()

    def text(self) -> str:
        return self._full

    def setToolTip(self, tip: str) -> None:
        """An explicit tooltip (a reason, say) wins over the automatic full text."""
        self._tooltip_is_text = not tip
        super().setToolTip(tip)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._full) + margins.left() + margins.right() + 8
        return QSize(width, hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        margins = self.contentsMargins()
        shortest = self.fontMetrics().horizontalAdvance(self._full[:MIN_CHARS] + "…")
        return QSize(min(shortest, self.sizeHint().width()) + margins.left() + margins.right(), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()
        if self._tooltip_is_text:
            super().setToolTip(self._full if self._is_elided() else "")

    def _room(self) -> int:
        return max(0, self.contentsRect().width() - 8)  # stylesheet padding and a little air

    def _is_elided(self) -> bool:
        return "\n" in self._full or self.fontMetrics().horizontalAdvance(self._full) > self._room()

    def _elide(self) -> None:
        one_line = " ".join(self._full.split("\n"))
        shown = self.fontMetrics().elidedText(one_line, self._mode, self._room()) if one_line else ""
        super().setText(shown)

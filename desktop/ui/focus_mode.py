"""Focus mode: full screen, only the title and the text (F11 toggles, Esc leaves).

Panels, the document list and the menu bar are hidden and put back exactly as they were;
the text sits in a centred column of readable width.
Menu shortcuts keep working while the menu bar is hidden (the actions are lent to the
window for the duration).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QDockWidget, QWidget

if TYPE_CHECKING:
    from desktop.ui.window_parts import WindowParts

COLUMN_PX = 820  # about 40 Chinese characters or 90 Latin ones per line at the editor's font


class FocusMode(QObject):
    def __init__(self, window: WindowParts) -> None:
        super().__init__(window)
        self.window = window
        self.active = False
        self._hidden: list[QWidget] = []
        self._lent: list[QAction] = []
        self._was_full_screen = False
        self.action = QAction(self.tr("Focus mode"), window)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence("F11"))
        self.action.toggled.connect(self.set_active)
        self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), window)
        self._escape.setEnabled(False)
        self._escape.activated.connect(self._on_escape)

    def set_active(self, on: bool) -> None:
        if on == self.active:
            return
        self.active = on
        if on:
            self._enter()
        else:
            self._leave()
        if self.action.isChecked() != on:
            self.action.setChecked(on)

    def _enter(self) -> None:
        w = self.window
        self._was_full_screen = w.isFullScreen()
        candidates: list[QWidget] = [w.documents, w.menuBar(), *w.findChildren(QDockWidget)]
        self._hidden = [c for c in candidates if c.isVisible()]
        self._lent = [a for top in w.menuBar().actions() if top.menu() is not None for a in top.menu().actions()
                      if not a.shortcut().isEmpty() and a not in w.actions()]
        w.addActions(self._lent)
        for widget in self._hidden:
            widget.hide()
        self._escape.setEnabled(True)
        if not self._was_full_screen:
            w.showFullScreen()
        w.editor.installEventFilter(self)
        self._centre()
        w.editor.setFocus()

    def _centre(self) -> None:
        editor = self.window.editor
        side = max(0, (editor.width() - COLUMN_PX) // 2) if self.active else 0
        editor.setViewportMargins(side, 0, side, 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window.editor and event.type() == QEvent.Type.Resize:
            self._centre()
        return False

    def _leave(self) -> None:
        w = self.window
        w.editor.removeEventFilter(self)
        self._centre()
        self._escape.setEnabled(False)
        for widget in self._hidden:
            widget.show()
        for act in self._lent:
            w.removeAction(act)
        self._hidden, self._lent = [], []
        if not self._was_full_screen:
            w.showNormal()
        w.editor.setFocus()

    def _on_escape(self) -> None:
        find_bar = getattr(self.window, "find_bar", None)
        if find_bar is not None and find_bar.isVisible() and find_bar.isAncestorOf(self.window.focusWidget()):
            find_bar.close_bar()  # Esc closes the find bar first, the next Esc leaves focus mode
            return
        self.set_active(False)

"""Give the editor the room: sensible first proportions and a window that fits the screen.

Left alone, the docks took their preferred width (516 px) and the document list its own, which
left a 215 px editor on a 1024 × 700 laptop screen. On first start (no saved layout) the list
gets about a fifth of the width and the panels about a third; a saved window larger than the
screen it opens on is brought back inside it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QTabBar

LIST_SHARE, LIST_MIN, LIST_MAX = 0.20, 200, 300
DOCK_SHARE, DOCK_MIN, DOCK_MAX = 0.30, 280, 520


def _clamp(value: float, low: int, high: int) -> int:
    return int(max(low, min(high, value)))


class _OnFirstShow(QObject):
    """Applies the proportions once the window has its real size (resizeDocks needs a shown window)."""

    def __init__(self, window: QMainWindow, splitter: QSplitter) -> None:
        super().__init__(window)
        self.window, self.splitter = window, splitter
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Show:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, lambda: _apply(self.window, self.splitter))
        return False


def first_proportions(window: QMainWindow, splitter: QSplitter) -> None:
    """List, editor and panels in proportions that leave the editor the largest part."""
    if window.isVisible():
        _apply(window, splitter)
    else:
        _OnFirstShow(window, splitter)


def readable_tabs(window: QMainWindow) -> None:
    """Panel tabs keep their whole names ("Ass…" said nothing) and scroll when they do not fit."""
    for bar in window.findChildren(QTabBar):
        bar.setElideMode(Qt.TextElideMode.ElideNone)
        bar.setUsesScrollButtons(True)


def _apply(window: QMainWindow, splitter: QSplitter) -> None:
    readable_tabs(window)
    width = window.width()
    docks = [d for d in window.findChildren(QDockWidget) if not d.isFloating()]
    if docks:
        window.resizeDocks(docks, [_clamp(width * DOCK_SHARE, DOCK_MIN, DOCK_MAX)] * len(docks),
                           Qt.Orientation.Horizontal)
    list_width = _clamp(width * LIST_SHARE, LIST_MIN, LIST_MAX)
    splitter.setSizes([list_width, max(1, splitter.width() - list_width)])


def keep_on_screen(window: QMainWindow) -> None:
    """A restored geometry from a bigger monitor must not leave the window larger than this screen."""
    screen = window.screen()
    if screen is None:
        return
    room = screen.availableGeometry()
    frame = window.frameGeometry()
    extra_w = frame.width() - window.width()
    extra_h = frame.height() - window.height()
    width = min(window.width(), room.width() - extra_w)
    height = min(window.height(), room.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, 400), max(height, 300))
    if not room.contains(window.frameGeometry().topLeft()):
        window.move(room.topLeft())

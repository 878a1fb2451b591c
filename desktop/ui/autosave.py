"""Autosave: write the open document within ``interval`` of the last keystroke, off the GUI thread.

A pure "quiet for N seconds" timer never fires while someone types steadily, so a second
single-shot timer starts with the first unsaved keystroke and is *not* restarted: whatever the
typing pattern, no keystroke waits longer than ``max_wait`` (the interval less a margin for the
write itself) before it is on disk. The window also saves at once on focus loss and close.

Saves never overlap and never reorder: a background save carries a sequence number and is
skipped if a newer synchronous ``flush`` (document switch, close) already wrote newer text.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from desktop.engine.library.store import Store
from desktop.ui.jobs import JobRunner

#: Time a background save needs, at most, to reach the disk (a WAL commit takes milliseconds).
WRITE_MARGIN_S = 0.5


def max_wait_seconds(interval_s: float) -> float:
    """Longest a keystroke waits for a save under steady typing: the interval less the write margin."""
    return max(0.2, min(interval_s, interval_s - WRITE_MARGIN_S))


class Autosaver(QObject):
    sig_state = Signal(str)  # "editing" | "saved" | "failed"
    sig_error = Signal(object)

    def __init__(self, store: Store, jobs: JobRunner, snapshot: Callable[[], tuple[int | None, str, str]],
                 interval_s: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.jobs = jobs
        self.snapshot = snapshot  # () -> (doc_id, title, body) of what is on screen
        self.timer = QTimer(self, singleShot=True)  # quiet period after the last keystroke
        self.timer.timeout.connect(self.save_in_background)
        self.deadline = QTimer(self, singleShot=True)  # since the first unsaved keystroke, never restarted
        self.deadline.timeout.connect(self.save_in_background)
        self.set_interval(interval_s)
        self._saving = False
        self._again = False
        self._seq = 0
        self._lock = threading.Lock()

    def set_interval(self, seconds: float) -> None:
        self.timer.setInterval(int(seconds * 1000))
        self.deadline.setInterval(int(max_wait_seconds(seconds) * 1000))

    @property
    def dirty(self) -> bool:
        """Keystrokes are waiting for a save."""
        return self.timer.isActive() or self.deadline.isActive() or self._again

    def changed(self) -> None:
        self.sig_state.emit("editing")
        if not self.deadline.isActive():
            self.deadline.start()
        self.timer.start()

    def save_in_background(self) -> None:
        self.timer.stop()
        self.deadline.stop()
        doc_id, title, body = self.snapshot()
        if doc_id is None:
            return
        if self._saving:
            self._again = True
            return
        self._saving = True
        self._seq += 1
        seq = self._seq

        def job(cancel):
            with self._lock:  # a newer synchronous flush wins over this older text
                if seq == self._seq:
                    self.store.save_document(doc_id, title=title, body=body)
            return doc_id
            yield  # pragma: no cover - makes this a generator job

        self.jobs.start("autosave", job, on_result=self._saved, on_error=self._failed, quiet=True)

    def _saved(self, _doc_id: int) -> None:
        self._saving = False
        if self._again:
            self._again = False
            self.save_in_background()
            return
        if not self.dirty:
            self.sig_state.emit("saved")

    def _failed(self, err: object) -> None:
        self._saving = False
        self.sig_state.emit("failed")
        self.sig_error.emit(err)

    def flush(self) -> None:
        """Save now, on this thread."""
        self.timer.stop()
        self.deadline.stop()
        doc_id, title, body = self.snapshot()
        if doc_id is None:
            return
        with self._lock:
            self._seq += 1  # any autosave still queued is now stale
            self.store.save_document(doc_id, title=title, body=body)
        self.sig_state.emit("saved")

    def flush_if_dirty(self) -> None:
        """Save now if anything typed is still waiting (focus left the window or the editor)."""
        if self.dirty:
            self.flush()


def save_on_focus_loss(saver: Autosaver, widgets: tuple[QWidget, ...]) -> None:
    """Save at once when the keyboard leaves ``widgets`` or the whole app loses the focus.

    Switching to the browser to check a name is the moment a laptop lid closes or a battery
    dies; the typing of the last two seconds should already be on disk by then.
    """
    app = QApplication.instance()
    if app is None:
        return

    def focus_changed(old: QWidget | None, new: QWidget | None) -> None:
        if old in widgets and new not in widgets:
            saver.flush_if_dirty()

    def state_changed(state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            saver.flush_if_dirty()

    app.focusChanged.connect(focus_changed)
    app.applicationStateChanged.connect(state_changed)
    saver.destroyed.connect(lambda *_: _disconnect(app, focus_changed, state_changed))


def _disconnect(app: QApplication, *slots: Callable[..., None]) -> None:
    for signal, slot in zip((app.focusChanged, app.applicationStateChanged), slots, strict=True):
        with contextlib.suppress(RuntimeError, TypeError):  # already gone with the app
            signal.disconnect(slot)

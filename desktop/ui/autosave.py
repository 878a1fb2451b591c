"""Autosave: write the open document within ``interval`` of the last keystroke, off the GUI thread.

Saves never overlap and never reorder: a background save carries a sequence number and is
skipped if a newer synchronous ``flush`` (document switch, close) already wrote newer text.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.engine.store import Store
from desktop.ui.jobs import JobRunner


class Autosaver(QObject):
    sig_state = Signal(str)  # "editing" | "saved" | "failed"
    sig_error = Signal(object)

    def __init__(self, store: Store, jobs: JobRunner, snapshot: Callable[[], tuple[int | None, str, str]],
                 interval_s: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.jobs = jobs
        self.snapshot = snapshot  # () -> (doc_id, title, body) of what is on screen
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.save_in_background)
        self.set_interval(interval_s)
        self._saving = False
        self._again = False
        self._seq = 0
        self._lock = threading.Lock()

    def set_interval(self, seconds: float) -> None:
        self.timer.setInterval(int(seconds * 1000))

    def changed(self) -> None:
        self.sig_state.emit("editing")
        self.timer.start()

    def save_in_background(self) -> None:
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
        if not self.timer.isActive():
            self.sig_state.emit("saved")

    def _failed(self, err: object) -> None:
        self._saving = False
        self.sig_state.emit("failed")
        self.sig_error.emit(err)

    def flush(self) -> None:
        """Save now, on this thread."""
        self.timer.stop()
        doc_id, title, body = self.snapshot()
        if doc_id is None:
            return
        with self._lock:
            self._seq += 1  # any autosave still queued is now stale
            self.store.save_document(doc_id, title=title, body=body)
        self.sig_state.emit("saved")

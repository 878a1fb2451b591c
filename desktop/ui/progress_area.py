"""The one place every long job shows its progress bar, ETA and Cancel button."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from desktop.engine.core.errors import CopydeskError
from desktop.engine.core.jobs import Progress
from desktop.engine.core.text import clock
from desktop.ui.elided_label import ElidedLabel
from desktop.ui.jobs import JobHandle, JobRunner


def format_eta(seconds: float | None) -> str:
    if seconds is None:
        return ""
    return clock(seconds)


class JobRow(QWidget):
    def __init__(self, handle: JobHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.handle = handle
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        self.label = ElidedLabel(handle.label)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the first event with a total
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(True)
        self.eta = QLabel("")
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.clicked.connect(self._cancel)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.eta)
        layout.addWidget(self.cancel)
        handle.sig_progress.connect(self._progress)

    def _cancel(self) -> None:
        self.cancel.setEnabled(False)
        self.cancel.setText(self.tr("Cancelling…"))
        self.handle.cancel()

    def _progress(self, event: Progress, eta: float | None) -> None:
        if event.fraction is not None:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(event.fraction * 1000))
        if event.message:
            self.label.setText(f"{self.handle.label} — {event.message}")
        text = format_eta(eta)
        if text:
            self.eta.setText(self.tr("%1 left").replace("%1", text))
        else:  # no honest estimate (unknown length, loading): say how long it has been running
            elapsed = time.monotonic() - self.handle.started
            self.eta.setText(self.tr("%1 so far").replace("%1", format_eta(elapsed)) if elapsed >= 3 else "")


class ProgressArea(QWidget):
    """Stacks one row per running job; hides itself when idle. Shows the last failure."""

    def __init__(self, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: dict[int, JobRow] = {}
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(0)
        self.message = ElidedLabel("")  # one line, "…", the whole message as its tooltip
        self.message.hide()
        self.layout_.addWidget(self.message)
        runner.sig_job_started.connect(self.add)
        self.setVisible(False)

    def add(self, handle: JobHandle) -> None:
        if getattr(handle, "quiet", False):
            return
        row = JobRow(handle, self)
        self.rows[handle.job_id] = row
        self.layout_.insertWidget(0, row)
        self.message.hide()
        self.setVisible(True)
        handle.sig_failed.connect(self._failed)
        handle.sig_done.connect(lambda: self._remove(handle.job_id))

    def _failed(self, err: object) -> None:
        text = err.full_message() if isinstance(err, CopydeskError) else str(err)
        self.message.setText("⚠ " + text)
        self.message.show()

    def _remove(self, job_id: int) -> None:
        row = self.rows.pop(job_id, None)
        if row is not None:
            row.deleteLater()
        self.setVisible(bool(self.rows) or self.message.isVisible())

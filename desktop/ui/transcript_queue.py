"""One row of the transcription queue: file name, progress, ETA, state and Cancel/Remove."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QToolButton, QWidget

from desktop.engine.core.jobs import Progress
from desktop.engine.core.text import clock
from desktop.ui.elided_label import ElidedLabel
from desktop.ui.import_options import ImportChoice


class QueueRow(QWidget):
    """One file in the queue: name, progress, ETA and Cancel."""

    def __init__(self, path: Path, on_cancel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path, self.handle, self.finished = path, None, False
        self.choice: ImportChoice | None = None
        self.transcript_id: int | None = None  # known once the job starts (or given, to resume)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.name = ElidedLabel(path.name, mode=Qt.TextElideMode.ElideMiddle)  # a long name never widens the window
        self.name.setToolTip(str(path))
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.status = ElidedLabel(self.tr("Waiting"))
        self.cancel = QToolButton()
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.clicked.connect(lambda: on_cancel(self))
        for w in (self.name, self.bar, self.status, self.cancel):
            layout.addWidget(w)

    def show_progress(self, event: Progress, eta: float | None) -> None:
        if event.fraction is not None:
            self.bar.setValue(int(event.fraction * 1000))
        text = f"{clock(event.done)}/{clock(event.total or 0)}"
        if eta is not None:
            text += " · " + self.tr("%1 left").replace("%1", clock(eta))
        self.status.setText(text)

    def done(self, text: str, error: bool = False) -> None:
        self.finished = True
        self.status.setText(text)
        self.status.setStyleSheet("color: #c62828;" if error else "")
        self.cancel.setText(self.tr("Remove"))

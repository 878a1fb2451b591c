"""A notice above the transcript for every stretch of sound that produced no text.

The engine (:mod:`desktop.engine.transcription.loss`) records the ranges; this shows each one with
its times, a button to hear it, and one to transcribe that range again with the speech
filters off. An empty transcript gets the same notice for the whole recording.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.engine.core.text import clock
from desktop.engine.transcription.loss import DroppedRange
from desktop.engine.transcription.transcripts import Transcript


class LossBanner(QFrame):
    sig_play = Signal(float)  # seconds
    sig_rerun = Signal(float, float)  # start, end seconds

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lossBanner")
        self.setStyleSheet("#lossBanner { background: #fff3e0; border: 1px solid #ffb74d; border-radius: 4px; }")
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(6, 4, 6, 4)
        self.ranges: list[DroppedRange] = []
        self.empty = False
        self.busy = False
        self.hide()

    def show_for(self, tr: Transcript | None) -> None:
        """Rebuild from the transcript's stored findings (hidden when there is nothing to say)."""
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.ranges, self.empty = [], False
        if tr is None or tr.status in ("new", "running"):
            self.hide()
            return
        self.ranges = [DroppedRange(**d) for d in tr.options.get("dropped", []) if d.get("rerun") != "found"]
        self.empty = bool(tr.options.get("empty")) and not any(s.text.strip() for s in tr.segments)
        if self.empty:
            self._row(self.tr("No speech was recognised in this recording; the transcript is empty."),
                      0.0, float(tr.duration or 0.0))
        for d in self.ranges:
            span = f"{clock(d.start)}–{clock(d.end)}"
            if d.rerun == "nothing":
                text = self.tr("%1: sound, but no speech was recognised even without filtering.").replace("%1", span)
            else:
                text = self.tr("%1: sound but no text. The speech filter may have dropped speech here.").replace(
                    "%1", span)
            self._row(text, d.start, d.end, rerun=d.rerun != "nothing")
        self.setVisible(bool(self.empty or self.ranges))

    def _row(self, text: str, start: float, end: float, rerun: bool = True) -> None:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(text)
        label.setWordWrap(True)
        layout.addWidget(label, 1)
        listen = QPushButton(self.tr("Listen"))
        listen.clicked.connect(lambda: self.sig_play.emit(start))
        layout.addWidget(listen)
        if rerun and end > start:
            again = QPushButton(self.tr("Transcribe again without filtering"))
            again.setEnabled(not self.busy)
            again.clicked.connect(lambda: self.sig_rerun.emit(start, end))
            layout.addWidget(again)
        self.rows.addWidget(row)

    def buttons(self) -> list[QPushButton]:
        return self.findChildren(QPushButton)

"""Offer to resume transcriptions a crash or a Cancel left unfinished.

Segments are saved one by one, so an interrupted job loses nothing; what the reporter
needs is to be told, on the next start, that it stopped and where, and one button to
carry on from there.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.engine.core.text import clock
from desktop.engine.transcription.status import effective_status
from desktop.engine.transcription.transcripts import TranscriptStore


def status_text(stored: str, live: bool) -> str:
    """The state shown next to a transcript's title: what is true now, in the interface language."""
    labels = {"new": QCoreApplication.translate("TranscriptStatus", "waiting"), "running": QCoreApplication.translate("TranscriptStatus", "transcribing"),
              "done": QCoreApplication.translate("TranscriptStatus", "done"), "partial": QCoreApplication.translate("TranscriptStatus", "stopped at damage"),
              "failed": QCoreApplication.translate("TranscriptStatus", "failed"),
              "cancelled": QCoreApplication.translate("TranscriptStatus", "cancelled, can resume"),
              "interrupted": QCoreApplication.translate("TranscriptStatus", "interrupted, can resume")}
    state = effective_status(stored, live)
    return labels.get(state, state)


def interrupted(ts: TranscriptStore, live: set[int]) -> list[tuple[int, str, float]]:
    """(id, title, seconds saved) of transcripts a killed job left behind (not cancelled ones)."""
    out = []
    for tr in ts.list():
        if effective_status(tr.status, tr.id in live) == "interrupted" and tr.asset_path:
            out.append((tr.id, tr.title, ts.resume_point(tr.id)[1]))
    return out


class ResumeOffer(QFrame):
    sig_resume = Signal(int)  # transcript id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resumeOffer")
        self.setStyleSheet("#resumeOffer { background: #e3f2fd; border: 1px solid #90caf9; border-radius: 4px; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.resume_button = QPushButton(self.tr("Resume"))
        self.later_button = QPushButton(self.tr("Not now"))
        layout.addWidget(self.label, 1)
        layout.addWidget(self.resume_button)
        layout.addWidget(self.later_button)
        self.pending: list[tuple[int, str, float]] = []
        self.resume_button.clicked.connect(self._resume)
        self.later_button.clicked.connect(self._skip)
        self.hide()

    def offer(self, pending: list[tuple[int, str, float]]) -> None:
        self.pending = list(pending)
        self._show_first()

    def _show_first(self) -> None:
        if not self.pending:
            self.hide()
            return
        _tid, title, at = self.pending[0]
        text = self.tr("Transcription of “%1” was interrupted at %2. The part done is kept.")
        self.label.setText(text.replace("%1", title).replace("%2", clock(at)))
        self.show()

    def _resume(self) -> None:
        tid = self.pending.pop(0)[0]
        self._show_first()
        self.sig_resume.emit(tid)

    def _skip(self) -> None:
        self.pending.pop(0)
        self._show_first()

"""Name suggestions by voice: "Speaker 2 sounds like Amina Yusuf — name them".

The transcription job compares each new speaker's voice with the prints of people the
reporter named before (:mod:`desktop.engine.transcription.voiceprints`, only with consent)
and stores the matches in the transcript's options (``speaker_suggestions``). The record
panel and the transcript panel both show them with this widget, so an imported file gets
the same offer as a recording, and it is still there after a restart. A suggestion is
offered only while its label is still in the transcript and the name is not already used
there: once applied (or the speaker renamed by hand) it goes away by itself.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from desktop.engine.library.store import Store
from desktop.engine.transcription.transcripts import TranscriptStore


def open_suggestions(ts: TranscriptStore, transcript_id: int,
                     suggestions: dict[str, dict[str, Any]] | None = None) -> dict[str, dict[str, Any]]:
    """The suggestions still worth offering for the transcript (its stored ones unless given)."""
    if suggestions is None:
        suggestions = ts.get(transcript_id, with_segments=False).options.get("speaker_suggestions") or {}
    labels = set(ts.speaker_names(transcript_id))
    return {label: info for label, info in suggestions.items()
            if label in labels and info.get("name") and info["name"] not in labels}


class VoiceSuggestions(QWidget):
    """One button per suggestion; pressing it renames that speaker everywhere in the transcript."""

    sig_named = Signal(int, str, str)  # transcript id, label, name

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ts = TranscriptStore(store)
        self.transcript_id: int | None = None
        self.suggestions: dict[str, dict] = {}
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        self.hide()

    def clear(self) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.suggestions, self.buttons = {}, {}
        self.hide()

    def show_for(self, transcript_id: int | None, suggestions: dict[str, dict] | None = None) -> None:
        """Offer the open suggestions of this transcript (``suggestions``: fresh from a job)."""
        self.clear()
        self.transcript_id = transcript_id
        if transcript_id is None:
            return
        for label, info in open_suggestions(self.ts, transcript_id, suggestions).items():
            button = QPushButton(self.tr("%1 sounds like %2 — name them").replace("%1", label)
                                 .replace("%2", info["name"]))
            button.setToolTip(self.tr("Recognised by voice from a transcript where you named them"))
            button.clicked.connect(lambda _c=False, lab=label, name=info["name"]: self.apply(lab, name))
            self.rows.addWidget(button)
            self.buttons[label] = button
            self.suggestions[label] = info
        self.setVisible(bool(self.buttons))

    def apply(self, label: str, name: str) -> int:
        """Rename ``label`` to ``name`` in the transcript; how many segments changed."""
        if self.transcript_id is None:
            return 0
        changed = self.ts.rename_speaker(self.transcript_id, label, name)
        self.suggestions.pop(label, None)
        button = self.buttons.pop(label, None)
        if button is not None:
            button.hide()
        self.setVisible(bool(self.buttons))
        self.sig_named.emit(self.transcript_id, label, name)
        return changed

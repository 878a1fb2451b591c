"""Asked once per import: which language is spoken, and how many people speak.

Whisper guesses the language from the first window, and a Mandarin interview that opens
with an English greeting comes out in English; the speaker count bounds the voice
clustering (a two-person interview should never grow a phantom third voice). Both are
the reporter's knowledge, so the import asks, defaulting to the settings.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from desktop.engine.transcription.transcribe import AUTO_SPEAKERS, TranscribeOptions

MAX_SPEAKERS = 6


@dataclass(frozen=True)
class ImportChoice:
    language: str = "auto"  # auto | zh | en
    speakers: int = AUTO_SPEAKERS  # 0 = auto, else 1..6

    def apply(self, opts: TranscribeOptions) -> TranscribeOptions:
        """Options for this import: the language and the speaker count asked for (0 = auto)."""
        return TranscribeOptions(**{**opts.__dict__, "language": self.language, "speakers": self.speakers})


class ImportOptionsDialog(QDialog):
    """Language and speaker count for the files being imported."""

    def __init__(self, names: list[str], default_language: str = "auto", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Transcribe"))
        form = QFormLayout(self)
        shown = ", ".join(names[:3]) + (f" (+{len(names) - 3})" if len(names) > 3 else "")
        files = QLabel(shown)
        files.setWordWrap(True)
        form.addRow(self.tr("Files"), files)
        self.language = QComboBox()
        for value, label in (("auto", self.tr("Detect automatically")), ("zh", self.tr("Chinese")),
                             ("en", self.tr("English"))):
            self.language.addItem(label, value)
        self.language.setCurrentIndex(max(0, self.language.findData(default_language)))
        form.addRow(self.tr("Language"), self.language)
        self.speakers = QComboBox()
        self.speakers.addItem(self.tr("Detect automatically"), AUTO_SPEAKERS)
        for n in range(1, MAX_SPEAKERS + 1):
            label = self.tr("1 speaker (no speaker labels)") if n == 1 else self.tr("Up to %1 speakers").replace(
                "%1", str(n))
            self.speakers.addItem(label, n)
        form.addRow(self.tr("Speakers"), self.speakers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Transcribe"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def choice(self) -> ImportChoice:
        return ImportChoice(self.language.currentData(), int(self.speakers.currentData()))

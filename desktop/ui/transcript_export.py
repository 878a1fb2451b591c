"""Export a stored transcript (with the reporter's edits) from the panel or the library.

The file comes from what is in the library now (speaker renames, corrected words, split
and merged segments), never from a new transcription. The format follows the filter the
reporter picks, or the file name's extension when typed by hand.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.engine.core.errors import CopydeskError
from desktop.engine.library.store import Store
from desktop.engine.transcription.exporters import FORMATS, export
from desktop.engine.transcription.transcripts import TranscriptStore
from desktop.ui import file_filters


def _title() -> str:
    return QCoreApplication.translate("TranscriptExport", "Export transcript")


def export_filters() -> list[tuple[str, str]]:
    """(format, filter line); the lines come from file_filters so no translation can break them."""
    return [(fmt, file_filters.one(name)) for fmt, name in (
        ("docx", "transcript_docx"), ("srt", "srt"), ("vtt", "vtt"), ("txt", "transcript_txt"),
        ("json", "transcript_json"))]


def format_for(path: Path, chosen_filter: str, filters: list[tuple[str, str]]) -> str:
    """The extension typed wins; otherwise the filter chosen in the dialog."""
    ext = path.suffix.lower().lstrip(".")
    if ext in FORMATS:
        return ext
    return next((fmt for fmt, label in filters if label == chosen_filter), "docx")


def export_transcript(parent: QWidget, store: Store, transcript_id: int, folder: str = "") -> Path | None:
    """Ask where, then write. Returns the file written, or None when cancelled or failed (shown)."""
    try:
        tr = TranscriptStore(store).get(transcript_id)
    except CopydeskError as err:
        QMessageBox.warning(parent, _title(), err.full_message())
        return None
    filters = export_filters()
    stem = Path(tr.title).stem or "transcript"
    suggested = str(Path(folder or Path.home()) / f"{stem}.docx")
    name, chosen = QFileDialog.getSaveFileName(parent, _title(), suggested,
                                               ";;".join(label for _f, label in filters))
    if not name:
        return None
    path = Path(name)
    fmt = format_for(path, chosen, filters)
    if path.suffix.lower() != FORMATS[fmt][0]:
        path = path.with_name(path.name + FORMATS[fmt][0])
    try:
        return export(tr, fmt, path)
    except CopydeskError as err:
        QMessageBox.warning(parent, _title(), err.full_message())
        return None

"""Built-in transcript exporters (SRT, VTT, TXT, DOCX, JSON), registered like any plugin's.

Names are prefixed ``transcript-`` so that document exporters (a document's DOCX or MD)
can use the plain names without clashing. Each ``write(transcript, path)`` writes one
file atomically and returns its path.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop.plugins.api import Exporter, PluginAPI

COPYDESK_API = "1.1"
_DESCRIPTIONS = {
    "txt": "Plain text with timestamps and speakers",
    "srt": "SubRip subtitles (.srt)",
    "vtt": "WebVTT subtitles (.vtt), speakers as voice tags",
    "json": "JSON with every word's start, end and probability",
    "docx": "Word document laid out as an interview transcript",
}
_LABELS = {"txt": "Text", "srt": "SubRip subtitles", "vtt": "WebVTT subtitles", "json": "JSON",
           "docx": "Word document"}


def _writer(fmt: str) -> Callable[..., Path]:
    def write(transcript, path: Path | str) -> Path:
        from desktop.engine.transcription.exporters import export

        return export(transcript, fmt, path)

    write.__doc__ = f"Write a transcript as {fmt}."
    return write


def register(api: PluginAPI) -> None:
    from desktop.engine.transcription.exporters import FORMATS

    for fmt, (extension, _render) in FORMATS.items():
        api.add_exporter(Exporter(f"transcript-{fmt}", extension, "transcript", _writer(fmt), _DESCRIPTIONS[fmt],
                                  _LABELS[fmt]))

"""File-dialog filters built so that no translation can break them.

Qt reads a filter as ``label (pattern pattern …)`` with ASCII parentheses and drops the patterns
of anything else: a translated ``文档（*.txt *.docx）`` with full-width brackets shows no files at
all. So translators only ever see the label; the patterns and the brackets are added here, and
``suffix_for`` maps the chosen filter back to the extension a bare file name should get.

Every dialog of the app takes its filters from ``FILTERS`` (tests parse each one in every UI
language with Qt's own rule).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.engine.library.files import IMPORT_SUFFIXES
from desktop.engine.transcription.audio import AUDIO_EXTENSIONS

CONTEXT = "FileFilters"

# name → (label to translate, suffixes). Labels are marked for lupdate and translated at use.
FILTERS: dict[str, tuple[str, tuple[str, ...]]] = {
    "documents": (QT_TRANSLATE_NOOP("FileFilters", "Documents"),
                  tuple(IMPORT_SUFFIXES) + tuple(e.upper() for e in IMPORT_SUFFIXES)),
    # recorders often write REC001.MP3: upper case too, since Qt matches patterns case-sensitively here
    "audio": (QT_TRANSLATE_NOOP("FileFilters", "Audio and video"),
              tuple(AUDIO_EXTENSIONS) + tuple(e.upper() for e in AUDIO_EXTENSIONS)),
    "docx": (QT_TRANSLATE_NOOP("FileFilters", "Word document"), (".docx",)),
    "pdf": (QT_TRANSLATE_NOOP("FileFilters", "PDF"), (".pdf",)),
    "markdown": (QT_TRANSLATE_NOOP("FileFilters", "Markdown"), (".md",)),
    "html": (QT_TRANSLATE_NOOP("FileFilters", "Web page"), (".html",)),
    "csv": (QT_TRANSLATE_NOOP("FileFilters", "CSV files"), (".csv",)),
    "json": (QT_TRANSLATE_NOOP("FileFilters", "JSON files"), (".json",)),
    "gguf": (QT_TRANSLATE_NOOP("FileFilters", "GGUF model"), (".gguf",)),
    # transcript exports
    "transcript_docx": (QT_TRANSLATE_NOOP("FileFilters", "Word document with speakers and timecodes"), (".docx",)),
    "srt": (QT_TRANSLATE_NOOP("FileFilters", "SRT subtitles"), (".srt",)),
    "vtt": (QT_TRANSLATE_NOOP("FileFilters", "WebVTT subtitles"), (".vtt",)),
    "transcript_txt": (QT_TRANSLATE_NOOP("FileFilters", "Plain text with timecodes"), (".txt",)),
    "transcript_json": (QT_TRANSLATE_NOOP("FileFilters", "JSON with every word's time"), (".json",)),
    "all": (QT_TRANSLATE_NOOP("FileFilters", "All files"), ("",)),
}

# Qt's own test for a filter with patterns (qfiledialog.cpp, qt_file_dialog_filter_reg_exp).
QT_FILTER_RE = re.compile(r"^(.*)\(([a-zA-Z0-9_.,*? +;#\-\[\]@\{\}/!<>\$%&=^~:\|]*)\)$")


def _bracketless(label: str) -> str:
    # A translator (or a plugin) may have typed brackets into a label: they must not look like patterns.
    return label.replace("(", "[").replace(")", "]").replace("（", "[").replace("）", "]").strip()


def one(name: str) -> str:
    """One filter line, e.g. ``Word document (*.docx)`` or ``Word 文档 (*.docx)``."""
    text, suffixes = FILTERS[name]
    return custom(QCoreApplication.translate(CONTEXT, text), suffixes)


def custom(label: str, suffixes: Iterable[str]) -> str:
    """A filter line for a label as given (already translated, or a plugin exporter's own)."""
    patterns = " ".join(f"*{s}" for s in suffixes)
    return f"{_bracketless(label)} ({patterns})"


def join(names: Iterable[str]) -> str:
    """Several filters for one dialog, in order (the first is selected)."""
    return ";;".join(one(n) for n in names)


def patterns(filter_line: str) -> list[str]:
    """The patterns Qt will use for ``filter_line`` (empty when Qt would drop them)."""
    match = QT_FILTER_RE.match(filter_line)
    return match.group(2).split() if match else []


def suffix_for(filter_line: str) -> str:
    """The extension a file name without one gets when ``filter_line`` was chosen ('' if none)."""
    for pattern in patterns(filter_line):
        if pattern.startswith("*.") and pattern[2:].isalnum():
            return pattern[1:]
    return ""


def with_suffix(path: str, filter_line: str) -> str:
    """``path`` with the chosen filter's extension added when the reporter typed none.

    A dot inside a title ("Budget 2.5") is not an extension: only suffixes the app writes count.
    """
    target = Path(path)
    known = {s.lower() for _label_text, suffixes in FILTERS.values() for s in suffixes if s} | {".htm"}
    if target.suffix.lower() in known:
        return path
    suffix = suffix_for(filter_line)
    return path + suffix if suffix else path

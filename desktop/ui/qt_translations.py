"""Qt's own strings in Chinese: qtbase_zh_CN.qm from PySide6, plus the mnemonic forms it lacks.

Qt 6 labels its file dialog "&Look in:" and "Files of &type:", while qtbase_zh_CN.qm only knows
"Look in:" and "Files of type:", so a Chinese file dialog said "Look in:" in English. The
fallback translator below asks Qt's catalogue for the text without the ``&`` and puts the
shortcut back the Chinese way, ``查找范围(&L)：``.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QObject, QTranslator

_TRAILING = re.compile(r"([:：]\s*)$")


def qt_translation_dirs() -> list[Path]:
    """Where qtbase_*.qm may live: Qt's configured folder, then PySide6's own (packaged builds)."""
    import PySide6

    dirs = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
            Path(PySide6.__file__).parent / "Qt" / "translations", Path(PySide6.__file__).parent / "translations"]
    return [d for i, d in enumerate(dirs) if d not in dirs[:i]]


def load_qt_catalogue(language: str, parent: QObject) -> QTranslator | None:
    """qtbase_<language>.qm from the first folder that has it."""
    for folder in qt_translation_dirs():
        translator = QTranslator(parent)
        if (folder / f"qtbase_{language}.qm").exists() and translator.load(f"qtbase_{language}", str(folder)):
            return translator
    return None


class MnemonicFallback(QTranslator):
    """Translates "&Look in:" through the catalogue's "Look in:" and re-adds the shortcut."""

    def __init__(self, catalogue: QTranslator, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue

    def isEmpty(self) -> bool:
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        # None is Qt's null string, "not mine": an empty string would blank the label instead
        return self._with_mnemonic(context, source, disambiguation, n) or None

    def _with_mnemonic(self, context: str, source: str, disambiguation: str | None, n: int) -> str:
        amp = source.find("&")
        if amp < 0 or amp + 1 >= len(source) or source[amp + 1] == "&":
            return ""
        key = source[amp + 1]
        plain = source[:amp] + source[amp + 1:]
        found = self.catalogue.translate(context, plain, disambiguation, n)
        if not found or "&" in found:
            return ""
        match = _TRAILING.search(found)
        tail = match.group(1) if match else ""
        return f"{found[:len(found) - len(tail)]}(&{key.upper()}){tail}"


def install_qt_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's catalogue and the mnemonic fallback for ``language``; returns them to keep alive."""
    catalogue = load_qt_catalogue(language, app)
    if catalogue is None:
        return []
    fallback = MnemonicFallback(catalogue, app)
    app.installTranslator(fallback)  # consulted after the catalogue (last installed is asked first)
    app.installTranslator(catalogue)
    return [catalogue, fallback]

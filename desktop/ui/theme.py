"""Light, dark or the system's colour scheme for the whole application.

Its own module so that the settings dialog can apply a new theme without importing the
start-up module (app.py builds the main window, which opens that dialog: a cycle).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def scheme_for(theme: str) -> Qt.ColorScheme:
    """The setting's value as Qt's scheme; anything but 'light'/'dark' follows the OS (Unknown)."""
    return {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(theme, Qt.ColorScheme.Unknown)


def apply_theme(app: QApplication, theme: str) -> None:
    """'system' leaves Qt following the OS colour scheme; 'light'/'dark' force one (Qt ≥ 6.8)."""
    hints = app.styleHints()
    if not hasattr(hints, "setColorScheme"):
        return
    hints.setColorScheme(scheme_for(theme))

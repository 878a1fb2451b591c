"""The colour scheme setting as Qt sees it: light and dark are forced, anything else follows the OS."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.ui.theme import scheme_for


def test_setting_values_map_to_qt_schemes() -> None:
    assert scheme_for("light") == Qt.ColorScheme.Light
    assert scheme_for("dark") == Qt.ColorScheme.Dark
    assert scheme_for("system") == Qt.ColorScheme.Unknown
    assert scheme_for("no-such-theme") == Qt.ColorScheme.Unknown  # an old or hand-edited setting


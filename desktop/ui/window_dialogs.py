"""Dialogs the main window opens from its menus: settings, models, missing recordings, help.

Kept out of main_window.py so the window class stays about layout, documents and autosave.
Strings use the "MainWindow" translation context, where they have always lived.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.engine.core.settings import save_settings
from desktop.ui.theme import apply_theme

if TYPE_CHECKING:
    from desktop.ui.window_parts import WindowParts


def open_settings(window: WindowParts) -> None:
    from desktop.ui.cloud_dialogs import ProviderSettingsPage
    from desktop.ui.settings_dialog import SettingsDialog

    ctx = window.ctx
    dialog = SettingsDialog(ctx.settings, ctx.models, window)
    cloud_page = ProviderSettingsPage(ctx.settings, ctx.jobs, ctx.store)
    dialog.add_page(cloud_page, QCoreApplication.translate("MainWindow", "Cloud"))
    for panel in window.panels.values():
        for widget, title in getattr(panel, "settings_pages", lambda: [])():
            dialog.add_page(widget, title)
    if not dialog.exec():
        return
    new = cloud_page.apply_to(dialog.result_settings())
    language_changed = new.ui_language != ctx.settings.ui_language
    ctx.settings.__dict__.update(new.__dict__)
    save_settings(ctx.settings)
    window.autosaver.set_interval(new.autosave_seconds)
    for panel in window.panels.values():
        getattr(panel, "settings_changed", lambda: None)()
    apply_theme(QApplication.instance(), new.theme)
    if language_changed:
        QMessageBox.information(window, QCoreApplication.translate("MainWindow", "Language"),
                                QCoreApplication.translate("MainWindow",
                                                           "The new language is used after Copydesk restarts."))


def open_missing_media(window: WindowParts) -> None:
    from desktop.ui.media_dialog import MissingMediaDialog

    MissingMediaDialog(window.ctx.store, window).exec()


def open_models(window: WindowParts) -> None:
    from desktop.ui.model_manager import ModelManager

    ModelManager(window.ctx, window).exec()


def shortcut_lines(window: WindowParts) -> list[str]:
    lines = []
    for menu in (window.file_menu, window.edit_menu, window.document_menu, window.view_menu):
        for act in menu.actions():
            if not act.isSeparator() and not act.shortcut().isEmpty():
                keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in act.shortcuts())
                lines.append(f"{keys}\t{act.text().replace('&', '')}")
    for act in window.editor.extra_context_actions:
        if not act.shortcut().isEmpty():
            lines.append(f"{act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)}\t{act.text()}")
    for panel in window.panels.values():  # e.g. playback keys of the transcript panel
        lines.extend(getattr(panel, "shortcut_lines", list)())
    return lines


def show_shortcuts(window: WindowParts) -> None:
    QMessageBox.information(window, QCoreApplication.translate("MainWindow", "Keyboard shortcuts"),
                            "\n".join(shortcut_lines(window)))


def show_about(window: WindowParts) -> None:
    from desktop import __version__

    QMessageBox.about(window, QCoreApplication.translate("MainWindow", "About Copydesk"),
                      QCoreApplication.translate("MainWindow", "Copydesk %1 — an offline editor for reporters.")
                      .replace("%1", __version__))

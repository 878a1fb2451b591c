"""The main window's menu bar and its feature-panel docks.

Kept out of main_window.py so the window class stays about documents, autosave and close.
Strings keep the "MainWindow" translation context, where they have always lived.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu

from desktop.ui import purge_actions, window_dialogs

if TYPE_CHECKING:
    from desktop.ui.window_parts import WindowParts

# Feature panels: (module, dock object name). Each module has create_panel(ctx) -> QWidget.
PANELS: list[tuple[str, str]] = [
    ("desktop.ui.assistant_panel", "assistant"),
    ("desktop.ui.transcript_view", "transcripts"),
    ("desktop.ui.proofread_panel", "proofread"),
    ("desktop.ui.cloud_dialogs", "audit"),
    ("desktop.ui.recorder_panel", "recorder"),
]


def build_menus(window: WindowParts) -> None:
    """File, Edit, Document, View and Help, with their shortcuts."""
    bar = window.menuBar()
    window.file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    window.edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    window.document_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Document"))
    window.view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    window.help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))

    def action(menu: QMenu, text: str, slot: Callable[..., object], shortcut: object = None) -> QAction:
        act = QAction(text, window)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        menu.addAction(act)
        return act

    file_menu, edit_menu, document_menu = window.file_menu, window.edit_menu, window.document_menu
    window.new_action = action(file_menu, QCoreApplication.translate("MainWindow", "New document"), window.new_document, QKeySequence.StandardKey.New)
    window.import_action = action(file_menu, QCoreApplication.translate("MainWindow", "Import documents…"), window.import_documents, "Ctrl+I")
    window.export_action = action(file_menu, QCoreApplication.translate("MainWindow", "Export…"), window.export_document, "Ctrl+E")
    window.media_action = action(file_menu, QCoreApplication.translate("MainWindow", "Missing recordings…"), lambda: window_dialogs.open_missing_media(window))
    file_menu.addSeparator()
    window.settings_action = action(file_menu, QCoreApplication.translate("MainWindow", "Settings…"), lambda: window_dialogs.open_settings(window), "Ctrl+,")
    window.models_action = action(file_menu, QCoreApplication.translate("MainWindow", "Models…"), lambda: window_dialogs.open_models(window), "Ctrl+Shift+M")
    file_menu.addSeparator()
    action(file_menu, QCoreApplication.translate("MainWindow", "Quit"), window.close, QKeySequence.StandardKey.Quit)
    action(edit_menu, QCoreApplication.translate("MainWindow", "Undo"), window.editor.undo, QKeySequence.StandardKey.Undo)
    action(edit_menu, QCoreApplication.translate("MainWindow", "Redo"), window.editor.redo, QKeySequence.StandardKey.Redo)
    edit_menu.addSeparator()
    action(edit_menu, QCoreApplication.translate("MainWindow", "Undo delete"), window.undo_delete)
    action(edit_menu, QCoreApplication.translate("MainWindow", "Search library"), window.focus_search, QKeySequence.StandardKey.Find)
    window.rename_action = action(document_menu, QCoreApplication.translate("MainWindow", "Rename…"), lambda: window.rename_document(window.doc_id), "F2")
    window.tags_action = action(document_menu, QCoreApplication.translate("MainWindow", "Tags…"), window.edit_tags, "Ctrl+T")
    window.history_action = action(document_menu, QCoreApplication.translate("MainWindow", "Version history…"), window.show_history, "Ctrl+Shift+H")
    action(document_menu, QCoreApplication.translate("MainWindow", "Save a version now"), window.save_version, QKeySequence.StandardKey.Save)
    document_menu.addSeparator()
    action(document_menu, QCoreApplication.translate("MainWindow", "Delete"), lambda: window.delete_document(window.doc_id))
    purge_actions.add_actions(window, document_menu, edit_menu)
    action(window.help_menu, QCoreApplication.translate("MainWindow", "Keyboard shortcuts"), lambda: window_dialogs.show_shortcuts(window), "F1")
    action(window.help_menu, QCoreApplication.translate("MainWindow", "About Copydesk"), lambda: window_dialogs.show_about(window))


def build_panels(window: WindowParts) -> None:
    """One tabbed dock per feature panel; a panel that fails to load is reported and skipped."""
    previous: QDockWidget | None = None
    for module_name, name in PANELS:
        try:
            panel = importlib.import_module(module_name).create_panel(window.ctx)
        except Exception as err:  # a broken panel must not stop the editor from opening
            window.show_message(QCoreApplication.translate("MainWindow", "A panel could not be loaded: %1").replace("%1", f"{name}: {err}"))
            continue
        dock = QDockWidget(panel.windowTitle() or name, window)
        dock.setObjectName(name)
        dock.setWidget(panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        if previous is not None:
            window.tabifyDockWidget(previous, dock)
        previous = dock
        window.panels[name] = panel
        window.view_menu.addAction(dock.toggleViewAction())
        for act in getattr(panel, "menu_actions", lambda: [])():
            window.document_menu.addAction(act)
        window.editor.extra_context_actions.extend(getattr(panel, "editor_actions", lambda: [])())
    if window.panels:
        first = window.findChild(QDockWidget, PANELS[0][1])
        if first is not None:
            first.raise_()

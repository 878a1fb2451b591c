"""Start-up: settings, translations, the library, plugins, then the main window.

Every start-up problem (broken settings, damaged library, read-only data folder, broken
plugin) becomes a message; the app still starts whenever it can.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.engine.core import i18n, paths
from desktop.engine.core.errors import CopydeskError, NotADatabaseError
from desktop.engine.core.plugins import registry as plugin_registry
from desktop.engine.core.settings import load_settings
from desktop.engine.library.store import Store
from desktop.engine.library.trash import purge_expired
from desktop.engine.models.registry import ModelRegistry
from desktop.ui.context import AppContext
from desktop.ui.jobs import JobRunner
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_translations import install_qt_translations
from desktop.ui.theme import apply_theme

I18N_DIR = Path(__file__).with_name("i18n")
ICON = paths.asset_path("icons", "copydesk.svg")


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load Copydesk's and Qt's own translations for ``language`` ('en' needs none)."""
    translators: list[QTranslator] = []
    if language != "zh_CN":
        return translators
    ours = QTranslator(app)
    if ours.load(str(I18N_DIR / "copydesk_zh_CN.qm")):
        app.installTranslator(ours)
        translators.append(ours)
    translators += install_qt_translations(app, language)  # "Look in:", "Cancel", … in Chinese
    return translators


def open_store_interactively(parent=None) -> Store | None:
    """Open the library; on a damaged file ask before moving it aside (never overwrite it)."""
    try:
        return Store()
    except NotADatabaseError as err:
        answer = QMessageBox.question(
            parent, QApplication.translate("App", "Library damaged"),
            err.full_message() + "\n\n" + QApplication.translate(
                "App", "Start a new, empty library? The damaged file is kept as a backup."))
        if answer != QMessageBox.StandardButton.Yes:
            return None
        backup = Store.quarantine(Path(str(err.params["path"])))
        store = Store()
        store.set_meta("recovered_from", str(backup))
        return store
    except CopydeskError as err:
        QMessageBox.critical(parent, "Copydesk", err.full_message())
        return None


def build_context(app: QApplication) -> tuple[AppContext | None, list[str]]:
    loaded = load_settings()
    settings = loaded.settings
    i18n.set_language(settings.ui_language)
    app._translators = install_translators(app, i18n.current_language())  # keep them alive
    apply_theme(app, settings.theme)
    if ICON.exists():
        app.setWindowIcon(QIcon(str(ICON)))
    messages = list(loaded.messages)
    store = open_store_interactively()
    if store is None:
        return None, messages
    if store.get_meta("session_open") == "1":
        messages.append(QApplication.translate(
            "App", "Copydesk did not close properly last time. Your documents were restored from the last autosave."))
    store.set_meta("session_open", "1")
    purge_expired(store)  # stories in the bin past the undo window go for good (engine.library.trash)
    plugins = plugin_registry()
    for problem in plugins.problems:
        messages.append(QApplication.translate("App", "Plugin “%1” was disabled: %2")
                        .replace("%1", problem.name).replace("%2", problem.message))
    ctx = AppContext(store=store, settings=settings, jobs=JobRunner(app), plugins=plugins, models=ModelRegistry())
    return ctx, messages


def run_gui(argv: list[str] | None = None) -> int:
    app = QApplication.instance() or QApplication(argv or sys.argv)
    app.setApplicationName("Copydesk")
    app.setOrganizationName("Copydesk")
    ctx, messages = build_context(app)
    if ctx is None:
        for message in messages:
            print(message, file=sys.stderr)
        return 1
    window = MainWindow(ctx, messages)
    window.show()
    quit_after = os.environ.get("COPYDESK_QUIT_AFTER_MS")  # smoke tests of packaged builds
    if quit_after and quit_after.isdigit():
        QTimer.singleShot(int(quit_after), window.close)
    code = app.exec()
    ctx.jobs.cancel_all()
    ctx.jobs.wait_all(3000)
    ctx.store.close()
    return code

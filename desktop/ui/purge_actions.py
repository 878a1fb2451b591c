"""Document ▸ Delete permanently… and Edit ▸ Empty the bin…: the UI side of engine.library.trash.

"Delete" keeps a story restorable for the undo window; these two remove stories for good
(text, search index, every version) after the reporter confirms. The window's own state is
put right first: pending autosave is flushed, the editor is cleared and Undo forgets the id.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from desktop.engine.core.errors import CopydeskError
from desktop.engine.library import trash

Confirm = Callable[[QWidget, str, str], bool]


def ask(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def add_actions(window: Any, document_menu: QMenu, edit_menu: QMenu) -> None:
    """Add both actions to the window's menus (one hook line in main_window)."""
    window.purge_action = QAction(QCoreApplication.translate("PurgeActions", "Delete permanently…"), window)
    window.purge_action.triggered.connect(lambda: delete_permanently(window, window.doc_id))
    document_menu.addAction(window.purge_action)
    window.empty_bin_action = QAction(QCoreApplication.translate("PurgeActions", "Empty the bin…"), window)
    window.empty_bin_action.triggered.connect(lambda: empty_bin(window))
    edit_menu.addAction(window.empty_bin_action)


def _forget(window: Any, doc_ids: set[int]) -> None:
    window._deleted = [d for d in window._deleted if d not in doc_ids]
    window.undo_delete_button.setVisible(bool(window._deleted))
    if window.doc_id in doc_ids:
        window.close_document()
    window.documents.refresh()


def delete_permanently(window: Any, doc_id: int | None, confirm: Confirm = ask) -> bool:
    """Purge ``doc_id`` after a yes; True when it is gone."""
    if doc_id is None:
        return False
    store = window.ctx.store
    try:
        title = store.get_document(doc_id).title or QCoreApplication.translate("PurgeActions", "Untitled")
    except CopydeskError as err:
        window.show_message(err.full_message())
        return False
    question = QCoreApplication.translate(
        "PurgeActions",
        "Delete “%1” permanently? Its text, search entries and every saved version are removed. "
        "This cannot be undone.")
    if not confirm(window, QCoreApplication.translate("PurgeActions", "Delete permanently"),
                   question.replace("%1", title)):
        return False
    window.flush()  # nothing pending may write the story back
    try:
        trash.purge_document(store, doc_id)
    except CopydeskError as err:
        window.show_message(err.full_message())
        return False
    _forget(window, {doc_id})
    done = QCoreApplication.translate("PurgeActions", "Document deleted permanently.")
    window.statusBar().showMessage(done, 8000)
    return True


def empty_bin(window: Any, confirm: Confirm = ask) -> int:
    """Purge everything in the bin after a yes; returns how many went."""
    store = window.ctx.store
    ids = {doc_id for doc_id, _title, _when in trash.in_bin(store)}
    if not ids:
        window.statusBar().showMessage(QCoreApplication.translate("PurgeActions", "The bin is empty."), 5000)
        return 0
    question = QCoreApplication.translate(
        "PurgeActions", "Delete the %1 document(s) in the bin permanently? This cannot be undone.")
    if not confirm(window, QCoreApplication.translate("PurgeActions", "Empty the bin"),
                   question.replace("%1", str(len(ids)))):
        return 0
    count = trash.empty_bin(store)
    _forget(window, ids)
    done = QCoreApplication.translate("PurgeActions", "%1 document(s) deleted permanently.")
    window.statusBar().showMessage(done.replace("%1", str(count)), 8000)
    return count

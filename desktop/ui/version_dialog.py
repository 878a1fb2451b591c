"""Version history: list the snapshots of a document, preview one, restore it."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.engine.store import Store


class VersionDialog(QDialog):
    def __init__(self, store: Store, doc_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.doc_id = doc_id
        self.restored = False
        self.setWindowTitle(self.tr("Version history"))
        self.resize(820, 520)
        self.list = QListWidget()
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addWidget(self.preview, 2)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = self.buttons.addButton(self.tr("Restore this version"),
                                                     QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.list.currentItemChanged.connect(self._show)
        self._reasons = {"auto": self.tr("autosave"), "manual": self.tr("saved"),
                         "before-restore": self.tr("before restore"), "restore": self.tr("restored")}
        for version in store.versions(doc_id):
            when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(version.created))
            reason = self._reasons.get(version.reason, version.reason)
            size = self.tr("%1 characters").replace("%1", f"{len(version.body):,}")
            item = QListWidgetItem(f"{when}  ·  {reason}  ·  {size}")
            item.setData(Qt.ItemDataRole.UserRole, version.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, version.body)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _show(self, item: QListWidgetItem | None) -> None:
        self.restore_button.setEnabled(item is not None)
        self.preview.setPlainText(item.data(Qt.ItemDataRole.UserRole + 1) if item else "")

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.store.restore_version(int(item.data(Qt.ItemDataRole.UserRole)))
        self.restored = True
        self.accept()

"""Recordings whose files moved or vanished: listed, and relinked to the same recording elsewhere."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.engine.core.errors import CopydeskError
from desktop.engine.library import media as assets
from desktop.engine.library.store import Store


class MissingMediaDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Missing recordings"))
        self.resize(640, 360)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.message = QLabel("")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.relink_button = buttons.addButton(self.tr("Relink…"), QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.relink_button.clicked.connect(self._ask_relink)
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.list, self.message):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        missing = assets.missing(self.store)
        for asset in missing:
            item = QListWidgetItem(f"{asset.title}\n{asset.path}")
            item.setData(Qt.ItemDataRole.UserRole, asset.id)
            self.list.addItem(item)
        if missing:
            self.summary.setText(self.tr("These recordings are no longer where they were. Point Copydesk to "
                                         "their new place; it checks that it is the same recording."))
            self.list.setCurrentRow(0)
        else:
            self.summary.setText(self.tr("All recordings are where the library expects them."))
        self.relink_button.setEnabled(bool(missing))

    def relink(self, asset_id: int, path: str) -> bool:
        try:
            assets.relink(self.store, asset_id, path)
        except CopydeskError as err:
            self.message.setText(err.full_message())
            return False
        self.message.setText(self.tr("Relinked."))
        self.refresh()
        return True

    def _ask_relink(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Where is this recording now?"))
        if path:
            self.relink(int(item.data(Qt.ItemDataRole.UserRole)), path)

"""Left column: search box (full-text, zh + en) and the list of documents."""

from __future__ import annotations

import time

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.engine.store import Store

DOC_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
POS_ROLE = Qt.ItemDataRole.UserRole + 2


class DocumentList(QWidget):
    sig_open = Signal(int)  # document id
    sig_open_transcript = Signal(int, float)  # transcript id, seconds
    sig_new = Signal()
    sig_rename = Signal(int)
    sig_delete = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search documents and transcripts…"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New"))
        self.rename_button = QPushButton(self.tr("Rename"))
        self.delete_button = QPushButton(self.tr("Delete"))
        for b in (self.new_button, self.rename_button, self.delete_button):
            buttons.addWidget(b)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.new_button.clicked.connect(self.sig_new)
        self.rename_button.clicked.connect(lambda: self._with_current(self.sig_rename.emit))
        self.delete_button.clicked.connect(lambda: self._with_current(self.sig_delete.emit))

    def _with_current(self, action) -> None:
        doc_id = self.current_id()
        if doc_id is not None:
            action(doc_id)

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        if item is None or item.data(KIND_ROLE) != "document":
            return None
        return int(item.data(DOC_ROLE))

    def refresh(self, select: int | None = None) -> None:
        query = self.search.text().strip()
        keep = select if select is not None else self.current_id()
        self.list.clear()
        if query:
            for hit in self.store.search(query):
                label = hit.title or self.tr("(untitled)")
                if hit.kind == "transcript":
                    label = "🎙 " + label
                item = QListWidgetItem(f"{label}\n{hit.snippet}")
                item.setSizeHint(QSize(0, 3 * self.list.fontMetrics().lineSpacing() + 10))
                item.setData(DOC_ROLE, hit.id)
                item.setData(KIND_ROLE, hit.kind)
                item.setData(POS_ROLE, hit.position or 0.0)
                self.list.addItem(item)
            if self.list.count() == 0:
                empty = QListWidgetItem(self.tr("No matches"))
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
                self.list.addItem(empty)
            return
        docs = self.store.list_documents()
        line = self.list.fontMetrics().lineSpacing()
        for doc in docs:
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(doc.modified))
            item = QListWidgetItem(f"{doc.title or self.tr('(untitled)')}\n{when}")
            item.setData(DOC_ROLE, doc.id)
            item.setData(KIND_ROLE, "document")
            item.setSizeHint(QSize(0, 2 * line + 10))
            self.list.addItem(item)
            if doc.id == keep:
                self.list.setCurrentItem(item)
        if not docs:
            empty = QListWidgetItem(self.tr("No documents yet.\nPress New to start writing."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)

    def _activated(self, item: QListWidgetItem) -> None:
        kind = item.data(KIND_ROLE)
        if kind == "document":
            self.sig_open.emit(int(item.data(DOC_ROLE)))
        elif kind == "transcript":
            self.sig_open_transcript.emit(int(item.data(DOC_ROLE)), float(item.data(POS_ROLE)))

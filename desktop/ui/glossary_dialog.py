"""The story glossary editor: names, places and terms of the open document.

What is saved here is passed to whisper as hotwords for the next transcription or
recording of this story, and accepted by the proofreader (``engine/transcription/glossary.py``). The
dialog checks every line before saving and keeps the list on screen when one is wrong.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.engine.core.errors import CopydeskError
from desktop.engine.library.store import Store
from desktop.engine.transcription.glossary import KINDS, Glossary, parse_terms


class GlossaryDialog(QDialog):
    def __init__(self, store: Store, document_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.document_id = store, document_id
        self.glossary = Glossary(store)
        title = store.get_document(document_id).title or self.tr("Untitled")
        self.setWindowTitle(self.tr("Story glossary: %1").replace("%1", title))
        self.resize(520, 460)
        self.kind_names = {"name": self.tr("Person"), "place": self.tr("Place"), "term": self.tr("Term")}
        intro = QLabel(self.tr("Names, places and terms in this story. Transcription listens for them, "
                               "and proofreading accepts them as spelled here."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Name or term"), self.tr("Kind")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(lambda: self.add_row("", "name", edit=True))
        paste = QPushButton(self.tr("Add a list…"))
        paste.clicked.connect(self._ask_list)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        for button in (add, paste, remove):
            row.addWidget(button)
        row.addStretch(1)
        self.error = QLabel("")
        self.error.setStyleSheet("color: #c62828")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        for term in self.glossary.terms(document_id):
            self.add_row(term.term, term.kind)

    def add_row(self, term: str, kind: str = "name", edit: bool = False) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        self.table.setItem(r, 0, QTableWidgetItem(term))
        combo = QComboBox()
        for key in KINDS:
            combo.addItem(self.kind_names[key], key)
        combo.setCurrentIndex(KINDS.index(kind) if kind in KINDS else 0)
        self.table.setCellWidget(r, 1, combo)
        if edit:
            self.table.setCurrentCell(r, 0)
            self.table.editItem(self.table.item(r, 0))

    def add_list(self, text: str, kind: str = "name") -> int:
        have = {t for t, _k in self.entries()}
        new = [t for t in parse_terms(text) if t not in have]
        for term in new:
            self.add_row(term, kind)
        return len(new)

    def _ask_list(self) -> None:
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Add a list"),
                                                 self.tr("One per line, or separated by commas:"))
        if ok:
            self.add_list(text)

    def remove_selected(self) -> None:
        for r in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(r)

    def entries(self) -> list[tuple[str, str]]:
        out = []
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            combo = self.table.cellWidget(r, 1)
            text = item.text().strip() if item is not None else ""
            if text:
                out.append((text, combo.currentData() if isinstance(combo, QComboBox) else "term"))
        return out

    def save(self) -> bool:
        try:
            self.glossary.replace(self.document_id, self.entries())
        except CopydeskError as err:
            self.error.setText(err.full_message())
            return False
        self.accept()
        return True

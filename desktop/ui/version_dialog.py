"""Version history: list the snapshots of a document, compare two of them, restore one.

Pick a version on the left; "Compare with" picks the second side (the version before it,
the current text, or any other version). Changes are shown from the older side to the newer
one, Chinese character by character and English word by word (``desktop.engine.library.textdiff``):
removed text struck through in red, added text underlined in green.
"""

from __future__ import annotations

import html
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.engine.core.wordcount import format_count
from desktop.engine.library.store import Store, Version
from desktop.engine.library.textdiff import DELETE, INSERT, diff_texts, summarize

ONLY, PREVIOUS, CURRENT = "only", "previous", "current"
_DELETED = "background:#ffebee;color:#b71c1c;text-decoration:line-through"
_INSERTED = "background:#e8f5e9;color:#1b5e20;text-decoration:underline"


def diff_html(old: str, new: str) -> str:
    """The changes from ``old`` to ``new`` as HTML for a QTextBrowser."""
    parts = []
    for op in diff_texts(old, new):
        text = html.escape(op.text).replace("\n", "<br>")
        if op.kind == DELETE:
            parts.append(f'<span style="{_DELETED}">{text}</span>')
        elif op.kind == INSERT:
            parts.append(f'<span style="{_INSERTED}">{text}</span>')
        else:
            parts.append(text)
    return f'<div style="white-space:pre-wrap">{"".join(parts)}</div>'


class VersionDialog(QDialog):
    def __init__(self, store: Store, doc_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.doc_id = doc_id
        self.restored = False
        self.setWindowTitle(self.tr("Version history"))
        self.resize(900, 560)
        self.versions: list[Version] = store.versions(doc_id)
        self.list = QListWidget()
        self.preview = QTextBrowser()
        self.compare = QComboBox()
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self._reasons = {"auto": self.tr("autosave"), "manual": self.tr("saved"),
                         "before-restore": self.tr("before restore"), "restore": self.tr("restored")}
        self.compare.addItem(self.tr("Nothing (show this version)"), ONLY)
        self.compare.addItem(self.tr("The version before it"), PREVIOUS)
        self.compare.addItem(self.tr("The current text"), CURRENT)
        for version in self.versions:
            label = self._label(version)
            size = self.tr("%1 characters").replace("%1", f"{len(version.body):,}")
            item = QListWidgetItem(f"{label}  ·  {size}")
            item.setData(Qt.ItemDataRole.UserRole, version.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, version.body)
            self.list.addItem(item)
            self.compare.addItem(label, version.id)
        compare_row = QHBoxLayout()
        compare_row.addWidget(QLabel(self.tr("Compare with:")))
        compare_row.addWidget(self.compare, 1)
        right = QVBoxLayout()
        right.addLayout(compare_row)
        right.addWidget(self.summary)
        right.addWidget(self.preview, 1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(right, 2)
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
        self.compare.currentIndexChanged.connect(lambda _i: self._show(self.list.currentItem()))
        if self.list.count():
            self.list.setCurrentRow(0)

    def _label(self, version: Version) -> str:
        when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(version.created))
        return f"{when}  ·  {self._reasons.get(version.reason, version.reason)}"

    def _other_side(self, row: int) -> tuple[str, str, float] | None:
        """(label, text, time) of what the selected version is compared with, or None."""
        choice = self.compare.currentData()
        if choice == ONLY:
            return None
        if choice == CURRENT:
            doc = self.store.get_document(self.doc_id)
            return self.tr("the current text"), doc.body, float("inf")
        if choice == PREVIOUS:
            if row + 1 >= len(self.versions):
                return self.tr("an empty document"), "", float("-inf")
            other = self.versions[row + 1]
        else:
            other = next((v for v in self.versions if v.id == choice), None)
            if other is None:
                return None
        return self._label(other), other.body, other.created

    def _show(self, item: QListWidgetItem | None) -> None:
        self.restore_button.setEnabled(item is not None)
        if item is None:
            self.preview.setPlainText("")
            self.summary.setText("")
            return
        row = self.list.row(item)
        version = self.versions[row]
        other = self._other_side(row)
        if other is None:
            self.summary.setText("")
            self.preview.setPlainText(version.body)
            return
        other_label, other_text, other_time = other
        mine = (self._label(version), version.body, version.created)
        older, newer = sorted([mine, (other_label, other_text, other_time)], key=lambda side: side[2])
        changes = summarize(diff_texts(older[1], newer[1]))
        if changes.unchanged:
            text = self.tr("No changes between %1 and %2.")
        else:
            text = self.tr("From %1 to %2: added %3, removed %4.")
        self.summary.setText(text.replace("%1", older[0]).replace("%2", newer[0])
                             .replace("%3", format_count(changes.inserted)).replace("%4", format_count(changes.deleted)))
        self.preview.setHtml(diff_html(older[1], newer[1]))

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.store.restore_version(int(item.data(Qt.ItemDataRole.UserRole)))
        self.restored = True
        self.accept()

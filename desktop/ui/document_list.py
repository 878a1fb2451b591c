"""Left column: search (full-text, zh + en), filters, and the library list.

Without a query or filters it lists documents and transcripts, newest first (cheap even at
10,000 documents). With either, it shows the catalogue: documents, transcripts (opening at
the second a hit was spoken) and audio. A transcript's context menu exports it.
"""

from __future__ import annotations

import html
import time

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.engine.library.catalog import (
    CatalogEntry,
    CatalogFilter,
    all_speakers,
    all_tags,
    browse,
    days_ago,
)
from desktop.engine.library.store import Store

DOC_ROLE = Qt.ItemDataRole.UserRole
HTML_ROLE = Qt.ItemDataRole.UserRole + 3
FIRST_BATCH = 300
LATER_BATCH = 2000
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
POS_ROLE = Qt.ItemDataRole.UserRole + 2
ICONS = {"document": QStyle.StandardPixmap.SP_FileIcon, "transcript": QStyle.StandardPixmap.SP_MediaPlay,
         "audio": QStyle.StandardPixmap.SP_MediaVolume}


def snippet_html(title: str, snippet: str, spans: tuple[tuple[int, int], ...]) -> str:
    """Title in bold, then the snippet with the matched words highlighted."""
    parts: list[str] = []
    pos = 0
    for start, end in spans:
        if start < pos:
            continue
        parts.append(html.escape(snippet[pos:start]))
        parts.append(f"<span style='background:#ffe08a'>{html.escape(snippet[start:end])}</span>")
        pos = end
    parts.append(html.escape(snippet[pos:]))
    return f"<b>{html.escape(title)}</b><br>{''.join(parts)}"


class SnippetDelegate(QStyledItemDelegate):
    """Draws search hits as rich text so the matched words stand out."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        markup = index.data(HTML_ROLE)
        if not markup:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(1)
        doc.setHtml(markup)
        doc.setTextWidth(text_rect.width())
        painter.save()
        painter.translate(text_rect.topLeft())
        painter.setClipRect(0, 0, text_rect.width(), text_rect.height())
        doc.drawContents(painter)
        painter.restore()


class DocumentList(QWidget):
    sig_open = Signal(int)  # document id
    sig_open_transcript = Signal(int, float)  # transcript id, seconds
    sig_open_audio = Signal(int)  # asset id
    sig_new = Signal()
    sig_rename = Signal(int)
    sig_delete = Signal(int)
    sig_export_transcript = Signal(int)  # transcript id

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search documents and transcripts…"))
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox()
        for value, label in (("all", self.tr("Everything")), ("document", self.tr("Documents")),
                             ("transcript", self.tr("Transcripts")), ("audio", self.tr("Audio"))):
            self.kind.addItem(label, value)
        self.when = QComboBox()
        for days, label in ((0, self.tr("Any time")), (1, self.tr("Today")), (7, self.tr("Last 7 days")),
                            (30, self.tr("Last 30 days")), (365, self.tr("Last year"))):
            self.when.addItem(label, days)
        self.tag = QComboBox()
        self.speaker = QComboBox()
        for box in (self.kind, self.when, self.tag, self.speaker):  # long tag names must not widen the list
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(6)
        filters = QHBoxLayout()
        for box in (self.kind, self.when):
            filters.addWidget(box)
        filters2 = QHBoxLayout()
        for box in (self.tag, self.speaker):
            filters2.addWidget(box)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setUniformItemSizes(True)
        self.list.setItemDelegate(SnippetDelegate(self.list))
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New"))
        self.rename_button = QPushButton(self.tr("Rename"))
        self.delete_button = QPushButton(self.tr("Delete"))
        for b in (self.new_button, self.rename_button, self.delete_button):
            buttons.addWidget(b)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addLayout(filters2)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        for box in (self.kind, self.when, self.tag, self.speaker):
            box.currentIndexChanged.connect(self._debounce.start)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.new_button.clicked.connect(self.sig_new)
        self.rename_button.clicked.connect(lambda: self._with_current(self.sig_rename.emit))
        self.delete_button.clicked.connect(lambda: self._with_current(self.sig_delete.emit))
        self.reload_filters()

    def reload_filters(self) -> None:
        """Refill the tag and speaker choices (after imports, tagging, transcription)."""
        for box, values, anything in ((self.tag, all_tags(self.store), self.tr("Any tag")),
                                      (self.speaker, all_speakers(self.store), self.tr("Any speaker"))):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(anything, "")
            for v in values:
                box.addItem(v, v)
            box.setCurrentIndex(max(0, box.findData(current)))
            box.blockSignals(False)

    def _with_current(self, action) -> None:
        doc_id = self.current_id()
        if doc_id is not None:
            action(doc_id)

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        if item is None or item.data(KIND_ROLE) != "document":
            return None
        return int(item.data(DOC_ROLE))

    def current_filter(self) -> CatalogFilter:
        days = int(self.when.currentData() or 0)
        return CatalogFilter(query=self.search.text().strip(), kind=self.kind.currentData() or "all",
                             tags=(self.tag.currentData(),) if self.tag.currentData() else (),
                             since=days_ago(days) if days else None, speaker=self.speaker.currentData() or "")

    def refresh(self, select: int | None = None) -> None:
        keep = select if select is not None else self.current_id()
        f = self.current_filter()
        self.list.clear()
        line = self.list.fontMetrics().lineSpacing()
        self._generation += 1
        if f == CatalogFilter():  # the common case, kept cheap for big libraries
            transcripts = browse(self.store, CatalogFilter(kind="transcript"))
            docs = sorted([*self.store.list_summaries(), *transcripts], key=lambda d: d.modified, reverse=True)
            self._add_documents(docs[:FIRST_BATCH], keep, line)
            if len(docs) > FIRST_BATCH:  # the rest arrives in batches, the window is usable at once
                self._fill_later(docs[FIRST_BATCH:], keep, line, self._generation)
            if not docs:
                self._placeholder(self.tr("No documents yet.\nPress New to start writing."))
            return
        entries = browse(self.store, f)
        for e in entries:
            self._add_entry(e, keep, line)
        if not entries:
            self._placeholder(self.tr("No matches"))

    def _add_entry(self, e: CatalogEntry, keep: int | None, line: int) -> None:
        title = e.title or self.tr("(untitled)")
        if e.snippet:
            text = f"{title}\n{e.snippet}"
        else:
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(e.modified))
            extra = " · ".join([*e.tags, *e.speakers])
            text = f"{title}\n{when}" + (f" · {extra}" if extra else "")
        item = self._item(text, e.kind, e.id, 3 * line if e.snippet else 2 * line, e.position or 0.0)
        if e.snippet:
            item.setData(HTML_ROLE, snippet_html(title, e.snippet, e.spans))
        item.setIcon(self.style().standardIcon(ICONS[e.kind]))
        if e.kind == "document" and e.id == keep:
            self.list.setCurrentItem(item)

    def _add_documents(self, docs: list, keep: int | None, line: int) -> None:  # list[DocumentSummary]
        self.list.setUpdatesEnabled(False)
        for doc in docs:
            if isinstance(doc, CatalogEntry):  # a transcript among the documents
                self._add_entry(doc, keep, line)
                continue
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(doc.modified))
            item = self._item(f"{doc.title or self.tr('(untitled)')}\n{when}", "document", doc.id, 2 * line)
            if doc.id == keep:
                self.list.setCurrentItem(item)
        self.list.setUpdatesEnabled(True)

    def _fill_later(self, docs: list, keep: int | None, line: int, generation: int) -> None:
        def step() -> None:
            if generation != self._generation:  # a newer refresh replaced this list
                return
            self._add_documents(docs[:LATER_BATCH], keep, line)
            if len(docs) > LATER_BATCH:
                self._fill_later(docs[LATER_BATCH:], keep, line, generation)

        QTimer.singleShot(0, step)

    def _item(self, text: str, kind: str, item_id: int, height: int, position: float = 0.0) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(DOC_ROLE, item_id)
        item.setData(KIND_ROLE, kind)
        item.setData(POS_ROLE, position)
        item.setSizeHint(QSize(0, height + 10))
        self.list.addItem(item)
        return item

    def show_title(self, doc_id: int | None, title: str) -> None:
        """Show a title as it is typed (the list otherwise learns of it at the next refresh)."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(KIND_ROLE) == "document" and item.data(DOC_ROLE) == doc_id:
                rest = item.text().split("\n", 1)[1:]
                item.setText("\n".join([title.strip() or self.tr("(untitled)"), *rest]))
                return

    def _placeholder(self, text: str) -> None:
        empty = QListWidgetItem(text)
        empty.setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.addItem(empty)

    def _context_menu(self, pos) -> None:
        item = self.list.itemAt(pos)
        if item is None or item.data(KIND_ROLE) != "transcript":
            return
        menu = QMenu(self)
        tid = int(item.data(DOC_ROLE))
        menu.addAction(self.tr("Open transcript"), lambda: self.sig_open_transcript.emit(tid, 0.0))
        menu.addAction(self.tr("Export transcript…"), lambda: self.sig_export_transcript.emit(tid))
        menu.popup(self.list.viewport().mapToGlobal(pos))

    def _activated(self, item: QListWidgetItem) -> None:
        kind = item.data(KIND_ROLE)
        if kind == "document":
            self.sig_open.emit(int(item.data(DOC_ROLE)))
        elif kind == "transcript":
            self.sig_open_transcript.emit(int(item.data(DOC_ROLE)), float(item.data(POS_ROLE)))
        elif kind == "audio":
            self.sig_open_audio.emit(int(item.data(DOC_ROLE)))

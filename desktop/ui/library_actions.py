"""File ▸ Import / Export for documents (TXT, Markdown, DOCX in; DOCX, Markdown, HTML, PDF and
every plugin's document format out)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.engine.core.errors import CopydeskError, FileAccessError
from desktop.engine.library.export_formats import DOCUMENT_BUILTINS, document_formats, export_document_as
from desktop.engine.library.files import export_document as engine_export
from desktop.engine.library.files import import_file, quote_notes, to_html
from desktop.engine.library.store import Store
from desktop.ui import file_filters


def write_pdf(store: Store, doc_id: int, path: Path) -> Path:
    """PDF through Qt's own text layout and printing (CJK fonts included)."""
    doc = store.get_document(doc_id)
    text = QTextDocument()
    text.setHtml(to_html(doc, quote_notes(store, doc)))
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setTitle(doc.title)
    writer.setCreator("Copydesk")
    text.print_(writer)
    del writer  # finishes the file
    if not path.exists() or path.stat().st_size == 0:
        raise FileAccessError(path=str(path), reason="PDF could not be written")
    return path


def export_any(store: Store, doc_id: int, path: Path, fmt: str | None = None) -> Path:
    """Write with the chosen format: PDF here (it needs Qt), a plugin's through its exporter."""
    if fmt == "pdf" or (fmt is None and path.suffix.lower() == ".pdf"):
        return write_pdf(store, doc_id, path)
    if fmt is not None and fmt not in DOCUMENT_BUILTINS:
        return export_document_as(store, doc_id, fmt, path)
    return engine_export(store, doc_id, path)


def export_filters() -> list[tuple[str, str, str]]:
    """(filter line, format id, extension) for the Export dialog: built-ins, then plugins'.
    Filter lines come from file_filters, so no translation or plugin label can break them."""
    filters = [(file_filters.one(name), fmt, ext) for name, fmt, ext in (
        ("docx", "docx", ".docx"), ("pdf", "pdf", ".pdf"), ("markdown", "md", ".md"), ("html", "html", ".html"))]
    for fmt in document_formats().values():
        if fmt.exporter is not None:
            filters.append((file_filters.custom(fmt.label, (fmt.extension,)), fmt.id, fmt.extension))
    return filters


class LibraryActions(QObject):
    """Dialog-driven import and export; errors come back as messages for the status area."""

    def __init__(self, window: QWidget, store: Store, privacy: str) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.privacy = privacy

    def import_paths(self, paths: list[str]) -> tuple[list[int], list[str]]:
        ids: list[int] = []
        errors: list[str] = []
        for p in paths:
            try:
                ids.append(import_file(self.store, p, privacy=self.privacy).id)
            except CopydeskError as err:
                errors.append(err.full_message())
        return ids, errors

    def ask_import(self) -> tuple[list[int], list[str]]:
        paths, _ = QFileDialog.getOpenFileNames(self.window, self.tr("Import documents"), "",
                                                file_filters.join(["documents", "all"]))
        return self.import_paths(paths)

    def ask_export(self, doc_id: int) -> tuple[Path | None, str | None]:
        doc = self.store.get_document(doc_id)
        choices = export_filters()
        path, chosen = QFileDialog.getSaveFileName(self.window, self.tr("Export document"),
                                                   (doc.title or "document") + ".docx",
                                                   ";;".join(c[0] for c in choices))
        if not path:
            return None, None
        target = Path(path)
        _label, fmt, extension = next((c for c in choices if c[0] == chosen), choices[0])
        if not target.suffix:
            target = target.with_suffix(extension)
        try:
            return export_any(self.store, doc_id, target, fmt), None
        except CopydeskError as err:
            return None, err.full_message()

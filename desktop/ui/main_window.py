"""The main window: document list, editor, feature panels, status bar and progress area."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.engine.core import paths
from desktop.engine.core.errors import DocumentNotFoundError
from desktop.engine.library.files import IMPORT_SUFFIXES
from desktop.engine.transcription.audio import AUDIO_EXTENSIONS
from desktop.ui import window_fit, window_menus, writing_tools
from desktop.ui.autosave import Autosaver, save_on_focus_loss
from desktop.ui.cloud_dialogs import PrivacySelector, RouteBadge
from desktop.ui.context import AppContext
from desktop.ui.document_list import DocumentList
from desktop.ui.editor import Editor
from desktop.ui.library_actions import LibraryActions
from desktop.ui.progress_area import ProgressArea
from desktop.ui.transcript_export import export_transcript
from desktop.ui.version_dialog import VersionDialog


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, startup_messages: list[str] | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.doc_id: int | None = None
        self._loading = False
        self._deleted: list[int] = []
        self._closed = False
        self.setWindowTitle("Copydesk")
        self.resize(1280, 800)

        self.documents = DocumentList(ctx.store)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Title"))
        self.title.setObjectName("documentTitle")
        title_font = self.title.font()
        title_font.setPointSize(title_font.pointSize() + 5)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setFrame(False)
        self.editor = Editor()
        self.editor.setPlaceholderText(self.tr("Start writing, or create a document with Ctrl+N."))
        center = QWidget()
        cl = QVBoxLayout(center)
        cl.setContentsMargins(0, 6, 0, 0)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        self.privacy = PrivacySelector(ctx.store)
        self.privacy.set_document(None)
        title_row.addWidget(self.privacy)
        cl.addLayout(title_row)
        cl.addWidget(self.editor, 1)
        self.progress = ProgressArea(ctx.jobs)
        cl.addWidget(self.progress)
        splitter = QSplitter()
        splitter.addWidget(self.documents)
        splitter.addWidget(center)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 900])
        self.setCentralWidget(splitter)

        ctx.editor = self.editor
        ctx.current_document_id = lambda: self.doc_id
        ctx.on_documents_changed.append(lambda: self.documents.refresh(self.doc_id))
        ctx.open_document = self.open_document

        self.where = RouteBadge()
        self.where.show_local(self.tr("Nothing leaves this computer unless a document allows the cloud."))
        ctx.route_badge = self.where
        self.saved = QLabel("")
        self.undo_delete_button = QToolButton()
        self.undo_delete_button.setText(self.tr("Undo delete"))
        self.undo_delete_button.hide()
        self.undo_delete_button.clicked.connect(self.undo_delete)
        self.statusBar().addPermanentWidget(self.undo_delete_button)
        self.statusBar().addPermanentWidget(self.saved)
        self.statusBar().addPermanentWidget(self.where)

        self.autosaver = Autosaver(ctx.store, ctx.jobs, self._on_screen, ctx.settings.autosave_seconds, self)
        self.autosaver.sig_state.connect(self._save_state)
        self.autosaver.sig_error.connect(lambda err: self.show_message(getattr(err, "full_message", str)()))
        self.editor.textChanged.connect(self._changed)
        self.title.textEdited.connect(self._changed)
        self.title.textEdited.connect(lambda text: self.documents.show_title(self.doc_id, text))
        save_on_focus_loss(self.autosaver, (self.editor, self.title))

        self.documents.sig_open.connect(self.open_document)
        self.documents.sig_open_transcript.connect(self.open_transcript)
        self.documents.sig_export_transcript.connect(lambda tid: export_transcript(self, ctx.store, tid))
        self.documents.sig_new.connect(self.new_document)
        self.documents.sig_rename.connect(self.rename_document)
        self.documents.sig_delete.connect(self.delete_document)

        self.library = LibraryActions(self, ctx.store, ctx.settings.default_privacy)
        self.setAcceptDrops(True)
        self.panels: dict[str, QWidget] = {}
        window_menus.build_menus(self)
        window_menus.build_panels(self)
        writing_tools.install(self)  # find/replace, word count, focus mode, bold/headings, first start
        self._restore_layout()
        self._open_initial()
        for message in startup_messages or []:
            self.show_message(message)
        if getattr(self.panels.get("transcripts"), "resume_pending", lambda: False)():
            self._raise_panel("transcripts")  # a crash stopped a transcription: offer to resume it

    # --- layout ------------------------------------------------------------------------
    def _raise_panel(self, name: str) -> None:
        dock = self.findChild(QDockWidget, name)
        if dock is not None:
            dock.show()
            dock.raise_()

    def open_transcript(self, transcript_id: int, seconds: float) -> None:
        """Open a transcript search hit at the second it was spoken (highlighted, not playing)."""
        panel = self.panels.get("transcripts")
        if panel is None:
            return
        self._raise_panel("transcripts")
        panel.show_transcript(transcript_id)
        panel.view.highlight_time(seconds)

    @staticmethod
    def _layout_store() -> QSettings:
        """Window layout lives with the other settings (COPYDESK_HOME keeps test runs apart)."""
        return QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)

    def _restore_layout(self) -> None:
        qs = self._layout_store()
        geometry = qs.value("window/geometry")
        state = qs.value("window/state")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        window_fit.keep_on_screen(self)
        if not (isinstance(state, QByteArray) and self.restoreState(state)):
            window_fit.first_proportions(self, self.centralWidget())
        else:
            window_fit.readable_tabs(self)

    # --- documents ---------------------------------------------------------------------
    def _open_initial(self) -> None:
        """Reopen the last document (or the newest); opening it fills the list once."""
        last = self.ctx.store.get_meta("last_document")
        if last is not None and last.isdigit():
            try:
                if self.ctx.store.get_document(int(last)).deleted is None:
                    self.open_document(int(last))
                    return
            except DocumentNotFoundError:
                pass
        newest = self.ctx.store.list_summaries(limit=1)
        if newest:
            self.open_document(newest[0].id)
        else:
            self.documents.refresh()

    def open_document(self, doc_id: int) -> None:
        if doc_id == self.doc_id:
            return
        self.flush()
        doc = self.ctx.store.get_document(doc_id)
        self._loading = True
        self.doc_id = doc.id
        self.title.setText(doc.title)
        self.editor.setPlainText(doc.body)
        self.editor.clear_marks()
        self._loading = False
        self.ctx.document_opened(doc.id)
        self.ctx.store.set_meta("last_document", str(doc.id))
        self.privacy.set_document(doc.id)
        self.documents.refresh(doc.id)
        self.saved.setText(self.tr("Saved"))
        self.editor.setFocus()

    def new_document(self) -> None:
        self.flush()
        doc = self.ctx.store.create_document(self.tr("Untitled"), "", privacy=self.ctx.settings.default_privacy)
        self.doc_id = None
        self.open_document(doc.id)
        self.title.setFocus()
        self.title.selectAll()

    def rename_document(self, doc_id: int | None) -> None:
        if doc_id is None:
            return
        self.flush()
        doc = self.ctx.store.get_document(doc_id)
        text, ok = QInputDialog.getText(self, self.tr("Rename"), self.tr("Title"), text=doc.title)
        if ok:
            self.ctx.store.save_document(doc_id, title=text.strip(), snapshot=None)
            if doc_id == self.doc_id:
                self._loading = True
                self.title.setText(text.strip())
                self._loading = False
            self.documents.refresh(doc_id)

    def edit_tags(self) -> None:
        if self.doc_id is None:
            return
        current = ", ".join(self.ctx.store.tags(self.doc_id))
        text, ok = QInputDialog.getText(self, self.tr("Tags"), self.tr("Tags, separated by commas"), text=current)
        if ok:
            tags = [t.strip() for t in text.replace("，", ",").split(",")]
            self.ctx.store.set_tags(self.doc_id, tags)
            self.documents.reload_filters()
            self.statusBar().showMessage(self.tr("Tags saved."), 4000)

    def delete_document(self, doc_id: int | None) -> None:
        if doc_id is None:
            return
        self.flush()
        self.ctx.store.delete_document(doc_id)
        self._deleted.append(doc_id)
        if doc_id == self.doc_id:
            self.close_document()
        self.documents.refresh()
        self.undo_delete_button.show()
        self.statusBar().showMessage(self.tr("Document moved to the bin."), 10000)
        QTimer.singleShot(15000, self.undo_delete_button.hide)

    def close_document(self) -> None:
        """Empty the editor without saving anything (the document is gone or going)."""
        self.doc_id = None
        self._loading = True
        self.title.clear()
        self.editor.clear()
        self._loading = False

    def undo_delete(self) -> None:
        if not self._deleted:
            return
        doc_id = self._deleted.pop()
        self.ctx.store.undelete_document(doc_id)
        self.undo_delete_button.setVisible(bool(self._deleted))
        self.open_document(doc_id)

    # --- autosave ----------------------------------------------------------------------
    def _on_screen(self) -> tuple[int | None, str, str]:
        return self.doc_id, self.title.text(), self.editor.toPlainText()

    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        if self.doc_id is None:
            # typing into an empty window creates a document: nothing typed is ever lost, and it is
            # a document like any other (title in the list, privacy selector live)
            title = self.title.text().strip() or self.tr("Untitled")
            doc = self.ctx.store.create_document(title, self.editor.toPlainText(),
                                                 privacy=self.ctx.settings.default_privacy)
            self.doc_id = doc.id
            if not self.title.text().strip():
                self._loading = True
                self.title.setText(title)
                self._loading = False
            self.ctx.store.set_meta("last_document", str(doc.id))
            self.privacy.set_document(doc.id)
            self.documents.refresh(doc.id)
        self.autosaver.changed()

    def flush(self) -> None:
        """Save now, on this thread (document switch, close)."""
        if not self._loading:
            self.autosaver.flush()

    def _save_state(self, state: str) -> None:
        texts = {"editing": self.tr("Editing…"), "saved": self.tr("Saved"), "failed": self.tr("Not saved!")}
        self.saved.setText(texts.get(state, ""))

    def save_version(self) -> None:
        self.flush()
        if self.doc_id is not None:
            self.ctx.store.snapshot(self.doc_id, reason="manual")
            self.statusBar().showMessage(self.tr("Version saved."), 4000)

    def show_history(self) -> None:
        if self.doc_id is None:
            return
        self.flush()
        dialog = VersionDialog(self.ctx.store, self.doc_id, self)
        if dialog.exec() and dialog.restored:
            doc_id, self.doc_id = self.doc_id, None
            self.open_document(doc_id)

    # --- import / export ----------------------------------------------------------------
    def _report_import(self, ids: list[int], errors: list[str]) -> None:
        for message in errors:
            self.show_message(message)
        if ids:
            self.documents.refresh()
            self.open_document(ids[-1])

    def import_documents(self) -> None:
        self._report_import(*self.library.ask_import())

    def export_document(self) -> None:
        if self.doc_id is None:
            return
        self.flush()
        path, error = self.library.ask_export(self.doc_id)
        if error:
            self.show_message(error)
        elif path is not None:
            self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", str(path)), 8000)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        docs = [p for p in paths if Path(p).suffix.lower() in IMPORT_SUFFIXES]
        others = [p for p in paths if p not in docs]
        if docs:
            self._report_import(*self.library.import_paths(docs))
        audio = [p for p in others if Path(p).suffix.lower() in AUDIO_EXTENSIONS]
        others = [p for p in others if p not in audio]
        transcripts = self.panels.get("transcripts")
        if audio and transcripts is not None:
            self._raise_panel("transcripts")
            transcripts.ask_and_enqueue([Path(p) for p in audio])  # language and speakers first
        if others:
            self.show_message(self.tr("Cannot import: %1").replace("%1", ", ".join(Path(p).name for p in others)))
        event.acceptProposedAction()

    # --- misc --------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.documents.search.setFocus()
        self.documents.search.selectAll()

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 15000)
        self.progress.message.setText("ℹ " + text)
        self.progress.message.show()
        self.progress.setVisible(True)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed:
            super().closeEvent(event)
            return
        self._closed = True
        self.flush()
        for panel in self.panels.values():  # a recording is finished cleanly, not left to repair
            getattr(panel, "shutdown", lambda: None)()
        for timer in self.findChildren(QTimer):  # no panel may touch the library after close
            timer.stop()
        self.ctx.jobs.cancel_all()
        qs = self._layout_store()
        qs.setValue("window/geometry", self.saveGeometry())
        qs.setValue("window/state", self.saveState())
        self.ctx.store.set_meta("session_open", "0")
        super().closeEvent(event)

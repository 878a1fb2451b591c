"""Model manager: installed models, sizes, languages, checksum state, the pip package behind each.

Verify and prepare run as jobs (progress + Cancel in the main progress area). Users can add
their own GGUF file or CTranslate2 whisper folder, and remove the ones they added.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.engine.core.errors import CopydeskError
from desktop.engine.core.settings import save_settings
from desktop.engine.models.registry import canonical_id
from desktop.ui import file_filters
from desktop.ui.context import AppContext

COLUMNS = ("id", "kind", "languages", "size", "state", "package")


def _size(n: int) -> str:
    return f"{n / 1_000_000:.0f} MB" if n >= 1_000_000 else f"{n / 1000:.0f} kB"


class ModelManager(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Models"))
        self.resize(900, 360)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr("Model"), self.tr("Kind"), self.tr("Languages"),
                                              self.tr("Size"), self.tr("State"), self.tr("Provided by")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.verify_button = QPushButton(self.tr("Verify checksum"))
        self.prepare_button = QPushButton(self.tr("Prepare"))
        self.add_file_button = QPushButton(self.tr("Add GGUF file…"))
        self.add_folder_button = QPushButton(self.tr("Add whisper folder…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.use_button = QPushButton(self.tr("Use for drafting"))
        self.use_button.setToolTip(self.tr("The assistant drafts with this model from now on (also in Settings)."))
        buttons = QHBoxLayout()
        for b in (self.use_button, self.verify_button, self.prepare_button, self.add_file_button,
                  self.add_folder_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.verify_button.clicked.connect(lambda: self._run("verify"))
        self.prepare_button.clicked.connect(lambda: self._run("ensure"))
        self.add_file_button.clicked.connect(self._add_file)
        self.add_folder_button.clicked.connect(self._add_folder)
        self.remove_button.clicked.connect(self._remove)
        self.use_button.clicked.connect(self.use_for_drafting)
        self.table.itemSelectionChanged.connect(self._selection)
        self.refresh()

    def refresh(self) -> None:
        registry = self.ctx.models
        specs = registry.specs()
        self.table.setRowCount(len(specs))
        for row, spec in enumerate(specs):
            status = registry.status(spec)
            if not status.installed:
                state = self.tr("missing — install %1").replace("%1", " ".join(spec.packages))
            elif status.verified:
                state = self.tr("verified")
            elif status.assembled:
                state = self.tr("ready, not verified yet")
            else:
                state = self.tr("installed, not prepared yet")
            if spec.kind == "llm" and canonical_id(self.ctx.settings.llm_model) == spec.id:
                state = self.tr("%1 · drafting model").replace("%1", state)
            values = (spec.id, self._kind(spec.kind), self._languages(spec.languages), _size(spec.size), state,
                      self._provider(spec))
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, spec.id)
                if col == 0:
                    item.setToolTip(spec.label())
                elif col == len(values) - 1:
                    item.setToolTip("\n".join(spec.packages) or spec.user_path)
                self.table.setItem(row, col, item)
        self._selection()

    def _kind(self, kind: str) -> str:
        names = {"llm": self.tr("Language model"), "asr": self.tr("Speech recognition"),
                 "onnx": self.tr("Checker model"), "embed": self.tr("Search model")}
        return names.get(kind, kind)

    def _languages(self, codes: tuple[str, ...]) -> str:
        names = {"multi": self.tr("many languages"), "zh": self.tr("Chinese"), "en": self.tr("English")}
        return self.tr(", ").join(names.get(c, c) for c in codes)

    def _provider(self, spec) -> str:  # ModelSpec
        """Where the file comes from: the reporter's own file, or the pip packages (listed in the tooltip)."""
        if spec.user:
            return self.tr("your file: %1").replace("%1", spec.user_path)
        packages = spec.packages
        if len(packages) <= 2:
            return self.tr("pip package %1").replace("%1", " + ".join(packages))
        return self.tr("%1 and %2 more pip packages").replace("%1", packages[0]).replace("%2", str(len(packages) - 1))

    def selected_id(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _selection(self) -> None:
        model_id = self.selected_id()
        user = llm = False
        if model_id is not None:
            spec = self.ctx.models.get(model_id)
            user, llm = spec.user, spec.kind == "llm"
        self.use_button.setEnabled(llm)
        for b in (self.verify_button, self.prepare_button):
            b.setEnabled(model_id is not None)
        self.remove_button.setEnabled(user)

    def _run(self, what: str) -> None:
        model_id = self.selected_id()
        if model_id is None:
            return
        registry = self.ctx.models

        def make_job(cancel):
            return registry.verify(model_id, cancel) if what == "verify" else registry.ensure(model_id, cancel)

        def done(result: object) -> None:
            if what == "verify" and result is False:
                self.message.setText(self.tr("%1: checksum mismatch — the file is damaged. Press Prepare to rebuild it.")
                                     .replace("%1", model_id))
            else:
                self.message.setText(self.tr("%1 is ready.").replace("%1", model_id))
            self.refresh()

        def failed(err: CopydeskError) -> None:
            self.message.setText(err.full_message())
            self.refresh()

        label = self.tr("Verifying %1") if what == "verify" else self.tr("Preparing %1")
        self.ctx.jobs.start(label.replace("%1", model_id), make_job, on_result=done, on_error=failed)

    def use_for_drafting(self) -> None:
        """Make the selected language model the drafting model (saved in the settings)."""
        model_id = self.selected_id()
        if model_id is None or self.ctx.models.get(model_id).kind != "llm":
            return
        self.ctx.settings.llm_model = model_id
        save_settings(self.ctx.settings)
        self.message.setText(self.tr("The assistant now drafts with %1.").replace("%1", model_id))
        self.refresh()

    def add_path(self, path: str) -> None:
        try:
            spec = self.ctx.models.add_user_model(path)
        except CopydeskError as err:
            self.message.setText(err.full_message())
            return
        self.message.setText(self.tr("Added %1.").replace("%1", spec.id))
        self.refresh()

    def _add_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Add a GGUF model"), "", file_filters.one("gguf"))
        if path:
            self.add_path(path)

    def _add_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Add a CTranslate2 whisper folder"))
        if path:
            self.add_path(path)

    def _remove(self) -> None:
        model_id = self.selected_id()
        if model_id is not None:
            self.ctx.models.remove_user_model(model_id)
            self.refresh()

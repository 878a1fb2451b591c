"""Preferences: language, privacy default, autosave, threads, models, theme.

Pages from features (the cloud provider page) are added with ``add_page``.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.engine.core.settings import Settings
from desktop.engine.models.registry import ModelRegistry, canonical_id
from desktop.ui import file_filters


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, models: ModelRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.original = settings
        self.tabs = QTabWidget()
        general = QWidget()
        form = QFormLayout(general)
        self.language = QComboBox()
        for value, label in (("system", self.tr("Follow the system")), ("en", "English"), ("zh_CN", "简体中文")):
            self.language.addItem(label, value)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.ui_language)))
        self.privacy = QComboBox()
        for value, label in (("local", self.tr("Local only")), ("ask", self.tr("Ask each time")),
                             ("cloud", self.tr("Cloud allowed"))):
            self.privacy.addItem(label, value)
        self.privacy.setCurrentIndex(max(0, self.privacy.findData(settings.default_privacy)))
        self.autosave = QDoubleSpinBox()
        self.autosave.setRange(0.5, 30.0)
        self.autosave.setSingleStep(0.5)
        self.autosave.setSuffix(self.tr(" s"))
        self.autosave.setValue(settings.autosave_seconds)
        self.threads = QSpinBox()
        self.threads.setRange(0, 64)
        self.threads.setSpecialValueText(self.tr("All cores"))
        self.threads.setValue(settings.cpu_threads)
        self.theme = QComboBox()
        for value, label in (("system", self.tr("Follow the system")), ("light", self.tr("Light")),
                             ("dark", self.tr("Dark"))):
            self.theme.addItem(label, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        form.addRow(self.tr("Interface language"), self.language)
        form.addRow(self.tr("Privacy level of new documents"), self.privacy)
        form.addRow(self.tr("Autosave after"), self.autosave)
        form.addRow(self.tr("CPU threads"), self.threads)
        form.addRow(self.tr("Theme"), self.theme)
        self.copy_audio = QCheckBox(self.tr("Copy recordings into the library (default: keep them where they are)"))
        self.copy_audio.setChecked(settings.copy_audio_into_library)
        form.addRow(self.tr("Recordings"), self.copy_audio)
        self.tabs.addTab(general, self.tr("General"))
        self.tabs.addTab(self._proofreading_page(settings), self.tr("Dictionary and terms"))

        models_page = QWidget()
        mform = QFormLayout(models_page)
        self.llm = QComboBox()
        self.asr = QComboBox()
        for spec in models.specs():
            box = self.llm if spec.kind == "llm" else self.asr if spec.kind == "asr" else None
            if box is not None:
                box.addItem(f"{spec.id} — {spec.label()}", spec.id)
        self.llm.setCurrentIndex(max(0, self.llm.findData(canonical_id(settings.llm_model))))
        self.asr.setCurrentIndex(max(0, self.asr.findData(settings.asr_model)))
        mform.addRow(self.tr("Drafting model"), self.llm)
        mform.addRow(self.tr("Transcription model"), self.asr)
        self.tabs.addTab(models_page, self.tr("Models"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def _proofreading_page(self, settings: Settings) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Your dictionary: words the proofreader accepts (names, places, jargon), one per line")))
        self.dictionary = QPlainTextEdit("\n".join(settings.user_dictionary))
        layout.addWidget(self.dictionary, 2)
        layout.addWidget(QLabel(self.tr("Term tables (CSV: wrong → right, or risky wording with a risk level)")))
        self.tables = QListWidget()
        for path in settings.term_tables:
            self.tables.addItem(path)
        layout.addWidget(self.tables, 1)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add table…"))
        remove = QPushButton(self.tr("Remove"))
        self.table_message = QLabel("")
        self.table_message.setWordWrap(True)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.table_message)
        self.as_you_type = QCheckBox(self.tr("Check as you type"))
        self.as_you_type.setChecked(settings.proofread_as_you_type)
        self.grammar_model = QCheckBox(self.tr("English grammar model (quire; experimental, often wrong)"))
        self.grammar_model.setToolTip(self.tr("A small offline model that suggests English grammar fixes. On a "
                                              "learner-English test set it made more sentences worse than better."))
        self.grammar_model.setChecked(settings.proofread_grammar_model)
        layout.addWidget(self.as_you_type)
        layout.addWidget(self.grammar_model)
        add.clicked.connect(self._add_table)
        remove.clicked.connect(lambda: self.tables.takeItem(self.tables.currentRow()))
        return page

    def add_table(self, path: str) -> bool:
        """Check a term table before accepting it; a broken one is explained, not added."""
        from desktop.engine.core.errors import CopydeskError
        from desktop.engine.proofread.terms import load_terms

        try:
            count = len(load_terms(path))
        except CopydeskError as err:
            self.table_message.setText(err.full_message())
            return False
        self.tables.addItem(path)
        self.table_message.setText(self.tr("%1 terms added.").replace("%1", str(count)))
        return True

    def _add_table(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Add a term table"), "", file_filters.one("csv"))
        if path:
            self.add_table(path)

    def add_page(self, widget: QWidget, title: str) -> None:
        self.tabs.addTab(widget, title)

    def result_settings(self) -> Settings:
        return dataclasses.replace(
            self.original,
            ui_language=self.language.currentData(),
            default_privacy=self.privacy.currentData(),
            autosave_seconds=float(self.autosave.value()),
            cpu_threads=int(self.threads.value()),
            theme=self.theme.currentData(),
            llm_model=self.llm.currentData() or self.original.llm_model,
            asr_model=self.asr.currentData() or self.original.asr_model,
            copy_audio_into_library=self.copy_audio.isChecked(),
            user_dictionary=[w.strip() for w in self.dictionary.toPlainText().splitlines() if w.strip()],
            term_tables=[self.tables.item(i).text() for i in range(self.tables.count())],
            proofread_as_you_type=self.as_you_type.isChecked(),
            proofread_grammar_model=self.grammar_model.isChecked(),
        )

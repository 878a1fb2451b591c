"""Preferences: language, privacy default, autosave, threads, models, theme.

Pages from features (the cloud provider page) are added with ``add_page``.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.engine.models import ModelRegistry
from desktop.engine.settings import Settings


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
        self.tabs.addTab(general, self.tr("General"))

        models_page = QWidget()
        mform = QFormLayout(models_page)
        self.llm = QComboBox()
        self.asr = QComboBox()
        for spec in models.specs():
            box = self.llm if spec.kind == "llm" else self.asr if spec.kind == "asr" else None
            if box is not None:
                box.addItem(f"{spec.id} — {spec.description}", spec.id)
        self.llm.setCurrentIndex(max(0, self.llm.findData(settings.llm_model)))
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
        )

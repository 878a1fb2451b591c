"""``copydesk draft --route``: the router from the command line, against the real loopback server."""

from __future__ import annotations

import pytest

from desktop.cli import main
from tests.cloud_server import SERVER_MODEL

pytestmark = pytest.mark.slow


@pytest.fixture
def cloud_env(proxy, monkeypatch, memory_keyring):
    monkeypatch.setenv("COPYDESK_CLOUD_BASE_URL", proxy.url)
    monkeypatch.setenv("COPYDESK_CLOUD_MODEL", SERVER_MODEL)
    return proxy


def _doc(privacy: str) -> int:
    from desktop.engine.library.store import Store

    s = Store()
    doc = s.create_document("t", "The council met on Monday. Resident John Carter said buses will run later. "
                            "Call 555-123-4567 for details.", privacy=privacy)
    s.close()
    return doc.id


def test_local_only_document_sends_nothing(cloud_env, capsys) -> None:
    doc_id = _doc("local")
    assert main(["draft", "summarize", "--document", str(doc_id), "--route", "cloud", "--model", "smollm2-135m"]) == 0
    out = capsys.readouterr()
    assert out.out.strip()  # answered on this device
    assert cloud_env.chat_requests() == []
    assert "On this device" in out.err


def test_cloud_allowed_document_goes_masked(cloud_env, capsys) -> None:
    doc_id = _doc("cloud")
    assert main(["draft", "summarize", "--document", str(doc_id), "--route", "cloud"]) == 0
    out = capsys.readouterr()
    assert len(cloud_env.chat_requests()) == 1
    sent = cloud_env.received
    assert b"555-123-4567" not in sent and b"John Carter" not in sent
    assert "route: cloud" in out.err and out.out.strip()
    from desktop.engine.library.store import Store

    rows = Store().query("SELECT task, outcome, redactions FROM audit_log")
    assert rows == [("summarize", "ok", rows[0][2])] and rows[0][2] >= 2


def test_ask_document_without_terminal_is_not_sent(cloud_env, capsys, monkeypatch) -> None:
    monkeypatch.setattr("sys.stdin.isatty", lambda: False, raising=False)
    doc_id = _doc("ask")
    assert main(["draft", "summarize", "--document", str(doc_id), "--route", "cloud",
                 "--model", "smollm2-135m"]) == 0
    err = capsys.readouterr().err
    assert "Not sent" in err and "[PHONE_1]" in err  # the preview showed the masked payload
    assert cloud_env.chat_requests() == []

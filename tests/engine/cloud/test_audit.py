"""Audit rows hold metadata only and export to CSV and JSON."""

from __future__ import annotations

import csv
import io
import json

import pytest

from desktop.engine.cloud.audit import AuditLog, payload_sha256


def _record(log: AuditLog, **kw):
    row = dict(document_id=1, task="summary", endpoint_host="api.example.com", model="gpt-x", bytes_sent=1200,
               bytes_received=800, redactions=3, payload_sha256=payload_sha256("payload"), outcome="ok")
    row.update(kw)
    return log.record(**row)


def test_record_and_read_back_newest_first(store):
    log = AuditLog(store)
    first = _record(log, when=100.0)
    second = _record(log, when=200.0, outcome="timeout", document_id=None, task="test-connection")
    entries = log.entries()
    assert [e.id for e in entries] == [second, first]
    assert entries[1].bytes_sent == 1200 and entries[1].redactions == 3 and entries[0].document_id is None
    assert [e.id for e in log.entries(document_id=1)] == [first]
    assert len(log.entries(limit=1)) == 1


@pytest.mark.parametrize("bad", [
    {"outcome": "ok: the story about 张伟"}, {"payload_sha256": "not a hash"},
    {"endpoint_host": "https://api.example.com/v1/chat?text=secret"}])
def test_only_metadata_is_accepted(store, bad):
    with pytest.raises(ValueError):
        _record(AuditLog(store), **bad)
    assert AuditLog(store).entries() == []


def test_export_csv_and_json(store, tmp_path):
    log = AuditLog(store)
    _record(log, model="=HYPERLINK(\"x\")", when=0.0)
    _record(log, outcome="auth-failed", when=60.0)
    rows = list(csv.DictReader(io.StringIO(log.to_csv())))
    assert len(rows) == 2 and rows[0]["outcome"] == "auth-failed" and rows[1]["time_iso"] == "1970-01-01T00:00:00Z"
    assert rows[1]["model"].startswith("'=")  # no spreadsheet formulas
    data = json.loads(log.export(tmp_path / "audit.json").read_text("utf-8"))
    assert data[0]["outcome"] == "auth-failed" and data[1]["bytes_received"] == 800
    assert (tmp_path / "audit.csv").exists() is False
    log.export(tmp_path / "audit.csv")
    assert (tmp_path / "audit.csv").read_text("utf-8").startswith("id,time,document_id")
    with pytest.raises(ValueError):
        log.export(tmp_path / "audit.xlsx")


def test_payload_hash_is_sha256():
    assert payload_sha256("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"

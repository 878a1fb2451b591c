"""The audit log: one row per cloud request, so a reporter can prove what left the laptop.

Only metadata is kept (when, which document and task, which host and model, how many bytes
each way, how many values were masked, the payload's sha256, and the outcome). The text
itself is never written: the sha256 lets someone who kept the payload prove it was the one
sent, without the log becoming a second copy of the story.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import time
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from desktop.engine.library.store import Store

# Outcomes are codes, never free text, so no content or key can slip in through them.
OUTCOMES = ("ok", "cancelled", "auth-failed", "server-error", "timeout", "unreachable",
            "interrupted", "malformed", "too-large", "rejected", "rate-limited", "not-found", "failed")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_HOST = re.compile(r"^[A-Za-z0-9.\-:\[\]]{1,255}$")


@dataclass(frozen=True)
class AuditEntry:
    id: int
    time: float
    document_id: int | None
    task: str
    endpoint_host: str
    model: str
    bytes_sent: int
    bytes_received: int
    redactions: int
    payload_sha256: str
    outcome: str


def payload_sha256(payload: str | bytes) -> str:
    data = payload.encode("utf-8") if isinstance(payload, str) else payload
    return hashlib.sha256(data).hexdigest()


class AuditLog:
    """Reads and writes the store's ``audit_log`` table."""

    _COLS = ("id, time, document_id, task, endpoint_host, model, bytes_sent, bytes_received, "
             "redactions, payload_sha256, outcome")

    def __init__(self, store: Store) -> None:
        self.store = store

    def record(self, *, document_id: int | None, task: str, endpoint_host: str, model: str,
               bytes_sent: int, bytes_received: int, redactions: int, payload_sha256: str,
               outcome: str, when: float | None = None) -> int:
        """Write one row in its own transaction; returns its id. Rejects anything but metadata."""
        if outcome not in OUTCOMES:
            raise ValueError(f"unknown audit outcome {outcome!r}")
        if not _SHA256.match(payload_sha256):
            raise ValueError("payload_sha256 must be a lower-case sha256 hex digest")
        if not _HOST.match(endpoint_host):
            raise ValueError("endpoint_host must be a bare host name")
        values = (when if when is not None else time.time(), document_id, task[:64], endpoint_host,
                  model[:128], int(bytes_sent), int(bytes_received), int(redactions), payload_sha256, outcome)
        with self.store.transaction() as c:
            cur = c.execute(
                "INSERT INTO audit_log(time, document_id, task, endpoint_host, model, bytes_sent, "
                "bytes_received, redactions, payload_sha256, outcome) VALUES (?,?,?,?,?,?,?,?,?,?)", values)
            return int(cur.lastrowid or 0)

    def entries(self, *, document_id: int | None = None, limit: int | None = None) -> list[AuditEntry]:
        """Newest first."""
        sql = f"SELECT {self._COLS} FROM audit_log"
        params: list[object] = []
        if document_id is not None:
            sql += " WHERE document_id=?"
            params.append(document_id)
        sql += " ORDER BY time DESC, id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return [AuditEntry(*row) for row in self.store.query(sql, params)]

    # --- export ----------------------------------------------------------------------------
    def to_csv(self, entries: list[AuditEntry] | None = None) -> str:
        rows = self.entries() if entries is None else entries
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([*(f.name for f in fields(AuditEntry)), "time_iso"])
        for e in rows:
            writer.writerow([*(_csv_safe(v) for v in asdict(e).values()), _iso(e.time)])
        return out.getvalue()

    def to_json(self, entries: list[AuditEntry] | None = None) -> str:
        rows = self.entries() if entries is None else entries
        return json.dumps([{**asdict(e), "time_iso": _iso(e.time)} for e in rows], ensure_ascii=False, indent=2)

    def export(self, path: Path | str, fmt: str | None = None) -> Path:
        """Write CSV or JSON (chosen by ``fmt`` or the file extension) atomically."""
        path = Path(path)
        fmt = (fmt or path.suffix.lstrip(".") or "csv").lower()
        if fmt not in ("csv", "json"):
            raise ValueError("format must be csv or json")
        text = self.to_csv() if fmt == "csv" else self.to_json()
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(text, "utf-8", newline="")
        tmp.replace(path)
        return path


def _iso(ts: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))


def _csv_safe(value: object) -> object:
    """Stop spreadsheet formula injection through task or model names."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value

"""The fixes applied to each document, kept in the library so the 审校报告 survives a restart.

An editor proofreads a story, closes the laptop and files the report the next morning: the
"fixes made" section must still list what was changed. Records live in the library's meta table
(one JSON list per document), so they travel with the SQLite file and need no schema change.
"""

from __future__ import annotations

import dataclasses
import json

from desktop.engine.library.store import Store
from desktop.engine.proofread.report import FixRecord

MAX_RECORDS = 2000  # per document; the oldest go first (a report lists the recent work)


def _key(doc_id: int) -> str:
    return f"proofread_fixes:{doc_id}"


class FixLog:
    """Per-document list of applied fixes, read once per document and written on every change."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._cache: dict[int, list[FixRecord]] = {}
        self._loose: list[FixRecord] = []  # fixes made before a document exists (nothing to key them on)

    def records(self, doc_id: int | None) -> list[FixRecord]:
        if doc_id is None:
            return self._loose
        if doc_id not in self._cache:
            self._cache[doc_id] = self._load(doc_id)
        return self._cache[doc_id]

    def add(self, doc_id: int | None, records: list[FixRecord]) -> None:
        if not records:
            return
        current = self.records(doc_id)
        current.extend(records)
        del current[:-MAX_RECORDS]
        if doc_id is not None:
            payload = json.dumps([dataclasses.asdict(r) for r in current], ensure_ascii=False)
            self.store.set_meta(_key(doc_id), payload)

    def clear(self, doc_id: int | None) -> None:
        self.records(doc_id).clear()
        if doc_id is not None:
            self.store.set_meta(_key(doc_id), "[]")

    def _load(self, doc_id: int) -> list[FixRecord]:
        raw = self.store.get_meta(_key(doc_id))
        if not raw:
            return []
        try:
            rows = json.loads(raw)
        except ValueError:  # a damaged entry loses the list, never the document or the app
            return []
        fields = {f.name for f in dataclasses.fields(FixRecord)}
        out: list[FixRecord] = []
        for row in rows if isinstance(rows, list) else []:
            if isinstance(row, dict) and {"original", "replacement", "message", "category"} <= row.keys():
                out.append(FixRecord(**{k: v for k, v in row.items() if k in fields}))
        return out

"""Applied fixes are kept per document in the library file and survive a restart."""

from __future__ import annotations

from desktop.engine.library.store import Store
from desktop.engine.proofread.fix_log import MAX_RECORDS, FixLog
from desktop.engine.proofread.report import FixRecord


def test_fixes_survive_reopening_the_library(store: Store) -> None:
    a = store.create_document("A", "x")
    b = store.create_document("B", "y")
    log = FixLog(store)
    log.add(a.id, [FixRecord("布署", "部署", "typo", "typo", 3)])
    log.add(b.id, [FixRecord("the the", "the", "doubled", "grammar", 1)])
    path = store.path
    store.close()
    again = Store(path)
    try:
        fresh = FixLog(again)
        assert [r.original for r in fresh.records(a.id)] == ["布署"]
        assert fresh.records(a.id)[0].line == 3
        assert [r.original for r in fresh.records(b.id)] == ["the the"]
        fresh.clear(a.id)
        assert FixLog(again).records(a.id) == []
    finally:
        again.close()


def test_damaged_entry_loses_only_the_list(store: Store) -> None:
    doc = store.create_document("A", "x")
    store.set_meta(f"proofread_fixes:{doc.id}", "{not json")
    assert FixLog(store).records(doc.id) == []
    store.set_meta(f"proofread_fixes:{doc.id}", '[{"original": "a"}, 7, {"original": "b", "replacement": "c", '
                                                 '"message": "m", "category": "typo", "unknown": 1}]')
    assert [r.replacement for r in FixLog(store).records(doc.id)] == ["c"]


def test_the_list_is_bounded(store: Store) -> None:
    doc = store.create_document("A", "x")
    log = FixLog(store)
    log.add(doc.id, [FixRecord(str(i), "", "m", "typo") for i in range(MAX_RECORDS + 5)])
    kept = FixLog(store).records(doc.id)
    assert len(kept) == MAX_RECORDS and kept[0].original == "5"

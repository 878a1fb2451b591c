"""Store: round trip, versions, zh/en search, migrations, hostile files."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from desktop.engine.core.errors import (
    DataDirNotWritableError,
    DocumentNotFoundError,
    NotADatabaseError,
    SchemaTooNewError,
)
from desktop.engine.library import store as store_mod
from desktop.engine.library.schema import MIGRATIONS, SCHEMA_VERSION
from desktop.engine.library.store import Store


def test_round_trip(store: Store) -> None:
    doc = store.create_document("市政新闻", "地铁三号线延长运营。\n第二段。", language="zh", privacy="ask")
    again = store.get_document(doc.id)
    assert (again.title, again.body, again.language, again.privacy) == ("市政新闻", "地铁三号线延长运营。\n第二段。", "zh", "ask")
    store.save_document(doc.id, body="new body 🙂")
    assert store.get_document(doc.id).body == "new body 🙂"
    assert [d.id for d in store.list_documents()] == [doc.id]


def test_reopen_keeps_data(copydesk_home: Path) -> None:
    s = Store()
    doc = s.create_document("t", "persisted")
    s.close()
    s2 = Store()
    assert s2.get_document(doc.id).body == "persisted"
    assert s2.integrity_ok()
    assert s2.query("PRAGMA journal_mode")[0][0] == "wal"
    assert s2.query("PRAGMA foreign_keys")[0][0] == 1


def test_missing_document(store: Store) -> None:
    with pytest.raises(DocumentNotFoundError):
        store.get_document(999)
    with pytest.raises(DocumentNotFoundError):
        store.save_document(999, body="x")


def test_versions_interval_and_restore(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = [1_000_000.0]
    monkeypatch.setattr(store_mod.time, "time", lambda: clock[0])
    doc = store.create_document("v", "one")
    store.save_document(doc.id, body="two")  # first snapshot
    clock[0] += 5
    store.save_document(doc.id, body="three")  # within the interval: no new snapshot
    assert [v.body for v in store.versions(doc.id)] == ["two"]
    clock[0] += 61
    store.save_document(doc.id, body="four")
    assert [v.body for v in store.versions(doc.id)] == ["four", "two"]
    old = store.versions(doc.id)[1]
    restored = store.restore_version(old.id)
    assert restored.body == "two"
    reasons = [v.reason for v in store.versions(doc.id)]
    assert "restore" in reasons and "before-restore" in reasons


def test_versions_keep_last_n_and_one_per_hour(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = [3600.0 * 1000]
    monkeypatch.setattr(store_mod.time, "time", lambda: clock[0])
    doc = store.create_document("v", "")
    for i in range(5 * 60):  # five hours, one change a minute
        clock[0] += 60
        store.save_document(doc.id, body=f"text {i}")
    versions = store.versions(doc.id)
    hours = {int(v.created // 3600) for v in versions}
    assert len(versions) <= store_mod.KEEP_LAST_VERSIONS + 5
    assert len(versions) >= store_mod.KEEP_LAST_VERSIONS
    assert len(hours) >= 5  # every hour still has a version
    assert versions[0].body == "text 299"


def test_search_chinese_two_characters(store: Store) -> None:
    store.create_document("本市交通", "本市交通管理部门宣布延长地铁三号线的运营时间。")
    store.create_document("Sports", "The city marathon was moved to Sunday.")
    hits = store.search("地铁")
    assert [h.title for h in hits] == ["本市交通"]
    assert "地铁" in hits[0].snippet and hits[0].spans
    assert store.search("三号线 运营")[0].title == "本市交通"
    assert store.search("铁三")  # any substring, not only jieba words
    assert not store.search("火车")


def test_search_english_prefix_and_case(store: Store) -> None:
    store.create_document("Marathon", "The city MARATHON was moved to Sunday.")
    assert store.search("marath")[0].title == "Marathon"
    assert store.search("sunday city")
    assert not store.search("sunday tokyo")
    assert store.search('"quoted" (odd) AND OR') == []  # operators are text, never syntax errors
    assert store.search("   ") == []


def test_search_follows_edits_and_deletes(store: Store) -> None:
    doc = store.create_document("a", "original words")
    store.save_document(doc.id, body="replacement 文本")
    assert not store.search("original")
    assert store.search("文本")
    store.delete_document(doc.id)
    assert not store.search("文本")
    store.undelete_document(doc.id)
    assert store.search("文本")


def test_tags(store: Store) -> None:
    doc = store.create_document("t", "")
    store.set_tags(doc.id, ["城市", "transport", "城市", " "])
    assert store.tags(doc.id) == ["transport", "城市"]


def test_migration_from_first_schema(copydesk_home: Path) -> None:
    path = copydesk_home / "data" / "library.sqlite3"
    path.parent.mkdir(parents=True)
    conn = sqlite3.connect(path)
    for statement in MIGRATIONS[0].statements:
        conn.execute(statement)
    conn.execute("INSERT INTO documents(title, body, created, modified) VALUES ('旧稿', '老版本里的地铁报道', 1, 1)")
    conn.execute("PRAGMA user_version=1")
    conn.commit()
    conn.close()
    s = Store(path)
    assert s.query("PRAGMA user_version")[0][0] == SCHEMA_VERSION
    doc = s.list_documents()[0]
    assert (doc.title, doc.privacy, doc.language) == ("旧稿", "local", "auto")
    assert s.search("地铁")[0].title == "旧稿"


def test_schema_from_the_future_is_refused(copydesk_home: Path) -> None:
    s = Store()
    s.conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    s.close()
    with pytest.raises(SchemaTooNewError):
        Store()


def test_not_a_database_is_refused_and_untouched(copydesk_home: Path) -> None:
    path = copydesk_home / "data" / "library.sqlite3"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"this is my thesis, not a database" * 100)
    before = path.read_bytes()
    with pytest.raises(NotADatabaseError) as err:
        Store()
    assert "not a Copydesk database" in err.value.message("en")
    assert "不是" in err.value.message("zh_CN")
    assert path.read_bytes() == before
    backup = Store.quarantine(path)
    assert backup.read_bytes() == before
    assert Store().list_documents() == []


def test_read_only_data_dir(tmp_path: Path) -> None:
    # root ignores permission bits, so use a folder that cannot be created: below a file
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DataDirNotWritableError) as err:
        Store(blocker / "data" / "library.sqlite3")
    assert "COPYDESK_HOME" in err.value.full_message("en")


def test_readonly_dir_permissions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    monkeypatch.setattr(store_mod.os, "access", lambda *_a, **_k: False)
    with pytest.raises(DataDirNotWritableError):
        Store(folder / "library.sqlite3")


def test_transactions_are_atomic(store: Store) -> None:
    doc = store.create_document("a", "before")
    with pytest.raises(RuntimeError), store.transaction() as c:
        c.execute("UPDATE documents SET body='half' WHERE id=?", (doc.id,))
        raise RuntimeError("crash in the middle")
    assert store.get_document(doc.id).body == "before"


def test_save_is_fast_enough_for_autosave(store: Store) -> None:
    doc = store.create_document("big", "")
    body = ("北京地铁 and the city. " * 10000)[:200_000]
    start = time.perf_counter()
    store.save_document(doc.id, body=body)
    assert time.perf_counter() - start < 2.0
    assert store.search("地铁")


def test_damaged_database_with_a_valid_header(copydesk_home: Path) -> None:
    s = Store()
    s.create_document("x", "y" * 10000)
    s.close()
    path = copydesk_home / "data" / "library.sqlite3"
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # keep the 16-byte header, wreck the schema page
    path.write_bytes(bytes(data))
    for side in ("-wal", "-shm"):
        (path.parent / (path.name + side)).unlink(missing_ok=True)
    with pytest.raises(NotADatabaseError):
        Store()

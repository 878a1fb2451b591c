"""Start-up with a damaged library or an unwritable data folder: a message, never a crash."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop.ui import app as app_mod


def test_damaged_library_kept_when_user_declines(qapp, copydesk_home, monkeypatch) -> None:
    lib = copydesk_home / "data" / "library.sqlite3"
    lib.parent.mkdir(parents=True)
    lib.write_bytes(b"garbage" * 1000)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    assert app_mod.open_store_interactively() is None
    assert "not a Copydesk database" in asked[0]
    assert lib.read_bytes() == b"garbage" * 1000


def test_damaged_library_backed_up_when_user_accepts(qapp, copydesk_home, monkeypatch) -> None:
    lib = copydesk_home / "data" / "library.sqlite3"
    lib.parent.mkdir(parents=True)
    lib.write_bytes(b"garbage" * 1000)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    store = app_mod.open_store_interactively()
    assert store is not None and store.list_documents() == []
    backups = list(lib.parent.glob("library.sqlite3.damaged-*"))
    assert len(backups) == 1 and backups[0].read_bytes() == b"garbage" * 1000
    assert store.get_meta("recovered_from") == str(backups[0])
    store.close()


def test_unwritable_data_dir_is_a_message(qapp, tmp_path, monkeypatch) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    monkeypatch.setenv("COPYDESK_HOME", str(blocker))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    assert app_mod.open_store_interactively() is None
    assert "cannot write" in shown[0]
    assert app_mod.run_gui() == 1

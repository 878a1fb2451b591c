"""Version history: compare two saved versions (zh by character, en by word) and restore one."""

from __future__ import annotations

import time

from desktop.engine.library.store import Store
from desktop.ui.version_dialog import CURRENT, PREVIOUS, VersionDialog, diff_html


def _history(store: Store, monkeypatch) -> int:
    from desktop.engine.library import store as store_mod

    clock = [time.time() - 3600]
    monkeypatch.setattr(store_mod.time, "time", lambda: clock[0])
    doc = store.create_document("稿件", "市政府宣布地铁三号线延长运营。The mayor agreed.")
    store.snapshot(doc.id, "manual")
    clock[0] += 120
    store.save_document(doc.id, body="市政府昨天宣布地铁五号线延长运营。The new mayor agreed.", snapshot="manual")
    clock[0] += 120
    store.save_document(doc.id, body="市政府昨天宣布地铁五号线延长运营至午夜。The new mayor agreed.", snapshot="manual")
    return doc.id


def test_compare_two_versions_and_restore(qtbot, store: Store, monkeypatch) -> None:
    doc_id = _history(store, monkeypatch)
    dialog = VersionDialog(store, doc_id)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 3
    dialog.list.setCurrentRow(1)  # the middle version, on its own
    assert dialog.preview.toPlainText() == "市政府昨天宣布地铁五号线延长运营。The new mayor agreed."
    dialog.compare.setCurrentIndex(dialog.compare.findData(PREVIOUS))
    html = dialog.preview.toHtml()
    assert "line-through" in html and "昨天" in html
    assert "From " in dialog.summary.text() and "added 3 字 · 1 word, removed 1 字" in dialog.summary.text()
    oldest_id = dialog.versions[2].id
    dialog.list.setCurrentRow(0)
    dialog.compare.setCurrentIndex(dialog.compare.findData(oldest_id))  # any two versions
    assert "added 6 字 · 1 word, removed 1 字" in dialog.summary.text()
    dialog.compare.setCurrentIndex(dialog.compare.findData(CURRENT))
    assert dialog.summary.text().startswith("No changes")
    dialog.list.setCurrentRow(2)
    dialog.restore_selected()
    assert dialog.restored
    assert store.get_document(doc_id).body == "市政府宣布地铁三号线延长运营。The mayor agreed."


def test_diff_html_marks_characters_and_escapes() -> None:
    html = diff_html("三号线 <b>", "五号线 <b>")
    assert "&lt;b&gt;" in html and ">三</span>" in html and ">五</span>" in html

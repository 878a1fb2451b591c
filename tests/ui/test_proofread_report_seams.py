"""The 审校报告 keeps its fix list across a restart and takes the chosen format for a bare file name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

TEXT = "他布署了工作。\n"


def _panel(qtbot, app_context, editor_on, doc):
    from desktop.ui.proofread_panel import create_panel

    editor = editor_on(doc)
    panel = create_panel(app_context)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.sig_checked, timeout=30000):
        editor.setPlainText(TEXT)
    return panel


def test_fix_list_survives_a_new_panel(qtbot, app_context, editor_on) -> None:
    doc = app_context.store.create_document("Story", TEXT)
    panel = _panel(qtbot, app_context, editor_on, doc)
    assert panel.apply_all_safe() >= 1
    assert any(f.original == "布署" for f in panel.fixes)
    other = app_context.store.create_document("Other", "")
    app_context.current_document_id = lambda: other.id
    assert panel.fixes == []  # fixes belong to their document
    restarted = _panel(qtbot, app_context, editor_on, doc)
    assert any(f.original == "布署" and f.replacement == "部署" for f in restarted.fixes)


def test_report_saved_without_extension_uses_the_chosen_filter(qtbot, app_context, editor_on, monkeypatch,
                                                               tmp_path: Path) -> None:
    from desktop.ui import file_filters

    doc = app_context.store.create_document("Story", TEXT)
    panel = _panel(qtbot, app_context, editor_on, doc)
    for name, suffix in (("docx", ".docx"), ("html", ".html")):
        typed = tmp_path / f"report-{name}"
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *a, typed=typed, name=name, **k: (str(typed), file_filters.one(name)))
        panel._ask_export()
        assert typed.with_name(typed.name + suffix).stat().st_size > 0
        assert "report-" in panel.status.text()

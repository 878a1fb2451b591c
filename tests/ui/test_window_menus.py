"""Menus and panel docks of the main window: every menu filled, a broken panel reported, not fatal."""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget

from desktop.ui import window_menus


def test_menus_and_docks(main_window) -> None:
    titles = [a.text() for a in main_window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&Document", "&View", "&Help"]
    assert main_window.new_action.shortcut().toString() == "Ctrl+N"
    assert main_window.history_action.shortcut().toString() == "Ctrl+Shift+H"
    docks = {d.objectName() for d in main_window.findChildren(QDockWidget)}
    assert docks == {name for _module, name in window_menus.PANELS}
    assert set(main_window.panels) == docks
    view_items = {a.text() for a in main_window.view_menu.actions()}
    assert {main_window.findChild(QDockWidget, n).windowTitle() for n in docks} <= view_items


def test_a_panel_that_fails_to_load_is_named_and_the_others_open(qtbot, app_context, monkeypatch) -> None:
    from desktop.ui.main_window import MainWindow

    monkeypatch.setattr(window_menus, "PANELS", [("desktop.ui.no_such_panel", "ghost"), *window_menus.PANELS])
    window = MainWindow(app_context, [])
    qtbot.addWidget(window)
    try:
        assert "ghost" not in window.panels and "transcripts" in window.panels
        assert "A panel could not be loaded: ghost" in window.progress.message.text()
    finally:
        window.close()

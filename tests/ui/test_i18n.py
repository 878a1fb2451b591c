"""The zh_CN interface shows Chinese strings; the engine's messages follow it."""

from __future__ import annotations

from desktop.engine.core.settings import Settings, save_settings


def test_zh_cn_ui(qtbot, qapp, copydesk_home) -> None:
    from desktop.engine.core import i18n
    from desktop.ui.app import build_context
    from desktop.ui.main_window import MainWindow

    save_settings(Settings(ui_language="zh_CN"))
    ctx, messages = build_context(qapp)
    try:
        assert i18n.current_language() == "zh_CN"
        window = MainWindow(ctx, messages)
        qtbot.addWidget(window)
        titles = [a.text() for a in window.menuBar().actions()]
        assert "文件(&F)" in titles and "帮助(&H)" in titles
        assert "在本机运行" in window.where.text()
        assert window.documents.new_button.text() == "新建"
        window.close()
    finally:
        for t in getattr(qapp, "_translators", []):
            qapp.removeTranslator(t)
        i18n.set_language("en")
        ctx.store.close()


def test_system_locale_is_followed(monkeypatch) -> None:
    from desktop.engine.core import i18n

    monkeypatch.setenv("LC_ALL", "zh_CN.UTF-8")
    assert i18n.resolve("system") == "zh_CN"
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    assert i18n.resolve("system") == "en"
    assert i18n.resolve("zh_CN") == "zh_CN"


def test_no_translate_wrappers_that_lupdate_cannot_read() -> None:
    """pyside6-lupdate finds only literal ``translate("Context", "text")`` calls: a helper such as
    ``def _tr(text): return QCoreApplication.translate("MainWindow", text)`` hides every string it
    wraps, and the next catalogue update silently drops their translations (the menus went English)."""
    import re
    from pathlib import Path

    wrapper = re.compile(r"translate\(\s*[\"'][^\"']+[\"']\s*,\s*[a-z_]+\s*\)")
    ui = Path(__file__).resolve().parents[2] / "desktop" / "ui"
    found = [f"{p.name}: {m.group(0)}" for p in sorted(ui.glob("*.py")) for m in wrapper.finditer(p.read_text("utf-8"))]
    assert not found, found

"""In the Chinese interface, every visible string of the main states and dialogs is Chinese.

Walks the widget tree of the main window (each panel raised), its menus, and the dialogs it
opens, collects every text a reporter can see (labels, buttons, boxes, tabs, headers, cells,
list rows, placeholders, tooltips, window titles) and fails on English-only text. Names that
stay as they are in a Chinese newsroom (Copydesk, model and package ids, file formats, the
language's own name "English", URLs) are removed before the check.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItemIterator,
    QWidget,
)

from tests.ui.conftest import app_window

KEEP = re.compile(r"https?://\S+|\b(Copydesk|English|GGUF|CTranslate2|DOCX|HTML|PDF|Markdown|CSV|JSON|"
                  r"Word|pip|int8|Q4_K_M|Q4_1|Whisper|whisper|Qwen[\w.-]*|SmolLM2[\w.-]*|OpenAI|API|"
                  r"Ctrl|Shift|Alt|Del|Esc)\b")
CJK = re.compile(r"[\u3400-\u9fff]")
WORD = re.compile(r"[A-Za-z]{3,}")


def _texts(root: QWidget) -> list[str]:
    out: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, QLabel | QAbstractButton):
            out.append(w.text())
        if isinstance(w, QLineEdit | QTextEdit):
            out.append(w.placeholderText())
        if isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QGroupBox):
            out.append(w.title())
        if isinstance(w, QTabWidget):
            out += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QDockWidget) or w.isWindow():
            out.append(w.windowTitle())
        if isinstance(w, QTreeWidget):
            header = w.headerItem()
            out += [header.text(i) for i in range(header.columnCount())]
            it = QTreeWidgetItemIterator(w)
            while it.value():
                out += [it.value().text(i) for i in range(w.columnCount())]
                it += 1
        if isinstance(w, QTableWidget):
            out += [w.horizontalHeaderItem(i).text() for i in range(w.columnCount()) if w.horizontalHeaderItem(i)]
            out += [w.item(r, c).text() for r in range(w.rowCount()) for c in range(w.columnCount()) if w.item(r, c)]
            out += [w.item(r, c).toolTip() for r in range(w.rowCount()) for c in range(w.columnCount())
                    if w.item(r, c)]
        if isinstance(w, QListWidget):
            out += [w.item(i).text() for i in range(w.count())]
        out.append(w.toolTip())
    out += [a.text() for a in root.findChildren(QAction)]
    return out


def _english_only(text: str, ids: set[str]) -> bool:
    plain = re.sub(r"<[^>]+>", " ", text)
    for name in sorted(ids, key=len, reverse=True):
        plain = plain.replace(name, " ")
    plain = KEEP.sub(" ", plain)
    return bool(WORD.search(plain)) and not CJK.search(plain)


@pytest.fixture
def zh_window(qtbot, qapp, copydesk_home):
    with app_window(qtbot, qapp, "zh_CN") as window:
        window.resize(1024, 700)
        window.show()
        yield window


def test_every_visible_string_is_chinese(qtbot, zh_window) -> None:
    from desktop.ui.cloud_dialogs import ProviderSettingsPage
    from desktop.ui.media_dialog import MissingMediaDialog
    from desktop.ui.model_manager import ModelManager
    from desktop.ui.settings_dialog import SettingsDialog
    from desktop.ui.version_dialog import VersionDialog

    window = zh_window
    ctx = window.ctx
    ids = {s.id for s in ctx.models.specs()} | {p for s in ctx.models.specs() for p in s.packages}
    found: dict[str, set[str]] = {}

    def check(state: str, root: QWidget) -> None:
        bad = {t for t in _texts(root) if t and _english_only(t, ids)}
        if bad:
            found[state] = bad

    check("empty library", window)
    doc = ctx.store.create_document("地铁延长运营", "本市交通管理部门昨天宣布，地铁三号线将延长运营。")
    window.open_document(doc.id)
    ctx.store.save_document(doc.id, body="本市交通管理部门昨天宣布。", snapshot="manual")
    for name in ("assistant", "transcripts", "proofread", "audit"):
        dock = window.findChild(QDockWidget, name)
        if dock is not None:
            dock.raise_()
            qtbot.wait(20)
            check(f"panel {name}", window)
    settings = SettingsDialog(ctx.settings, ctx.models, window)
    settings.add_page(ProviderSettingsPage(ctx.settings, ctx.jobs, ctx.store), "云端")
    for panel in window.panels.values():
        for widget, title in getattr(panel, "settings_pages", lambda: [])():
            settings.add_page(widget, title)
    check("settings", settings)
    check("models", ModelManager(ctx, window))
    check("version history", VersionDialog(ctx.store, doc.id, window))
    check("missing recordings", MissingMediaDialog(ctx.store, window))
    assert not found, "English-only text in the Chinese interface:\n" + "\n".join(
        f"{state}: {t!r}" for state, texts in found.items() for t in sorted(texts))

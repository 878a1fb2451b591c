"""Every file-dialog filter parses with Qt's rule in every UI language, and Qt's own dialogs speak Chinese."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtWidgets import QFileDialog, QLabel

from desktop.engine.core.settings import Settings, save_settings
from desktop.ui import file_filters

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "desktop" / "ui" / "i18n" / "copydesk_zh_CN.ts"


@pytest.fixture(params=["en", "zh_CN"])
def ui_language(request, qapp, copydesk_home):
    from desktop.engine.core import i18n
    from desktop.ui.app import build_context

    save_settings(Settings(ui_language=request.param))
    ctx, _ = build_context(qapp)
    try:
        yield request.param
    finally:
        for t in getattr(qapp, "_translators", []):
            qapp.removeTranslator(t)
        qapp._translators = []
        i18n.set_language("en")
        ctx.store.close()


def test_every_filter_parses_in_every_language(ui_language) -> None:
    for name, (_label, suffixes) in file_filters.FILTERS.items():
        line = file_filters.one(name)
        assert file_filters.QT_FILTER_RE.match(line), f"{ui_language}: Qt drops the patterns of {line!r}"
        assert file_filters.patterns(line) == [f"*{s}" for s in suffixes]
        assert "（" not in line and "）" not in line
    if ui_language == "zh_CN":
        assert file_filters.one("documents").startswith("文档 (")


def test_no_translated_string_carries_a_filter(ui_language) -> None:
    """Patterns stay out of translations: a source with "(*." would let a translator break it."""
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        assert "(*" not in source and "（*" not in translation, source


def test_a_translated_filter_shows_the_files(qtbot, ui_language, tmp_path: Path) -> None:
    for name in ("story.docx", "notes.TXT", "REC001.MP3", "interview.m4a", "other.xyz"):
        (tmp_path / name).write_bytes(b"x")
    dialog = QFileDialog(None, "", str(tmp_path), file_filters.join(["audio", "documents", "all"]))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    for name, expected in (("audio", {"REC001.MP3", "interview.m4a"}), ("documents", {"story.docx", "notes.TXT"})):
        dialog.selectNameFilter(file_filters.one(name))
        shown = set(QDir(str(tmp_path)).entryList(file_filters.patterns(dialog.selectedNameFilter()), QDir.Filter.Files))
        assert shown == expected, (ui_language, name, shown)
    if ui_language == "zh_CN":  # Qt's own words in its dialog come from qtbase_zh_CN.qm
        labels = {w.text() for w in dialog.findChildren(QLabel)}
        assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels, labels


@pytest.mark.parametrize(("typed", "chosen", "expected"), [
    ("/tmp/report", "Word document (*.docx)", "/tmp/report.docx"),
    ("/tmp/report", "网页 (*.html)", "/tmp/report.html"),
    ("/tmp/report.html", "Word document (*.docx)", "/tmp/report.html"),
    ("/tmp/Budget 2.5", "Word document (*.docx)", "/tmp/Budget 2.5.docx"),
])
def test_a_bare_name_gets_the_chosen_extension(typed: str, chosen: str, expected: str) -> None:
    assert file_filters.with_suffix(typed, chosen) == expected

"""Settings dialog: values round-trip; a broken term table is explained and not added."""

from __future__ import annotations

from pathlib import Path

from desktop.engine.core.settings import Settings
from desktop.engine.models.registry import ModelRegistry


def test_dialog_round_trip(qtbot, tmp_path: Path) -> None:
    from desktop.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings(user_dictionary=["王建国"]), ModelRegistry())
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    dialog.privacy.setCurrentIndex(dialog.privacy.findData("ask"))
    dialog.copy_audio.setChecked(True)
    assert dialog.as_you_type.isChecked() and not dialog.grammar_model.isChecked()
    dialog.as_you_type.setChecked(False)
    dialog.grammar_model.setChecked(True)
    dialog.dictionary.setPlainText("王建国\nCopydesk\n\n")
    good = tmp_path / "house.csv"
    good.write_text("term,replacement,category,risk,explanation,language\n布署,部署,typo,,,zh\n", "utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("only one column\n\x00\x01", "utf-8")
    assert dialog.add_table(str(good)) is True
    assert dialog.add_table(str(bad)) is False and dialog.table_message.text()
    result = dialog.result_settings()
    assert result.ui_language == "zh_CN" and result.default_privacy == "ask"
    assert result.copy_audio_into_library is True
    assert result.proofread_as_you_type is False and result.proofread_grammar_model is True
    assert result.user_dictionary == ["王建国", "Copydesk"]
    assert result.term_tables == [str(good)]

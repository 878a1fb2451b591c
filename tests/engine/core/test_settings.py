"""Settings: defaults, round trip, migration and broken files (never a crash, always a backup)."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.engine.core.settings import SCHEMA_VERSION, Settings, load_settings, save_settings


def test_defaults_when_missing(tmp_path: Path) -> None:
    result = load_settings(tmp_path / "settings.json")
    assert result.settings == Settings() and result.messages == []
    assert result.settings.default_privacy == "local"


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    s = Settings(ui_language="zh_CN", autosave_seconds=3.5, user_dictionary=["张三"])
    s.cloud.base_url = "https://example.invalid/v1"
    save_settings(s, path)
    assert load_settings(path).settings == s


def test_broken_json_is_backed_up(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json", "utf-8")
    result = load_settings(path)
    assert result.settings == Settings()
    assert result.backup is not None and result.backup.read_text("utf-8") == "{not json"
    assert "default settings" in result.messages[0]


def test_wrong_types_and_unknown_keys(tmp_path: Path) -> None:
    for raw in ({"autosave_seconds": "fast"}, {"surprise": 1}, {"ui_language": "klingon"}, [1, 2],
                {"cloud": {"api_key": "sk-123"}}, {"proofread_as_you_type": 1}):
        path = tmp_path / "settings.json"
        path.write_text(json.dumps(raw), "utf-8")
        result = load_settings(path)
        assert result.settings == Settings() and result.messages, raw


def test_binary_garbage(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b"\xff\xfe\x00garbage\x9c")
    result = load_settings(path)
    assert result.settings == Settings() and result.backup is not None


def test_migrates_v1(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"schema_version": 1, "language": "zh_CN", "autosave_seconds": 2}), "utf-8")
    result = load_settings(path)
    assert result.messages == []
    assert result.settings.ui_language == "zh_CN"
    assert result.settings.schema_version == SCHEMA_VERSION


def test_messages_follow_language(tmp_path: Path) -> None:
    from desktop.engine.core import i18n

    path = tmp_path / "settings.json"
    path.write_text("]", "utf-8")
    i18n.set_language("zh_CN")
    try:
        assert "默认设置" in load_settings(path).messages[0]
    finally:
        i18n.set_language("en")


def test_old_model_id_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"schema_version": 2, "llm_model": "qwen2.5-0.5b"}), "utf-8")
    result = load_settings(path)
    assert result.messages == [] and result.settings.llm_model == "qwen2.5-coder-0.5b"
    assert result.settings.schema_version == 3
    assert result.settings.proofread_model == "qwen2.5-coder-0.5b"  # deep check stays on the fast model
    assert Settings().llm_model in {"qwen2.5-coder-1.5b", "qwen2.5-coder-0.5b"}


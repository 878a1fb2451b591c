"""Typed, versioned settings stored as JSON in the user config dir.

A broken or unreadable settings file never crashes the app: it is copied aside as a
backup, defaults are used, and the caller gets a message to show. Older files are
migrated step by step (``SCHEMA_VERSION``).
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.engine.core import paths
from desktop.engine.core.i18n import pick
from desktop.engine.models.registry import DRAFTING_DEFAULT, FAST_LLM

SCHEMA_VERSION = 3


@dataclass
class CloudSettings:
    base_url: str = ""
    model: str = ""
    timeout_s: float = 60.0
    enabled: bool = False


@dataclass
class Settings:
    schema_version: int = SCHEMA_VERSION
    ui_language: str = "system"  # "system" | "en" | "zh_CN"
    default_privacy: str = "local"  # "local" | "ask" | "cloud"
    autosave_seconds: float = 2.0
    cpu_threads: int = 0  # 0 = all available cores
    llm_model: str = DRAFTING_DEFAULT
    # The deep check scores sentences with a model its weights were fitted on (the Coder 0.5B):
    # it stays on the fast model whatever drafts with.
    proofread_model: str = FAST_LLM
    asr_model: str = "whisper-base"
    transcribe_language: str = "auto"
    proofread_as_you_type: bool = True
    # The quire English grammar tagger: on JFLEG dev it moved more sentences away from the
    # references (12) than towards them (8), so it is offered, not switched on.
    proofread_grammar_model: bool = False
    user_dictionary: list[str] = field(default_factory=list)
    term_tables: list[str] = field(default_factory=list)
    theme: str = "system"  # "system" | "light" | "dark"
    copy_audio_into_library: bool = False  # default: recordings are referenced where they are
    # Keep speakers' voice prints to suggest names in later recordings: biometric data, so
    # off until the user says yes ("unasked" is asked once, and counts as no).
    voiceprint_consent: str = "unasked"  # "unasked" | "yes" | "no"
    cloud: CloudSettings = field(default_factory=CloudSettings)

    def threads(self) -> int:
        return self.cpu_threads if self.cpu_threads > 0 else max(1, os.cpu_count() or 1)


@dataclass
class LoadResult:
    settings: Settings
    messages: list[str] = field(default_factory=list)
    backup: Path | None = None


def _migrate(raw: dict[str, Any]) -> dict[str, Any]:
    version = int(raw.get("schema_version", 1))
    if version < 2:
        # v1 kept the language under "language" and had no cloud section
        if "language" in raw and "ui_language" not in raw:
            raw["ui_language"] = raw.pop("language")
        raw.setdefault("cloud", {})
    if version < 3 and raw.get("llm_model") == "qwen2.5-0.5b":
        # v2 called the Coder 0.5B model "qwen2.5-0.5b"; keep the reporter's choice under its honest id
        raw["llm_model"] = "qwen2.5-coder-0.5b"
    raw["schema_version"] = SCHEMA_VERSION
    return raw


def _from_dict(raw: dict[str, Any]) -> Settings:
    """Build Settings, rejecting unknown keys and wrong types (so nothing is silently lost)."""
    defaults = Settings()
    values: dict[str, Any] = {}
    names = {f.name: f for f in dataclasses.fields(Settings)}
    for key, value in raw.items():
        if key not in names:
            raise ValueError(f"unknown setting {key!r}")
        default = getattr(defaults, key)
        if key == "cloud":
            if not isinstance(value, dict):
                raise ValueError("cloud must be an object")
            cloud_names = {f.name for f in dataclasses.fields(CloudSettings)}
            unknown = set(value) - cloud_names
            if unknown:
                raise ValueError(f"unknown cloud setting {sorted(unknown)}")
            values[key] = CloudSettings(**value)
            continue
        if isinstance(default, bool) and not isinstance(value, bool):
            raise ValueError(f"{key} must be true/false")
        if isinstance(default, float) and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, type(default)):
            raise ValueError(f"{key} has the wrong type")
        values[key] = value
    settings = Settings(**values)
    if settings.ui_language not in ("system", "en", "zh_CN"):
        raise ValueError("ui_language")
    if settings.default_privacy not in ("local", "ask", "cloud"):
        raise ValueError("default_privacy")
    if settings.voiceprint_consent not in ("unasked", "yes", "no"):
        raise ValueError("voiceprint_consent")
    return settings


def load_settings(path: Path | None = None) -> LoadResult:
    path = path or paths.settings_path()
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        return LoadResult(Settings())
    except (OSError, UnicodeDecodeError) as err:
        return _recover(path, f"{type(err).__name__}")
    try:
        raw = json.loads(text)
        if not isinstance(raw, dict):
            raise ValueError("not an object")
        return LoadResult(_from_dict(_migrate(raw)))
    except (ValueError, TypeError) as err:
        return _recover(path, str(err))


def _recover(path: Path, reason: str) -> LoadResult:
    backup = path.with_name(f"{path.name}.broken-{time.strftime('%Y%m%d-%H%M%S')}")
    try:
        shutil.copyfile(path, backup)
    except OSError:
        backup = None
    where = str(backup) if backup else pick("(no backup could be written)", "（无法写入备份）")
    message = pick(
        f"Your settings file could not be read ({reason}); default settings are used. The old file was kept as {where}.",
        f"无法读取设置文件（{reason}），已改用默认设置。旧文件已保存为 {where}。")
    return LoadResult(Settings(), [message], backup)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write atomically: a crash mid-write leaves the previous file intact."""
    path = path or paths.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(dataclasses.asdict(settings), ensure_ascii=False, indent=2), "utf-8")
    os.replace(tmp, path)

"""The whisper model: which folder to load (registry id or the user's own), loading it, its language guess.

Shared by the file job (transcribe.py), the live preview (live.py) and the re-listening of
lost stretches (loss.py), so none of them has to import another to get a model.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import numpy as np

from desktop.engine.core.errors import ModelError, ModelFormatError
from desktop.engine.core.jobs import CancelToken, Job


class ModelLoadError(ModelError):
    en = "The transcription model at {path} could not be loaded ({reason})."
    zh = "无法加载位于 {path} 的转写模型（{reason}）。"
    hint_en = "The model files may be damaged or not a CTranslate2 whisper model. Reinstall or choose another model."
    hint_zh = "模型文件可能已损坏，或不是 CTranslate2 格式的 whisper 模型。请重新安装或选择其他模型。"


class ModelNotFoundError(ModelError):
    en = "The model folder {path} does not exist."
    zh = "模型文件夹 {path} 不存在。"
    hint_en = "Choose a CTranslate2 whisper folder, or a model id from 'copydesk models list'."
    hint_zh = "请选择 CTranslate2 格式的 whisper 文件夹，或 copydesk models list 中的模型名称。"


# --- model ---------------------------------------------------------------------------------

def resolve_model(model: str, cancel: CancelToken | None = None) -> Job[Path]:
    """Registry id → verified folder; or a user's CTranslate2 folder used as it is."""
    from desktop.engine.models.registry import ModelRegistry

    candidate = Path(model).expanduser()
    looks_like_path = os.sep in model or "/" in model or candidate.exists()
    if looks_like_path:
        if not candidate.exists():
            raise ModelNotFoundError(path=str(candidate))
        if not (candidate / "model.bin").is_file() or not (candidate / "config.json").is_file():
            raise ModelFormatError(path=str(candidate), kind="CTranslate2 whisper (model.bin + config.json)")
        return candidate
    registry = ModelRegistry()
    spec = registry.get(model)
    if spec.kind != "asr":
        raise ModelFormatError(path=model, kind="speech-to-text")
    path = yield from registry.ensure(model, cancel)
    return Path(path)


def load_model(path: Path, threads: int = 0, compute_type: str = "int8") -> Any:
    from faster_whisper import WhisperModel

    threads = threads or os.cpu_count() or 1
    try:
        return WhisperModel(str(path), device="cpu", compute_type=compute_type, cpu_threads=threads)
    except (RuntimeError, ValueError, OSError, KeyError) as err:
        reason = str(err).splitlines()[0][:160] if str(err) else type(err).__name__
        raise ModelLoadError(path=str(path), reason=reason) from err


def detect_language(model: Any, samples: np.ndarray, vad: bool) -> str:
    if not model.model.is_multilingual:
        return "en"
    language, _prob, _all = model.detect_language(audio=samples, vad_filter=vad)
    return language

"""Finding and loading the whisper model: registry ids, the user's own folders, broken files."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from desktop.engine.core.errors import ModelFormatError, UnknownModelError
from desktop.engine.core.jobs import run_job
from desktop.engine.transcription import whisper_model


def _resolve(model: str) -> None:
    """Resolve and load ``model`` as the transcription job does."""
    whisper_model.load_model(run_job(whisper_model.resolve_model(model)), threads=1)


def test_unknown_missing_and_corrupt_models(tmp_path: Path) -> None:
    with pytest.raises(UnknownModelError):
        _resolve("whisper-huge")
    with pytest.raises(whisper_model.ModelNotFoundError):
        _resolve(str(tmp_path / "no such model"))
    (tmp_path / "empty").mkdir()
    with pytest.raises(ModelFormatError):
        _resolve(str(tmp_path / "empty"))
    good = run_job(whisper_model.resolve_model("whisper-tiny.en"))
    broken = tmp_path / "broken model"
    shutil.copytree(good, broken)
    (broken / "model.bin").write_bytes(os.urandom(4096))
    with pytest.raises(whisper_model.ModelLoadError) as err:
        _resolve(str(broken))
    assert err.value.hint("zh_CN")

"""Importing Copydesk switches onnxruntime's telemetry off, so no ``.ses`` file lands in TMPDIR."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _tmp_after(code: str, tmp: Path) -> list[str]:
    env = {**os.environ, "TMPDIR": str(tmp), "PYTHONPATH": str(REPO)}
    env.pop("ORT_DISABLE_TELEMETRY", None)
    env.pop("CI", None)  # onnxruntime's telemetry client stays off by itself when CI=true
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=120)
    return sorted(p.name for p in tmp.iterdir())


def test_speaker_model_session_leaves_no_session_file(tmp_path: Path) -> None:
    code = ("from desktop.engine.transcription import voice_model; import numpy as np; e = voice_model.SpeakerEmbedder(); "
            "e.embed_feats(e.fbank(np.zeros(32000, np.float32))[None])")
    assert ".ses" not in _tmp_after(code, tmp_path)


def test_the_check_can_fail_onnxruntime_alone_writes_one(tmp_path: Path) -> None:
    """Without Copydesk's switch, onnxruntime's 1DS client writes TMPDIR/.ses on import."""
    assert ".ses" in _tmp_after("import onnxruntime", tmp_path)

"""Speech made at test time (espeak-ng → sox, 16 kHz mono), so tests need no shared data set."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from tests.speech import needs_espeak, say

__all__ = ["join", "needs_espeak", "speak", "synth"]


def speak(folder: Path, name: str, text: str, voice: str = "en") -> Path:
    """``text`` spoken by espeak-ng (at its default rate) into ``folder/name`` (16 kHz mono WAV)."""
    out = folder / name
    shutil.copyfile(say(text, voice=voice, speed=175), out)
    return out


def synth(folder: Path, name: str, seconds: float, kind: str = "brownnoise", volume: float = 0.3) -> Path:
    """``seconds`` of sox-made sound (``kind`` = brownnoise, whitenoise, ...; "silence" for digital zero)."""
    out = folder / name
    if kind == "silence":
        cmd = ["sox", "-n", "-r", "16000", "-c", "1", str(out), "trim", "0", str(seconds)]
    else:
        cmd = ["sox", "-n", "-r", "16000", "-c", "1", str(out), "synth", str(seconds), kind, "vol", str(volume)]
    subprocess.run(cmd, check=True, capture_output=True)
    return out


def join(folder: Path, name: str, *parts: Path) -> Path:
    out = folder / name
    subprocess.run(["sox", *map(str, parts), str(out)], check=True, capture_output=True)
    return out

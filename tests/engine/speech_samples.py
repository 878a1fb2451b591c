"""Speech made on the spot with espeak-ng, so the recording tests need no downloaded data."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np

from tests.speech import needs_espeak, say

__all__ = ["SENTENCES", "espeak", "interview", "needs_espeak", "write_wav"]

SENTENCES = [
    "The council voted on Tuesday to close the old harbour bridge.",
    "Residents say the decision was made without asking them.",
    "The mayor promised a new ferry service before the winter.",
    "Engineers found cracks in three of the main supports.",
]


def espeak(text: str, voice: str = "en-us", speed: int = 160) -> np.ndarray:
    """16 kHz float32 samples of ``text`` spoken by espeak-ng's ``voice`` (tests/speech.py makes it)."""
    with wave.open(str(say(text, voice=voice, speed=speed)), "rb") as w:
        return np.frombuffer(w.readframes(w.getnframes()), "<i2").astype(np.float32) / 32768.0


def write_wav(path: Path, samples: np.ndarray, rate: int = 16_000) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes((np.clip(samples, -1, 1) * 32767).astype("<i2").tobytes())
    return path


def interview(path: Path, sentences: list[str] | None = None, voices: tuple[str, ...] = ("en-us",),
              pause_s: float = 0.8) -> Path:
    """Sentences one after another (voices taking turns), with pauses, written as a 16 kHz WAV."""
    parts: list[np.ndarray] = [np.zeros(8000, np.float32)]
    for i, text in enumerate(sentences or SENTENCES):
        parts += [espeak(text, voices[i % len(voices)]), np.zeros(int(pause_s * 16_000), np.float32)]
    return write_wav(path, np.concatenate(parts))

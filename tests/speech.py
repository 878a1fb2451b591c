"""Speech made at test time with espeak-ng and sox, so no test needs files outside the repo.

Why generated and not shipped: a newcomer's ``make test`` must exercise transcription and
speaker labels on a fresh clone, and recorded speech would be tens of megabytes of media with
licences to track. espeak-ng speaks a fixed text the same way every time, whisper tiny.en
understands it, and two espeak voices at very different pitch are far apart for CAM++
(cosine ≈ 0.45 against ≈ 0.85 for the same voice), which is what the diarization tests need.

Clips are 16 kHz mono 16-bit WAV (what whisper and CAM++ read). Each is cached under the
system temp folder by a hash of its recipe and the espeak-ng version, so a second run costs
nothing; ``packaging/system_deps.sh`` installs both tools.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import tempfile
import wave
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import pytest

RATE = 16_000
# Outside CI a machine without the tools skips these tests; in CI (CI=true) a skip is a failure.
needs_espeak = pytest.mark.skipif(not (shutil.which("espeak-ng") and shutil.which("sox")),
                                  reason="espeak-ng and sox make the test speech (packaging/system_deps.sh)")
MALE = ("en-us", 20)  # (espeak voice, pitch 0-99)
FEMALE = ("en-us+f3", 85)

# The English sentences the transcription tests listen for. Whisper tiny.en gets every word
# of these right from espeak-ng (checked by the tests themselves).
FELLOW = ("My fellow citizens, the river was quiet this morning. Seven boats stayed in the "
          "harbour, and the market opened late because of the storm.")
INTERVIEW = (
    "Good morning, and thank you for talking to us about the new bridge.",
    "The council voted last week to build it before the winter floods arrive.",
    "Most of the money comes from the city, and the rest from a regional fund.",
    "Some shop owners worry that the work will close the main road for months.",
    "The engineers say the old crossing is no longer safe for heavy lorries.",
    "We will ask the mayor what this means for the people of this country.",
)
QUILTER = "Mister Quilter is the apostle of the middle classes, and we are glad to welcome his gospel."
ZH_SONG = "请换一首歌。这首歌太长了，我想听一首新的歌。"
CONVERSATION = (  # (speaker, words): two voices taking turns
    ("A", "I went down to the harbour this morning to count the boats."),
    ("B", "How many of them stayed in because of the storm?"),
    ("A", "Seven of the fishing boats stayed in, and two ferries were cancelled."),
    ("B", "That is more than last winter, when only three boats stayed at home."),
    ("A", "The harbour master says the wind will drop again by tomorrow evening."),
    ("B", "Then the market should open on time, and the ferries will run again."),
)


class SpeechToolMissing(RuntimeError):
    """espeak-ng or sox is not installed: say how to get them instead of skipping."""


@dataclass(frozen=True)
class Conversation:
    path: Path
    turns: tuple[tuple[float, float, str], ...]  # (start, end, speaker) of each spoken turn


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise SpeechToolMissing(f"{name} is not installed; run 'sudo bash packaging/system_deps.sh' "
                                f"(or apt-get install espeak-ng sox)")
    return found


@cache
def _espeak_version() -> str:
    out = subprocess.run([_tool("espeak-ng"), "--version"], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def cache_dir() -> Path:
    folder = Path(os.environ.get("COPYDESK_TEST_SPEECH", Path(tempfile.gettempdir()) / "copydesk-test-speech"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _cached(recipe: str, suffix: str = ".wav") -> tuple[Path, bool]:
    key = hashlib.sha256(f"{_espeak_version()}\n{recipe}".encode()).hexdigest()[:20]
    path = cache_dir() / f"{key}{suffix}"
    return path, path.is_file()


def _publish(tmp: Path, path: Path) -> Path:
    os.replace(tmp, path)  # atomic: a half-written clip is never found in the cache
    return path


def say(text: str, voice: str = "en-us", pitch: int = 50, speed: int = 150) -> Path:
    """``text`` spoken by espeak-ng, resampled by sox to 16 kHz mono."""
    path, hit = _cached(f"say|{voice}|{pitch}|{speed}|{text}")
    if hit:
        return path
    raw = path.with_suffix(".raw.wav")
    subprocess.run([_tool("espeak-ng"), "-v", voice, "-p", str(pitch), "-s", str(speed), "-w", str(raw), text],
                   check=True, capture_output=True)
    tmp = path.with_suffix(".tmp.wav")
    subprocess.run([_tool("sox"), str(raw), "-r", str(RATE), "-c", "1", "-b", "16", str(tmp)],
                   check=True, capture_output=True)
    raw.unlink()
    return _publish(tmp, path)


def say_chinese(text: str, speed: int = 110) -> Path:
    """Mandarin. espeak-ng's ``cmn`` voice reads the tone digits of its own romanisation
    aloud in English, so each clause is turned into tone-numbered pinyin (pypinyin) and read
    by ``cmn-latn-pinyin``; clauses are joined with short pauses (read as punctuation there,
    whisper hears a stray "4")."""
    from pypinyin import Style, lazy_pinyin

    clauses = [c for c in re.split(r"[，。！？、；：]", text) if c.strip()]
    parts = [say(" ".join(lazy_pinyin(c, style=Style.TONE3, neutral_tone_with_five=True)),
                 voice="cmn-latn-pinyin", speed=speed) for c in clauses]
    return join(parts, 0.6, "zh")


def seconds(path: Path) -> float:
    with wave.open(str(path), "rb") as w:
        return w.getnframes() / w.getframerate()


def join(parts: list[Path], pause: float, name: str) -> Path:
    """The clips one after another with ``pause`` seconds of silence between them (sox)."""
    path, hit = _cached(f"join|{pause}|{name}|" + "|".join(p.name for p in parts))
    if hit:
        return path
    silence = path.with_suffix(".pause.wav")
    subprocess.run([_tool("sox"), "-n", "-r", str(RATE), "-c", "1", "-b", "16", str(silence), "trim", "0",
                    str(pause)], check=True, capture_output=True)
    sequence: list[str] = []
    for i, part in enumerate(parts):
        sequence += ([str(silence)] if i else []) + [str(part)]
    tmp = path.with_suffix(".tmp.wav")
    subprocess.run([_tool("sox"), *sequence, str(tmp)], check=True, capture_output=True)
    silence.unlink()
    return _publish(tmp, path)


def fellow() -> Path:
    return say(FELLOW)


def interview() -> Path:
    """Six English sentences with one-second pauses (about 30 s)."""
    return join([say(s) for s in INTERVIEW], 1.0, "interview")


def conversation(pause: float = 0.5) -> Conversation:
    """A two-voice exchange (a low male and a high female espeak voice) with its true turns."""
    voices = {"A": MALE, "B": FEMALE}
    parts = [say(words, voice=voices[who][0], pitch=voices[who][1], speed=160) for who, words in CONVERSATION]
    path = join(parts, pause, "conversation")
    turns, t = [], 0.0
    for (who, _words), part in zip(CONVERSATION, parts, strict=True):
        length = seconds(part)
        turns.append((round(t, 3), round(t + length, 3), who))
        t += length + pause
    return Conversation(path, tuple(turns))


# Files in a test's own folder (tmp_path): spoken sentences, sox-made noise, joined parts.


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
        # -R seeds sox's noise generator: the same noise on every run and machine
        cmd = ["sox", "-R", "-n", "-r", "16000", "-c", "1", str(out), "synth", str(seconds), kind, "vol", str(volume)]
    subprocess.run(cmd, check=True, capture_output=True)
    return out


def join_files(folder: Path, name: str, *parts: Path) -> Path:
    out = folder / name
    subprocess.run(["sox", *map(str, parts), str(out)], check=True, capture_output=True)
    return out


# Samples as arrays, for the recorder and streaming tests.

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


def interview_wav(path: Path, sentences: list[str] | None = None, voices: tuple[str, ...] = ("en-us",),
              pause_s: float = 0.8) -> Path:
    """Sentences one after another (voices taking turns), with pauses, written as a 16 kHz WAV."""
    parts: list[np.ndarray] = [np.zeros(8000, np.float32)]
    for i, text in enumerate(sentences or SENTENCES):
        parts += [espeak(text, voices[i % len(voices)]), np.zeros(int(pause_s * 16_000), np.float32)]
    return write_wav(path, np.concatenate(parts))

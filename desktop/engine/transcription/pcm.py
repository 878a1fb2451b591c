"""Where recorded sound comes from: a small pull interface every audio source implements.

Why an interface: the laptop's microphone is reached through Qt (``ui/recorder_qt.py``,
QAudioSource), but everything that matters for a field recording — the crash-safe writer,
the level meter, live transcription — lives in the engine and must be testable on a
machine without a sound card. So the engine only ever sees a :class:`PcmSource`: 16 kHz
mono signed 16-bit PCM handed out in whatever pieces are ready. :class:`WavFileSource`
plays a WAV file into the recorder at real-time pace (tests, benchmarks, "re-record" of a
file), and the Qt microphone source converts whatever format the device offers with
:func:`to_pcm16_mono`.
"""

from __future__ import annotations

import time
import wave
from collections.abc import Callable
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from desktop.engine.core.errors import CorruptFileError, FileAccessError

SAMPLE_RATE = 16_000
SAMPLE_BYTES = 2  # signed 16-bit little-endian, one channel
SILENCE_DBFS = -90.0


class NotPcmWavError(CorruptFileError):
    en = "The file {path} is not a WAV file Copydesk can play into a recording ({reason})."
    zh = "文件 {path} 不是 Copydesk 能用于录音的 WAV 文件（{reason}）。"
    hint_en = "Use an uncompressed 16-bit WAV file."
    hint_zh = "请使用未压缩的 16 位 WAV 文件。"


class MissingSourceFileError(FileAccessError):
    en = "The file {path} does not exist."
    zh = "文件 {path} 不存在。"


@runtime_checkable
class PcmSource(Protocol):
    """16 kHz mono int16 PCM, pulled by the recorder a few times a second.

    ``read`` returns the bytes captured since the last call (possibly ``b""``) and never
    blocks; ``finished`` becomes true when the source has nothing more to give (end of a
    file, a microphone unplugged). ``error`` carries a reporter-readable reason then.
    """

    @property
    def finished(self) -> bool: ...

    @property
    def error(self) -> str: ...

    def start(self) -> None: ...

    def read(self) -> bytes: ...

    def stop(self) -> None: ...


class WavFileSource:
    """A WAV file played into the recorder, at real-time pace (``speed`` 1.0) or as fast as read.

    Any sample rate, width and channel count is converted to 16 kHz mono int16, so a field
    recording from another device can be fed in too. ``clock`` is injectable for tests.
    """

    def __init__(self, path: Path | str, speed: float = 1.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise MissingSourceFileError(path=str(self.path))
        try:
            with wave.open(str(self.path), "rb") as w:
                rate, width, channels = w.getframerate(), w.getsampwidth(), w.getnchannels()
                raw = w.readframes(w.getnframes())
        except (wave.Error, EOFError) as err:
            raise NotPcmWavError(path=str(self.path), reason=str(err) or type(err).__name__) from err
        fmt = {1: "uint8", 2: "int16", 4: "int32"}.get(width)
        if fmt is None:
            raise NotPcmWavError(path=str(self.path), reason=f"{8 * width}-bit samples")
        self._pcm = to_pcm16_mono(raw, fmt, channels, rate)
        self.speed = speed
        self._clock = clock
        self._started: float | None = None
        self._pos = 0  # bytes handed out
        self._stopped = False

    @property
    def duration(self) -> float:
        return len(self._pcm) / (SAMPLE_RATE * SAMPLE_BYTES)

    @property
    def finished(self) -> bool:
        return self._stopped or self._pos >= len(self._pcm)

    @property
    def error(self) -> str:
        return ""

    def start(self) -> None:
        self._started = self._clock()

    def read(self) -> bytes:
        if self._started is None or self._stopped:
            return b""
        if self.speed <= 0:
            due = len(self._pcm)
        else:
            elapsed = (self._clock() - self._started) * self.speed
            due = min(len(self._pcm), int(elapsed * SAMPLE_RATE) * SAMPLE_BYTES)
        chunk = self._pcm[self._pos:due]
        self._pos = max(self._pos, due)
        return chunk

    def stop(self) -> None:
        self._stopped = True


def to_pcm16_mono(data: bytes, sample_format: str, channels: int, rate: int) -> bytes:
    """Raw interleaved samples (``uint8``, ``int16``, ``int32`` or ``float32``) → 16 kHz mono int16.

    Sound cards often only offer 44.1/48 kHz stereo; averaging the channels and linear
    resampling is plenty for speech recognition (whisper works at 16 kHz anyway).
    """
    dtype = {"uint8": np.uint8, "int16": "<i2", "int32": "<i4", "float32": "<f4"}[sample_format]
    item = np.dtype(dtype).itemsize * max(1, channels)
    usable = len(data) - len(data) % item
    if (sample_format, channels, rate) == ("int16", 1, SAMPLE_RATE):
        return data[:usable]  # already what the recorder stores: bit-exact
    samples = np.frombuffer(data[:usable], dtype=dtype)
    if sample_format == "uint8":
        floats = (samples.astype(np.float32) - 128.0) / 128.0
    elif sample_format == "int16":
        floats = samples.astype(np.float32) / 32768.0
    elif sample_format == "int32":
        floats = samples.astype(np.float32) / 2147483648.0
    else:
        floats = samples.astype(np.float32)
    if channels > 1:
        floats = floats.reshape(-1, channels).mean(axis=1)
    if rate != SAMPLE_RATE and floats.size:
        n_out = round(floats.size * SAMPLE_RATE / rate)
        floats = np.interp(np.arange(n_out) * (rate / SAMPLE_RATE), np.arange(floats.size), floats).astype(np.float32)
    return (np.clip(floats, -1.0, 1.0) * 32767.0).astype("<i2").tobytes()


def pcm_to_float(data: bytes) -> np.ndarray:
    """int16 PCM bytes → float32 samples in [-1, 1] (what whisper and CAM++ take)."""
    usable = len(data) - len(data) % SAMPLE_BYTES
    return np.frombuffer(data[:usable], dtype="<i2").astype(np.float32) / 32768.0


def level_dbfs(data: bytes) -> tuple[float, float]:
    """(RMS, peak) of a PCM block in dBFS, for the level meter; silence is ``SILENCE_DBFS``."""
    samples = pcm_to_float(data)
    if samples.size == 0:
        return SILENCE_DBFS, SILENCE_DBFS
    rms = float(np.sqrt(np.mean(samples.astype(np.float64) ** 2)))
    peak = float(np.max(np.abs(samples)))

    def db(x: float) -> float:
        return max(SILENCE_DBFS, 20.0 * float(np.log10(x))) if x > 0 else SILENCE_DBFS

    return db(rms), db(peak)

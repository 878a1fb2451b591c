"""PCM sources and conversions: what the recorder sees, whatever the sound card offers."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from desktop.engine.transcription.pcm import (
    SILENCE_DBFS,
    MissingSourceFileError,
    NotPcmWavError,
    PcmSource,
    WavFileSource,
    level_dbfs,
    pcm_to_float,
    to_pcm16_mono,
)
from tests.speech import write_wav


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_wav_source_hands_out_audio_at_real_time_pace(tmp_path: Path) -> None:
    samples = np.sin(np.arange(48_000) / 10).astype(np.float32) * 0.5
    clock = FakeClock()
    src = WavFileSource(write_wav(tmp_path / "a.wav", samples), clock=clock)
    assert isinstance(src, PcmSource)
    assert src.read() == b""  # not started
    src.start()
    clock.now += 0.25
    first = src.read()
    assert len(first) == 4000 * 2
    assert src.read() == b""  # nothing new without time passing
    clock.now += 10
    rest = src.read()
    assert len(first) + len(rest) == 48_000 * 2 and src.finished
    assert np.allclose(pcm_to_float(first + rest), samples, atol=1 / 16_000)


def test_wav_source_converts_other_rates_and_channels(tmp_path: Path) -> None:
    import wave

    t = np.arange(44_100) / 44_100
    tone = (0.4 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
    stereo = np.stack([tone, tone], axis=1)
    path = tmp_path / "stereo.wav"
    with wave.open(str(path), "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(44_100)
        w.writeframes((stereo * 32767).astype("<i2").tobytes())
    src = WavFileSource(path, speed=0)
    src.start()
    out = pcm_to_float(src.read())
    assert abs(out.size - 16_000) <= 1
    spectrum = np.abs(np.fft.rfft(out))
    assert abs(int(np.argmax(spectrum)) * 16_000 / out.size - 440) < 5  # same pitch after resampling


def test_float_and_int32_device_formats() -> None:
    floats = np.array([0.0, 0.5, -0.5, 1.0], np.float32)
    pcm = to_pcm16_mono(floats.tobytes(), "float32", 1, 16_000)
    assert np.allclose(pcm_to_float(pcm), floats, atol=1e-4)
    ints = (floats * 2**31 * 0.999).astype("<i4")
    assert np.allclose(pcm_to_float(to_pcm16_mono(ints.tobytes(), "int32", 1, 16_000)), floats * 0.999, atol=1e-3)
    assert to_pcm16_mono(b"\x01\x02\x03", "int16", 1, 16_000) == b"\x01\x02"  # a torn sample is dropped


def test_level_meter() -> None:
    assert level_dbfs(b"") == (SILENCE_DBFS, SILENCE_DBFS)
    assert level_dbfs(bytes(3200)) == (SILENCE_DBFS, SILENCE_DBFS)
    half = (np.full(1600, 0.5) * 32767).astype("<i2").tobytes()
    rms, peak = level_dbfs(half)
    assert rms == pytest.approx(-6.02, abs=0.05) and peak == pytest.approx(-6.02, abs=0.05)


def test_bad_files_give_typed_errors(tmp_path: Path) -> None:
    with pytest.raises(MissingSourceFileError):
        WavFileSource(tmp_path / "nope.wav")
    bad = tmp_path / "bad.wav"
    bad.write_bytes(b"this is not a wav file at all")
    with pytest.raises(NotPcmWavError) as err:
        WavFileSource(bad)
    assert "bad.wav" in err.value.message("en")

"""Windows cut at quiet moments, and what whisper is given and gives back per window."""

from __future__ import annotations

import itertools
import wave
from pathlib import Path
from types import SimpleNamespace

import numpy as np

from desktop.engine.transcription.audio import SAMPLE_RATE, AudioStream
from desktop.engine.transcription.windows import (
    ZH_PROMPT,
    hotwords,
    prompt_for,
    segment_from,
    whisper_text,
    windows,
)


def _tone_with_pauses(path: Path, seconds: int, pause_every: int) -> None:
    """A loud tone with half a second of silence every ``pause_every`` seconds."""
    t = np.arange(seconds * SAMPLE_RATE) / SAMPLE_RATE
    signal = 0.3 * np.sin(2 * np.pi * 220 * t)
    for k in range(pause_every, seconds, pause_every):
        signal[int((k - 0.25) * SAMPLE_RATE):int((k + 0.25) * SAMPLE_RATE)] = 0.0
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SAMPLE_RATE)
        w.writeframes((signal * 32767).astype("<i2").tobytes())


def test_windows_cover_the_stream_in_order_and_cut_in_the_pauses(tmp_path: Path) -> None:
    path = tmp_path / "tone.wav"
    _tone_with_pauses(path, 100, 10)
    parts = list(windows(AudioStream(path), window_s=30.0, search_s=5.0, first_s=12.0))
    assert [last for _, _, last in parts] == [False] * (len(parts) - 1) + [True]
    total = sum(samples.shape[0] for _, samples, _ in parts)
    assert abs(total - 100 * SAMPLE_RATE) <= SAMPLE_RATE // 10
    for (start, samples, _), (nxt, _, _) in itertools.pairwise(parts):
        assert abs(start + samples.shape[0] / SAMPLE_RATE - nxt) < 1e-6  # no gap, no overlap
        assert round(nxt) % 10 == 0 and abs(nxt - round(nxt)) <= 0.25  # cut inside a pause
    assert parts[0][1].shape[0] / SAMPLE_RATE < 16  # the short first window


def test_prompt_and_hotwords_by_language() -> None:
    assert prompt_for(True) == ZH_PROMPT and prompt_for(False) is None
    assert hotwords(("李明", "王芳"), True) == "李明、王芳"
    assert hotwords(("Ms Li", "Wang"), False) == "Ms Li, Wang"
    assert hotwords((), True) is None


def test_chinese_conversion_and_full_width_punctuation() -> None:
    assert whisper_text("換一首歌,好嗎?", zh=True) == "换一首歌，好吗？"
    assert whisper_text("Version 3.5, ok.", zh=True) == "Version 3.5, ok."
    assert whisper_text("換一首歌,好嗎?", zh=False) == "換一首歌,好嗎?"  # English transcripts are left alone


def test_segment_from_shifts_to_file_time_and_simplifies() -> None:
    raw = SimpleNamespace(start=1.0, end=2.5, text=" 換一首歌,好嗎?", words=[
        SimpleNamespace(start=1.0, end=1.6, word="換一首歌,", probability=0.91234),
        SimpleNamespace(start=1.6, end=2.5, word="好嗎?", probability=0.5)])
    seg = segment_from(raw, 60.0, 7, zh=True)
    assert (seg.idx, seg.start, seg.end, seg.text, seg.speaker) == (7, 61.0, 62.5, "换一首歌，好吗？", "")
    assert [(w.start, w.word, w.probability) for w in seg.words] == [(61.0, "换一首歌，", 0.9123), (61.6, "好吗？", 0.5)]

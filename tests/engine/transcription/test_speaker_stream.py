"""Speaker windows embedded during transcription give the same labels as the separate pass."""

from __future__ import annotations

import os
import sys
import threading

import numpy as np
import pytest

from desktop.engine.core.jobs import run_job
from desktop.engine.transcription.diarize import diarize
from desktop.engine.transcription.speaker_stream import SegmentEmbedder, lower_priority
from desktop.engine.transcription.transcripts import Segment
from desktop.engine.transcription.voice_model import SpeakerEmbedder, span_key
from tests.speech import SENTENCES, espeak, needs_espeak


@needs_espeak
def test_precomputed_windows_match_the_file_pass() -> None:
    parts, segments, t = [np.zeros(8000, np.float32)], [], 0.5
    for i, text in enumerate(SENTENCES):
        clip = espeak(text, ("en-us", "en-gb-x-rp+f3")[i % 2])
        segments.append(Segment(i, t, t + clip.size / 16_000, text, "", []))
        parts += [clip, np.zeros(8000, np.float32)]
        t += clip.size / 16_000 + 0.5
    audio = np.concatenate(parts)
    embedder = SpeakerEmbedder()
    separate = run_job(diarize(segments, audio=audio, max_speakers=2, embedder=embedder))

    stream = SegmentEmbedder(embedder)
    for seg in segments[1:]:  # the first one is "from an earlier run": read from the audio
        stream.submit(seg.start, seg.end, audio, 0.0)
    pre = stream.finish()
    assert set(pre) == {span_key(s.start, s.end) for s in segments[1:]}
    overlapped = run_job(diarize(segments, audio=audio, max_speakers=2, embedder=embedder, precomputed=pre))
    assert overlapped.segment_labels == separate.segment_labels == ["Speaker 1", "Speaker 2"] * 2
    assert overlapped.word_labels == separate.word_labels
    assert stream.error is None


def test_stop_drops_pending_work() -> None:
    class Slow:
        def embed_segment(self, samples, start):
            return [(start, start + 1)], np.ones((1, 192), np.float32)

    stream = SegmentEmbedder(Slow())
    for i in range(50):
        stream.submit(float(i), i + 1.0, np.zeros(40 * 16_000, np.float32), 0.0)
    stream.stop()
    stream._thread.join(5)
    assert not stream._thread.is_alive()


@needs_espeak
def test_no_second_speaker_session_when_every_segment_was_embedded(monkeypatch) -> None:
    from desktop.engine.transcription import diarize as diarize_module

    parts, segments, t = [np.zeros(8000, np.float32)], [], 0.5
    for i, text in enumerate(SENTENCES[:2]):
        clip = espeak(text, ("en-us", "en-gb-x-rp+f3")[i % 2])
        segments.append(Segment(i, t, t + clip.size / 16_000, text, "", []))
        parts += [clip, np.zeros(8000, np.float32)]
        t += clip.size / 16_000 + 0.5
    audio = np.concatenate(parts)
    stream = SegmentEmbedder(SpeakerEmbedder())
    for seg in segments:
        stream.submit(seg.start, seg.end, audio, 0.0)
    pre = stream.finish()
    made = []
    real_init = diarize_module.SpeakerEmbedder.__init__
    monkeypatch.setattr(diarize_module.SpeakerEmbedder, "__init__",
                        lambda self, *a, **k: (made.append(1), real_init(self, *a, **k))[1])
    full = run_job(diarize_module.label_speakers(segments, audio=audio, max_speakers=2, precomputed=pre))
    assert made == [] and full.method == diarize_module.METHOD and len(set(full.segment_labels)) == 2
    partial = run_job(diarize_module.label_speakers(segments, audio=audio, max_speakers=2,
                                                    precomputed={k: v for k, v in list(pre.items())[1:]}))
    assert made == [1] and partial.segment_labels == full.segment_labels  # the rest read from the audio


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice is a Linux feature")
def test_embedding_thread_yields_the_cpu_to_whisper() -> None:
    """The embedding thread runs at nice 19; the thread that transcribes keeps its priority."""
    before = os.getpriority(os.PRIO_PROCESS, 0)
    seen: list[int] = []

    def work() -> None:
        seen.append(int(lower_priority()))
        seen.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert seen == [1, 19]
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == before


def test_the_model_loads_in_the_thread_and_a_failed_load_embeds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """SegmentEmbedder() returns at once; when CAM++ cannot load, segments are taken and dropped,
    and the final pass (which reads the file) reports why."""
    from desktop.engine.transcription import speaker_stream

    class Broken:
        def __init__(self, threads: int = 1) -> None:
            raise RuntimeError("model file damaged")

    monkeypatch.setattr(speaker_stream, "SpeakerEmbedder", Broken)
    stream = SegmentEmbedder()
    for i in range(3):
        stream.submit(i, i + 1.0, np.zeros(48_000, np.float32), 0.0)
    assert stream.finish() == {}
    assert isinstance(stream.error, RuntimeError)

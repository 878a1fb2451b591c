"""Sound that produced no text is reported with its time range, and can be heard again unfiltered."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from desktop.engine.core.events import JobWarning
from desktop.engine.core.jobs import CancelToken, run_job
from desktop.engine.library.store import Store
from desktop.engine.transcription import loss
from desktop.engine.transcription.transcribe import transcribe_file
from desktop.engine.transcription.transcripts import Segment, TranscriptStore, Word
from tests.speech import join_files as join
from tests.speech import needs_espeak, speak, synth

SENTENCE = "Good morning. The council voted on the new harbour budget today."
FAST = {"model": "whisper-tiny.en", "language": "en", "threads": 2, "voices": False, "speakers": 1}


def _transcribe(path: Path, db: Path, **extra) -> tuple[dict, list[dict]]:
    events: list[JobWarning] = []
    options = {**FAST, **({"extra": extra} if extra else {})}
    result = run_job(transcribe_file(CancelToken(), path=str(path), options=options, store_path=str(db)),
                     lambda p: events.append(p.data) if isinstance(p.data, JobWarning) else None)
    return result, events


def test_watch_flags_long_loud_gaps_only() -> None:
    watch = loss.LossWatch()
    rate = 16_000
    loud = (np.random.default_rng(1).standard_normal(rate * 30) * 0.1).astype(np.float32)
    loud[rate * 12:rate * 25] = 0.0  # 13 s of digital silence
    watch.add_audio(0.0, loud)
    segments = [Segment(0, 0.0, 1.0, "a"), Segment(1, 11.5, 12.0, "b"), Segment(2, 26.0, 30.0, "c")]
    gaps = watch.gaps(segments)
    assert [(g.start, g.end) for g in gaps] == [(1.0, 11.5)]  # the silent 12–26 s gap is not a loss
    assert gaps[0].loud_share == 1.0 and "0:01–0:11" in gaps[0].describe()
    assert watch.gaps([Segment(0, 0.0, 30.0, "all")]) == []


def test_a_word_stretched_over_the_noise_does_not_hide_it() -> None:
    watch = loss.LossWatch()
    watch.add_audio(0.0, (np.random.default_rng(2).standard_normal(16_000 * 20) * 0.1).astype(np.float32))
    stretched = Segment(0, 0.0, 9.0, "Budget today.", words=[Word(0.0, 0.6, " Budget", 0.9),
                                                             Word(0.6, 9.0, " today.", 0.4)])
    late = Segment(1, 11.0, 20.0, "Again.", words=[Word(11.0, 20.0, " Again.", 0.5)])
    gaps = watch.gaps([stretched, late])
    assert [(g.start, g.end) for g in gaps] == [(2.6, 18.0)]  # each word counted for 2 s at most
    assert watch.gaps([Segment(0, 0.0, 20.0, "no words, so the segment's own times")]) == []


@needs_espeak
def test_noise_dropped_by_vad_is_reported_with_its_range(tmp_path: Path) -> None:
    said = speak(tmp_path, "said.wav", SENTENCE)
    clip = join(tmp_path, "clip.wav", said, synth(tmp_path, "noise.wav", 15), said,
                synth(tmp_path, "quiet.wav", 14, "silence"), said)
    result, events = _transcribe(clip, tmp_path / "lib.db")
    assert len(result["dropped"]) == 1, result
    gap = result["dropped"][0]
    assert 3.0 < gap["start"] < 5.0 and 18.5 < gap["end"] < 20.5  # the noise, not the silence after it
    assert [e.dropped for e in events if e.dropped] == [gap]
    store = Store(tmp_path / "lib.db")
    try:
        assert loss.dropped_ranges(TranscriptStore(store), result["transcript_id"])[0].start == gap["start"]
    finally:
        store.close()


@needs_espeak
def test_empty_result_is_announced_and_a_relaxed_rerun_recovers_the_speech(tmp_path: Path) -> None:
    said = speak(tmp_path, "said.wav", SENTENCE)
    clip = join(tmp_path, "clip.wav", synth(tmp_path, "pad.wav", 2, "silence"), said, said, said)
    # a VAD that hears nothing: what a noisy room does to a quiet speaker
    result, events = _transcribe(clip, tmp_path / "lib.db", vad_parameters={"threshold": 0.999})
    assert result["empty"] is True and result["segments"] == 0
    assert any(e.empty for e in events) and "no speech was recognised" in events[0].message
    gap = result["dropped"][0]
    assert gap["start"] == 0.0 and gap["end"] > 10.0
    tid = result["transcript_id"]
    rerun = run_job(loss.rerun_range(CancelToken(), transcript_id=tid, start=gap["start"], end=gap["end"],
                                     store_path=str(tmp_path / "lib.db")))
    assert rerun["segments"] >= 1
    store = Store(tmp_path / "lib.db")
    try:
        ts = TranscriptStore(store)
        tr = ts.get(tid)
        assert "council" in tr.text.lower() and tr.segments[0].start >= 1.0
        assert [s.idx for s in tr.segments] == list(range(len(tr.segments)))
        assert tr.options["dropped"] == []  # the range was heard: no longer reported
    finally:
        store.close()


@pytest.mark.parametrize("share", [0.0, 1.0])
def test_resumed_watch_keeps_earlier_findings(store, share: float) -> None:
    ts = TranscriptStore(store)
    tid = ts.create(asset_id=None, title="x", language="en", model="m", duration=60.0,
                    options={"dropped": [{"start": 1.0, "end": 15.0, "loud_share": 1.0, "rerun": ""}]})
    ts.add_segment(tid, Segment(0, 20.0, 59.0, "text"))
    watch = loss.LossWatch()
    watch.add_audio(20.0, np.full(16_000 * 40, 0.05 * share, np.float32))
    found = run_job(loss.finish(watch, ts, tid, Path("x.wav"), 60.0))
    assert found == []
    assert [d["start"] for d in ts.get(tid, with_segments=False).options["dropped"]] == [1.0]

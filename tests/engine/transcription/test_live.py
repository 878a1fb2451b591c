"""Live transcription while recording (fed from a file: there is no sound card here)."""

from __future__ import annotations

import re
import threading
import time
from pathlib import Path

import numpy as np
import pytest
from rapidfuzz.distance import Levenshtein

from desktop.engine.core.events import LiveDone, LiveSegment, LiveStarted, TranscriptStarted
from desktop.engine.core.jobs import CancelToken, run_job
from desktop.engine.library.store import Store
from desktop.engine.transcription import live, recording
from desktop.engine.transcription.live import Cut, LiveScheduler
from desktop.engine.transcription.pcm import SAMPLE_RATE, WavFileSource
from desktop.engine.transcription.transcribe import transcribe_file
from desktop.engine.transcription.transcripts import TranscriptStore
from tests.speech import interview_wav as interview
from tests.speech import needs_espeak

TINY = {"model": "whisper-tiny.en", "language": "en", "threads": 2}
S = SAMPLE_RATE


def test_scheduler_waits_for_a_pause_then_decodes_the_phrase() -> None:
    sched = LiveScheduler(pause_s=0.4, max_chunk_s=8.0)
    audio = np.zeros(3 * S, np.float32)
    assert sched.decide(audio, [(int(0.5 * S), int(2.8 * S))]) == Cut(0, 0)  # still talking
    cut = sched.decide(audio, [(int(0.5 * S), int(2.2 * S))])
    assert cut.decode == cut.advance and 2.2 * S < cut.decode < 3 * S  # inside the pause


def test_scheduler_skips_silence_and_cuts_long_speech() -> None:
    sched = LiveScheduler()
    silence = np.zeros(4 * S, np.float32)
    assert sched.decide(silence, []) == Cut(0, int(3.5 * S))  # nothing decoded, a little kept
    speech = [(0, int(4.0 * S)), (int(4.3 * S), int(9.0 * S))]
    cut = sched.decide(np.zeros(9 * S, np.float32), speech)
    assert cut.decode == int(4.15 * S)  # the gap between the two runs of speech
    final = sched.decide(np.zeros(2 * S, np.float32), [(0, 2 * S)], final=True)
    assert final == Cut(2 * S, 2 * S)


def test_growing_wav_reads_only_new_whole_samples(tmp_path: Path) -> None:
    writer = recording.ChunkWriter(tmp_path / "g.wav")
    reader = live.GrowingWav(tmp_path / "g.wav")
    assert reader.read_new() == b""
    writer.write(b"\x01\x00\x02\x00")
    assert reader.read_new() == b"\x01\x00\x02\x00"
    writer.write(b"\x03\x00")
    assert reader.read_new() == b"\x03\x00" and reader.read_new() == b""
    writer.close()


def _record_in_background(source_wav: Path, target: Path, speed: float) -> tuple[threading.Thread, dict]:
    """What the app's 100 ms timer does, in a thread."""
    info: dict = {}
    rec = recording.Recorder(WavFileSource(source_wav, speed=speed), target)
    rec.start()

    def run() -> None:
        info["started"] = time.time()
        while not rec.source.finished:
            rec.pump()
            time.sleep(0.1)
        rec.stop()
        info["stopped"] = time.time()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, info


@needs_espeak
def test_live_preview_then_a_transcript_equal_to_the_file_transcription(tmp_path: Path, store: Store) -> None:
    source = interview(tmp_path / "interview.wav")
    target = tmp_path / "recordings" / "Recording.wav"
    thread, info = _record_in_background(source, target, speed=1.5)
    events: list = []
    result = run_job(live.live_transcribe(CancelToken(), path=str(target), options=TINY, store_path=str(store.path)),
                     events.append)
    thread.join(5)
    previews = [e.data for e in events if isinstance(e.data, LiveSegment)]
    assert len(previews) >= 3
    assert previews[0].wall < info["stopped"]  # shown while still recording
    kinds = [type(e.data) for e in events if e.data]
    assert kinds[0] is LiveStarted
    assert kinds.index(LiveDone) < kinds.index(TranscriptStarted)  # the file transcription comes after the preview

    ts = TranscriptStore(store)
    live_tr = ts.get(result["transcript_id"])
    assert live_tr.status == "done" and result["live"]
    direct = run_job(transcribe_file(CancelToken(), path=str(target), options=TINY, store_path=str(store.path),
                                     resume=False))
    file_tr = ts.get(direct["transcript_id"])
    assert [(s.start, s.end, s.text, s.speaker) for s in live_tr.segments] == \
        [(s.start, s.end, s.text, s.speaker) for s in file_tr.segments]
    assert [s.words for s in live_tr.segments] == [s.words for s in file_tr.segments]
    final = _words(" ".join(s.text for s in live_tr.segments))
    assert "bridge" in final
    # The preview is decoded from short stretches as they arrive, so which words it mishears
    # depends on timing ("harbour" came out "hardware" once under load); it must still read
    # like the final transcript: word error under 35 % (bench/live_lag.py measures ~8 %).
    preview = _words(" ".join(p.segment["text"] for p in previews))
    assert Levenshtein.distance(preview, final) / len(final) < 0.35, (preview, final)


def _words(text: str) -> list[str]:
    return re.sub(r"[^a-z' ]+", " ", text.lower()).split()


@needs_espeak
def test_live_job_in_its_process_can_be_cancelled_and_the_recording_survives(tmp_path: Path, store: Store) -> None:
    source = interview(tmp_path / "interview.wav")
    target = tmp_path / "recordings" / "Recording.wav"
    thread, _info = _record_in_background(source, target, speed=1.0)
    token = CancelToken()
    from desktop.engine.core.errors import JobCancelled
    from desktop.engine.transcription.transcribe import TranscribeOptions

    with pytest.raises(JobCancelled):
        for event in live.start(target, TranscribeOptions(**TINY), store_path=store.path, cancel=token):
            if isinstance(event.data, LiveSegment):
                token.cancel()
    thread.join(30)
    assert recording.read_state(target).finished
    assert recording.read_state(target).seconds == pytest.approx(WavFileSource(source).duration, abs=0.01)

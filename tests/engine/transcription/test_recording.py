"""Crash-safe recording: the file is a valid WAV at every moment, and kill -9 loses < 2 s."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import wave
from pathlib import Path

import numpy as np
import pytest

from desktop.engine.transcription import recording
from desktop.engine.transcription.pcm import SAMPLE_RATE, WavFileSource
from desktop.engine.transcription.recording import (
    ChunkWriter,
    Recorder,
    RecordingWriteError,
    read_state,
    recover,
)
from tests.speech import write_wav

# Records a WAV file into a recording at real-time pace, pumping every 100 ms like the app,
# and prints a line once it is recording. The test kills it with SIGKILL.
CHILD = r"""
import sys, time
from desktop.engine.transcription.pcm import WavFileSource
from desktop.engine.transcription.recording import Recorder
rec = Recorder(WavFileSource(sys.argv[1]), sys.argv[2])
rec.start()
print(time.time(), flush=True)
while True:
    rec.pump()
    time.sleep(0.1)
"""


def _tone(seconds: float) -> np.ndarray:
    t = np.arange(int(seconds * SAMPLE_RATE)) / SAMPLE_RATE
    return (0.3 * np.sin(2 * np.pi * 220 * t) * (1 + 0.5 * np.sin(t))).astype(np.float32)


def _frames(path: Path) -> bytes:
    with wave.open(str(path), "rb") as w:
        assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (1, 2, SAMPLE_RATE)
        return w.readframes(w.getnframes())


def test_header_is_valid_after_every_sync(tmp_path: Path) -> None:
    now = [0.0]
    writer = ChunkWriter(tmp_path / "r.wav", sync_seconds=1.0, clock=lambda: now[0])
    chunk = bytes(range(256)) * 25  # 6400 bytes = 0.2 s
    for _ in range(10):
        writer.write(chunk)
        now[0] += 0.2
    assert writer.synced_bytes >= writer.data_bytes - 5 * len(chunk)  # never more than ~1 s unsynced
    assert len(_frames(tmp_path / "r.wav")) == writer.synced_bytes  # readable as it is, mid-recording
    writer.close()
    assert _frames(tmp_path / "r.wav") == chunk * 10


def test_stop_marks_finished_and_keeps_every_sample(tmp_path: Path) -> None:
    source_audio = write_wav(tmp_path / "src.wav", _tone(3.0))
    rec = Recorder(WavFileSource(source_audio, speed=0), tmp_path / "rec.wav", document_id=7, title="Mayor")
    rec.start()
    assert not read_state(rec.path).finished
    rec.pump()
    state = rec.stop()
    assert state.finished and state.seconds == pytest.approx(3.0)
    assert _frames(rec.path) == _frames(source_audio)
    saved = json.loads(recording.state_path(rec.path).read_text("utf-8"))
    assert saved["document_id"] == 7 and saved["finished"] is True
    assert rec.level[0] > -20 and not rec.clipped


@pytest.mark.parametrize("run", range(3))
def test_kill_9_while_recording_loses_under_two_seconds(tmp_path: Path, run: int) -> None:
    audio = _tone(30.0)
    source = write_wav(tmp_path / "source.wav", audio)
    target = tmp_path / "recordings" / "Recording.wav"
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(source), str(target)], stdout=subprocess.PIPE,
                            text=True, env={**os.environ})
    assert proc.stdout is not None
    started = float(proc.stdout.readline())
    time.sleep(2.5 + run * 1.3)
    killed_at = time.time()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(5)
    assert recording.unfinished_recordings(target.parent) == [target]
    state = recover(target)
    assert state.finished and state.recovered
    assert recording.unfinished_recordings(target.parent) == []
    kept = _frames(target)
    recorded = killed_at - started
    assert state.seconds == pytest.approx(len(kept) / 2 / SAMPLE_RATE)
    assert recorded - 2.0 <= state.seconds <= recorded + 0.2, (recorded, state.seconds)
    original = (np.clip(audio, -1, 1) * 32767).astype("<i2").tobytes()
    assert kept == original[:len(kept)]  # exactly the start of what was fed, nothing garbled


def test_recover_cuts_a_torn_sample_and_fixes_a_stale_header(tmp_path: Path) -> None:
    path = tmp_path / "r.wav"
    writer = ChunkWriter(path, sync_seconds=60)
    writer.write(b"\x10\x00" * 16_000)
    recording.write_state(recording.RecordingState(path=str(path), started=time.time()))
    os.write(writer._fd, b"\x20")  # half a sample: the process died mid-write
    os.close(writer._fd)
    assert len(_frames(path)) == 0  # the header still says empty
    state = recover(path)
    assert state.seconds == pytest.approx(1.0)
    assert _frames(path) == b"\x10\x00" * 16_000


def test_not_a_recording_and_unwritable_folder(tmp_path: Path) -> None:
    other = tmp_path / "x.wav"
    other.write_bytes(b"nothing")
    with pytest.raises(recording.NotARecordingError):
        recover(other)
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "taken.wav").write_bytes(b"")
    with pytest.raises(RecordingWriteError) as err:
        ChunkWriter(locked / "taken.wav")  # never overwrites an existing file
    assert "taken.wav" in err.value.message("en")


def test_new_paths_never_collide(tmp_path: Path) -> None:
    a = recording.new_recording_path(tmp_path, now=0)
    a.write_bytes(b"")
    b = recording.new_recording_path(tmp_path, now=0)
    assert a != b and b.name.endswith("(2).wav")

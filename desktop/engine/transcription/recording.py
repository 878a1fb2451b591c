"""Field recording that survives a crash: a WAV file that is valid at every moment.

Why it is built this way:

* The recorder appends each captured piece (a tenth of a second) to the file with
  ``os.write`` straight away, so a killed or crashed app (kill -9) has lost only what the
  sound card had not yet delivered. Once a second (``sync_seconds``) the WAV header's
  sizes are rewritten to cover everything written and the file is fsynced, so even a
  power cut loses at most about one second.
* A sidecar ``<name>.json`` says the recording is in progress. On the next start
  :func:`unfinished_recordings` finds it and :func:`recover` fixes the header to the
  real length of the data (dropping half a sample, if any): nothing that reached the
  disk is thrown away.
* The sound comes from any :class:`~desktop.engine.transcription.pcm.PcmSource` (the Qt microphone,
  a WAV file in tests), so all of this runs and is tested without a sound card or Qt.
"""

from __future__ import annotations

import json
import os
import struct
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from desktop.engine.core import paths
from desktop.engine.core.errors import CopydeskError, FileAccessError
from desktop.engine.transcription.pcm import SAMPLE_BYTES, SAMPLE_RATE, SILENCE_DBFS, PcmSource, level_dbfs

HEADER_BYTES = 44
STATE_VERSION = 1


class RecordingWriteError(FileAccessError):
    en = "The recording could not be written to {path} ({reason}). Everything recorded until now is kept."
    zh = "录音无法写入 {path}（{reason}）。此前录下的内容都已保存。"
    hint_en = "Free some disk space or choose another folder, then record again."
    hint_zh = "请释放磁盘空间或换一个文件夹，然后重新录音。"


class NotARecordingError(CopydeskError):
    en = "{path} is not a Copydesk recording ({reason})."
    zh = "{path} 不是 Copydesk 录音（{reason}）。"


def recordings_dir() -> Path:
    return paths.data_dir() / "recordings"


def wav_header(data_bytes: int, rate: int = SAMPLE_RATE) -> bytes:
    """A 44-byte PCM WAV header for ``data_bytes`` of 16-bit mono samples."""
    return (b"RIFF" + struct.pack("<I", 36 + data_bytes) + b"WAVE"
            + b"fmt " + struct.pack("<IHHIIHH", 16, 1, 1, rate, rate * SAMPLE_BYTES, SAMPLE_BYTES, 16)
            + b"data" + struct.pack("<I", data_bytes))


@dataclass
class RecordingState:
    """What the sidecar file says about a recording (written atomically)."""

    path: str
    started: float
    document_id: int | None = None
    title: str = ""
    finished: bool = False
    recovered: bool = False
    seconds: float = 0.0
    version: int = STATE_VERSION
    extra: dict = field(default_factory=dict)


def state_path(wav: Path | str) -> Path:
    return Path(wav).with_suffix(".json")


def write_state(state: RecordingState) -> None:
    target = state_path(state.path)
    tmp = target.with_name(target.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(asdict(state), fh, ensure_ascii=False)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, target)


def read_state(wav: Path | str) -> RecordingState:
    path = state_path(wav)
    try:
        raw = json.loads(path.read_text("utf-8"))
        return RecordingState(**{k: v for k, v in raw.items() if k in RecordingState.__dataclass_fields__})
    except (OSError, ValueError, TypeError) as err:
        raise NotARecordingError(path=str(wav), reason=f"{path.name}: {err}") from err


class ChunkWriter:
    """Appends PCM to a WAV file; header sizes and fsync at most ``sync_seconds`` apart."""

    def __init__(self, path: Path | str, sync_seconds: float = 1.0, clock=time.monotonic) -> None:
        self.path = Path(path)
        self.sync_seconds = sync_seconds
        self._clock = clock
        self.data_bytes = 0
        self.synced_bytes = 0
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
            os.write(self._fd, wav_header(0))
            os.fsync(self._fd)
        except OSError as err:
            raise RecordingWriteError(path=str(self.path), reason=err.strerror or str(err)) from err
        self._last_sync = clock()

    @property
    def seconds(self) -> float:
        return self.data_bytes / (SAMPLE_RATE * SAMPLE_BYTES)

    def write(self, pcm: bytes) -> None:
        try:
            if pcm:
                view = memoryview(pcm)
                while view:
                    n = os.write(self._fd, view)
                    view = view[n:]
                self.data_bytes += len(pcm)
            if self._clock() - self._last_sync >= self.sync_seconds:
                self.sync()
        except OSError as err:
            raise RecordingWriteError(path=str(self.path), reason=err.strerror or str(err)) from err

    def sync(self) -> None:
        """Make the header cover everything written, then push it all to the disk."""
        header = wav_header(self.data_bytes)
        os.pwrite(self._fd, header[4:8], 4)
        os.pwrite(self._fd, header[40:44], 40)
        os.fsync(self._fd)
        self.synced_bytes = self.data_bytes
        self._last_sync = self._clock()

    def close(self) -> None:
        if self._fd < 0:
            return
        try:
            self.sync()
        finally:
            os.close(self._fd)
            self._fd = -1


def recover(path: Path | str) -> RecordingState:
    """Make an interrupted recording a complete WAV file again and mark it finished.

    Keeps every whole sample that reached the disk, including what was written after the
    last header update; a torn half sample at the end is cut off.
    """
    path = Path(path)
    state = read_state(path)
    try:
        size = path.stat().st_size
        with open(path, "r+b") as fh:
            head = fh.read(HEADER_BYTES)
            if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
                raise NotARecordingError(path=str(path), reason="no WAV header")
            data = max(0, size - HEADER_BYTES)
            data -= data % SAMPLE_BYTES
            fh.seek(0)
            fh.write(wav_header(data))
            fh.truncate(HEADER_BYTES + data)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as err:
        raise RecordingWriteError(path=str(path), reason=err.strerror or str(err)) from err
    state.finished, state.recovered = True, True
    state.seconds = data / (SAMPLE_RATE * SAMPLE_BYTES)
    write_state(state)
    return state


def unfinished_recordings(folder: Path | None = None) -> list[Path]:
    """Recordings whose sidecar still says "in progress" (the app stopped while recording)."""
    folder = folder or recordings_dir()
    found = []
    for side in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        wav = side.with_suffix(".wav")
        try:
            if wav.is_file() and not read_state(wav).finished:
                found.append(wav)
        except NotARecordingError:
            continue
    return found


def new_recording_path(folder: Path | None = None, now: float | None = None) -> Path:
    folder = folder or recordings_dir()
    stamp = time.strftime("%Y-%m-%d %H-%M-%S", time.localtime(now or time.time()))
    path = folder / f"Recording {stamp}.wav"
    n = 2
    while path.exists() or state_path(path).exists():
        path = folder / f"Recording {stamp} ({n}).wav"
        n += 1
    return path


class Recorder:
    """One recording: pulls from a source, writes crash-safe chunks, keeps the level.

    The caller (a Qt timer, a test loop) calls :meth:`pump` every ~100 ms; it never blocks
    longer than a disk write.
    """

    def __init__(self, source: PcmSource, path: Path | str | None = None, *, document_id: int | None = None,
                 title: str = "", sync_seconds: float = 1.0) -> None:
        self.source = source
        self.path = Path(path) if path is not None else new_recording_path()
        self.state = RecordingState(path=str(self.path), started=time.time(), document_id=document_id, title=title)
        self.sync_seconds = sync_seconds
        self.writer: ChunkWriter | None = None
        self.level: tuple[float, float] = (SILENCE_DBFS, SILENCE_DBFS)
        self.peak_hold = SILENCE_DBFS
        self.clipped = False

    @property
    def recording(self) -> bool:
        return self.writer is not None

    @property
    def seconds(self) -> float:
        return self.writer.seconds if self.writer else self.state.seconds

    def start(self) -> None:
        self.writer = ChunkWriter(self.path, self.sync_seconds)
        write_state(self.state)
        self.source.start()

    def pump(self) -> bytes:
        """Move what the source has captured into the file; returns that PCM."""
        if self.writer is None:
            return b""
        pcm = self.source.read()
        self.writer.write(pcm)
        if pcm:
            self.level = level_dbfs(pcm)
            self.peak_hold = max(self.level[1], self.peak_hold - 1.5)
            self.clipped = self.clipped or self.level[1] > -0.1
        return pcm

    def stop(self) -> RecordingState:
        """Take the last captured audio, close the file and mark the recording finished."""
        if self.writer is None:
            return self.state
        try:
            self.pump()
        finally:
            self.source.stop()
            self.writer.close()
            self.state.seconds = self.writer.seconds
            self.writer = None
            self.state.finished = True
            write_state(self.state)
        return self.state

"""Reading audio for transcription: probing and streaming decode through PyAV.

A three-hour interview decoded at once is 700 MB of float32, so audio is never loaded
whole: :class:`AudioStream` yields 16 kHz mono float32 blocks from any position, and the
transcriber keeps only one window in memory. Every way a file can be unusable (missing,
empty, not media, no audio track, damaged part-way) becomes a typed error or, for a file
damaged part-way, a recorded stopping point, so the caller can say exactly what happened.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import av
import av.error
import numpy as np

from desktop.engine.core.errors import CorruptFileError, EmptyInputError, FileAccessError, InputError

SAMPLE_RATE = 16_000
AUDIO_EXTENSIONS = (".mp3", ".m4a", ".aac", ".wav", ".flac", ".ogg", ".opus", ".oga", ".wma",
                    ".mp4", ".mov", ".m4v", ".mkv", ".webm", ".3gp", ".amr", ".aiff", ".aif")


class AudioError(InputError):
    en = "The audio file could not be used."
    zh = "无法使用这个音频文件。"


class AudioFileMissingError(FileAccessError):
    en = "The audio file {path} does not exist."
    zh = "音频文件 {path} 不存在。"


class EmptyAudioError(EmptyInputError):
    en = "The file {path} is empty (0 bytes): there is no audio in it."
    zh = "文件 {path} 是空的（0 字节），里面没有音频。"
    hint_en = "Copy the recording from the recorder again."
    hint_zh = "请重新从录音设备复制这段录音。"


class NotAudioError(CorruptFileError):
    en = "The file {path} is not an audio or video file that Copydesk can read."
    zh = "文件 {path} 不是 Copydesk 能读取的音频或视频文件。"
    hint_en = "Supported: mp3, m4a/aac, wav, flac, ogg/opus, and the sound of mp4/mov videos."
    hint_zh = "支持 mp3、m4a/aac、wav、flac、ogg/opus，以及 mp4/mov 视频中的声音。"


class NoAudioTrackError(AudioError):
    en = "The file {path} has no audio track (it may be a silent video)."
    zh = "文件 {path} 没有音轨（可能是无声视频）。"
    hint_en = "Export the video again with its sound, or import the separate audio recording."
    hint_zh = "请带声音重新导出视频，或导入单独的录音文件。"


@dataclass(frozen=True)
class AudioInfo:
    """What probing learned about a file, before any decoding."""

    path: str
    size: int
    duration: float | None  # seconds, from the container header (None when it does not say)
    sample_rate: int
    channels: int
    codec: str
    container: str


def _check_file(path: Path) -> int:
    try:
        st = path.stat()
    except FileNotFoundError:
        raise AudioFileMissingError(path=str(path)) from None
    except OSError as err:
        raise FileAccessError(path=str(path), reason=err.strerror or type(err).__name__) from err
    if path.is_dir():
        raise FileAccessError(path=str(path), reason="it is a folder")
    if not os.access(path, os.R_OK):
        raise FileAccessError(path=str(path), reason="permission denied")
    if st.st_size == 0:
        raise EmptyAudioError(path=str(path), what=str(path), what_zh=str(path))
    return st.st_size


def _open(path: Path) -> av.container.InputContainer:
    try:
        return av.open(str(path), mode="r", metadata_errors="ignore")
    except PermissionError as err:
        raise FileAccessError(path=str(path), reason="permission denied") from err
    except (av.error.FFmpegError, UnicodeDecodeError, ValueError) as err:
        raise NotAudioError(path=str(path), kind="audio") from err


def probe(path: Path | str) -> AudioInfo:
    """Open ``path`` and describe its first audio track; typed errors for unusable files."""
    path = Path(path)
    size = _check_file(path)
    container = _open(path)
    try:
        if not container.streams.audio:
            if container.streams.video:
                raise NoAudioTrackError(path=str(path))
            raise NotAudioError(path=str(path), kind="audio")
        stream = container.streams.audio[0]
        duration = None
        if stream.duration is not None and stream.time_base is not None:
            duration = float(stream.duration * stream.time_base)
        elif container.duration is not None:
            duration = container.duration / 1_000_000
        if container.format.name == "wav":
            duration = _wav_declared_duration(path) or duration
        codec = stream.codec_context.name if stream.codec_context else "?"
        return AudioInfo(str(path), size, duration, int(stream.rate or 0),
                         int(stream.channels or 0), codec, container.format.name)
    finally:
        container.close()


class AudioStream:
    """Sequential 16 kHz mono float32 reader starting at ``start`` seconds.

    ``blocks()`` yields arrays of about ``block_seconds``. Decoding stops at the first
    damaged packet instead of failing: ``stopped_early`` is then True and ``position``
    says how far the good audio went. ``position`` always counts seconds from the start of
    the file (the resume offset included).
    """

    def __init__(self, path: Path | str, start: float = 0.0, block_seconds: float = 30.0) -> None:
        self.path = Path(path)
        self.info = probe(self.path)
        self.start = max(0.0, float(start))
        self.block_samples = max(1, int(block_seconds * SAMPLE_RATE))
        self.position = self.start
        self.stopped_early = False
        self.decode_error = ""

    def blocks(self) -> Iterator[np.ndarray]:
        container = _open(self.path)
        try:
            stream = container.streams.audio[0]
            stream.thread_type = "AUTO"
            first_time = 0.0
            if self.start > 0:
                try:
                    container.seek(int(self.start / stream.time_base), stream=stream, backward=True)
                except (av.error.FFmpegError, OverflowError, ZeroDivisionError, TypeError):
                    container.seek(0)
            resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
            pending: list[np.ndarray] = []
            pending_len = 0
            skip: int | None = None if self.start > 0 else 0
            for frame in self._frames(container, stream):
                if skip is None:  # first frame after a seek: drop audio before ``start``
                    first_time = float(frame.time) if frame.time is not None else 0.0
                    skip = max(0, round((self.start - first_time) * SAMPLE_RATE))
                for out in resampler.resample(frame):
                    data = out.to_ndarray().reshape(-1).astype(np.float32, copy=False)
                    if skip:
                        cut = min(skip, data.shape[0])
                        data, skip = data[cut:], skip - cut
                    if data.size:
                        pending.append(data)
                        pending_len += data.shape[0]
                while pending_len >= self.block_samples:
                    block, pending, pending_len = _take(pending, self.block_samples)
                    self.position += block.shape[0] / SAMPLE_RATE
                    yield block
            for out in resampler.resample(None):
                data = out.to_ndarray().reshape(-1).astype(np.float32, copy=False)
                if skip:
                    cut = min(skip, data.shape[0])
                    data, skip = data[cut:], skip - cut
                if data.size:
                    pending.append(data)
                    pending_len += data.shape[0]
            if pending_len:
                block = np.concatenate(pending)
                self.position += block.shape[0] / SAMPLE_RATE
                yield block
        finally:
            container.close()
        declared = self.info.duration
        if declared is not None and not self.stopped_early and self.position < declared - 1.0:
            # the header promised more than the file holds: a copy cut short
            self.stopped_early = True
            self.decode_error = "file ends before its declared length"

    def _frames(self, container: av.container.InputContainer, stream: av.AudioStream) -> Iterator[av.AudioFrame]:
        packets = container.demux(stream)
        while True:
            try:
                packet = next(packets)
            except StopIteration:
                return
            except av.error.FFmpegError as err:  # unreadable container data: stop here
                self.stopped_early, self.decode_error = True, str(err)
                return
            try:
                frames = packet.decode()
            except (av.error.InvalidDataError, av.error.FFmpegError) as err:
                self.stopped_early, self.decode_error = True, str(err)
                return
            yield from frames


def _wav_declared_duration(path: Path) -> float | None:
    """Length the WAV header promises (FFmpeg trusts the file size instead, hiding cut copies)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(12)
            if head[:4] != b"RIFF" or head[8:12] != b"WAVE":
                return None
            byte_rate = 0
            while chunk := fh.read(8):
                if len(chunk) < 8:
                    return None
                size = int.from_bytes(chunk[4:8], "little")
                if chunk[:4] == b"fmt ":
                    fmt = fh.read(size)
                    byte_rate = int.from_bytes(fmt[8:12], "little")
                    continue
                if chunk[:4] == b"data":
                    if not byte_rate or size in (0, 0xFFFFFFFF):  # streaming writers leave it unset
                        return None
                    return size / byte_rate
                fh.seek(size + (size & 1), os.SEEK_CUR)
    except OSError:
        return None
    return None


def _take(pending: list[np.ndarray], n: int) -> tuple[np.ndarray, list[np.ndarray], int]:
    joined = np.concatenate(pending) if len(pending) > 1 else pending[0]
    block, rest = joined[:n], joined[n:]
    return block, ([rest] if rest.size else []), int(rest.shape[0])


def decode_all(path: Path | str, start: float = 0.0, end: float | None = None) -> np.ndarray:
    """Whole (or part of) a file as one array; for short clips, tests and previews only."""
    stream = AudioStream(path, start=start)
    blocks: list[np.ndarray] = []
    limit = None if end is None else int((end - start) * SAMPLE_RATE)
    got = 0
    for block in stream.blocks():
        blocks.append(block)
        got += block.shape[0]
        if limit is not None and got >= limit:
            break
    audio = np.concatenate(blocks) if blocks else np.zeros(0, np.float32)
    return audio if limit is None else audio[:limit]


def quiet_cut(audio: np.ndarray, search_from: int, frame: int = 320, smooth: int = 15) -> int:
    """Index of the quietest moment in ``audio[search_from:]`` (for cutting windows).

    Cutting a long recording where nobody speaks keeps words whole across windows, so the
    windowed transcript matches one made of the whole file.
    """
    tail = audio[search_from:]
    n = tail.shape[0] // frame
    if n < 2:
        return audio.shape[0]
    energy = (tail[: n * frame].reshape(n, frame).astype(np.float64) ** 2).mean(axis=1)
    if n > smooth:
        energy = np.convolve(energy, np.ones(smooth) / smooth, mode="same")
    best = int(np.argmin(energy))
    return search_from + best * frame + frame // 2

"""Audio probing and streaming decode, including every hostile file the issue lists."""

from __future__ import annotations

import pickle
import subprocess
import wave
from pathlib import Path

import av
import numpy as np
import pytest

from desktop.engine.core.errors import CopydeskError, FileAccessError
from desktop.engine.transcription import audio

# --- helpers shared with the other transcription tests -------------------------------------

def write_wav(path: Path, samples: np.ndarray, rate: int = 16_000) -> Path:
    pcm = (np.clip(samples, -1, 1) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())
    return path


def encode(samples: np.ndarray, path: Path, codec: str, rate: int = 16_000, video: bool = False) -> Path:
    """Encode mono float samples with PyAV (optionally next to a small video track)."""
    out = av.open(str(path), "w")
    vstream = None
    if video:
        vstream = out.add_stream("mpeg4", rate=5)
        vstream.width, vstream.height, vstream.pix_fmt = 64, 48, "yuv420p"
    stream = out.add_stream(codec, rate=rate)
    stream.layout = "mono"
    fmt = stream.codec_context.codec.audio_formats[0].name
    frame_size = stream.codec_context.frame_size or 1024
    pcm = np.asarray(samples, dtype=np.float32)
    pts = 0
    for i in range(0, pcm.shape[0], frame_size):
        chunk = pcm[i:i + frame_size]
        frame = av.AudioFrame.from_ndarray(chunk.reshape(1, -1), format="flt", layout="mono")
        frame.sample_rate, frame.pts = rate, pts
        pts += chunk.shape[0]
        frame = av.AudioResampler(format=fmt, layout="mono", rate=rate).resample(frame)[0] if fmt != "flt" else frame
        for packet in stream.encode(frame):
            out.mux(packet)
    for packet in stream.encode(None):
        out.mux(packet)
    if vstream is not None:
        for _ in range(5):
            img = av.VideoFrame.from_ndarray(np.zeros((48, 64, 3), np.uint8), format="rgb24")
            for packet in vstream.encode(img):
                out.mux(packet)
        for packet in vstream.encode(None):
            out.mux(packet)
    out.close()
    return path


def silent_video(path: Path) -> Path:
    out = av.open(str(path), "w")
    stream = out.add_stream("mpeg4", rate=10)
    stream.width, stream.height, stream.pix_fmt = 64, 48, "yuv420p"
    for _ in range(10):
        img = av.VideoFrame.from_ndarray(np.zeros((48, 64, 3), np.uint8), format="rgb24")
        for packet in stream.encode(img):
            out.mux(packet)
    for packet in stream.encode(None):
        out.mux(packet)
    out.close()
    return path


def tone(seconds: float, freq: float = 440.0, rate: int = 16_000) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return (0.3 * np.sin(2 * np.pi * freq * t)).astype(np.float32)


# --- tests ---------------------------------------------------------------------------------

def test_probe_and_decode_a_speech_clip(fellow_clip: Path) -> None:
    with wave.open(str(fellow_clip), "rb") as w:
        frames = w.getnframes()
    info = audio.probe(fellow_clip)
    assert info.duration == pytest.approx(frames / 16_000, abs=0.01) and info.duration > 5
    assert info.sample_rate == 16_000 and info.channels == 1
    samples = audio.decode_all(fellow_clip)
    assert samples.dtype == np.float32 and samples.shape[0] == frames
    assert 0.01 < float(np.abs(samples).mean()) < 1.0


def test_decoding_from_an_offset_matches_the_full_decode(fellow_clip: Path) -> None:
    full = audio.decode_all(fellow_clip)
    part = audio.decode_all(fellow_clip, start=4.5)
    assert part.shape[0] == full.shape[0] - 72_000
    assert np.allclose(part, full[72_000:], atol=1e-6)


def test_blocks_have_the_requested_size_and_track_position(tmp_path: Path) -> None:
    path = write_wav(tmp_path / "t.wav", tone(7.3))
    stream = audio.AudioStream(path, block_seconds=2.0)
    sizes = [b.shape[0] for b in stream.blocks()]
    assert sizes[:3] == [32_000, 32_000, 32_000]
    assert sum(sizes) == int(7.3 * 16_000)
    assert stream.position == pytest.approx(7.3, abs=0.001)
    assert not stream.stopped_early


@pytest.mark.parametrize(("codec", "suffix"), [("flac", ".flac"), ("libopus", ".opus"), ("aac", ".m4a"),
                                               ("mp3", ".mp3"), ("libvorbis", ".ogg")])
def test_common_formats_decode(tmp_path: Path, codec: str, suffix: str) -> None:
    rate = 48_000 if codec == "libopus" else 16_000
    if codec in av.codecs_available:
        path = encode(tone(3.0, rate=rate), tmp_path / f"clip{suffix}", codec, rate=rate)
    else:  # PyAV's FFmpeg cannot write it (its wheels lack libvorbis); sox, a test tool, can
        path = tmp_path / f"clip{suffix}"
        subprocess.run(["sox", str(write_wav(tmp_path / "tone.wav", tone(3.0, rate=rate), rate)), str(path)],
                       check=True, capture_output=True, timeout=60)
    samples = audio.decode_all(path)
    assert samples.shape[0] / 16_000 == pytest.approx(3.0, abs=0.1)
    assert float(np.abs(samples).max()) > 0.1


def test_audio_track_of_a_video_is_used(tmp_path: Path) -> None:
    path = encode(tone(2.0), tmp_path / "interview.mp4", "aac", video=True)
    samples = audio.decode_all(path)
    assert samples.shape[0] / 16_000 == pytest.approx(2.0, abs=0.1)


def test_zero_byte_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.mp3"
    path.write_bytes(b"")
    with pytest.raises(audio.EmptyAudioError) as err:
        audio.probe(path)
    assert "0 bytes" in err.value.message("en") and "空" in err.value.message("zh_CN")


def test_text_file_renamed_mp3(tmp_path: Path) -> None:
    path = tmp_path / "notes.mp3"
    path.write_text("These are my interview notes, not audio.\n" * 20, "utf-8")
    with pytest.raises(audio.NotAudioError) as err:
        audio.probe(path)
    assert str(path) in err.value.message("en")
    assert err.value.hint("zh_CN")


def test_video_without_audio_track(tmp_path: Path) -> None:
    path = silent_video(tmp_path / "silent.mp4")
    with pytest.raises(audio.NoAudioTrackError) as err:
        audio.AudioStream(path)
    assert "no audio track" in err.value.message("en") and "音轨" in err.value.message("zh_CN")


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(audio.AudioFileMissingError):
        audio.probe(tmp_path / "gone.wav")
    with pytest.raises(FileAccessError):
        audio.probe(tmp_path)


@pytest.mark.parametrize("suffix", [".wav", ".mp3"])
def test_truncated_file_decodes_up_to_the_damage(tmp_path: Path, suffix: str) -> None:
    whole = tmp_path / f"whole{suffix}"
    if suffix == ".wav":
        write_wav(whole, tone(10.0))
    else:
        encode(tone(10.0), whole, "mp3")
    data = whole.read_bytes()
    cut = tmp_path / f"cut{suffix}"
    cut.write_bytes(data[: len(data) // 2])
    stream = audio.AudioStream(cut)
    got = sum(b.shape[0] for b in stream.blocks()) / 16_000
    assert 4.0 < got < 6.0
    assert stream.stopped_early
    assert stream.position == pytest.approx(got, abs=0.01)
    assert stream.info.duration == pytest.approx(10.0, abs=0.2)


def test_paths_with_spaces_cjk_and_emoji(tmp_path: Path) -> None:
    folder = tmp_path / "采访 录音 🎙"
    folder.mkdir()
    path = write_wav(folder / "市长 访谈 😀 final.wav", tone(1.5))
    assert audio.probe(path).duration == pytest.approx(1.5, abs=0.01)
    assert audio.decode_all(path).shape[0] == 24_000


def test_errors_cross_the_process_boundary(tmp_path: Path) -> None:
    path = tmp_path / "empty.wav"
    path.write_bytes(b"")
    with pytest.raises(CopydeskError) as err:
        audio.probe(path)
    again = pickle.loads(pickle.dumps(err.value))
    assert type(again) is audio.EmptyAudioError
    assert again.message("zh_CN") == err.value.message("zh_CN")


def test_quiet_cut_finds_the_pause() -> None:
    rate = 16_000
    signal = np.concatenate([tone(3.0), np.zeros(int(0.4 * rate), np.float32), tone(3.0)])
    cut = audio.quiet_cut(signal, search_from=rate * 2)
    assert 3.0 * rate < cut < 3.4 * rate

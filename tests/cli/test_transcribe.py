"""``copydesk transcribe``: outputs, progress on stderr, one-line errors and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import srt

from desktop.cli import main
from desktop.engine.core.text import clock
from tests.engine.transcription.test_audio import silent_video
from tests.speech import seconds

FAST = ["--model", "whisper-tiny.en", "--language", "en"]


def _one_line_error(err: str) -> str:
    lines = [line for line in err.splitlines() if line.startswith("copydesk:")]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def test_json_output_has_the_documented_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str], fellow_clip: Path) -> None:
    out = tmp_path / "jfk.json"
    assert main(["transcribe", str(fellow_clip), *FAST, "--format", "json", "--output", str(out)]) == 0
    data = json.loads(out.read_text("utf-8"))
    assert set(data) == {"language", "duration", "segments"} and data["language"] == "en"
    seg = data["segments"][0]
    assert set(seg) == {"start", "end", "speaker", "text", "words"}
    assert set(seg["words"][0]) == {"start", "end", "word", "probability"}
    captured = capsys.readouterr()
    assert captured.out.strip() == str(out)
    assert "100.0%" in captured.err
    length = clock(seconds(fellow_clip))
    assert f"{length}/{length}" in captured.err


def test_srt_into_a_folder_from_a_path_with_spaces_cjk_and_emoji(tmp_path: Path, fellow_clip: Path) -> None:
    folder = tmp_path / "采访 🎤 files"
    folder.mkdir()
    source = folder / "市长 interview 😀.wav"
    source.write_bytes(fellow_clip.read_bytes())
    out_dir = tmp_path / "exports 导出"
    out_dir.mkdir()
    assert main(["transcribe", str(source), *FAST, "--format", "srt", "--output", str(out_dir)]) == 0
    subs = list(srt.parse((out_dir / "市长 interview 😀.srt").read_text("utf-8")))
    assert "harbo" in " ".join(s.content for s in subs).lower()


def test_stdout_and_default_next_to_input(tmp_path: Path, capsys: pytest.CaptureFixture[str], fellow_clip: Path) -> None:
    source = tmp_path / "clip.wav"
    source.write_bytes(fellow_clip.read_bytes())
    assert main(["transcribe", str(source), *FAST, "--output", "-"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("[00:00:00] Speaker 1:") and "fellow citizens" in out
    assert main(["transcribe", str(source), *FAST, "--format", "vtt"]) == 0
    assert (tmp_path / "clip.vtt").read_text("utf-8").startswith("WEBVTT")


def _bad_inputs(tmp_path: Path) -> dict[str, Path]:
    empty = tmp_path / "empty.mp3"
    empty.write_bytes(b"")
    text = tmp_path / "notes.mp3"
    text.write_text("interview notes\n" * 50, "utf-8")
    return {"empty": empty, "text": text, "video": silent_video(tmp_path / "silent.mp4"),
            "missing": tmp_path / "nope.wav"}


@pytest.mark.parametrize(("kind", "expected"), [
    ("empty", "0 bytes"), ("text", "not an audio or video file"), ("video", "no audio track"),
    ("missing", "does not exist")])
def test_bad_input_exits_nonzero_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                               kind: str, expected: str) -> None:
    path = _bad_inputs(tmp_path)[kind]
    assert main(["transcribe", str(path), *FAST]) == 1
    line = _one_line_error(capsys.readouterr().err)
    assert expected in line and str(path) in line


def test_bad_file_among_good_ones_still_transcribes_the_good(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str], fellow_clip: Path) -> None:
    good = tmp_path / "good.wav"
    good.write_bytes(fellow_clip.read_bytes())
    bad = _bad_inputs(tmp_path)["text"]
    assert main(["transcribe", str(bad), str(good), *FAST, "--output", str(tmp_path)]) == 1
    assert (tmp_path / "good.txt").exists()
    _one_line_error(capsys.readouterr().err)


def test_unwritable_output_fails_before_transcribing(tmp_path: Path, capsys: pytest.CaptureFixture[str], fellow_clip: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["transcribe", str(fellow_clip), *FAST, "--output", str(blocker / "out.txt")]) == 1
    err = capsys.readouterr().err
    assert "Cannot access" in _one_line_error(err) and "%" not in err  # no progress: nothing started
    assert main(["transcribe", str(fellow_clip), *FAST, "--format", "docx", "--output", "-"]) == 1


def test_unknown_and_corrupt_model(tmp_path: Path, capsys: pytest.CaptureFixture[str], fellow_clip: Path) -> None:
    assert main(["transcribe", str(fellow_clip), "--model", "whisper-gigantic"]) == 1
    assert "whisper-gigantic" in _one_line_error(capsys.readouterr().err)
    broken = tmp_path / "model"
    broken.mkdir()
    (broken / "model.bin").write_bytes(b"\0" * 100)
    (broken / "config.json").write_text("{}")
    assert main(["transcribe", str(fellow_clip), "--model", str(broken)]) == 1
    assert "could not be loaded" in _one_line_error(capsys.readouterr().err)


def test_truncated_file_exit_code_3_and_partial_output(tmp_path: Path, capsys: pytest.CaptureFixture[str], fellow_clip: Path) -> None:
    cut = tmp_path / "cut.wav"
    data = fellow_clip.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    assert main(["transcribe", str(cut), *FAST, "--output", str(tmp_path / "cut.txt")]) == 3
    kept = (len(data) // 2 - 44) / 2 / 16_000  # 16-bit mono samples after the 44-byte header
    assert f"damaged after {clock(kept)}" in capsys.readouterr().err
    assert "fellow" in (tmp_path / "cut.txt").read_text("utf-8").lower()


def test_speaker_count_is_auto_or_a_number(tmp_path: Path, capsys: pytest.CaptureFixture[str], fellow_clip: Path) -> None:
    from desktop.engine.library.store import Store
    from desktop.engine.transcription.transcripts import TranscriptStore

    out = tmp_path / "auto.srt"
    assert main(["transcribe", str(fellow_clip), *FAST, "--speakers", "auto", "--output", str(out)]) == 0
    assert "fellow citizens" in out.read_text("utf-8")
    store = Store()
    try:
        [record] = TranscriptStore(store).list()
        assert record.options["speakers"] == 0  # the voices decide, as the app's "auto" import choice
    finally:
        store.close()
    for bad in ("12", "two", "-1"):
        with pytest.raises(SystemExit) as stop:
            main(["transcribe", str(fellow_clip), "--speakers", bad])
        assert stop.value.code == 2 and "give 'auto' or 1 to 9" in capsys.readouterr().err

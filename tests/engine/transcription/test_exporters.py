"""Transcript exports, checked by reading them back with the formats' own libraries."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import srt
import webvtt
from docx import Document

from desktop.engine.core.errors import FileAccessError
from desktop.engine.core.plugins import PluginAPI, PluginRegistry
from desktop.engine.transcription import exporters
from desktop.engine.transcription.transcripts import Segment, Transcript, Word


def _transcript() -> Transcript:
    segs = [
        Segment(0, 0.0, 2.5, "Where were you on Monday?", "Reporter",
                [Word(0.0, 0.4, " Where", 0.98), Word(0.4, 0.7, " were", 0.97), Word(0.7, 1.0, " you", 0.99),
                 Word(1.0, 1.4, " on", 0.95), Word(1.4, 2.5, " Monday?", 0.42)]),
        Segment(1, 3.25, 65.5, "我在港口办公室。", "Mayor Li",
                [Word(3.25, 4.0, "我在", 0.9), Word(4.0, 5.0, "港口", 0.3), Word(5.0, 65.5, "办公室。", 0.8)]),
        Segment(2, 66.0, 3725.75, "All day, <b>honestly</b>.", "Mayor Li", []),
    ]
    return Transcript(7, "mayor interview", "zh", "whisper-base", 3726.0, "done",
                      {"names": ["Reporter", "Mayor Li"]}, {"speaker_method": "pause-heuristic"},
                      "/rec/mayor.m4a", segs)


def test_srt_reads_back_with_the_srt_library() -> None:
    subs = list(srt.parse(exporters.to_srt(_transcript())))
    assert [s.index for s in subs] == [1, 2, 3, 4]
    assert subs[0].content == "Reporter: Where were you on Monday?"
    # a cue ends before a word that would keep it on screen past 7 s; the speaker is named once
    assert (subs[1].start.total_seconds(), subs[1].end.total_seconds(), subs[1].content) == (3.25, 5.0, "Mayor Li: 我在港口")
    assert (subs[2].start.total_seconds(), subs[2].end.total_seconds(), subs[2].content) == (5.0, 65.5, "办公室。")
    assert subs[3].content == "All day, <b>honestly</b>." and subs[3].end.total_seconds() == 3725.75


def test_vtt_reads_back_with_webvtt() -> None:
    captions = list(webvtt.from_string(exporters.to_vtt(_transcript())))
    assert len(captions) == 4
    assert captions[1].start == "00:00:03.250" and captions[3].end == "01:02:05.750"
    assert captions[1].voice == captions[2].voice == "Mayor Li" and "港口" in captions[1].text


def test_txt_has_timestamps_and_speakers() -> None:
    lines = exporters.to_txt(_transcript()).splitlines()
    assert lines[0] == "[00:00:00] Reporter: Where were you on Monday?"
    assert lines[1] == ""  # speaker changed
    assert lines[2] == "[00:00:03] Mayor Li: 我在港口办公室。"
    assert lines[3] == "[00:01:06] Mayor Li: All day, <b>honestly</b>."


def test_json_has_the_documented_shape() -> None:
    data = json.loads(exporters.to_json(_transcript()))
    assert set(data) == {"language", "duration", "segments"}
    assert data["language"] == "zh" and data["duration"] == 3726.0
    seg = data["segments"][0]
    assert set(seg) == {"start", "end", "speaker", "text", "words"}
    assert seg["words"][4] == {"start": 1.4, "end": 2.5, "word": " Monday?", "probability": 0.42}
    assert data["segments"][1]["text"] == "我在港口办公室。"


def test_docx_is_an_interview_transcript(tmp_path: Path) -> None:
    path = exporters.export(_transcript(), "docx", tmp_path / "out.docx")
    doc = Document(str(path))
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == "mayor interview"
    assert any("guessed" in t for t in texts)
    turns = [t for t in texts if t.startswith("[")]
    assert turns == ["[00:00:00] Reporter: Where were you on Monday?",
                     "[00:00:03] Mayor Li: 我在港口办公室。All day, <b>honestly</b>."]
    bold = [r.text for p in doc.paragraphs for r in p.runs if r.bold]
    assert bold == ["Reporter: ", "Mayor Li: "]


def test_single_speaker_subtitles_have_no_prefix() -> None:
    tr = _transcript()
    for seg in tr.segments:
        seg.speaker = "Speaker 1"
    assert next(iter(srt.parse(exporters.to_srt(tr)))).content == "Where were you on Monday?"


def test_unwritable_output_is_a_typed_error_and_leaves_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(FileAccessError) as err:
        exporters.export(_transcript(), "srt", blocker / "out.srt")
    assert str(blocker / "out.srt") in err.value.message("en")
    with pytest.raises(FileAccessError):
        exporters.export(_transcript(), "txt", tmp_path / "missing" / "out.txt")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_unknown_format() -> None:
    with pytest.raises(ValueError):
        exporters.render(_transcript(), "pdf")


def test_exporters_register_through_the_plugin_api(tmp_path: Path) -> None:
    from desktop.plugins import exporters as builtin_exporters

    registry = PluginRegistry()
    builtin_exporters.register(PluginAPI(registry, "builtin"))
    names = sorted(registry.exporters)
    assert names == ["transcript-docx", "transcript-json", "transcript-srt", "transcript-txt", "transcript-vtt"]
    exporter = registry.exporters["transcript-vtt"]
    assert exporter.kind == "transcript" and exporter.extension == ".vtt"
    out = exporter.write(_transcript(), tmp_path / f"x{exporter.extension}")
    assert out.read_text("utf-8").startswith("WEBVTT")

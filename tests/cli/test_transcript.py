"""``copydesk transcript list|export`` and the empty-result warning of ``copydesk transcribe``."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import srt
from docx import Document

from desktop.cli import main
from desktop.engine.library.store import Store
from desktop.engine.transcription import edit as edits
from desktop.engine.transcription.transcripts import Segment, TranscriptStore, Word
from tests.speech import join_files as join
from tests.speech import needs_espeak, speak, synth


def _edited_transcript() -> int:
    store = Store()
    try:
        ts = TranscriptStore(store)
        tid = ts.create(asset_id=None, title="harbour.wav", language="en", model="whisper-base", duration=9.0)
        ts.add_segment(tid, Segment(0, 0.0, 3.0, "Where were you on Tuesday?", "Speaker 1", [
            Word(0.0, 0.5, " Where", 0.9), Word(0.5, 1.0, " were", 0.9), Word(1.0, 1.5, " you", 0.9),
            Word(1.5, 2.0, " on", 0.9), Word(2.0, 3.0, " Tuesday?", 0.9)]))
        ts.add_segment(tid, Segment(1, 3.5, 9.0, "At the harbour with Mr Lee.", "Speaker 2", [
            Word(3.5, 4.0, " At", 0.9), Word(4.0, 4.5, " the", 0.9), Word(4.5, 5.5, " harbour", 0.9),
            Word(5.5, 6.0, " with", 0.9), Word(6.0, 6.5, " Mr", 0.9), Word(6.5, 9.0, " Leigh.", 0.2)]))
        ts.rename_speaker(tid, "Speaker 2", "Harbour master")
        edits.correct_word(ts, tid, 1, 5, "Lee.")
        return tid
    finally:
        store.close()


def test_list_shows_honest_states(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["transcript", "list"]) == 0
    assert "No transcripts yet" in capsys.readouterr().out
    tid = _edited_transcript()
    store = Store()
    TranscriptStore(store).update(tid, status="cancelled")
    store.close()
    assert main(["transcript", "list"]) == 0
    line = capsys.readouterr().out.strip()
    assert line.split("\t")[:2] == [str(tid), "cancelled, can resume"]
    assert "Speaker 1, Harbour master" in line and line.endswith("harbour.wav")


def test_export_carries_renames_and_corrections_in_every_format(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    tid = _edited_transcript()
    assert main(["transcript", "export", str(tid), "--format", "srt"]) == 0
    subs = list(srt.parse(capsys.readouterr().out))
    assert subs[1].content == "Harbour master: At the harbour with Mr Lee."
    assert subs[1].start.total_seconds() == 3.5
    assert main(["transcript", "export", str(tid), "--format", "vtt", "-o", str(tmp_path / "h.vtt")]) == 0
    assert "<v Harbour master>At the harbour with Mr Lee." in (tmp_path / "h.vtt").read_text("utf-8")
    assert main(["transcript", "export", str(tid), "--format", "json", "-o", str(tmp_path)]) == 0
    data = json.loads((tmp_path / "harbour.json").read_text("utf-8"))
    lee = data["segments"][1]["words"][-1]
    assert (lee["word"], lee["start"], lee["end"], lee["probability"]) == (" Lee.", 6.5, 9.0, 1.0)
    assert main(["transcript", "export", str(tid), "--format", "txt", "-o", str(tmp_path / "h.txt")]) == 0
    assert "[00:00:03] Harbour master: At the harbour with Mr Lee." in (tmp_path / "h.txt").read_text("utf-8")
    assert main(["transcript", "export", str(tid), "--format", "docx", "-o", str(tmp_path / "h.docx")]) == 0
    paragraphs = [p.text for p in Document(str(tmp_path / "h.docx")).paragraphs]
    assert "[00:00:03] Harbour master: At the harbour with Mr Lee." in paragraphs


def test_export_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["transcript", "export", "99", "--format", "srt"]) == 1
    assert capsys.readouterr().err.strip() == "copydesk: Transcript 99 does not exist."
    tid = _edited_transcript()
    assert main(["transcript", "export", str(tid), "--format", "docx", "-o", "-"]) == 1
    assert "DOCX cannot be written to the terminal" in capsys.readouterr().err
    assert main(["transcript", "export", str(tid), "-o", str(tmp_path / "missing" / "x.txt")]) == 1
    assert "folder does not exist" in capsys.readouterr().err


@needs_espeak
def test_transcribe_warns_about_lost_sound_and_fails_on_an_empty_result(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    fast = ["--model", "whisper-tiny.en", "--language", "en", "--speakers", "1"]
    said = speak(tmp_path, "said.wav", "The council voted on the harbour budget today.")
    clip = join(tmp_path, "clip.wav", said, synth(tmp_path, "noise.wav", 14), said)
    assert main(["transcribe", str(clip), *fast, "--format", "srt", "-o", str(tmp_path / "clip.srt")]) == 0
    err = capsys.readouterr().err
    assert re.search(r"copydesk: 0:0[23]–0:1[67] has sound but no text", err), err
    assert err.count("copydesk transcript rerun 1") == 1
    hum = synth(tmp_path, "hum.wav", 12, "brownnoise")
    assert main(["transcribe", str(hum), *fast, "--format", "srt", "-o", str(tmp_path / "hum.srt")]) == 4
    err = capsys.readouterr().err
    assert "no speech was recognised" in err and "0:00–0:12 has sound but no text" in err
    assert not (tmp_path / "hum.srt").exists()


@needs_espeak
def test_rerun_listens_again_to_the_reported_ranges(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    said = speak(tmp_path, "said.wav", "The council voted on the harbour budget today.")
    clip = join(tmp_path, "clip.wav", synth(tmp_path, "pad.wav", 1, "silence"), said, said)
    store = Store()
    try:
        ts = TranscriptStore(store)
        tid = ts.create(asset_id=ts.add_asset(clip), title="clip.wav", language="en", model="whisper-tiny.en",
                        duration=7.0, options={"dropped": [{"start": 0.0, "end": 7.0, "loud_share": 0.9,
                                                            "rerun": ""}], "threads": 2})
        ts.update(tid, status="done")
    finally:
        store.close()
    assert main(["transcript", "rerun", str(tid)]) == 0
    out = capsys.readouterr().out
    assert re.search(r"0:00–0:07: [1-9]\d* segment\(s\) recognised", out), out
    assert main(["transcript", "export", str(tid), "--format", "txt"]) == 0
    assert "council" in capsys.readouterr().out.lower()
    assert main(["transcript", "rerun", str(tid)]) == 0  # heard now: nothing left to re-run
    assert "Nothing to re-run" in capsys.readouterr().out

"""Record panel through its API state: a WAV file stands in for the microphone (no sound card here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.engine.transcription import recording
from desktop.engine.transcription.pcm import WavFileSource
from desktop.engine.transcription.transcripts import TranscriptStore
from tests.speech import SENTENCES, needs_espeak
from tests.speech import interview_wav as interview


@pytest.fixture
def panel(qtbot, app_context, editor_on):
    from desktop.ui.recorder_panel import create_panel

    app_context.settings.asr_model = "whisper-tiny.en"
    app_context.settings.transcribe_language = "en"
    app_context.settings.cpu_threads = 2
    doc = app_context.store.create_document("Harbour story", "")
    editor_on(doc, "")
    widget = create_panel(app_context)
    widget.ask_consent = lambda: False
    qtbot.addWidget(widget)
    widget.show()
    widget.doc = doc
    return widget


def test_no_microphone_is_said_in_words(panel) -> None:
    assert panel.mic.count() == 1 and panel.mic.currentData() is None
    assert panel.start_recording() is False
    assert panel.state == "failed" and "microphone" in panel.status.text().lower()
    assert panel.recorder is None


@needs_espeak
def test_record_live_then_final_transcript(qtbot, panel, app_context, tmp_path: Path) -> None:
    source = interview(tmp_path / "speech.wav", SENTENCES[:3])
    from desktop.engine.transcription.glossary import Glossary

    Glossary(app_context.store).add(panel.doc.id, "Adeyemi", "name")
    asked = []
    panel.ask_consent = lambda: asked.append(1) or False
    assert panel.start_recording(WavFileSource(source, speed=2.0)) is True
    assert panel.state == "recording" and panel.record_button.text().startswith("■")
    qtbot.waitUntil(lambda: panel.recorder is None or panel.recorder.seconds > 1.0, timeout=10_000)
    qtbot.waitUntil(lambda: panel.meter.value() > -60 or panel.recorder is None, timeout=10_000)
    assert panel.elapsed.text() != "0:00" or panel.recorder is None
    qtbot.waitUntil(lambda: bool(panel.live_segments), timeout=60_000)
    qtbot.waitUntil(lambda: panel.state == "done", timeout=120_000)  # the source ended: stop, final pass
    assert asked == [1] and app_context.settings.voiceprint_consent == "no"
    tr = TranscriptStore(app_context.store).get(panel.transcript_id)
    assert tr.status == "done" and "bridge" in " ".join(s.text for s in tr.segments).lower()
    assert "Adeyemi" in tr.options["vocabulary"]  # the story glossary went to whisper
    assert panel.open_button.isVisible()
    assert recording.read_state(panel.last_path).finished and tr.title == panel.last_path.name
    assert panel.start_recording(WavFileSource(source, speed=50.0))
    assert asked == [1]  # asked once only
    panel.stop_recording()


def test_interrupted_recording_is_recovered_and_offered(qtbot, app_context, tmp_path: Path) -> None:
    from desktop.ui.recorder_panel import RecorderPanel

    folder = recording.recordings_dir()
    path = folder / "Recording crash.wav"
    writer = recording.ChunkWriter(path, sync_seconds=60)
    writer.write(b"\x00\x01" * 32_000)
    recording.write_state(recording.RecordingState(path=str(path), started=0.0))  # never marked finished
    widget = RecorderPanel(app_context)
    qtbot.addWidget(widget)
    assert widget.recovered == [path]
    assert recording.read_state(path).finished and recording.read_state(path).seconds == pytest.approx(2.0)
    assert widget.recovered_box.count() == 1


def test_suggestions_rename_the_speaker(qtbot, panel, app_context) -> None:
    from desktop.engine.transcription.transcripts import Segment

    ts = TranscriptStore(app_context.store)
    tid = ts.create(asset_id=None, title="t", language="en", model="m", duration=3.0)
    ts.add_segment(tid, Segment(0, 0.0, 1.0, "Hello.", "Speaker 1", []))
    panel.transcript_id = tid
    panel.show_suggestions({"Speaker 1": {"name": "Amina Yusuf", "score": 0.8}})
    assert panel.suggestion_box.count() == 1
    assert panel.apply_suggestion("Speaker 1", "Amina Yusuf") == 1
    assert ts.speaker_names(tid) == ["Amina Yusuf"]


def test_menu_actions_and_glossary_needs_a_story(panel, app_context) -> None:
    names = [a.text() for a in panel.menu_actions()]
    assert names == ["Record interview…", "Story glossary…"]
    app_context.current_document_id = lambda: None
    panel.edit_glossary()
    assert "story" in panel.status.text().lower()


def test_voice_consent_in_settings_deletes_prints_when_withdrawn(panel, app_context) -> None:
    from desktop.engine.core.settings import load_settings
    from desktop.engine.transcription import voiceprints

    ts = TranscriptStore(app_context.store)
    tid = ts.create(asset_id=None, title="t", language="en", model="m", duration=3.0)
    import numpy as np

    voiceprints.save_voices(app_context.store, tid, {"Speaker 1": (np.ones(192, np.float32), 20)})
    app_context.settings.voiceprint_consent = "yes"
    ((_page, title),) = panel.settings_pages()
    assert title == "Voices"
    assert panel._consent_box.isChecked()
    panel._consent_box.setChecked(False)
    panel.settings_changed()
    assert app_context.settings.voiceprint_consent == "no"
    assert load_settings().settings.voiceprint_consent == "no"
    assert app_context.store.query("SELECT COUNT(*) FROM voiceprints")[0][0] == 0

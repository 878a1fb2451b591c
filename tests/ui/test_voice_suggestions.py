"""Voice suggestions for an imported file: shown in the transcript panel as the record panel shows them."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.engine.transcription.transcripts import Segment, TranscriptStore


@pytest.fixture
def panel(qtbot, app_context):
    from desktop.engine.core.settings import save_settings
    from desktop.ui.transcript_view import create_panel

    settings = app_context.settings
    settings.asr_model, settings.transcribe_language, settings.cpu_threads = "whisper-tiny.en", "en", 2
    settings.voiceprint_consent = "yes"  # the job (a child process) reads it from the settings file
    save_settings(settings)
    widget = create_panel(app_context)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _transcribe(qtbot, panel, clip: Path) -> int:
    before = len(panel.queue)
    panel.enqueue([clip])
    qtbot.waitUntil(lambda: len(panel.queue) > before and all(r.finished for r in panel.queue), timeout=180_000)
    row = panel.queue[-1]
    assert row.status.text() == "Done", row.status.text()
    return int(row.transcript_id)


def test_an_imported_file_offers_the_name_heard_in_an_earlier_transcript(qtbot, panel, fellow_clip: Path) -> None:
    ts = TranscriptStore(panel.ctx.store)
    first = _transcribe(qtbot, panel, fellow_clip)
    assert not panel.voice_suggestions.isVisible()  # nobody named yet: nothing to suggest
    label = ts.speaker_names(first)[0]
    panel.rename_speaker(label, "Amina Yusuf")  # the print is renamed with the speaker
    second = _transcribe(qtbot, panel, fellow_clip)  # the same voice, imported again
    assert second != first and panel.transcript_id == second
    stored = ts.get(second, with_segments=False).options["speaker_suggestions"]
    assert [info["name"] for info in stored.values()] == ["Amina Yusuf"]
    label = next(iter(stored))
    button = panel.voice_suggestions.buttons[label]
    assert panel.voice_suggestions.isVisible() and button.isVisible()
    assert button.text() == f"{label} sounds like Amina Yusuf — name them"

    from desktop.ui.transcript_view import create_panel  # after a restart the offer is still there

    again = create_panel(panel.ctx)
    qtbot.addWidget(again)
    again.show_transcript(second)
    assert list(again.voice_suggestions.buttons) == [label]
    again.close()

    button.click()
    assert "Amina Yusuf:" in panel.view.toPlainText() and f"{label}:" not in panel.view.toPlainText()
    assert ts.speaker_names(second) == ["Amina Yusuf"]
    assert not panel.voice_suggestions.isVisible()
    panel.show_transcript(first)
    panel.show_transcript(second)
    assert not panel.voice_suggestions.buttons  # applied: not offered again


def test_stale_suggestions_are_not_offered(qtbot, panel) -> None:
    ts = TranscriptStore(panel.ctx.store)
    tid = ts.create(asset_id=None, title="t", language="en", model="m", duration=3.0,
                    options={"speaker_suggestions": {"Speaker 1": {"name": "Bo Chen", "score": 0.8},
                                                     "Speaker 2": {"name": "Amina Yusuf", "score": 0.9},
                                                     "Speaker 3": {"name": "Li Wei", "score": 0.8}}})
    ts.add_segment(tid, Segment(0, 0.0, 1.0, "Hello.", "Speaker 1", []))
    ts.add_segment(tid, Segment(1, 1.0, 2.0, "Hi.", "Bo Chen", []))  # the name is already used
    ts.add_segment(tid, Segment(2, 2.0, 3.0, "Yes.", "Speaker 3", []))
    panel.show_transcript(tid)
    assert list(panel.voice_suggestions.buttons) == ["Speaker 3"]  # Speaker 2 no longer in the transcript

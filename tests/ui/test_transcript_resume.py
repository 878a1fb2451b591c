"""Import options, Resume after Cancel or a crash, the last transcript after a restart, honest states."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.engine.core.events import SegmentSaved
from desktop.engine.core.jobs import CancelToken
from desktop.engine.transcription.transcribe import transcribe_file
from desktop.engine.transcription.transcripts import TranscriptStore
from tests.speech import join_files as join
from tests.speech import needs_espeak, speak, synth

LINES = ["The council met on Monday to discuss the harbour.", "Residents asked about the new ferry timetable.",
         "The mayor promised an answer by the end of the month."]


@pytest.fixture
def make_panel(qtbot, app_context):
    from desktop.ui.transcript_view import create_panel

    app_context.settings.asr_model = "whisper-tiny.en"
    app_context.settings.transcribe_language = "en"
    app_context.settings.cpu_threads = 2

    def make():
        widget = create_panel(app_context)
        qtbot.addWidget(widget)
        widget.show()
        return widget

    return make


def _interview(tmp_path: Path) -> Path:
    parts = []
    for n, line in enumerate(LINES):
        parts += [speak(tmp_path, f"l{n}.wav", line), synth(tmp_path, f"p{n}.wav", 1.0, "silence")]
    return join(tmp_path, "interview.wav", *parts)


def _crash_after_first_segment(ctx, path: Path) -> int:
    """What a killed job leaves: status 'running' and the segments it had finished."""
    options = {"model": "whisper-tiny.en", "language": "en", "threads": 2, "voices": False, "speakers": 1,
               "window_seconds": 6.0}
    job = transcribe_file(CancelToken(), path=str(path), options=options, store_path=str(ctx.store.path))
    for event in job:
        if isinstance(event.data, SegmentSaved):
            tid = event.data.transcript_id
            job.close()
            return tid
    raise AssertionError("no segment")


def test_import_options_dialog_sets_language_and_speakers(qtbot) -> None:
    from desktop.engine.transcription.transcribe import TranscribeOptions
    from desktop.ui.import_options import ImportChoice, ImportOptionsDialog

    dialog = ImportOptionsDialog(["a.wav", "b.wav"], "zh")
    qtbot.addWidget(dialog)
    assert dialog.choice() == ImportChoice("zh", 0)
    assert [dialog.speakers.itemText(i) for i in range(dialog.speakers.count())][:3] == [
        "Detect automatically", "1 speaker (no speaker labels)", "Up to 2 speakers"]
    assert dialog.speakers.count() == 7
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.speakers.setCurrentIndex(dialog.speakers.findData(3))
    opts = dialog.choice().apply(TranscribeOptions(model="whisper-base", beam_size=3))
    assert (opts.language, opts.speakers, opts.model, opts.beam_size) == ("en", 3, "whisper-base", 3)


@needs_espeak
def test_a_crash_is_offered_for_resume_on_the_next_start(qtbot, make_panel, app_context, tmp_path: Path) -> None:
    clip = _interview(tmp_path)
    tid = _crash_after_first_segment(app_context, clip)
    ts = TranscriptStore(app_context.store)
    saved = len(ts.segments(tid))
    assert ts.get(tid, with_segments=False).status == "running" and saved >= 1
    panel = make_panel()  # the app starts again
    assert panel.transcript_id == tid and panel.view.toPlainText()  # not blank
    assert panel.picker.currentText().endswith("(interrupted, can resume)")
    assert not panel.resume_offer.isHidden() and panel.resume_pending()  # the main window raises the panel
    assert panel.resume_offer.label.text().startswith("Transcription of “interview.wav” was interrupted at 0:0")
    panel.resume_offer.resume_button.click()
    assert not panel.resume_pending() and panel.resume_offer.isHidden()
    assert panel.picker.currentText().endswith("(transcribing)")
    qtbot.waitUntil(lambda: all(r.finished for r in panel.queue), timeout=120_000)
    tr = ts.get(tid)
    assert tr.status == "done" and panel.queue[0].status.text() == "Done"
    text = tr.text.lower()
    assert "ask" in text and "month" in text and text.count("council") == 1  # resumed, not started over
    assert [s.idx for s in tr.segments] == list(range(len(tr.segments)))
    assert panel.picker.currentText().endswith("(done)") and panel.resume_button.isHidden()


@needs_espeak
def test_last_transcript_is_shown_after_restart(make_panel, app_context, tmp_path: Path) -> None:
    from tests.ui.test_transcript_editing import _sample

    first, second = _sample(app_context), _sample(app_context)
    panel = make_panel()
    panel.show_transcript(first)
    again = make_panel()
    assert again.transcript_id == first and "Newark" in again.view.toPlainText()
    assert again.picker.currentData() == first and second != first
    assert again.resume_offer.isHidden()


def test_states_and_speaker_labels_in_chinese(qtbot, qapp, make_panel, app_context) -> None:
    from desktop.engine.core import i18n
    from desktop.ui.app import install_translators
    from tests.ui.test_transcript_editing import _sample

    tid = _sample(app_context)
    TranscriptStore(app_context.store).update(tid, status="cancelled")
    translators = install_translators(qapp, "zh_CN")
    i18n.set_language("zh_CN")
    try:
        assert translators, "build desktop/ui/i18n/copydesk_zh_CN.qm first (make does)"
        panel = make_panel()
        assert panel.picker.currentText() == "harbour (已取消，可继续)"
        assert panel.view.toPlainText().splitlines()[0] == "[0:00] 说话人1: The mayor of Newark spoke."
        assert (panel.resume_button.text(), panel.export_button.text()) == ("继续转写", "导出…")
        assert panel.playback.time.text() == "0:00 / 0:00"
    finally:
        for t in translators:
            qapp.removeTranslator(t)
        i18n.set_language("en")

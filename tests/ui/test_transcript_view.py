"""Transcript panel: queue with real transcription, words tied to audio, speakers, send to draft."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent, QTextCharFormat, QTextCursor

from desktop.engine.transcription.transcripts import Segment, TranscriptStore, Word


@pytest.fixture
def panel(qtbot, app_context, editor_on):
    from desktop.ui.transcript_view import create_panel

    app_context.settings.asr_model = "whisper-tiny.en"
    app_context.settings.transcribe_language = "en"
    app_context.settings.cpu_threads = 2
    doc = app_context.store.create_document("Story", "Intro.\n")
    editor_on(doc, doc.body)
    widget = create_panel(app_context)
    qtbot.addWidget(widget)
    widget.show()
    widget.doc_id = doc.id
    return widget


def _sample(ctx, fellow_clip: Path) -> int:
    ts = TranscriptStore(ctx.store)
    tid = ts.create(asset_id=ts.add_asset(fellow_clip), title="harbour", language="en", model="m", duration=9.0)
    ts.add_segment(tid, Segment(0, 0.0, 2.0, "Where were you?", "Speaker 1", [
        Word(0.0, 0.5, " Where", 0.9), Word(0.5, 1.0, " were", 0.3), Word(1.0, 2.0, " you?", 0.95)]))
    ts.add_segment(tid, Segment(1, 2.5, 4.0, "At the harbour.", "Speaker 2", [
        Word(2.5, 3.0, " At", 0.9), Word(3.0, 3.5, " the", 0.9), Word(3.5, 4.0, " harbour.", 0.45)]))
    return tid


def test_low_confidence_words_are_marked_and_click_plays_from_the_word(qtbot, panel, fellow_clip: Path) -> None:
    panel.show_transcript(_sample(panel.ctx, fellow_clip))
    view = panel.view
    assert view.toPlainText().splitlines() == ["[0:00] Speaker 1: Where were you?", "[0:02] Speaker 2: At the harbour."]
    marked = []
    for spot in view.spots:
        cursor = QTextCursor(view.document())
        cursor.setPosition(spot.pos + 1)
        if cursor.charFormat().underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline:
            marked.append(view.toPlainText()[spot.pos:spot.end])
    assert marked == ["were", "harbour."]
    harbour = view.spots[-1]
    cursor = QTextCursor(view.document())
    cursor.setPosition(harbour.pos + 2)
    point = view.cursorRect(cursor).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert panel.player.requested == pytest.approx(3.5)
    assert panel.player.path == fellow_clip


def test_current_word_is_highlighted_while_playing(panel, fellow_clip: Path) -> None:
    panel.show_transcript(_sample(panel.ctx, fellow_clip))
    panel.player.sig_position.emit(3.1)  # what QMediaPlayer reports while playing
    selections = panel.view.extraSelections()
    assert len(selections) == 1
    assert selections[0].cursor.selectedText() == "the"
    panel.player.sig_position.emit(9.0)  # past the last word: nothing highlighted
    assert panel.view.extraSelections() == []


def test_keyboard_controls_speed_and_skip(qtbot, panel, fellow_clip: Path) -> None:
    panel.show_transcript(_sample(panel.ctx, fellow_clip))
    panel.view.setFocus()
    for _ in range(6):
        qtbot.keyClick(panel.view, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier)
    assert panel.player.rate() == 2.0 and panel.speed.currentText() == "2×"
    for _ in range(8):
        qtbot.keyClick(panel.view, Qt.Key.Key_BracketLeft, Qt.KeyboardModifier.ControlModifier)
    assert panel.player.rate() == 0.75
    panel.player.requested = 0.0
    qtbot.keyClick(panel.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert panel.player.requested == pytest.approx(5.0)
    qtbot.keyClick(panel.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert panel.player.requested == pytest.approx(0.0)


def test_queue_transcribes_streams_and_reports_bad_files(qtbot, panel, tmp_path: Path, fellow_clip: Path) -> None:
    bad = tmp_path / "notes.mp3"
    bad.write_text("not audio at all\n" * 10)
    gaps: list[float] = []
    last = [time.monotonic()]

    def tick() -> None:
        now = time.monotonic()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    panel.enqueue([fellow_clip, bad])
    qtbot.waitUntil(lambda: all(r.finished for r in panel.queue), timeout=90_000)
    timer.stop()
    good_row, bad_row = panel.queue
    assert good_row.status.text() == "Done" and good_row.bar.value() == 1000
    assert "not an audio or video file" in bad_row.status.text()
    assert "fellow citizens" in panel.view.toPlainText()
    assert len(panel.view.spots) > 15
    assert panel.picker.count() == 1
    print(f"worst event-loop stall while transcribing: {max(gaps) * 1000:.0f} ms")
    assert max(gaps) < 0.25


def test_cancel_from_the_queue_keeps_what_was_done(qtbot, panel, tmp_path: Path, fellow_clip: Path) -> None:
    import numpy as np

    from desktop.engine.transcription import audio
    from tests.engine.transcription.test_audio import write_wav

    clip = audio.decode_all(fellow_clip)
    long_file = write_wav(tmp_path / "long interview.wav", np.concatenate([clip, np.zeros(8000, np.float32)] * 5))
    panel.enqueue([long_file])
    qtbot.waitUntil(lambda: len(panel.view.spots) > 0, timeout=60_000)
    row = panel.queue[0]
    row.cancel.click()
    started = time.monotonic()
    qtbot.waitUntil(lambda: row.finished, timeout=5_000)
    assert time.monotonic() - started < 1.5
    assert row.status.text().startswith("Cancelled")
    tid = panel.transcript_id
    kept = TranscriptStore(panel.ctx.store).get(tid)
    assert kept.status == "cancelled" and kept.segments  # honest: not "(running)"
    assert panel.picker.currentText().endswith("(cancelled, can resume)") and not panel.resume_button.isHidden()


def test_drop_accepts_audio_files_only(qtbot, panel, tmp_path: Path, fellow_clip: Path, monkeypatch) -> None:
    from desktop.ui.import_options import ImportOptionsDialog

    asked: list[list[str]] = []
    monkeypatch.setattr(ImportOptionsDialog, "exec", lambda self: asked.append(self.windowTitle()) or True)
    text = tmp_path / "notes.txt"
    text.write_text("x")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(text)), QUrl.fromLocalFile(str(fellow_clip))])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    panel.dropEvent(event)
    assert asked == ["Transcribe"]  # language and speaker count are asked first
    assert [r.path for r in panel.queue] == [fellow_clip] and panel.queue[0].choice is not None
    qtbot.waitUntil(lambda: panel.queue[0].finished, timeout=90_000)
    assert panel.queue[0].status.text() == "Done"


def test_word_positions_match_the_text_in_bulk_rendering(qtbot) -> None:
    """Each word's clickable span covers exactly that word, also after emoji and marked words."""
    from PySide6.QtGui import QTextCursor

    from desktop.engine.transcription.transcripts import Segment, Word
    from desktop.ui.transcript_view import TranscriptText

    view = TranscriptText()
    qtbot.addWidget(view)
    words = [Word(0.0, 0.5, " Mayor", 0.9), Word(0.5, 1.0, " 🎤said", 0.2), Word(1.0, 1.5, " 地铁", 0.95),
             Word(1.5, 2.0, " runs", 0.4), Word(2.0, 2.5, " late.", 0.99)]
    later = [Word(w.start + 3.0, w.end + 3.0, w.word, w.probability) for w in words[:2]]
    view.append_segments([Segment(0, 0.0, 2.5, "", "A", words), Segment(1, 3.0, 4.0, "", "B", later)])
    for spot, word in zip(view.spots, words + later, strict=True):
        cursor = QTextCursor(view.document())
        cursor.setPosition(spot.pos)
        cursor.setPosition(spot.end, QTextCursor.MoveMode.KeepAnchor)
        assert cursor.selectedText() == word.word.strip()
    assert view.spot_at(view.spots[2].pos + 1).start_s == 1.0
    assert view.highlight_time(1.6).start_s == 1.5

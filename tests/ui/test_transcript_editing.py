"""Typing over a word in the transcript, split/merge/speaker from the menu, export, loss notices."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu

from desktop.engine.transcription.transcripts import Segment, TranscriptStore, Word
from tests.speech import needs_espeak, speak


@pytest.fixture
def panel(qtbot, app_context):
    from desktop.ui.transcript_view import create_panel

    widget = create_panel(app_context)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _sample(ctx, path: Path | None = None, options: dict | None = None) -> int:
    ts = TranscriptStore(ctx.store)
    asset = ts.add_asset(path) if path else None
    tid = ts.create(asset_id=asset, title="harbour", language="en", model="m", duration=30.0, options=options)
    ts.add_segment(tid, Segment(0, 0.0, 3.0, "The mayor of Newark spoke.", "Speaker 1", [
        Word(0.0, 0.4, " The", 0.9), Word(0.4, 0.9, " mayor", 0.95), Word(0.9, 1.1, " of", 0.99),
        Word(1.1, 1.9, " Newark", 0.31), Word(1.9, 3.0, " spoke.", 0.9)]))
    ts.add_segment(tid, Segment(1, 3.5, 5.0, "Thank you.", "Speaker 2", [
        Word(3.5, 4.0, " Thank", 0.9), Word(4.0, 5.0, " you.", 0.9)]))
    ts.update(tid, status="done")
    return tid


def _spot(panel, text: str):
    return next(s for s in panel.view.spots if panel.view.toPlainText()[s.pos:s.end] == text)


def _underlined(panel, spot) -> bool:
    cursor = QTextCursor(panel.view.document())
    cursor.setPosition(spot.pos + 1)
    return cursor.charFormat().underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline


def test_double_click_a_word_and_type_over_it(qtbot, panel) -> None:
    tid = _sample(panel.ctx)
    panel.show_transcript(tid)
    newark = _spot(panel, "Newark")
    assert _underlined(panel, newark)
    rect = panel.view.spot_rect(newark)
    qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = panel.editing.editor
    assert editor is not None and editor.isVisible() and editor.selectedText() == "Newark"
    qtbot.keyClicks(editor, "New York")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert panel.view.toPlainText().splitlines()[0] == "[0:00] Speaker 1: The mayor of New York spoke."
    new = _spot(panel, "New")
    assert not _underlined(panel, new)  # a person typed it: no longer uncertain
    words = TranscriptStore(panel.ctx.store).segments(tid)[0].words
    assert [(w.word, w.start) for w in words] == [(" The", 0.0), (" mayor", 0.4), (" of", 0.9), (" New", 1.1),
                                                  (" York", 1.5), (" spoke.", 1.9)]


def test_f2_corrects_the_word_at_the_cursor(qtbot, panel) -> None:
    tid = _sample(panel.ctx)
    panel.show_transcript(tid)
    cursor = panel.view.textCursor()
    cursor.setPosition(_spot(panel, "Thank").pos + 2)
    panel.view.setTextCursor(cursor)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    editor = panel.editing.editor
    assert editor is not None and editor.text() == "Thank"
    qtbot.keyClicks(editor, "Thanks")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert TranscriptStore(panel.ctx.store).segments(tid)[1].text == "Thanks you."
    assert "Ctrl+Shift+E\tCorrect the word at the cursor" in panel.shortcut_lines()


def test_escape_leaves_the_word_alone(qtbot, panel) -> None:
    tid = _sample(panel.ctx)
    panel.show_transcript(tid)
    editor = panel.editing.begin_correction(_spot(panel, "mayor"))
    qtbot.keyClicks(editor, "xx")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert TranscriptStore(panel.ctx.store).segments(tid)[0].text == "The mayor of Newark spoke."


def test_menu_offers_correct_confirm_split_merge_and_speaker(qtbot, panel, monkeypatch) -> None:
    tid = _sample(panel.ctx)
    panel.show_transcript(tid)
    menu = QMenu()
    panel.editing.add_actions(menu, 0, _spot(panel, "Newark"))
    texts = [a.text() for a in menu.actions()]
    assert texts == ["Correct “Newark”…", "“Newark” is right (clear the mark)", "Split the segment before “Newark”",
                     "Merge with the next segment", "Set speaker of this segment…", "",
                     "Undo transcript edit", "Redo transcript edit"]
    menu.actions()[1].trigger()
    assert not _underlined(panel, _spot(panel, "Newark"))
    assert panel.editing.split_at(_spot(panel, "Newark"))
    assert panel.view.toPlainText().splitlines()[:2] == ["[0:00] Speaker 1: The mayor of",
                                                        "[0:01] Speaker 1: Newark spoke."]
    assert panel.editing.merge_with_next(1)  # "Newark spoke." + "Thank you."
    assert panel.view.toPlainText().splitlines()[1] == "[0:01] Speaker 1: Newark spoke. Thank you."
    monkeypatch.setattr("desktop.ui.transcript_editing.QInputDialog.getItem",
                        lambda *a, **k: ("Ras Baraka", True))
    panel.editing.ask_speaker([1])
    assert panel.view.toPlainText().splitlines()[1].startswith("[0:01] Ras Baraka: Newark spoke.")


def test_undo_and_redo_every_edit_from_keys_buttons_and_menu(qtbot, panel, monkeypatch) -> None:
    tid = _sample(panel.ctx)
    ts = TranscriptStore(panel.ctx.store)
    panel.show_transcript(tid)
    history = panel.editing.history
    assert not history.undo_action.isEnabled() and not history.redo_action.isEnabled()
    stored = [ts.segments(tid)]
    assert panel.editing.correct(_spot(panel, "Newark"), "New York")
    stored.append(ts.segments(tid))
    assert panel.editing.split_at(_spot(panel, "York"))
    stored.append(ts.segments(tid))
    assert panel.editing.merge_with_next(1)
    stored.append(ts.segments(tid))
    monkeypatch.setattr("desktop.ui.transcript_editing.QInputDialog.getItem", lambda *a, **k: ("Ras Baraka", True))
    panel.editing.ask_speaker([0])
    shown = panel.view.toPlainText()
    assert shown.startswith("[0:00] Ras Baraka: The mayor of New")
    assert history.undo_action.isEnabled() and "speaker change" in history.undo_action.toolTip()
    panel.view.setFocus()
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    for expected in reversed(stored):  # Ctrl+Z on the focused transcript, step by step
        qtbot.keyClick(panel.view, Qt.Key.Key_Z, ctrl)
        assert ts.segments(tid) == expected
    assert ts.segments(tid)[0].words[3] == Word(1.1, 1.9, " Newark", 0.31)  # time and mark as they were
    assert _underlined(panel, _spot(panel, "Newark"))
    assert not history.undo_action.isEnabled() and history.redo_action.isEnabled()
    for expected in stored[1:]:
        qtbot.keyClick(panel.view, Qt.Key.Key_Z, ctrl | shift)
        assert ts.segments(tid) == expected
    panel.editing.history.tool_buttons[1].click()  # the panel's Redo button: the speaker change
    assert panel.view.toPlainText() == shown
    menu = QMenu()
    panel.editing.add_actions(menu, 0, _spot(panel, "mayor"))
    next(a for a in menu.actions() if a.text() == "Undo transcript edit").trigger()
    assert ts.segments(tid) == stored[-1]


def test_undo_after_another_change_says_so_and_keeps_that_change(qtbot, panel, monkeypatch) -> None:
    tid = _sample(panel.ctx)
    panel.show_transcript(tid)
    assert panel.editing.correct(_spot(panel, "Newark"), "Newport")
    panel.rename_speaker("Speaker 1", "Mayor")
    warned = []
    monkeypatch.setattr("desktop.ui.transcript_undo.QMessageBox.warning", lambda *a: warned.append(a[2]))
    assert not panel.editing.history.undo()
    assert warned and "changed in another way" in warned[0]
    assert panel.view.toPlainText().startswith("[0:00] Mayor: The mayor of Newport spoke.")
    assert not panel.editing.history.undo_action.isEnabled()


def test_ctrl_z_in_the_transcript_leaves_the_story_alone(qtbot, qapp) -> None:
    from tests.ui.conftest import app_window

    with app_window(qtbot, qapp, "en") as win:
        win.editor.setPlainText("Story text")
        win.editor.moveCursor(QTextCursor.MoveOperation.End)
        win.editor.insertPlainText(" typed")
        panel = win.panels["transcripts"]
        tid = _sample(panel.ctx)
        panel.show_transcript(tid)
        assert panel.editing.correct(_spot(panel, "Newark"), "Newport")
        panel.view.setFocus()
        qtbot.keyClick(panel.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert TranscriptStore(panel.ctx.store).segments(tid)[0].text == "The mayor of Newark spoke."
        assert win.editor.toPlainText() == "Story text typed"  # Edit ▸ Undo (the story's) did not fire too


def test_export_button_writes_the_edited_transcript(qtbot, panel, tmp_path: Path, monkeypatch) -> None:
    tid = _sample(panel.ctx)
    panel.show_transcript(tid)
    panel.rename_speaker("Speaker 2", "Harbour master")
    panel.editing.correct(_spot(panel, "Newark"), "Newport")
    target = tmp_path / "harbour"
    from desktop.ui import transcript_export

    monkeypatch.setattr(transcript_export.QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), transcript_export.export_filters()[4][1]))
    assert panel.export_button.isEnabled()
    panel.export_button.click()
    data = json.loads((tmp_path / "harbour.json").read_text("utf-8"))
    assert [s["speaker"] for s in data["segments"]] == ["Speaker 1", "Harbour master"]
    assert data["segments"][0]["text"] == "The mayor of Newport spoke."


def test_library_everything_lists_transcripts_and_exports_them(qtbot, app_context, tmp_path: Path,
                                                               monkeypatch) -> None:
    from desktop.ui import transcript_export
    from desktop.ui.document_list import KIND_ROLE, DocumentList

    app_context.store.create_document("Story", "text")
    tid = _sample(app_context)
    library = DocumentList(app_context.store)
    qtbot.addWidget(library)
    library.refresh()
    kinds = [library.list.item(i).data(KIND_ROLE) for i in range(library.list.count())]
    assert sorted(kinds) == ["document", "transcript"]
    exported: list[int] = []
    library.sig_export_transcript.connect(exported.append)
    row = kinds.index("transcript")
    monkeypatch.setattr(QMenu, "popup", lambda menu, _pos: menu.actions()[1].trigger())
    library._context_menu(library.list.visualItemRect(library.list.item(row)).center())
    assert exported == [tid]
    monkeypatch.setattr(transcript_export.QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "x.srt"), ""))
    assert transcript_export.export_transcript(library, app_context.store, tid) == tmp_path / "x.srt"
    assert "Speaker 2: Thank you." in (tmp_path / "x.srt").read_text("utf-8")


@needs_espeak
def test_loss_notice_lists_the_range_and_offers_a_rerun(qtbot, panel, tmp_path: Path) -> None:
    clip = speak(tmp_path, "clip.wav", "Thank you.")
    dropped = [{"start": 5.0, "end": 21.0, "loud_share": 0.9, "rerun": ""}]
    tid = _sample(panel.ctx, clip, {"dropped": dropped})
    panel.show_transcript(tid)
    assert not panel.loss.isHidden()
    labels = [w.text() for w in panel.loss.findChildren(type(panel.note))]
    assert labels == ["0:05–0:21: sound but no text. The speech filter may have dropped speech here."]
    asked: list[tuple[float, float]] = []
    panel.loss.sig_rerun.disconnect()
    panel.loss.sig_rerun.connect(lambda a, b: asked.append((a, b)))
    listen, again = panel.loss.buttons()
    assert (listen.text(), again.text()) == ("Listen", "Transcribe again without filtering")
    again.click()
    listen.click()
    assert asked == [(5.0, 21.0)] and panel.player.requested == 5.0
    panel.show_transcript(_sample(panel.ctx))
    assert panel.loss.isHidden()


def test_context_menu_event_remembers_the_word(qtbot, panel) -> None:
    panel.show_transcript(_sample(panel.ctx))
    spot = _spot(panel, "Thank")
    seen = []
    panel.view.sig_context.disconnect()
    panel.view.sig_context.connect(lambda idx, _pos: seen.append((idx, panel.view.context_spot)))
    from PySide6.QtGui import QContextMenuEvent

    point = panel.view.spot_rect(spot).center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, panel.view.viewport().mapToGlobal(point))
    panel.view.contextMenuEvent(event)
    assert seen == [(1, spot)]


@needs_espeak
def test_rerun_button_fills_the_dropped_range(qtbot, panel, tmp_path: Path) -> None:
    from tests.speech import join_files as join
    from tests.speech import synth

    said = speak(tmp_path, "said.wav", "The ferry leaves the harbour at nine.")
    clip = join(tmp_path, "clip.wav", synth(tmp_path, "pad.wav", 1, "silence"), said, said, said)
    ts = TranscriptStore(panel.ctx.store)
    tid = ts.create(asset_id=ts.add_asset(clip), title="clip", language="en", model="whisper-tiny.en",
                    duration=10.0, options={"dropped": [{"start": 0.0, "end": 10.0, "loud_share": 0.8, "rerun": ""}],
                                            "empty": True, "threads": 2})
    ts.update(tid, status="done")
    panel.show_transcript(tid)
    assert next(w.text() for w in panel.loss.findChildren(type(panel.note))).startswith("No speech was recognised")
    again = next(b for b in panel.loss.buttons() if b.text() == "Transcribe again without filtering")
    again.click()
    assert panel.loss.busy
    qtbot.waitUntil(lambda: not panel.loss.busy, timeout=120_000)
    assert "harb" in panel.view.toPlainText().lower(), panel.view.toPlainText()
    qtbot.waitUntil(lambda: panel.loss.isHidden(), timeout=5_000)
    assert ts.get(tid, with_segments=False).options["dropped"] == []

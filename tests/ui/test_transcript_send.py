"""Transcript panel, send to draft: segments become linked quotes in the current story."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextCursor

from tests.ui import test_transcript_view as base

panel = base.panel  # the same panel fixture


def test_rename_speaker_everywhere_and_send_to_draft(panel, fellow_clip: Path) -> None:
    tid = base._sample(panel.ctx, fellow_clip)
    panel.show_transcript(tid)
    cursor = panel.view.textCursor()
    cursor.setPosition(5)
    cursor.setPosition(len(panel.view.toPlainText()) - 3, QTextCursor.MoveMode.KeepAnchor)
    panel.view.setTextCursor(cursor)
    ids = panel.send_to_draft()
    assert len(ids) == 2
    text = panel.ctx.editor.toPlainText()
    assert "Speaker 1: “Where were you?”" in text and "Speaker 2: “At the harbour.”" in text
    panel.rename_speaker("Speaker 2", "Harbour master")
    assert "Harbour master: At the harbour." in panel.view.toPlainText()
    rows = panel.ctx.store.query("SELECT document_id, start, end, speaker, original FROM quote_links ORDER BY id")
    assert [tuple(r) for r in rows] == [(panel.doc_id, 0.0, 2.0, "Speaker 1", "Where were you?"),
                                        (panel.doc_id, 2.5, 4.0, "Harbour master", "At the harbour.")]


def test_send_to_draft_sends_the_whole_transcript_when_nothing_is_selected(panel, fellow_clip: Path) -> None:
    tid = base._sample(panel.ctx, fellow_clip)
    panel.show_transcript(tid)
    cursor = panel.view.textCursor()
    cursor.setPosition(2)  # a click, not a selection
    panel.view.setTextCursor(cursor)
    assert panel.send_button.text() == "Send whole transcript to draft"
    ids = panel.send_to_draft()
    everything = panel.transcripts.segments(tid)
    assert len(ids) == len(everything) >= 2
    assert "whole transcript" in panel.send_status.text()
    cursor.setPosition(5)
    cursor.setPosition(12, QTextCursor.MoveMode.KeepAnchor)
    panel.view.setTextCursor(cursor)
    assert panel.send_button.text() == "Send selection to draft"
    assert len(panel.send_to_draft()) == 1 and "1 of" in panel.send_status.text()

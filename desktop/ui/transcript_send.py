"""Transcript panel: sending segments into the current story as linked quotes (a mixin).

Each quote keeps a link to its segment, so the draft can later play the words or restore
them. Split from transcript_view.py, which keeps the queue and the view; strings keep the
"TranscriptPanel" translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.engine.core.text import has_han
from desktop.engine.transcription.transcripts import Segment

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QPushButton

    from desktop.engine.transcription.transcripts import TranscriptStore
    from desktop.ui.context import AppContext
    from desktop.ui.transcript_text import TranscriptText


class SendToDraft:
    """Mixed into TranscriptPanel, which provides the attributes declared here."""

    ctx: AppContext
    transcripts: TranscriptStore
    transcript_id: int | None
    view: TranscriptText
    send_button: QPushButton
    send_status: QLabel

    def _update_send_label(self) -> None:
        selected = self.view.textCursor().hasSelection()
        self.send_button.setText(QCoreApplication.translate("TranscriptPanel", "Send selection to draft") if selected
                                 else QCoreApplication.translate("TranscriptPanel", "Send whole transcript to draft"))

    def send_to_draft(self, only: int | None = None) -> list[int]:
        """Insert the selected segments (or, with nothing selected, the whole transcript) into the
        current document as linked quotes, and say which was sent."""
        if self.transcript_id is None or self.ctx.editor is None:
            return []
        everything = self.transcripts.segments(self.transcript_id)
        if self.view.textCursor().hasSelection():
            wanted = set(self.view.selected_segments())
        elif only is not None:
            wanted = {only}
        else:
            wanted = {s.idx for s in everything}
        segments = [s for s in everything if s.idx in wanted]
        if not segments:
            return []
        doc_id = self.ctx.current_document_id()
        if doc_id is None:
            doc = self.ctx.store.create_document(QCoreApplication.translate("TranscriptPanel", "Story"), "", privacy=self.ctx.settings.default_privacy)
            self.ctx.open_document(doc.id)
            self.ctx.documents_changed()
            doc_id = doc.id
        quotes = [_quote_text(s) for s in segments]
        editor = self.ctx.editor
        start, end = editor.selection_range()
        editor.replace_range(start, end, "\n".join(quotes) + "\n")
        if len(segments) == len(everything):
            self.send_status.setText(QCoreApplication.translate("TranscriptPanel", "Sent the whole transcript (%1 segments) to the draft.")
                                     .replace("%1", str(len(segments))))
        else:
            self.send_status.setText(QCoreApplication.translate("TranscriptPanel", "Sent %1 of %2 segments to the draft.")
                                     .replace("%1", str(len(segments))).replace("%2", str(len(everything))))
        return [self.transcripts.link_quote(doc_id, self.transcript_id, s) for s in segments]


def _quote_text(seg: Segment) -> str:
    if has_han(seg.text):
        return f"{seg.speaker}：“{seg.text}”" if seg.speaker else f"“{seg.text}”"
    return f"{seg.speaker}: “{seg.text}”" if seg.speaker else f"“{seg.text}”"

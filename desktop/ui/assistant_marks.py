"""The assistant panel's two editor layers: quote drift and the guard's fact marks.

A mixin of :class:`assistant_panel.AssistantPanel` (kept apart so each file stays small).
Quote links are re-checked after each edit; guard marks follow their words as the text
moves, disappear when the words are changed, and can be marked as checked from their menu.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtWidgets import QListWidgetItem, QMenu

from desktop.engine.drafting import quotes
from desktop.ui.assistant_state import follow_marks, save_guard_marks
from desktop.ui.editor import Mark

QUOTES_LAYER, GUARD_LAYER = "quotes", "guard"


class AssistantMarks:
    """Needs from the panel: ``ctx``, ``editor``, ``status``, ``_guard``, ``_player``, ``shown_doc``,
    ``_recheck``, ``sig_play_requested``, ``sig_quotes_checked``, ``tr`` and ``_sync_document``."""

    ctx: Any
    editor: Any
    _guard: list[tuple[int, int, str, str]]

    def _on_text_changed(self) -> None:
        self._recheck.start()

    def _show_guard(self) -> None:
        """Guard highlights follow their words as the text is edited; fixed words lose theirs."""
        self._guard = follow_marks(self.editor.toPlainText(), self._guard)
        self.editor.set_marks(GUARD_LAYER, [Mark(s, e, "guard", tip, underline=False, payload=(s, e, w, tip))
                                            for s, e, w, tip in self._guard])
        save_guard_marks(self.ctx.store, self.shown_doc, self._guard)

    def check_quotes(self) -> None:
        """Re-check every linked quote of the open document and mark drift."""
        if self.editor is None:
            return
        self._sync_document()
        if self._guard:
            self._show_guard()
        doc_id = self.ctx.current_document_id()
        links = quotes.load_quote_links(self.ctx.store, doc_id) if doc_id is not None else []
        checks = quotes.check_quotes(self.editor.toPlainText(), links)
        marks = [Mark(c.char_start, c.char_end, "quote-drift", c.message(), payload=c)
                 for c in checks if c.status == "drift" and c.char_start is not None]
        self.editor.set_marks(QUOTES_LAYER, marks)
        self.sig_quotes_checked.emit(sum(1 for c in checks if c.status != "ok"))

    def _on_mark(self, mark: Mark, where: QPoint) -> None:
        check = mark.payload
        if mark.kind == "guard" and isinstance(check, tuple):
            menu = QMenu(self)
            menu.addAction(mark.tooltip).setEnabled(False)
            menu.addAction(QCoreApplication.translate("AssistantPanel", "Checked: remove this mark"), lambda: self.resolve_guard(check))
            menu.popup(where)
            return
        if not isinstance(check, quotes.QuoteCheck):
            return
        menu = QMenu(self)
        menu.addAction(QCoreApplication.translate("AssistantPanel", "Original: “%1”").replace("%1", check.link.original[:80])).setEnabled(False)
        menu.addAction(QCoreApplication.translate("AssistantPanel", "▶ Play the recording"), lambda: self.play(check.link))
        menu.addAction(QCoreApplication.translate("AssistantPanel", "Restore the original words"),
                       lambda: self.editor.replace_range(check.char_start, check.char_end, check.link.original))
        menu.addAction(QCoreApplication.translate("AssistantPanel", "Unlink this quote"), lambda: self._unlink(check.link))
        menu.popup(where)

    def resolve_guard(self, mark: tuple[int, int, str, str]) -> None:
        """The reporter checked this fact: its mark goes, for good."""
        self._guard = [m for m in self._guard if m[:3] != mark[:3]]
        self._show_guard()

    def _unlink(self, link: quotes.QuoteLink) -> None:
        if link.id is not None:
            quotes.delete_quote_link(self.ctx.store, link.id)
        self.check_quotes()

    def play(self, link: quotes.QuoteLink) -> None:
        """Play the quote's stretch of the recording (emitted too, for the transcript view)."""
        self.sig_play_requested.emit(link.transcript_id, link.start, link.end)
        rows = self.ctx.store.query("SELECT a.path FROM transcripts t JOIN assets a ON a.id=t.asset_id "
                                    "WHERE t.id=?", (link.transcript_id,)) if link.transcript_id else []
        if not rows:
            self.status.setText(QCoreApplication.translate("AssistantPanel", "The recording for this quote is not in the library."))
            return
        from desktop.ui.audio_player import AudioPlayer

        if self._player is None:
            self._player = AudioPlayer(self)
        self._player.load(rows[0][0])
        self._player.play_from(link.start)
        QTimer.singleShot(int(max(0.5, link.end - link.start) * 1000) + 300, self._player.stop)

    def _on_check_item(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if getattr(data, "kind", "") == "document":
            self.ctx.open_document(data.source_id)

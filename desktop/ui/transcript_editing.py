"""Correcting the transcript where it stands: type over a word, split, merge, change speaker.

Double-click a word (or press Ctrl+Shift+E on it, or choose "Correct" on it) and a small editor opens on top of that
word with the word selected: type, press Enter, and only that word changes (Esc leaves
it). The engine (:mod:`desktop.engine.transcription.edit`) keeps every other word's time,
gives the corrected word the time of the one it replaces and clears its uncertainty
mark. The context menu adds split here / merge with next / speaker of this segment.
Every one of these edits can be undone and redone (:mod:`desktop.ui.transcript_undo`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QMessageBox, QWidget

from desktop.engine.core.errors import CopydeskError
from desktop.engine.transcription import edit_history as edits
from desktop.engine.transcription.edit_history import Change
from desktop.engine.transcription.transcripts import TranscriptStore
from desktop.ui.transcript_text import LOW_CONFIDENCE, TranscriptText, WordSpot, speaker_label
from desktop.ui.transcript_undo import TranscriptUndo
from desktop.ui.transcript_undo import shortcut_lines as undo_shortcut_lines

CORRECT_KEY = "Ctrl+Shift+E"  # F2 is Rename in the Document menu; the same key in two places fires neither


def shortcut_lines() -> list[str]:
    return [f"{CORRECT_KEY}\t" + QCoreApplication.translate("TranscriptEditing", "Correct the word at the cursor"),
            *undo_shortcut_lines()]


class WordEditor(QLineEdit):
    """The one-word editor laid over the transcript; Enter commits, Esc or losing focus cancels."""

    def __init__(self, view: TranscriptText, spot: WordSpot, text: str, on_commit: Callable[[str], None]) -> None:
        super().__init__(view.viewport())
        self.spot, self.on_commit, self.closed = spot, on_commit, False
        self.setText(text)
        self.selectAll()
        rect = view.spot_rect(spot)
        width = max(rect.width() + 40, self.fontMetrics().horizontalAdvance(text) + 40, 80)
        self.setGeometry(rect.left() - 3, rect.top() - 3, width, rect.height() + 8)
        self.returnPressed.connect(self._commit)
        self.installEventFilter(self)

    def _commit(self) -> None:
        if not self.closed:
            self.closed = True
            self.on_commit(self.text())
            self.deleteLater()

    def cancel(self) -> None:
        if not self.closed:
            self.closed = True
            self.deleteLater()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return True
        if event.type() == QEvent.Type.FocusOut:
            self.cancel()
        return False


class TranscriptEditing(QObject):
    """Edits for the panel's transcript; ``redraw`` shows the stored transcript again."""

    def __init__(self, view: TranscriptText, transcripts: TranscriptStore, current: Callable[[], int | None],
                 redraw: Callable[[], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.view, self.ts, self.current, self.redraw, self.parent_widget = view, transcripts, current, redraw, parent
        self.editor: WordEditor | None = None
        view.sig_word_double_clicked.connect(self.begin_correction)
        key = QShortcut(QKeySequence(CORRECT_KEY), view)
        key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        key.activated.connect(self.correct_at_cursor)
        self.history = TranscriptUndo(view, transcripts, current, redraw, parent)

    def correct_at_cursor(self) -> WordEditor | None:
        """The keyboard way in: the word at the text cursor (or the one just before it)."""
        pos = self.view.textCursor().position()
        spot = self.view.spot_at(pos) or self.view.spot_at(max(0, pos - 1))
        return self.begin_correction(spot) if spot is not None else None

    # --- words -------------------------------------------------------------------------
    def word_text(self, spot: WordSpot) -> str:
        return self.view.toPlainText()[spot.pos:spot.end]

    def begin_correction(self, spot: WordSpot) -> WordEditor | None:
        if self.current() is None or spot.word < 0:
            return None
        if self.editor is not None:
            self.editor.cancel()
        self.editor = WordEditor(self.view, spot, self.word_text(spot), lambda text: self.correct(spot, text))
        self.editor.show()
        self.editor.setFocus()
        return self.editor

    def correct(self, spot: WordSpot, typed: str) -> bool:
        """Replace the word at ``spot`` with ``typed``; False (with a message) if it cannot be done."""
        tid = self.current()
        if tid is None or typed.strip() == self.word_text(spot).strip():
            return False
        return self._apply(lambda: edits.correct_word(self.ts, tid, spot.segment, spot.word, typed))

    def confirm(self, spot: WordSpot) -> bool:
        tid = self.current()
        return tid is not None and self._apply(lambda: edits.confirm_word(self.ts, tid, spot.segment, spot.word))

    # --- segments ----------------------------------------------------------------------
    def split_at(self, spot: WordSpot) -> bool:
        tid = self.current()
        return tid is not None and self._apply(lambda: edits.split_segment(self.ts, tid, spot.segment, spot.word))

    def merge_with_next(self, idx: int) -> bool:
        tid = self.current()
        return tid is not None and self._apply(lambda: edits.merge_segments(self.ts, tid, idx))

    def set_speaker(self, indexes: list[int], name: str) -> bool:
        tid = self.current()
        return tid is not None and self._apply(lambda: edits.set_speaker(self.ts, tid, indexes, name))

    def ask_speaker(self, indexes: list[int]) -> None:
        tid = self.current()
        if tid is None:
            return
        names = self.ts.speaker_names(tid)
        name, ok = QInputDialog.getItem(self.parent_widget, self.tr("Speaker"), self.tr("Spoken by"),
                                        [speaker_label(n) for n in names], 0, True)
        if ok and name.strip():
            shown = {speaker_label(n): n for n in names}
            self.set_speaker(indexes, shown.get(name, name))

    def _apply(self, change: Callable[[], tuple[object, Change]]) -> bool:
        bar = self.view.verticalScrollBar()
        keep = bar.value()
        try:
            _result, step = change()
        except CopydeskError as err:
            QMessageBox.warning(self.parent_widget, self.tr("Edit transcript"), err.full_message())
            return False
        self.history.push(step)
        self.redraw()
        bar.setValue(keep)
        return True

    # --- context menu ------------------------------------------------------------------
    def add_actions(self, menu: QMenu, idx: int, spot: WordSpot | None) -> None:
        """Word and segment edits for the menu opened on segment ``idx`` (word ``spot`` if any)."""
        if spot is not None and spot.segment == idx and spot.word >= 0:
            word = self.word_text(spot)
            menu.addAction(self.tr("Correct “%1”…").replace("%1", word), lambda: self.begin_correction(spot))
            seg = next((s for s in self.ts.segments(self.current() or 0, idx) if s.idx == idx), None)
            if seg is not None and spot.word < len(seg.words) and seg.words[spot.word].probability < LOW_CONFIDENCE:
                menu.addAction(self.tr("“%1” is right (clear the mark)").replace("%1", word),
                               lambda: self.confirm(spot))
            if spot.word > 0:
                menu.addAction(self.tr("Split the segment before “%1”").replace("%1", word),
                               lambda: self.split_at(spot))
        menu.addAction(self.tr("Merge with the next segment"), lambda: self.merge_with_next(idx))
        selected = self.view.selected_segments() or [idx]
        menu.addAction(self.tr("Set speaker of this segment…") if len(selected) == 1
                       else self.tr("Set speaker of the selected segments…"), lambda: self.ask_speaker(selected))
        menu.addSeparator()
        self.history.update_actions()
        menu.addActions([self.history.undo_action, self.history.redo_action])

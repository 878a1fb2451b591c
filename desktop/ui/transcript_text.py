"""The transcript text itself: words tied to seconds, uncertain words marked.

Kept apart from the panel (queue, player, editing) so each stays small. Every word is a
:class:`WordSpot` (its place in the view, its seconds, its segment and its index in that
segment), which is what clicking, highlighting and in-place correction work from.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRect, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

from desktop.engine.core.text import clock
from desktop.engine.transcription.speakers import PLACEHOLDER
from desktop.engine.transcription.transcripts import Segment

LOW_CONFIDENCE = 0.5


def speaker_label(name: str) -> str:
    """Copydesk's own placeholders ("Speaker 2" / "说话人2") shown in the interface language."""
    if PLACEHOLDER.fullmatch(name):
        number = "".join(ch for ch in name if ch.isdigit())
        return QCoreApplication.translate("TranscriptText", "Speaker %1").replace("%1", number)
    return name


@dataclass
class WordSpot:
    pos: int  # Qt position in the view
    end: int
    start_s: float
    end_s: float
    segment: int  # segment idx
    word: int = -1  # index of the word in its segment


def _qt_len(text: str) -> int:
    return sum(2 if ord(ch) > 0xFFFF else 1 for ch in text)


class TranscriptText(QTextEdit):
    """Read-only transcript; a click on a word emits its start time."""

    sig_word_clicked = Signal(float)
    sig_context = Signal(object, object)  # segment idx | None, global QPoint
    sig_word_double_clicked = Signal(object)  # WordSpot

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.spots: list[WordSpot] = []
        self.context_spot: WordSpot | None = None
        self.segment_spans: list[tuple[int, int, int]] = []  # (pos, end, idx)
        self.low = QTextCharFormat()
        self.low.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self.low.setUnderlineColor(QColor("#ef6c00"))
        self.low.setToolTip(self.tr("Uncertain word: check it against the recording"))
        self.meta = QTextCharFormat()
        self.meta.setForeground(QColor("#757575"))

    def clear_all(self) -> None:
        self.clear()
        self.spots, self.segment_spans = [], []

    def append_segment(self, seg: Segment) -> None:
        self.append_segments([seg])

    def append_segments(self, segments: list[Segment]) -> None:
        """Append in one edit block; runs of confident words go in as one piece of text (a 2-hour
        interview has ~20,000 words: inserting them one by one took seconds)."""
        if not segments:
            return
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.beginEditBlock()
        plain = QTextCharFormat()
        for seg in segments:
            if self.segment_spans:
                cursor.insertBlock()
            seg_pos = cursor.position()
            who = speaker_label(seg.speaker) + ": " if seg.speaker else ""
            cursor.insertText(f"[{clock(seg.start)}] {who}",
                              self.meta)
            if not seg.words:
                cursor.insertText(seg.text, plain)
            pos = cursor.position()  # Qt position where the pending run of plain words starts
            run: list[str] = []
            run_len = 0
            for i, word in enumerate(seg.words):
                text = word.word.lstrip() if i == 0 else word.word
                lead = len(text) - len(text.lstrip())
                if word.probability < LOW_CONFIDENCE:  # flush the run, then the marked word on its own
                    run.append(text[:lead])
                    cursor.insertText("".join(run), plain)
                    run, run_len = [], 0
                    start = cursor.position()
                    cursor.insertText(text[lead:], self.low)
                    pos = cursor.position()
                    self.spots.append(WordSpot(start, pos, word.start, word.end, seg.idx, i))
                    continue
                start = pos + run_len + _qt_len(text[:lead])
                run.append(text)
                run_len += _qt_len(text)
                self.spots.append(WordSpot(start, start + _qt_len(text[lead:]), word.start, word.end, seg.idx, i))
            if run:
                cursor.insertText("".join(run), plain)
            self.segment_spans.append((seg_pos, cursor.position(), seg.idx))
        cursor.endEditBlock()
        self._starts = [sp.start_s for sp in self.spots]

    def spot_at(self, pos: int) -> WordSpot | None:
        positions = getattr(self, "_positions", None)
        if positions is None or len(positions) != len(self.spots):
            positions = self._positions = [sp.pos for sp in self.spots]
        i = bisect.bisect_right(positions, pos) - 1
        if 0 <= i < len(self.spots) and self.spots[i].pos <= pos <= self.spots[i].end:
            return self.spots[i]
        return None

    def segment_at(self, pos: int) -> int | None:
        for start, end, idx in self.segment_spans:
            if start <= pos <= end:
                return idx
        return None

    def selected_segments(self) -> list[int]:
        cursor = self.textCursor()
        a, b = cursor.selectionStart(), cursor.selectionEnd()
        if a == b:
            idx = self.segment_at(a)
            return [] if idx is None else [idx]
        return [idx for start, end, idx in self.segment_spans if start < b and end > a]

    def highlight_time(self, seconds: float) -> WordSpot | None:
        """Highlight the word being spoken at ``seconds`` (cheap: an extra selection)."""
        starts = getattr(self, "_starts", None)
        if starts is None or len(starts) != len(self.spots):
            starts = self._starts = [sp.start_s for sp in self.spots]
        i = bisect.bisect_right(starts, seconds) - 1
        spot = self.spots[i] if 0 <= i < len(self.spots) and seconds <= self.spots[i].end_s + 0.3 else None
        selections = []
        if spot is not None:
            sel = QTextEdit.ExtraSelection()
            sel.cursor = QTextCursor(self.document())
            sel.cursor.setPosition(spot.pos)
            sel.cursor.setPosition(spot.end, QTextCursor.MoveMode.KeepAnchor)
            sel.format.setBackground(QColor("#fff59d"))
            selections.append(sel)
        self.setExtraSelections(selections)
        return spot

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            spot = self.spot_at(self.cursorForPosition(event.position().toPoint()).position())
            if spot is not None:
                self.sig_word_clicked.emit(spot.start_s)

    def mouseDoubleClickEvent(self, event) -> None:
        spot = self.spot_at(self.cursorForPosition(event.position().toPoint()).position())
        if spot is None:
            super().mouseDoubleClickEvent(event)
            return
        self.sig_word_double_clicked.emit(spot)

    def spot_rect(self, spot: WordSpot) -> QRect:
        """Where the word is drawn, in viewport coordinates (the in-place editor goes there)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(spot.pos)
        left = self.cursorRect(cursor)
        cursor.setPosition(spot.end)
        right = self.cursorRect(cursor)
        return left.united(right)

    def contextMenuEvent(self, event) -> None:
        pos = self.cursorForPosition(event.pos()).position()
        self.context_spot = self.spot_at(pos)  # the word under the mouse, for "correct" / "split here"
        self.sig_context.emit(self.segment_at(pos), event.globalPos())

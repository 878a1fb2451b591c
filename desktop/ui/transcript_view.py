"""Transcript panel: import recordings, a transcription queue, and a transcript tied to the audio.

Every word stays tied to the second it was spoken: clicking one plays the recording from
there, the word being played is highlighted, and words the recogniser was unsure of
(probability < 0.5) are underlined for checking. Transcription runs in the engine's
killable subprocess job through ``ctx.jobs``; segments arrive as progress events and are
appended as they come, so the editor stays responsive.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.engine import transcribe
from desktop.engine.audio import AUDIO_EXTENSIONS
from desktop.engine.errors import CopydeskError
from desktop.engine.jobs import Progress
from desktop.engine.speakers import describe_method
from desktop.engine.transcripts import Segment, TranscriptStore
from desktop.ui.audio_player import SPEEDS, AudioPlayer
from desktop.ui.context import AppContext

LOW_CONFIDENCE = 0.5


@dataclass
class WordSpot:
    pos: int  # Qt position in the view
    end: int
    start_s: float
    end_s: float
    segment: int  # segment idx


def _qt_len(text: str) -> int:
    return sum(2 if ord(ch) > 0xFFFF else 1 for ch in text)


class TranscriptText(QTextEdit):
    """Read-only transcript; a click on a word emits its start time."""

    sig_word_clicked = Signal(float)
    sig_context = Signal(object, object)  # segment idx | None, global QPoint

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.spots: list[WordSpot] = []
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
            cursor.insertText(f"[{transcribe.clock(seg.start)}] {seg.speaker + ': ' if seg.speaker else ''}",
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
                    self.spots.append(WordSpot(start, pos, word.start, word.end, seg.idx))
                    continue
                start = pos + run_len + _qt_len(text[:lead])
                run.append(text)
                run_len += _qt_len(text)
                self.spots.append(WordSpot(start, start + _qt_len(text[lead:]), word.start, word.end, seg.idx))
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

    def contextMenuEvent(self, event) -> None:
        idx = self.segment_at(self.cursorForPosition(event.pos()).position())
        self.sig_context.emit(idx, event.globalPos())


class QueueRow(QWidget):
    """One file in the queue: name, progress, ETA and Cancel."""

    def __init__(self, path: Path, on_cancel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path, self.handle, self.finished = path, None, False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.name = QLabel(path.name)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.status = QLabel(self.tr("Waiting"))
        self.cancel = QToolButton()
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.clicked.connect(lambda: on_cancel(self))
        for w in (self.name, self.bar, self.status, self.cancel):
            layout.addWidget(w)

    def show_progress(self, event: Progress, eta: float | None) -> None:
        if event.fraction is not None:
            self.bar.setValue(int(event.fraction * 1000))
        text = f"{transcribe.clock(event.done)}/{transcribe.clock(event.total or 0)}"
        if eta is not None:
            text += " · " + self.tr("%1 left").replace("%1", transcribe.clock(eta))
        self.status.setText(text)

    def done(self, text: str, error: bool = False) -> None:
        self.finished = True
        self.status.setText(text)
        self.status.setStyleSheet("color: #c62828;" if error else "")
        self.cancel.setText(self.tr("Remove"))


class TranscriptPanel(QWidget):
    sig_transcript_shown = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.transcripts = TranscriptStore(ctx.store)
        self.setWindowTitle(self.tr("Transcripts"))
        self.setAcceptDrops(True)
        self.queue: list[QueueRow] = []
        self.running: QueueRow | None = None
        self.transcript_id: int | None = None
        self.player = AudioPlayer(self)
        self._build()
        self.refresh_list()

    # --- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import audio…"))
        self.import_button.clicked.connect(self.import_audio)
        self.picker = QComboBox()
        self.picker.activated.connect(lambda i: self.show_transcript(self.picker.itemData(i)))
        top.addWidget(self.import_button)
        top.addWidget(self.picker, 1)
        layout.addLayout(top)
        self.queue_box = QVBoxLayout()
        layout.addLayout(self.queue_box)
        self.note = QLabel(describe_method())
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #757575; font-size: small;")
        layout.addWidget(self.note)
        self.view = TranscriptText()
        self.view.sig_word_clicked.connect(self.play_from)
        self.view.sig_context.connect(self._context_menu)
        layout.addWidget(self.view, 1)
        controls = QHBoxLayout()
        self.play_button = QPushButton(self.tr("Play"))
        self.play_button.clicked.connect(self.player.toggle)
        self.back_button = QPushButton(self.tr("−5 s"))
        self.back_button.clicked.connect(lambda: self.player.skip(-5))
        self.fwd_button = QPushButton(self.tr("+5 s"))
        self.fwd_button.clicked.connect(lambda: self.player.skip(5))
        self.speed = QComboBox()
        for s in SPEEDS:
            self.speed.addItem(f"{s:g}×", s)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.speed.activated.connect(lambda i: self.player.set_rate(self.speed.itemData(i)))
        self.send_button = QPushButton(self.tr("Send whole transcript to draft"))
        self.send_button.clicked.connect(lambda: self.send_to_draft())
        self.view.selectionChanged.connect(self._update_send_label)
        for w in (self.play_button, self.back_button, self.fwd_button, self.speed, self.send_button):
            controls.addWidget(w)
        layout.addLayout(controls)
        self.send_status = QLabel("")
        self.send_status.setWordWrap(True)
        layout.addWidget(self.send_status)
        self.player.sig_position.connect(self.view.highlight_time)
        self.player.sig_playing.connect(
            lambda on: self.play_button.setText(self.tr("Pause") if on else self.tr("Play")))
        self.player.sig_rate.connect(lambda r: self.speed.setCurrentIndex(SPEEDS.index(r)))
        keys = [("Ctrl+Space", self.player.toggle), ("Alt+Left", lambda: self.player.skip(-5)),
                ("Alt+Right", lambda: self.player.skip(5)), ("Ctrl+]", self.player.faster),
                ("Ctrl+[", self.player.slower)]
        for key, slot in keys:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def menu_actions(self) -> list[QAction]:
        act = QAction(self.tr("Import audio for transcription…"), self)
        act.setShortcut(QKeySequence("Ctrl+Shift+I"))
        act.triggered.connect(self.import_audio)
        return [act]

    # --- import and queue --------------------------------------------------------------
    def import_audio(self) -> None:
        patterns = " ".join(f"*{e}" for e in AUDIO_EXTENSIONS)
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Import audio"), "",
                                                self.tr("Audio and video (%1)").replace("%1", patterns))
        self.enqueue([Path(f) for f in files])

    def dragEnterEvent(self, event) -> None:
        if any(Path(u.toLocalFile()).suffix.lower() in AUDIO_EXTENSIONS for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        self.enqueue([Path(u.toLocalFile()) for u in event.mimeData().urls()
                      if u.isLocalFile() and Path(u.toLocalFile()).suffix.lower() in AUDIO_EXTENSIONS])
        event.acceptProposedAction()

    def enqueue(self, paths: list[Path]) -> None:
        for path in paths:
            row = QueueRow(path, self._cancel_row, self)
            self.queue.append(row)
            self.queue_box.addWidget(row)
        self._next()

    def _next(self) -> None:
        if self.running is not None:
            return
        row = next((r for r in self.queue if r.handle is None and not r.finished), None)
        if row is None:
            return
        self.running = row
        row.status.setText(self.tr("Starting…"))
        opts = transcribe.options_from_settings(vocabulary=self.transcripts.known_names(),
                                                settings=self.ctx.settings)
        store_path = self.ctx.store.path
        row.handle = self.ctx.jobs.start(
            self.tr("Transcribing %1").replace("%1", row.path.name),
            lambda token, p=row.path: transcribe.start(p, opts, store_path=store_path, cancel=token),
            on_progress=lambda e, r=row: self._on_progress(r, e),
            on_result=lambda res, r=row: self._finish(r, res, None),
            on_error=lambda err, r=row: self._finish(r, None, err),
            on_cancel=lambda r=row: self._finish(r, None, None, cancelled=True))
        row.handle.sig_progress.connect(row.show_progress)

    def _on_progress(self, row: QueueRow, event: Progress) -> None:
        data = event.data or {}
        if data.get("event") == "start" and self.transcript_id != data["transcript_id"]:
            self.show_transcript(data["transcript_id"])
        elif data.get("event") == "segment" and data.get("transcript_id") == self.transcript_id:
            seg = Segment.from_dict(data["segment"])
            if self.view.segment_spans and self.view.segment_spans[-1][2] == seg.idx:
                self.show_transcript(self.transcript_id)  # a repetition marker grew: redraw
            else:
                self.view.append_segment(seg)
        elif data.get("event") == "speakers" and data.get("transcript_id", self.transcript_id) == self.transcript_id:
            if self.transcript_id is not None:  # voices relabelled (and maybe split) the segments: redraw
                self.show_transcript(self.transcript_id)
        elif data.get("event") == "warning":
            row.status.setText(data["message"])

    def _finish(self, row: QueueRow, result: dict | None, err: CopydeskError | None,
                cancelled: bool = False) -> None:
        if cancelled:
            row.done(self.tr("Cancelled: the part done so far is kept and resumes next time."))
        elif err is not None:
            row.done(err.full_message(), error=True)
        else:
            row.bar.setValue(1000)
            warn = result and result.get("truncated_at") is not None
            row.done(self.tr("Stopped at the damaged part") if warn else self.tr("Done"), error=bool(warn))
        self.running = None if self.running is row else self.running
        self.refresh_list()
        self._next()

    def _cancel_row(self, row: QueueRow) -> None:
        if row.handle is not None and not row.finished:
            row.handle.cancel()
            return
        if row.handle is None:
            row.finished = True
        self.queue.remove(row)
        row.setParent(None)
        row.deleteLater()

    # --- showing transcripts -----------------------------------------------------------
    def refresh_list(self) -> None:
        self.picker.clear()
        for tr in self.transcripts.list():
            self.picker.addItem(f"{tr.title} ({tr.status})", tr.id)
        if self.transcript_id is not None:
            self.picker.setCurrentIndex(max(0, self.picker.findData(self.transcript_id)))

    def show_transcript(self, transcript_id: int) -> None:
        tr = self.transcripts.get(transcript_id)
        self.transcript_id = transcript_id
        self.view.clear_all()
        self.view.append_segments(tr.segments)
        if tr.asset_path:
            self.player.load(tr.asset_path)
        self.refresh_list()
        self.sig_transcript_shown.emit(transcript_id)

    def play_from(self, seconds: float) -> None:
        if self.player.path is not None:
            self.player.play_from(seconds)
            self.view.highlight_time(seconds)

    # --- speakers and edits ------------------------------------------------------------
    def _context_menu(self, idx: int | None, pos) -> None:
        if self.transcript_id is None or idx is None:
            return
        seg = next(s for s in self.transcripts.segments(self.transcript_id, idx) if s.idx == idx)
        menu = QMenu(self)
        menu.addAction(self.tr("Rename speaker “%1” everywhere…").replace("%1", seg.speaker),
                       lambda: self._ask_rename(seg.speaker))
        menu.addAction(self.tr("Set speaker of this segment…"), lambda: self._ask_assign([idx]))
        menu.addAction(self.tr("Edit text…"), lambda: self._ask_edit(seg))
        menu.addAction(self.tr("Send to draft"), lambda: self.send_to_draft(only=idx))
        menu.popup(pos)

    def rename_speaker(self, old: str, new: str) -> None:
        if self.transcript_id is not None and self.transcripts.rename_speaker(self.transcript_id, old, new):
            self.show_transcript(self.transcript_id)

    def _ask_rename(self, old: str) -> None:
        new, ok = QInputDialog.getText(self, self.tr("Rename speaker"), self.tr("New name"), text=old)
        if ok:
            self.rename_speaker(old, new)

    def _ask_assign(self, indexes: list[int]) -> None:
        assert self.transcript_id is not None
        names = self.transcripts.speaker_names(self.transcript_id)
        name, ok = QInputDialog.getItem(self, self.tr("Speaker"), self.tr("Spoken by"), names, 0, True)
        if ok and name.strip():
            self.transcripts.assign_speaker(self.transcript_id, indexes, name)
            self.show_transcript(self.transcript_id)

    def _ask_edit(self, seg: Segment) -> None:
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Edit text"), self.tr("Text"), seg.text)
        if ok and text.strip() and self.transcript_id is not None:
            self.transcripts.edit_text(self.transcript_id, seg.idx, text)
            self.show_transcript(self.transcript_id)

    # --- send to draft -----------------------------------------------------------------
    def _update_send_label(self) -> None:
        selected = self.view.textCursor().hasSelection()
        self.send_button.setText(self.tr("Send selection to draft") if selected
                                 else self.tr("Send whole transcript to draft"))

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
            doc = self.ctx.store.create_document(self.tr("Story"), "", privacy=self.ctx.settings.default_privacy)
            self.ctx.open_document(doc.id)
            self.ctx.documents_changed()
            doc_id = doc.id
        quotes = [_quote_text(s) for s in segments]
        editor = self.ctx.editor
        start, end = editor.selection_range()
        editor.replace_range(start, end, "\n".join(quotes) + "\n")
        if len(segments) == len(everything):
            self.send_status.setText(self.tr("Sent the whole transcript (%1 segments) to the draft.")
                                     .replace("%1", str(len(segments))))
        else:
            self.send_status.setText(self.tr("Sent %1 of %2 segments to the draft.")
                                     .replace("%1", str(len(segments))).replace("%2", str(len(everything))))
        return [self.transcripts.link_quote(doc_id, self.transcript_id, s) for s in segments]


def _quote_text(seg: Segment) -> str:
    cjk = any("\u4e00" <= ch <= "\u9fff" for ch in seg.text)
    if cjk:
        return f"{seg.speaker}：“{seg.text}”" if seg.speaker else f"“{seg.text}”"
    return f"{seg.speaker}: “{seg.text}”" if seg.speaker else f"“{seg.text}”"


def create_panel(ctx: AppContext) -> QWidget:
    return TranscriptPanel(ctx)

"""Transcript panel: import recordings, a transcription queue, and a transcript tied to the audio.

Every word stays tied to the second it was spoken: clicking one plays the recording from
there, the word being played is highlighted, and words the recogniser was unsure of
(probability < 0.5) are underlined for checking. Transcription runs in the engine's
killable subprocess job through ``ctx.jobs``; segments arrive as progress events and are
appended as they come, so the editor stays responsive.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.engine.core.errors import CopydeskError
from desktop.engine.core.events import JobWarning, SegmentSaved, SpeakersLabelled, TranscriptStarted
from desktop.engine.core.jobs import Progress
from desktop.engine.core.text import clock
from desktop.engine.transcription import glossary, transcribe
from desktop.engine.transcription.audio import AUDIO_EXTENSIONS
from desktop.engine.transcription.loss import start_rerun
from desktop.engine.transcription.speakers import describe_method
from desktop.engine.transcription.status import can_resume
from desktop.engine.transcription.transcripts import Segment, TranscriptStore
from desktop.ui import file_filters
from desktop.ui.audio_player import AudioPlayer
from desktop.ui.context import AppContext
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.import_options import ImportChoice, ImportOptionsDialog
from desktop.ui.loss_banner import LossBanner
from desktop.ui.playback_bar import PlaybackBar
from desktop.ui.playback_bar import shortcut_lines as playback_shortcut_lines
from desktop.ui.resume_offer import ResumeOffer, interrupted, status_text
from desktop.ui.transcript_editing import TranscriptEditing
from desktop.ui.transcript_editing import shortcut_lines as editing_shortcut_lines
from desktop.ui.transcript_export import export_transcript
from desktop.ui.transcript_queue import QueueRow
from desktop.ui.transcript_send import SendToDraft
from desktop.ui.transcript_text import LOW_CONFIDENCE, TranscriptText, WordSpot, speaker_label
from desktop.ui.voice_suggestions import VoiceSuggestions

__all__ = ["LOW_CONFIDENCE", "QueueRow", "TranscriptPanel", "TranscriptText", "WordSpot", "create_panel"]


class TranscriptPanel(SendToDraft, QWidget):
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
        self._reopen_last()

    # --- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import audio…"))
        self.import_button.clicked.connect(self.import_audio)
        self.picker = QComboBox()
        self.picker.activated.connect(lambda i: self.show_transcript(self.picker.itemData(i)))
        self.resume_button = QPushButton(self.tr("Resume"))
        self.resume_button.setToolTip(self.tr("Carry on transcribing from where it stopped"))
        self.resume_button.clicked.connect(lambda: self.transcript_id is not None and self.resume(self.transcript_id))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save this transcript, with your corrections, as DOCX, SRT, VTT, "
                                              "TXT or JSON"))
        self.export_button.clicked.connect(self.export_current)
        for w, stretch in ((self.import_button, 0), (self.picker, 1), (self.resume_button, 0),
                           (self.export_button, 0)):
            top.addWidget(w, stretch)
        layout.addLayout(top)
        self.resume_offer = ResumeOffer(self)
        self.resume_offer.sig_resume.connect(self.resume)
        layout.addWidget(self.resume_offer)
        self.queue_box = QVBoxLayout()
        layout.addLayout(self.queue_box)
        self.note = QLabel(describe_method())
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #757575; font-size: small;")
        layout.addWidget(self.note)
        self.loss = LossBanner(self)
        self.loss.sig_play.connect(self.play_from)
        self.loss.sig_rerun.connect(self.rerun_range)
        layout.addWidget(self.loss)
        self.voice_suggestions = VoiceSuggestions(self.ctx.store, self)  # as the record panel shows them
        self.voice_suggestions.sig_named.connect(lambda tid, *_: self.show_transcript(tid))
        self.sig_transcript_shown.connect(self.voice_suggestions.show_for)
        layout.addWidget(self.voice_suggestions)
        self.view = TranscriptText()
        self.view.sig_word_clicked.connect(self.play_from)
        self.view.sig_context.connect(self._context_menu)
        layout.addWidget(self.view, 1)
        self.editing = TranscriptEditing(self.view, self.transcripts, lambda: self.transcript_id,
                                         lambda: self.transcript_id is not None and self.show_transcript(
                                             self.transcript_id), self)
        self.sig_transcript_shown.connect(lambda _tid: self.editing.history.update_actions())
        layout.insertLayout(layout.indexOf(self.view), self.editing.history.toolbar())  # no wider dock
        self.playback = PlaybackBar(self.player, self, self)
        self.play_button, self.speed = self.playback.play_button, self.playback.speed
        controls = FlowLayout()  # wraps on a narrow screen instead of widening the dock
        controls.addWidget(self.playback, 1)
        self.send_button = QPushButton(self.tr("Send whole transcript to draft"))
        self.send_button.clicked.connect(lambda: self.send_to_draft())
        self.view.selectionChanged.connect(self._update_send_label)
        controls.addWidget(self.send_button)
        layout.addLayout(controls)
        self.send_status = QLabel("")
        self.send_status.setWordWrap(True)
        layout.addWidget(self.send_status)
        self.player.sig_position.connect(self.view.highlight_time)

    def menu_actions(self) -> list[QAction]:
        act = QAction(self.tr("Import audio for transcription…"), self)
        act.setShortcut(QKeySequence("Ctrl+Shift+I"))
        act.triggered.connect(self.import_audio)
        return [act]

    def shortcut_lines(self) -> list[str]:
        """Playback keys, for the shortcut dialog (the same list the bar installs)."""
        return [*playback_shortcut_lines(), *editing_shortcut_lines()]

    # --- import and queue --------------------------------------------------------------
    def import_audio(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Import audio"), "",
                                                file_filters.join(["audio", "all"]))
        self.ask_and_enqueue([Path(f) for f in files])

    def ask_and_enqueue(self, paths: list[Path]) -> None:
        """Language and speaker count first (the reporter knows them), then the queue."""
        if not paths:
            return
        dialog = ImportOptionsDialog([p.name for p in paths], self.ctx.settings.transcribe_language, self)
        if dialog.exec():
            self.enqueue(paths, dialog.choice())

    def dragEnterEvent(self, event) -> None:
        if any(Path(u.toLocalFile()).suffix.lower() in AUDIO_EXTENSIONS for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        self.ask_and_enqueue([Path(u.toLocalFile()) for u in event.mimeData().urls()
                      if u.isLocalFile() and Path(u.toLocalFile()).suffix.lower() in AUDIO_EXTENSIONS])
        event.acceptProposedAction()

    def enqueue(self, paths: list[Path], choice: ImportChoice | None = None,
                transcript_id: int | None = None) -> list[QueueRow]:
        rows = []
        for path in paths:
            row = QueueRow(path, self._cancel_row, self)
            row.choice, row.transcript_id = choice, transcript_id
            self.queue.append(row)
            self.queue_box.addWidget(row)
            rows.append(row)
        self._next()
        return rows

    def resume(self, transcript_id: int) -> QueueRow | None:
        """Carry on a cancelled or interrupted transcription from its last saved segment."""
        if transcript_id in self.live_ids():
            return None
        tr = self.transcripts.get(transcript_id, with_segments=False)
        options = tr.options
        choice = ImportChoice(str(options.get("language", tr.language) or "auto"), int(options.get("speakers", 2)))
        self.show_transcript(transcript_id)
        return self.enqueue([Path(tr.asset_path)], choice, transcript_id)[0]

    def _next(self) -> None:
        if self.running is not None:
            return
        row = next((r for r in self.queue if r.handle is None and not r.finished), None)
        if row is None:
            return
        self.running = row
        row.status.setText(self.tr("Starting…"))
        story = glossary.transcription_vocabulary(self.ctx.store, self.ctx.current_document_id())
        opts = transcribe.options_from_settings(vocabulary=[*story, *self.transcripts.known_names()],
                                                settings=self.ctx.settings)
        if row.choice is not None:
            opts = row.choice.apply(opts)
        store_path, tid = self.ctx.store.path, row.transcript_id
        row.handle = self.ctx.jobs.start(
            self.tr("Transcribing %1").replace("%1", row.path.name),
            lambda token, p=row.path: transcribe.start(p, opts, store_path=store_path, transcript_id=tid,
                                                       cancel=token),
            on_progress=lambda e, r=row: self._on_progress(r, e),
            on_result=lambda res, r=row: self._finish(r, res, None),
            on_error=lambda err, r=row: self._finish(r, None, err),
            on_cancel=lambda r=row: self._finish(r, None, None, cancelled=True))
        row.handle.sig_progress.connect(row.show_progress)
        if tid is not None:
            self.refresh_list()  # a resumed transcript is "transcribing" from now on

    def _on_progress(self, row: QueueRow, event: Progress) -> None:
        match event.data:
            case TranscriptStarted(transcript_id=tid):
                row.transcript_id = tid
                if self.transcript_id != tid:
                    self.show_transcript(tid)
                self.refresh_list()
            case SegmentSaved(transcript_id=tid, segment=saved) if tid == self.transcript_id:
                seg = Segment.from_dict(saved)
                if self.view.segment_spans and self.view.segment_spans[-1][2] == seg.idx:
                    self.show_transcript(tid)  # a repetition marker grew: redraw
                else:
                    self.view.append_segment(seg)
            case SpeakersLabelled(transcript_id=tid) if tid is not None and tid == self.transcript_id:
                self.show_transcript(tid)  # voices relabelled (and maybe split) the segments: redraw
            case JobWarning(message=message):
                row.status.setText(message)
                row.status.setStyleSheet("color: #ef6c00;")

    def _finish(self, row: QueueRow, result: dict | None, err: CopydeskError | None,
                cancelled: bool = False) -> None:
        if cancelled:
            if row.transcript_id is not None:  # the killed child cannot say so itself
                self.transcripts.update(row.transcript_id, status="cancelled")
            row.done(self.tr("Cancelled: the part done so far is kept. Press Resume to carry on."))
        elif err is not None:
            row.done(err.full_message(), error=True)
        else:
            row.bar.setValue(1000)
            warn = result and result.get("truncated_at") is not None
            if result and result.get("empty"):
                row.done(self.tr("No speech recognised"), error=True)
            elif result and result.get("dropped"):
                row.done(self.tr("Done, with stretches of sound that have no text"), error=True)
            else:
                row.done(self.tr("Stopped at the damaged part") if warn else self.tr("Done"), error=bool(warn))
        self.running = None if self.running is row else self.running
        self.refresh_list()
        self.ctx.documents_changed()  # the library lists transcripts too
        if row.transcript_id is not None and row.transcript_id == self.transcript_id:
            self.show_transcript(self.transcript_id)
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

    def rerun_range(self, start: float, end: float) -> None:
        """Transcribe ``start``–``end`` again with the speech filters off (a job like any other)."""
        if self.transcript_id is None:
            return
        tid, store_path = self.transcript_id, self.ctx.store.path
        self.loss.busy = True
        self.loss.show_for(self.transcripts.get(tid))

        def done(_result=None, _err=None) -> None:
            self.loss.busy = False
            if _err is not None:
                QMessageBox.warning(self, self.tr("Transcribe again"), _err.full_message())
            if self.transcript_id == tid:
                self.show_transcript(tid)

        self.ctx.jobs.start(self.tr("Listening again to %1").replace("%1", f"{clock(start)}–{clock(end)}"),
                            lambda token: start_rerun(tid, start, end, store_path=store_path, cancel=token),
                            on_result=lambda res: done(res), on_error=lambda err: done(None, err),
                            on_cancel=lambda: done())

    # --- showing transcripts -----------------------------------------------------------
    def live_ids(self) -> set[int]:
        return {r.transcript_id for r in self.queue if r.handle is not None and not r.finished
                and r.transcript_id is not None}

    def refresh_list(self) -> None:
        live = self.live_ids()
        self.picker.clear()
        for tr in self.transcripts.list():
            self.picker.addItem(f"{tr.title} ({status_text(tr.status, tr.id in live)})", tr.id)
        if self.transcript_id is not None:
            self.picker.setCurrentIndex(max(0, self.picker.findData(self.transcript_id)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        tid = self.transcript_id
        status = self.transcripts.get(tid, with_segments=False).status if tid is not None else ""
        self.resume_button.setVisible(tid is not None and can_resume(status, tid in self.live_ids()))
        self.export_button.setEnabled(tid is not None)

    def _reopen_last(self) -> None:
        """After a restart: the transcript last looked at (or the newest), and any crash to resume."""
        last = self.ctx.store.get_meta("transcripts.last_shown")
        ids = [self.picker.itemData(i) for i in range(self.picker.count())]
        wanted = int(last) if last and last.isdigit() and int(last) in ids else (ids[0] if ids else None)
        if wanted is not None:
            self.show_transcript(wanted)
        self.resume_offer.offer(interrupted(self.transcripts, self.live_ids()))

    def resume_pending(self) -> bool:
        """True while the start-up offer to resume an interrupted transcription is showing."""
        return bool(self.resume_offer.pending)

    def show_transcript(self, transcript_id: int) -> None:
        tr = self.transcripts.get(transcript_id)
        self.transcript_id = transcript_id
        self.view.clear_all()
        self.view.append_segments(tr.segments)
        if tr.asset_path:
            self.player.load(tr.asset_path)
            self.player.set_duration(float(tr.duration or 0.0))
        self.loss.show_for(tr)
        if self.ctx.store.get_meta("transcripts.last_shown") != str(transcript_id):
            self.ctx.store.set_meta("transcripts.last_shown", str(transcript_id))
        self.refresh_list()
        self.sig_transcript_shown.emit(transcript_id)

    def export_current(self) -> None:
        if self.transcript_id is not None:
            export_transcript(self, self.ctx.store, self.transcript_id)

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
        self.editing.add_actions(menu, idx, self.view.context_spot)
        menu.addSeparator()
        menu.addAction(self.tr("Rename speaker “%1” everywhere…").replace("%1", speaker_label(seg.speaker)),
                       lambda: self._ask_rename(seg.speaker))
        menu.addAction(self.tr("Edit text…"), lambda: self._ask_edit(seg))
        menu.addAction(self.tr("Send to draft"), lambda: self.send_to_draft(only=idx))
        menu.popup(pos)

    def rename_speaker(self, old: str, new: str) -> None:
        if self.transcript_id is not None and self.transcripts.rename_speaker(self.transcript_id, old, new):
            self.show_transcript(self.transcript_id)

    def _ask_rename(self, old: str) -> None:
        new, ok = QInputDialog.getText(self, self.tr("Rename speaker"), self.tr("New name"), text=speaker_label(old))
        if ok:
            self.rename_speaker(old, new)

    def _ask_edit(self, seg: Segment) -> None:
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Edit text"), self.tr("Text"), seg.text)
        if ok and text.strip() and self.transcript_id is not None:
            self.transcripts.edit_text(self.transcript_id, seg.idx, text)
            self.show_transcript(self.transcript_id)


def create_panel(ctx: AppContext) -> QWidget:
    return TranscriptPanel(ctx)

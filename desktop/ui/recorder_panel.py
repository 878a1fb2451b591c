"""Record panel: record an interview from the microphone, watch it transcribed live.

The panel only renders engine state: ``engine.transcription.recording.Recorder`` writes the crash-safe
file (pumped by a 100 ms timer here, a disk write at most), ``engine.transcription.live`` transcribes the
growing file in the killable job process and, when recording stops, runs the ordinary
file transcription of it (the stored transcript equals an import of the same file).
Recordings interrupted by a crash are repaired when the panel opens and offered for
transcription. The source is injectable (``start_recording(source=...)``) so tests feed a
WAV file where there is no sound card.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.engine.core.errors import CopydeskError
from desktop.engine.core.events import LiveSegment, SpeakersLabelled, TranscriptStarted
from desktop.engine.core.jobs import Progress
from desktop.engine.core.settings import save_settings
from desktop.engine.core.text import clock
from desktop.engine.transcription import glossary, live, recording, transcribe, voiceprints
from desktop.engine.transcription.pcm import SILENCE_DBFS, PcmSource
from desktop.engine.transcription.transcripts import TranscriptStore
from desktop.ui.context import AppContext
from desktop.ui.voice_suggestions import VoiceSuggestions

PUMP_MS = 100
METER_FLOOR_DB = -60


class RecorderPanel(QWidget):
    sig_state = Signal(str)  # "idle" | "recording" | "finishing" | "done" | "failed"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Record"))
        self.state = "idle"
        self.recorder: recording.Recorder | None = None
        self.handle = None
        self.live_segments: list[dict] = []
        self.transcript_id: int | None = None
        self.recovered: list[Path] = []
        self.last_path: Path | None = None
        self.ask_consent = self._ask_consent_dialog  # replaceable in tests (no modal dialogs there)
        self._build()
        self.timer = QTimer(self)
        self.timer.setInterval(PUMP_MS)
        self.timer.timeout.connect(self.pump)
        self.recover_interrupted()

    # --- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        self.mic = QComboBox()
        self.record_button = QPushButton(self.tr("● Record"))
        self.record_button.clicked.connect(self.toggle)
        self.elapsed = QLabel("0:00")
        self.meter = QProgressBar()
        self.meter.setRange(METER_FLOOR_DB, 0)
        self.meter.setTextVisible(False)
        self.meter.setValue(METER_FLOOR_DB)
        self.meter.setToolTip(self.tr("Input level"))
        self.status = QLabel(self.tr("Record an interview: it is saved every second, and transcribed as you speak."))
        self.status.setWordWrap(True)
        self.live_view = QTextEdit()
        self.live_view.setReadOnly(True)
        self.live_view.setPlaceholderText(self.tr("The live transcript appears here while you record."))
        self.open_button = QPushButton(self.tr("Open transcript"))
        self.open_button.clicked.connect(self.open_transcript)
        self.open_button.hide()
        self.voice_suggestions = VoiceSuggestions(self.ctx.store, self)  # shared with the transcript panel
        self.suggestion_box = self.voice_suggestions.rows
        self.recovered_box = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.mic, 1)
        top.addWidget(self.record_button)
        meter_row = QHBoxLayout()
        meter_row.addWidget(self.meter, 1)
        meter_row.addWidget(self.elapsed)
        layout = QVBoxLayout(self)
        layout.addLayout(self.recovered_box)
        layout.addLayout(top)
        layout.addLayout(meter_row)
        layout.addWidget(self.status)
        layout.addWidget(self.live_view, 1)
        layout.addWidget(self.voice_suggestions)
        layout.addWidget(self.open_button)
        self.refresh_microphones()

    def refresh_microphones(self) -> None:
        from desktop.ui.recorder_qt import microphones

        self.mic.clear()
        for device in microphones():
            self.mic.addItem(device.description(), device)
        if self.mic.count() == 0:
            self.mic.addItem(self.tr("No microphone found"), None)

    def menu_actions(self) -> list[QAction]:
        record = QAction(self.tr("Record interview…"), self)
        record.setShortcut("Ctrl+Shift+R")
        record.triggered.connect(self._raise_and_toggle)
        glossary_action = QAction(self.tr("Story glossary…"), self)
        glossary_action.triggered.connect(self.edit_glossary)
        return [record, glossary_action]

    def _raise_and_toggle(self) -> None:
        dock = self.parentWidget()
        if dock is not None:
            dock.show()
            dock.raise_()
        self.toggle()

    # --- recording ---------------------------------------------------------------------
    def toggle(self) -> None:
        if self.state == "recording":
            self.stop_recording()
        elif self.state != "finishing":
            self.start_recording()

    def _set_state(self, state: str) -> None:
        self.state = state
        self.record_button.setText(self.tr("■ Stop") if state == "recording" else self.tr("● Record"))
        self.record_button.setEnabled(state != "finishing")
        self.mic.setEnabled(state not in ("recording", "finishing"))
        self.sig_state.emit(state)

    def start_recording(self, source: PcmSource | None = None, path: Path | None = None) -> bool:
        """Start recording from ``source`` (default: the chosen microphone). False if it could not start."""
        self.ensure_consent_asked()
        try:
            if source is None:
                from desktop.ui.recorder_qt import QtMicSource

                source = QtMicSource(self.mic.currentData())
            doc_id = self.ctx.current_document_id()
            self.recorder = recording.Recorder(source, path, document_id=doc_id)
            self.recorder.start()
        except CopydeskError as err:
            self.recorder = None
            self._fail(err.full_message())
            return False
        self.live_segments, self.transcript_id = [], None
        self.last_path = self.recorder.path
        self.live_view.clear()
        self.open_button.hide()
        self.voice_suggestions.clear()
        self._set_state("recording")
        self.status.setText(self.tr("Recording to %1").replace("%1", self.recorder.path.name))
        self.timer.start()
        self._start_transcription(self.recorder.path, live_job=True)
        return True

    def pump(self) -> None:
        if self.recorder is None:
            return
        try:
            self.recorder.pump()
        except CopydeskError as err:  # disk full: keep what is written, stop cleanly
            self.stop_recording()
            self._fail(err.full_message())
            return
        rms, _peak = self.recorder.level
        self.meter.setValue(int(max(METER_FLOOR_DB, min(0, rms))) if rms > SILENCE_DBFS else METER_FLOOR_DB)
        self.elapsed.setText(clock(self.recorder.seconds))
        if self.recorder.clipped:
            self.meter.setToolTip(self.tr("Too loud: move the microphone away a little"))
        if self.recorder.source.finished:
            reason = self.recorder.source.error
            self.stop_recording()
            if reason:
                self.status.setText(self.tr("Recording stopped: %1").replace("%1", reason))

    def stop_recording(self) -> None:
        if self.recorder is None:
            return
        self.timer.stop()
        try:
            state = self.recorder.stop()
        except CopydeskError as err:
            self._fail(err.full_message())
            return
        self.recorder = None
        self.meter.setValue(METER_FLOOR_DB)
        if self.handle is not None and self.handle.running:
            self._set_state("finishing")
            self.status.setText(self.tr("Saved %1 (%2). Making the final transcript…")
                                .replace("%1", Path(state.path).name).replace("%2", clock(state.seconds)))
        else:  # the live job was cancelled: the recording is kept and can be transcribed later
            self._set_state("idle")
            self._offer(Path(state.path))

    def shutdown(self) -> None:
        """The app is closing: finish the recording cleanly and leave its transcript resumable.

        Called by the main window before it stops timers and cancels jobs. The WAV is closed
        with all audio captured until now, the live job stops, and a recording whose file
        transcription had not begun gets a waiting transcript that the transcript panel
        offers to resume next time (a begun one is resumable as it is).
        """
        path = self.recorder.path if self.recorder is not None else self.last_path
        pending = self.recorder is not None or self.state == "finishing"
        if self.recorder is not None:
            self.timer.stop()
            try:
                self.recorder.stop()
            except CopydeskError:
                path = None  # the sidecar still says "recording": the next start repairs and offers it
            self.recorder = None
        if self.handle is not None and self.handle.running:
            self.handle.cancel()
        if pending and path is not None and self.transcript_id is None:
            with contextlib.suppress(CopydeskError):  # else the WAV stays in the recordings folder to import
                live.leave_resumable(self.ctx.store, path, self._options())

    # --- transcription -----------------------------------------------------------------
    def _options(self) -> transcribe.TranscribeOptions:
        story = glossary.transcription_vocabulary(self.ctx.store, self.ctx.current_document_id())
        names = TranscriptStore(self.ctx.store).known_names()
        return transcribe.options_from_settings(vocabulary=[*story, *names], settings=self.ctx.settings)

    def _start_transcription(self, path: Path, live_job: bool) -> None:
        opts, store_path = self._options(), self.ctx.store.path
        if live_job:
            make = lambda token: live.start(path, opts, store_path=store_path, cancel=token)  # noqa: E731
            label = self.tr("Live transcription of %1").replace("%1", path.name)
        else:
            make = lambda token: transcribe.start(path, opts, store_path=store_path, cancel=token)  # noqa: E731
            label = self.tr("Transcribing %1").replace("%1", path.name)
        self.handle = self.ctx.jobs.start(label, make, on_progress=self._on_progress, on_result=self._on_result,
                                          on_error=self._on_error, on_cancel=self._on_cancel)

    def transcribe_recording(self, path: Path) -> None:
        """Transcribe a finished or recovered recording (no live phase)."""
        self._set_state("finishing")
        self.status.setText(self.tr("Transcribing %1…").replace("%1", path.name))
        self._start_transcription(path, live_job=False)

    def _on_progress(self, event: Progress) -> None:
        match event.data:
            case LiveSegment(segment=seg):
                self.live_segments.append(seg)
                self.live_view.append(f"[{clock(seg['start'])}] {seg['text']}")
            case TranscriptStarted(transcript_id=tid):
                self.transcript_id = tid
            case SpeakersLabelled(suggestions=suggestions) if suggestions:
                self.show_suggestions(suggestions)

    def _on_result(self, result: dict) -> None:
        self.transcript_id = result.get("transcript_id", self.transcript_id)
        self._set_state("done")
        self.status.setText(self.tr("Transcript saved: %1 segments.").replace("%1", str(result.get("segments", 0))))
        self.open_button.show()

    def _on_error(self, err: CopydeskError) -> None:
        if self.recorder is not None:  # transcription failed but the recording goes on
            self.status.setText(err.full_message())
            return
        self._fail(err.full_message())

    def _on_cancel(self) -> None:
        if self.state == "finishing":
            self._set_state("idle")
            self.status.setText(self.tr("Transcription cancelled. The recording is kept."))

    def _fail(self, text: str) -> None:
        self._set_state("failed")
        self.status.setText(text)

    def open_transcript(self) -> None:
        window = self.window()
        if self.transcript_id is not None and hasattr(window, "open_transcript"):
            window.open_transcript(self.transcript_id, 0.0)

    # --- voices ------------------------------------------------------------------------
    def ensure_consent_asked(self) -> None:
        """Ask once whether voice prints may be kept; "no" (or no answer) keeps none."""
        settings = self.ctx.settings
        if settings.voiceprint_consent != "unasked":
            return
        answer = self.ask_consent()
        if answer is None:
            return
        settings.voiceprint_consent = "yes" if answer else "no"
        with contextlib.suppress(OSError):
            save_settings(settings)
        if not answer:
            voiceprints.forget_all(self.ctx.store)

    def _ask_consent_dialog(self) -> bool | None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Recognise speakers by voice?"))
        box.setText(self.tr("Copydesk can keep a voice print of each speaker you name, so that next time it "
                            "suggests their name. Voice prints stay in this computer's library and are deleted "
                            "with the speaker's transcript. You can change this in Settings."))
        yes = box.addButton(self.tr("Keep voice prints"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Don't keep them"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is yes

    def show_suggestions(self, suggestions: dict[str, dict]) -> None:
        self.voice_suggestions.show_for(self.transcript_id, suggestions)

    def apply_suggestion(self, label: str, name: str) -> int:
        return self.voice_suggestions.apply(label, name)

    def settings_pages(self) -> list[tuple[QWidget, str]]:
        """A Settings page: consent to voice prints, and forgetting one person's voice."""
        page = QWidget()
        lay = QVBoxLayout(page)
        self._consent_box = QCheckBox(self.tr("Keep voice prints of named speakers to suggest their names later"))
        self._consent_box.setChecked(self.ctx.settings.voiceprint_consent == "yes")
        forget = QPushButton(self.tr("Forget a speaker's voice…"))
        forget.clicked.connect(lambda: self._ask_forget(page))
        lay.addWidget(self._consent_box)
        lay.addWidget(forget)
        lay.addStretch(1)
        return [(page, self.tr("Voices"))]

    def settings_changed(self) -> None:
        box = getattr(self, "_consent_box", None)
        if box is None:
            return
        before = self.ctx.settings.voiceprint_consent
        after = "yes" if box.isChecked() else ("unasked" if before == "unasked" else "no")
        self._consent_box = None
        if after == before:
            return
        self.ctx.settings.voiceprint_consent = after
        save_settings(self.ctx.settings)
        if after == "no":
            voiceprints.forget_all(self.ctx.store)

    def _ask_forget(self, parent: QWidget) -> None:
        names = voiceprints.names_with_prints(self.ctx.store)
        if not names:
            QMessageBox.information(parent, self.tr("Voices"), self.tr("No voice prints are stored."))
            return
        name, ok = QInputDialog.getItem(parent, self.tr("Forget a voice"), self.tr("Speaker"), names, 0, False)
        if ok and name:
            voiceprints.forget(self.ctx.store, name)

    # --- recovery ----------------------------------------------------------------------
    def recover_interrupted(self) -> None:
        """Repair recordings a crash interrupted and offer to transcribe them."""
        for path in recording.unfinished_recordings():
            try:
                state = recording.recover(path)
            except CopydeskError as err:
                self.status.setText(err.full_message())
                continue
            self.recovered.append(path)
            self._offer(path, self.tr("Recovered %1 (%2) after an interruption.")
                        .replace("%1", path.name).replace("%2", clock(state.seconds)))

    def _offer(self, path: Path, text: str | None = None) -> None:
        row = QWidget()
        lay = QHBoxLayout(row)
        lay.setContentsMargins(0, 0, 0, 0)
        label = QLabel(text or self.tr("Saved %1.").replace("%1", path.name))
        label.setWordWrap(True)
        button = QPushButton(self.tr("Transcribe"))
        button.clicked.connect(lambda: (row.hide(), self.transcribe_recording(path)))
        lay.addWidget(label, 1)
        lay.addWidget(button)
        self.recovered_box.addWidget(row)

    # --- glossary ----------------------------------------------------------------------
    def edit_glossary(self) -> None:
        from desktop.ui.glossary_dialog import GlossaryDialog

        doc_id = self.ctx.current_document_id()
        if doc_id is None:
            self.status.setText(self.tr("Open or create a story first: the glossary belongs to a story."))
            return
        GlossaryDialog(self.ctx.store, doc_id, self).exec()


def create_panel(ctx: AppContext) -> QWidget:
    return RecorderPanel(ctx)

"""Closing the app in the middle of a recording is a clean stop, not a crash to repair."""

from __future__ import annotations

import wave
from pathlib import Path

from desktop.engine.transcription import recording
from desktop.engine.transcription.pcm import WavFileSource
from desktop.engine.transcription.transcripts import TranscriptStore
from tests.speech import SENTENCES, needs_espeak
from tests.speech import interview_wav as interview


def _pcm(path: Path) -> bytes:
    with wave.open(str(path), "rb") as w:  # raises on a header that does not match the data
        assert (w.getframerate(), w.getnchannels(), w.getsampwidth()) == (16_000, 1, 2)
        return w.readframes(w.getnframes())


@needs_espeak
def test_closing_mid_recording_keeps_the_audio_and_leaves_the_transcript_resumable(qtbot, qapp,
                                                                                   tmp_path: Path) -> None:
    from desktop.engine.core.settings import Settings, save_settings
    from desktop.ui.transcript_view import create_panel
    from tests.ui.conftest import app_window

    source = interview(tmp_path / "speech.wav", SENTENCES)  # about 20 s, fed in real time
    fed = _pcm(source)
    with app_window(qtbot, qapp, "en") as win:
        ctx = win.ctx
        ctx.settings.asr_model, ctx.settings.transcribe_language, ctx.settings.cpu_threads = "whisper-tiny.en", "en", 2
        save_settings(ctx.settings)
        rec = win.panels["recorder"]
        rec.ask_consent = lambda: False
        assert rec.start_recording(WavFileSource(source, speed=1.0))
        live_job = rec.handle
        qtbot.waitUntil(lambda: rec.recorder is not None and rec.recorder.seconds > 2.5, timeout=20_000)
        path = rec.recorder.path
        heard = rec.recorder.seconds
        win.close()

        state = recording.read_state(path)
        assert state.finished and not state.recovered  # finished by the close, not repaired later
        kept = _pcm(path)
        assert len(kept) == round(state.seconds * 32_000) and state.seconds >= heard
        assert state.seconds < len(fed) / 32_000  # the close stopped it: the source had more
        assert kept == fed[:len(kept)]  # every sample up to the close, exactly as captured
        assert recording.unfinished_recordings() == []  # nothing for the next start to repair
        qtbot.waitUntil(lambda: not live_job.running, timeout=10_000)  # the live job was stopped

        ts = TranscriptStore(ctx.store)
        waiting = [t for t in ts.list() if Path(t.asset_path) == path.resolve()]
        assert len(waiting) == 1 and waiting[0].status in ("new", "running")
        assert waiting[0].options["model"] == "whisper-tiny.en"

        save_settings(Settings(asr_model="whisper-tiny.en", transcribe_language="en", cpu_threads=2))
        panel = create_panel(ctx)  # the next start: offered, and Resume makes the real transcript
        qtbot.addWidget(panel)
        assert [p[0] for p in panel.resume_offer.pending] == [waiting[0].id]
        panel.resume_offer.resume_button.click()
        qtbot.waitUntil(lambda: bool(panel.queue) and all(r.finished for r in panel.queue), timeout=120_000)
        tr = ts.get(waiting[0].id)
        assert tr.status == "done", panel.queue[-1].status.text()
        assert "council voted" in " ".join(s.text for s in tr.segments).lower()  # the first 2.5 s
        panel.close()

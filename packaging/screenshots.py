"""Walk the main states of the real window and save screenshots under build/screenshots/.

Run through ``packaging/screenshots.sh`` (starts Xvfb) or with any display. Each state is
captured in English and in Chinese, so both can be looked at, not only tested.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

OUT = Path(os.environ.get("SCREENSHOT_DIR", "build/screenshots"))
# SCREENSHOT_SIZE=1024x700 looks at a small laptop screen (the names then carry the size)
SIZE = tuple(int(n) for n in os.environ.get("SCREENSHOT_SIZE", "1280x800").split("x"))

CLIP = Path(__file__).resolve().parents[2] / "shared" / "eval" / "speech" / "audio" / "en_jfk_inaugural_1961.wav"
TYPOS_ZH = ("本市交通管理部门昨天宣布，地铁三号线将从下月起延长运营时间至零点。。\n"
            "王市长再接受采访时说：“我们希望让夜班工作者也能安全回家。\n"
            "据统计，三号线工作日日均客流约为四十二万人次，部署工作己经开始。\n"
            "不少乘客表示，他们真的恨高兴能坐上末班车。")
STORY_ZH = ("本市交通管理部门昨天宣布，地铁三号线将从下月起延长运营时间至零点。\n"
            "王市长在接受采访时说：“我们希望让夜班工作者也能安全回家。”\n"
            "据统计，三号线工作日日均客流约为四十二万人次。")
STORY_EN = ("The city's transport department said on Monday that Line 3 will run until midnight from next month.\n"
            "\"We want night-shift workers to get home safely,\" the mayor said in an interview.\n"
            "Line 3 carries about 420,000 passengers on an average weekday.")


def settle(seconds: float = 0.3) -> None:
    import time

    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def wait_for(condition, timeout: float = 120.0) -> bool:
    import time

    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return True
        settle(0.1)
    return False


def raise_dock(window, name: str) -> None:
    from PySide6.QtWidgets import QDockWidget

    dock = window.findChild(QDockWidget, name)
    if dock is not None:
        dock.show()
        dock.raise_()


def shoot(widget, name: str) -> None:
    settle(0.3)
    suffix = "" if SIZE == (1280, 800) else f"-{SIZE[0]}x{SIZE[1]}"
    path = OUT / f"{name}{suffix}.png"
    widget.grab().save(str(path))
    print(path)


def run(language: str) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.engine.core.settings import Settings, save_settings

    home = tempfile.mkdtemp(prefix=f"copydesk-shots-{language}-")
    os.environ["COPYDESK_HOME"] = home
    save_settings(Settings(ui_language=language))
    app = QApplication.instance() or QApplication(sys.argv)
    for t in getattr(app, "_translators", []):
        app.removeTranslator(t)
    from desktop.ui.app import build_context
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings_dialog import SettingsDialog
    from desktop.ui.version_dialog import VersionDialog

    ctx, messages = build_context(app)
    assert ctx is not None
    window = MainWindow(ctx, messages)
    window.resize(*SIZE)
    window.show()
    shoot(window, f"{language}-01-empty-library")
    for title, body in (("地铁延长运营", STORY_ZH), ("Line 3 runs later", STORY_EN)):
        ctx.store.create_document(title, body, language="zh" if body is STORY_ZH else "en")
    window.documents.refresh()
    window.open_document(ctx.store.list_documents()[-1].id)
    shoot(window, f"{language}-02-document")
    window.documents.search.setText("地铁")
    window.documents.refresh()
    shoot(window, f"{language}-03-search")
    ctx.store.save_document(window.doc_id, body=window.editor.toPlainText() + "\n补充：末班车时间待定。", snapshot="manual")
    dialog = VersionDialog(ctx.store, window.doc_id, window)
    dialog.show()
    shoot(dialog, f"{language}-04-version-history")
    dialog.close()
    settings = SettingsDialog(ctx.settings, ctx.models, window)
    settings.show()
    shoot(settings, f"{language}-05-settings")
    settings.tabs.setCurrentIndex(1)
    shoot(settings, f"{language}-05b-settings-proofreading")
    settings.close()
    # proofreading marks
    doc = ctx.store.create_document("审校示例", TYPOS_ZH, language="zh")
    window.documents.refresh()
    window.open_document(doc.id)
    raise_dock(window, "proofread")
    proofread = window.panels.get("proofread")
    if proofread is not None:
        proofread.run_check()
        wait_for(lambda: bool(window.editor.marks("proofread")), 30)
        shoot(window, f"{language}-06-proofreading-marks")
        done: list[int] = []
        proofread.sig_deep_checked.connect(done.append)
        proofread.deep_check(whole_document=True)
        wait_for(lambda: bool(done), 180)
        shoot(window, f"{language}-06b-deep-check")
    # assistant streaming (the small English model, so the shot comes quickly)
    en_doc = ctx.store.create_document("Line 3", STORY_EN, language="en")
    window.open_document(en_doc.id)
    assistant = window.panels.get("assistant")
    if assistant is not None:
        raise_dock(window, "assistant")
        ctx.settings.llm_model = "smollm2-135m"
        assistant.run_task("summarize")
        wait_for(lambda: len(assistant.output.toPlainText()) > 40, 120)
        shoot(window, f"{language}-07-assistant-streaming")
        wait_for(lambda: assistant.handle is None, 120)
        shoot(window, f"{language}-08-assistant-done")
    # a transcript, transcribed for real, then playing from a word
    transcripts = window.panels.get("transcripts")
    if transcripts is not None and CLIP.exists():
        raise_dock(window, "transcripts")
        ctx.settings.asr_model = "whisper-tiny.en"
        transcripts.enqueue([CLIP])
        wait_for(lambda: transcripts.running is None and not transcripts.queue, 180)
        if transcripts.transcript_id is not None:
            transcripts.show_transcript(transcripts.transcript_id)
            transcripts.play_from(3.0)
        shoot(window, f"{language}-09-transcript-playing")
    # the choices asked at import, and the record panel fed from a file (no microphone here)
    from desktop.ui.import_options import ImportOptionsDialog

    options = ImportOptionsDialog(["interview-0412.m4a", "press-call.wav"], "auto", window)
    options.show()
    shoot(options, f"{language}-11-import-options")
    options.close()
    recorder = window.panels.get("recorder")
    if recorder is not None and CLIP.exists():
        from desktop.engine.transcription.pcm import WavFileSource

        raise_dock(window, "recorder")
        recorder.ask_consent = lambda: False
        recorder.start_recording(WavFileSource(CLIP, speed=1.0))
        wait_for(lambda: bool(recorder.live_segments), 60)
        shoot(window, f"{language}-12-recording-live")
        recorder.stop_recording()
        wait_for(lambda: recorder.state == "done", 180)
        shoot(window, f"{language}-13-recording-done")
    # the cloud consent dialog with a masked payload
    from desktop.engine.cloud.config import CloudConfig
    from desktop.engine.cloud.router import Router, TaskRequest
    from desktop.ui.cloud_dialogs import ConsentDialog

    router = Router(lambda *a: iter(()), config=CloudConfig("https://llm.example.org/v1", "big-model", True))
    req = TaskRequest("summarize", "市长王建国（电话 13812345678，邮箱 wang@example.org）表示地铁将延长运营。",
                      privacy="ask", route="cloud")
    consent = ConsentDialog(router.prepare(req), router.decide(req), window)
    consent.show()
    shoot(consent, f"{language}-10-cloud-consent")
    consent.close()
    window.close()
    ctx.store.close()


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    run(sys.argv[1] if len(sys.argv) > 1 else "en")

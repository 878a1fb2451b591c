"""Runs the real Copydesk window and types into it like a person, until it is killed.

Used by test_autosave_kill.py as a separate process: it starts the app exactly as
``desktop.ui.app.run_gui`` does (settings, library file, plugins, main window), then feeds key
events to the editor from the event loop and prints ``<monotonic time> <characters typed>``
after each one, so the killing test knows what was on screen when.

Patterns (argv[1]): ``steady`` (one key every 40 ms, no pause), ``bursts`` (1.2 s of keys, then
1.5 s of thought: always shorter than the quiet period, so a debounce alone never fires) and
``slow`` (one key every 1.9 s).
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

TEXT = "The mayor said the bridge would open in May. 市长说大桥五月通车。"


def main(pattern: str) -> int:
    app = QApplication(sys.argv)
    app.setApplicationName("Copydesk")
    from desktop.ui.app import build_context
    from desktop.ui.main_window import MainWindow

    ctx, messages = build_context(app)
    if ctx is None:
        print("no context:", messages, flush=True)
        return 1
    window = MainWindow(ctx, messages)
    window.show()
    window.activateWindow()
    window.editor.setFocus()
    typed = 0
    started = time.monotonic()
    timer = QTimer(window, singleShot=True, timerType=Qt.TimerType.PreciseTimer)

    def delay() -> int:
        if pattern == "slow":
            return 1900
        if pattern == "bursts":
            phase = (time.monotonic() - started) % 2.7
            return 40 if phase < 1.2 else int((2.7 - phase) * 1000) + 1
        return 40

    def key() -> None:
        nonlocal typed
        ch = TEXT[typed % len(TEXT)]
        if ch.isascii():
            QTest.keyClick(window.editor, ch)
        else:  # what an input method delivers for Chinese: a committed string
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QApplication.sendEvent(window.editor, event)
        typed += 1
        assert len(window.editor.toPlainText()) == typed
        print(f"{time.monotonic():.4f} {typed}", flush=True)
        timer.start(delay())

    timer.timeout.connect(key)
    print("ready", flush=True)
    timer.start(0)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

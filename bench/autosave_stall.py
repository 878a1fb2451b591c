"""Typing into a 200,000-character document while autosave runs: worst event-loop stall.

A 5 ms QTimer heartbeat records the longest gap between ticks while keystrokes are sent and
autosaves fire (the autosave interval is shortened so that many saves happen in the run).
Printed next to the same typing in a bare QPlainTextEdit, as a ratio. Target: < 50 ms.
"""

from __future__ import annotations

import os
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("COPYDESK_HOME", tempfile.mkdtemp())

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPlainTextEdit

# A long story in paragraphs of ~250 characters (one 200k-character line would measure Qt's
# line layout, not autosave: even a bare QPlainTextEdit stalls >100 ms per key on that).
_PARA = ("市政府宣布延长地铁三号线运营时间，The mayor said the line would run later. " * 5)[:249] + "\n"
BODY = (_PARA * 900)[:200_000]
KEYS = 400


class Heartbeat:
    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.clock = QElapsedTimer()
        self.worst = 0.0
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        self.clock.start()
        self.worst = 0.0
        self.timer.start()

    def tick(self) -> None:
        gap = self.clock.restart()
        self.worst = max(self.worst, gap - 5)


def type_into(app: QApplication, widget: QPlainTextEdit, beat: Heartbeat) -> float:
    widget.moveCursor(widget.textCursor().MoveOperation.End)
    beat.start()
    for i in range(KEYS):
        ch = "abcdefghij"[i % 10]
        app.sendEvent(widget, QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, ch))
        end = time.perf_counter() + 0.01  # ~100 keystrokes a second, event loop running in between
        while time.perf_counter() < end:
            app.processEvents()
    beat.timer.stop()
    return beat.worst


def main() -> None:
    app = QApplication([])
    from desktop.ui.app import build_context
    from desktop.ui.main_window import MainWindow

    ctx, messages = build_context(app)
    ctx.settings.autosave_seconds = 0.3
    window = MainWindow(ctx, messages)
    window.show()
    window.new_document()
    window.editor.setPlainText(BODY)
    window.flush()
    beat = Heartbeat()
    saves_before = len(ctx.store.versions(window.doc_id))
    ours = type_into(app, window.editor, beat)
    window.flush()
    saved = ctx.store.get_document(window.doc_id).body
    assert len(saved) == len(BODY) + KEYS, "autosave lost keystrokes"
    bare_widget = QPlainTextEdit()
    bare_widget.setPlainText(BODY)
    bare_widget.show()
    bare = type_into(app, bare_widget, beat)
    print(f"worst event-loop stall typing into 200,000 chars with autosave: copydesk {ours:.1f} ms | "
          f"bare QPlainTextEdit {bare:.1f} ms | ratio {ours / max(bare, 1.0):.2f} | "
          f"target < 50 ms: {'OK' if ours < 50 else 'MISSED'} | versions kept {saves_before}")
    window.close()


if __name__ == "__main__":
    main()

"""Cold start to an editable window (offscreen, models not loaded) and idle RSS.

Each run is a fresh process. Prints the median of the runs next to a bare PySide6 window
started the same way, and the ratio (so the figure holds on a loaded shared machine).
Targets: Copydesk < 1.5 s to an editable window; idle RSS < 250 MB.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile

RUNS = int(os.environ.get("BENCH_RUNS", "5"))

COPYDESK = r"""
import time, json, resource
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QTimer
app = QApplication([])
from desktop.ui.app import build_context
from desktop.ui.main_window import MainWindow
ctx, messages = build_context(app)
w = MainWindow(ctx, messages)
w.show()
def ready():
    assert not w.editor.isReadOnly()
    t = time.perf_counter() - t0
    w.close()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": t, "rss_mb": rss}))
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""

BARE = r"""
import time, json, resource
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit
from PySide6.QtCore import QTimer
app = QApplication([])
w = QMainWindow(); e = QPlainTextEdit(); w.setCentralWidget(e); w.show()
def ready():
    t = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": t, "rss_mb": rss}))
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""


def run(code: str, home: str) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COPYDESK_HOME": home}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    with tempfile.TemporaryDirectory() as home:
        run(COPYDESK, home)  # first start creates the library; not counted
        ours = [run(COPYDESK, home) for _ in range(RUNS)]
        bare = [run(BARE, home) for _ in range(RUNS)]
    t_ours = statistics.median(r["seconds"] for r in ours)
    t_bare = statistics.median(r["seconds"] for r in bare)
    rss_ours = statistics.median(r["rss_mb"] for r in ours)
    rss_bare = statistics.median(r["rss_mb"] for r in bare)
    print(f"cold start to editable window: copydesk {t_ours:.3f} s | bare PySide6 window {t_bare:.3f} s | "
          f"ratio {t_ours / t_bare:.2f} | target < 1.5 s: {'OK' if t_ours < 1.5 else 'MISSED'}")
    print(f"peak RSS at idle: copydesk {rss_ours:.0f} MB | bare {rss_bare:.0f} MB | ratio {rss_ours / rss_bare:.2f} | "
          f"target < 250 MB: {'OK' if rss_ours < 250 else 'MISSED'}")


if __name__ == "__main__":
    main()

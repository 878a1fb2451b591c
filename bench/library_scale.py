"""Library at scale: 10,000 generated documents (zh + en).

Prints: full-text search latency (median and worst over varied queries) next to a raw SQLite
FTS5 query on the same index, with the ratio; and cold start to an editable window with
those 10,000 documents next to an empty library. Targets: search < 100 ms; start < 1.5 s.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

N = int(os.environ.get("BENCH_DOCS", "10000"))
ZH = "市政府宣布地铁三号线延长运营时间记者采访市民表示支持交通管理部门数据显示客流增长明显医院学校环保预算"
EN = ["city", "council", "transport", "budget", "mayor", "hospital", "school", "election", "police", "weather", "flood", "housing", "rent", "interview", "reporter", "metro", "line", "extended", "midnight", "passengers", "survey"]


def make_library(home: Path) -> None:
    os.environ["COPYDESK_HOME"] = str(home)
    from desktop.engine.library.store import Store

    rng = random.Random(1)
    store = Store()
    with store.transaction():
        pass
    for i in range(N):
        if i % 2:
            body = "".join(rng.choice(ZH) for _ in range(600))
            title = f"稿件 {i} " + "".join(rng.choice(ZH) for _ in range(8))
        else:
            body = " ".join(rng.choice(EN) for _ in range(300))
            title = f"Story {i} " + " ".join(rng.choice(EN) for _ in range(3))
        store.create_document(title, body)
    store.close()


STARTUP = r"""
import time, json
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QTimer
app = QApplication([])
from desktop.ui.app import build_context
from desktop.ui.main_window import MainWindow
ctx, messages = build_context(app)
w = MainWindow(ctx, messages); w.show()
def ready():
    print(json.dumps({"seconds": time.perf_counter() - t0, "items": w.documents.list.count()}))
    w.close(); app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""


def start_time(home: Path) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COPYDESK_HOME": str(home)}
    runs = []
    for _ in range(3):
        out = subprocess.run([sys.executable, "-c", STARTUP], capture_output=True, text=True, env=env, check=True)
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return {"seconds": statistics.median(r["seconds"] for r in runs), "items": runs[0]["items"]}


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "big"
        t = time.perf_counter()
        make_library(home)
        print(f"generated {N} documents in {time.perf_counter() - t:.1f} s")
        from desktop.engine.library.store import Store
        from desktop.engine.library.textindex import match_expression

        store = Store()
        queries = ["地铁", "三号线", "交通 预算", "mayor", "transp", "hospital flood", "记者采访", "midnight metro"]
        ours, raw = [], []
        conn = sqlite3.connect(store.path)
        for _ in range(5):
            for q in queries:
                t = time.perf_counter()
                store.search(q, limit=50)
                ours.append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                conn.execute("SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? "
                             "ORDER BY bm25(documents_fts) LIMIT 50", (match_expression(q),)).fetchall()
                raw.append((time.perf_counter() - t) * 1000)
        store.close()
        print(f"search over {N} docs: copydesk median {statistics.median(ours):.1f} ms, worst {max(ours):.1f} ms | "
              f"raw FTS5 median {statistics.median(raw):.1f} ms | ratio {statistics.median(ours) / statistics.median(raw):.2f} | "
              f"target < 100 ms: {'OK' if max(ours) < 100 else 'MISSED'}")
        big = start_time(home)
        empty = start_time(Path(tmp) / "empty")
        print(f"cold start with {N} documents: {big['seconds']:.3f} s ({big['items']} listed) | empty library "
              f"{empty['seconds']:.3f} s | ratio {big['seconds'] / empty['seconds']:.2f} | target < 1.5 s: "
              f"{'OK' if big['seconds'] < 1.5 else 'MISSED'}")


if __name__ == "__main__":
    main()

"""Kill -9 while someone types: at most the last two seconds of typing are lost, whatever the rhythm.

The app runs in its own process (tests/ui/typing_driver.py: the real window, the real library
file) and is killed with SIGKILL mid-typing; then the library is opened and compared with what
was on screen two seconds before the kill.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from desktop.engine.library.store import Store
from tests.ui.typing_driver import TEXT

ROOT = Path(__file__).resolve().parents[2]
LOSS_ALLOWED_S = 2.0


def typed_text(n: int) -> str:
    return (TEXT * (n // len(TEXT) + 1))[:n]


def type_and_kill(home: Path, pattern: str, seconds: float) -> tuple[list[tuple[float, int]], float]:
    env = {**os.environ, "COPYDESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.Popen([sys.executable, "-m", "tests.ui.typing_driver", pattern], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    try:
        first = proc.stdout.readline()
        assert first.strip() == "ready", first + proc.stderr.read()
        keys: list[tuple[float, int]] = []

        def read() -> None:
            for line in proc.stdout:
                stamp, count = line.split()
                keys.append((float(stamp), int(count)))

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        time.sleep(seconds)
        killed_at = time.monotonic()
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        reader.join(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return keys, killed_at


@pytest.mark.parametrize(("pattern", "seconds"), [("steady", 9.0), ("bursts", 9.0), ("slow", 7.0)])
def test_kill_while_typing_loses_at_most_two_seconds(tmp_path: Path, pattern: str, seconds: float) -> None:
    home = tmp_path / "home"
    keys, killed_at = type_and_kill(home, pattern, seconds)
    expected_keys = {"steady": seconds / 0.04 * 0.5, "bursts": seconds / 2.7 * 30 * 0.5, "slow": 2}[pattern]
    assert len(keys) >= expected_keys, f"the driver stopped typing after {len(keys)} keys"
    assert killed_at - keys[-1][0] < 2.0, "typing went on until the kill"
    store = Store()  # COPYDESK_HOME is the same folder (conftest sets it to tmp_path/home)
    try:
        assert store.integrity_ok()
        doc_id = store.get_meta("last_document")
        assert doc_id is not None, "typing into the empty window must create a document"
        doc = store.get_document(int(doc_id))
        on_screen_then = max((n for t, n in keys if t <= killed_at - LOSS_ALLOWED_S), default=0)
        on_screen_at_kill = keys[-1][1]
        assert doc.body == typed_text(len(doc.body)), "the saved text is what was typed, in order"
        assert len(doc.body) >= on_screen_then, (
            f"{pattern}: {on_screen_at_kill} characters typed, {len(doc.body)} saved, "
            f"{on_screen_then} were on screen {LOSS_ALLOWED_S} s before the kill")
        assert doc.title == "Untitled"  # a real document, not an orphan without a title
    finally:
        store.close()

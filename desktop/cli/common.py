"""Helpers shared by subcommands: a progress bar on stderr that renders engine jobs."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from desktop.engine.core.jobs import EtaTracker, Progress
from desktop.engine.core.text import clock


class ProgressBar:
    """Draws ``Progress`` events as one updating line on stderr (quiet when not a TTY? no: always)."""

    def __init__(self, stream: TextIO | None = None, width: int = 30, min_interval: float = 0.2) -> None:
        self.stream = stream or sys.stderr
        self.width = width
        self.min_interval = min_interval
        self._eta = EtaTracker()
        self._last = 0.0
        self._drawn = False

    def __call__(self, event: Progress) -> None:
        eta = self._eta.update(event)
        now = time.monotonic()
        final = event.total is not None and event.done >= event.total
        if now - self._last < self.min_interval and not final:
            return
        self._last = now
        frac = event.fraction
        if frac is None:
            bar = f"{event.message} …"
        else:
            filled = int(frac * self.width)
            eta_text = f" ETA {clock(eta)}" if eta is not None else ""
            bar = f"[{'#' * filled}{'.' * (self.width - filled)}] {frac * 100:5.1f}% {event.message}{eta_text}"
        end = "\r" if self.stream.isatty() else "\n"
        self.stream.write(bar[:120].ljust(60) + end)
        self.stream.flush()
        self._drawn = True

    def close(self) -> None:
        if self._drawn and self.stream.isatty():
            self.stream.write("\n")
            self.stream.flush()


def read_text_arg(path: str) -> str:
    """Read FILE or '-' (stdin) as text with encoding detection."""
    from desktop.engine.core.textio import read_text_bytes, read_text_file

    if path == "-":
        return read_text_bytes(sys.stdin.buffer.read(), "stdin")
    return read_text_file(path)

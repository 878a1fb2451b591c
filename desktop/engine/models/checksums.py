"""Checking and writing model files safely: a streamed sha256 with progress, and atomic writes."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

from desktop.engine.core.jobs import CancelToken, Job, Progress, run_job

CHUNK = 4 * 1024 * 1024


def hash_job(path: Path, cancel: CancelToken | None, message: str) -> Job[str]:
    """sha256 of a file of any size as a cancellable job with progress (models are gigabytes)."""
    digest = hashlib.sha256()
    total = path.stat().st_size
    done = 0
    last = 0.0
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            if cancel is not None:
                cancel.raise_if_cancelled()
            digest.update(chunk)
            done += len(chunk)
            now = time.monotonic()
            if now - last > 0.1 or done == total:
                last = now
                yield Progress(done, total, message)
    return digest.hexdigest()


def sha256_file(path: Path) -> str:
    return run_job(hash_job(path, None, ""))


def atomic_write(path: Path, text: str) -> None:
    """Write ``text`` so a crash leaves the old file or the new one, never half of either."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, "utf-8")
    os.replace(tmp, path)

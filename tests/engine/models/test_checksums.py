"""Streamed sha256 with progress and cancel; writes that a crash cannot leave half done."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from desktop.engine.core.errors import JobCancelled
from desktop.engine.core.jobs import CancelToken, iterate
from desktop.engine.models import checksums


def test_streamed_hash_matches_hashlib_and_reports_progress(tmp_path: Path) -> None:
    data = bytes(range(256)) * 40_000  # 10 MB: several chunks
    path = tmp_path / "model.bin"
    path.write_bytes(data)
    events = list(iterate(checksums.hash_job(path, CancelToken(), "Checking")))
    result = events[-1]
    assert result == ("result", hashlib.sha256(data).hexdigest())
    progress = events[:-1]
    assert progress and progress[-1].done == progress[-1].total == len(data)
    assert checksums.sha256_file(path) == hashlib.sha256(data).hexdigest()


def test_cancel_stops_the_hash(tmp_path: Path) -> None:
    path = tmp_path / "model.bin"
    path.write_bytes(b"x" * 5_000_000)
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(JobCancelled):
        list(iterate(checksums.hash_job(path, cancel, "")))


def test_atomic_write_replaces_whole_file_and_leaves_no_temp(tmp_path: Path) -> None:
    path = tmp_path / "manifest.json"
    path.write_text("old", "utf-8")
    checksums.atomic_write(path, "新的内容")
    assert path.read_text("utf-8") == "新的内容"
    assert [p.name for p in tmp_path.iterdir()] == ["manifest.json"]

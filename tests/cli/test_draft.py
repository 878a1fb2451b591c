"""``copydesk draft``: streams to stdout, lists tasks, fails with a clear message on bad input."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from desktop.cli import COMMANDS, main
from desktop.engine.core.settings import Settings, save_settings

STORY = ("The city council voted on Monday to extend metro line 3 until 11 pm from March 5. "
         "Mayor Jane Doe said the change costs 2 million dollars a year.")


@pytest.fixture(autouse=True)
def one_thread() -> None:
    save_settings(Settings(cpu_threads=1, ui_language="en"))


def _write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def test_registered_and_lists_tasks(capsys: pytest.CaptureFixture[str]) -> None:
    assert "draft" in COMMANDS
    assert main(["draft", "--list"]) == 0
    out = capsys.readouterr().out
    for task in ("summarize", "headlines", "translate-zh-en", "interview-story", "custom"):
        assert task in out


def test_summarize_streams_to_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = _write(tmp_path, "story.txt", STORY.encode())
    assert main(["draft", "summarize", "--input", story, "--model", "smollm2-135m", "--language", "en"]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() and "<|" not in captured.out
    assert "On this device" in captured.err


def test_reads_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(STORY.encode())))
    assert main(["draft", "headlines", "-i", "-", "--model", "smollm2-135m"]) == 0
    lines = [ln for ln in capsys.readouterr().out.splitlines() if ln.strip()]
    assert 1 <= len(lines) <= 3


@pytest.mark.parametrize(("args", "message"), [
    (["draft", "no-such-task", "-i", "IN"], "no drafting task called 'no-such-task'"),
    (["draft", "summarize", "-i", "EMPTY", "--model", "smollm2-135m"], "is empty"),
    (["draft", "summarize", "-i", "BADUTF8", "--model", "smollm2-135m"], "not readable text"),
    (["draft", "summarize", "-i", "MISSING"], "Cannot access"),
    (["draft", "summarize", "-i", "IN", "--model", "NOTGGUF"], "is not a GGUF model"),
    (["draft", "summarize", "-i", "IN", "--model", "NOMODEL"], "Cannot access"),
    (["draft", "summarize", "-i", "IN", "--model", "no-such-model"], "There is no model called"),
    (["draft", "translate-zh-en", "-i", "IN", "--model", "smollm2-135m"], "expects Chinese text"),
    (["draft", "interview-story", "--transcript", "42", "--model", "smollm2-135m"], "Transcript 42 does not exist"),
])
def test_bad_input_exits_non_zero_with_a_clear_message(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                       args: list[str], message: str) -> None:
    files = {
        "IN": _write(tmp_path, "in.txt", STORY.encode()),
        "EMPTY": _write(tmp_path, "empty.txt", b"  \n"),
        "BADUTF8": _write(tmp_path, "bad.txt", b"\xff\xfe\xfd\xfc invalid \xc3\x28 bytes"),
        "MISSING": str(tmp_path / "missing.txt"),
        "NOTGGUF": _write(tmp_path, "fake.gguf", b"<html>not a model</html>"),
        "NOMODEL": str(tmp_path / "gone" / "model.gguf"),
    }
    code = main([files.get(a, a) for a in args])
    captured = capsys.readouterr()
    assert code != 0
    assert message in captured.err
    assert captured.out == ""


def test_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft"]) == 2
    assert "name a task" in capsys.readouterr().err
    assert main(["draft", "custom", "-i", "-"]) == 2
    assert "--instruction" in capsys.readouterr().err

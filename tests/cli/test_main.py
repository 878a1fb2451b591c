"""CLI: version, models, docs (in-process and as a real console script)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__
from desktop.cli import main


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_models_list_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "list", "--json"]) == 0
    rows = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["smollm2-135m"]["installed"] is True
    assert rows["whisper-base"]["languages"] == ["multi", "zh", "en"]


def test_models_verify_bad_checksum(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COPYDESK_MODELS", str(tmp_path / "models"))
    assert main(["models", "ensure", "whisper-base"]) == 0
    assert main(["models", "verify", "whisper-base"]) == 0
    with open(tmp_path / "models" / "whisper-base" / "model.bin", "r+b") as fh:
        fh.seek(5000)
        fh.write(b"tampered")
    assert main(["models", "verify", "whisper-base"]) == 1
    assert "CHECKSUM MISMATCH" in capsys.readouterr().err


def test_unknown_model_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "verify", "nope"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("copydesk:") and "nope" in err and len(err.splitlines()) == 1


def test_doc_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "note.txt"
    src.write_text("市政府宣布地铁三号线延长运营。", "gb18030")
    assert main(["doc", "new", str(src), "--title", "地铁"]) == 0
    doc_id = int(capsys.readouterr().out.strip())
    assert main(["doc", "search", "三号线", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits[0]["id"] == doc_id
    assert main(["doc", "show", str(doc_id)]) == 0
    assert "延长运营" in capsys.readouterr().out
    assert main(["doc", "list"]) == 0
    assert "地铁" in capsys.readouterr().out
    assert main(["doc", "show", "999"]) == 1


def test_console_script_runs() -> None:
    exe = Path(sys.executable).with_name("copydesk")
    out = subprocess.run([str(exe), "--version"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and __version__ in out.stdout


def test_doc_new_imports_like_the_app(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`copydesk doc new` uses the app's import: DOCX headings and bold, titles, refused formats."""
    import docx

    from desktop.engine.library.files import read_document_file
    from desktop.engine.library.store import Store

    word = docx.Document()
    word.add_heading("市政府宣布", level=1)
    word.add_paragraph().add_run("三号线").bold = True
    word.add_heading("背景", level=2)
    src = tmp_path / "story.docx"
    word.save(str(src))
    assert main(["doc", "new", str(src)]) == 0
    doc = Store().get_document(int(capsys.readouterr().out.strip()))
    assert (doc.title, doc.body) == read_document_file(src) == ("市政府宣布", "**三号线**\n## 背景")
    md = tmp_path / "note.md"
    md.write_text("# 标题\n正文", "utf-8")
    assert main(["doc", "new", str(md)]) == 0
    assert Store().get_document(int(capsys.readouterr().out.strip())).title == "标题"
    bad = tmp_path / "clip.mp3"
    bad.write_bytes(b"ID3" + b"\x00" * 100)
    assert main(["doc", "new", str(bad)]) == 1
    assert "cannot import .mp3" in capsys.readouterr().err

"""``copydesk doc delete|restore|bin|purge|export``: the bin, permanent deletion, export formats."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from desktop.cli import main
from desktop.engine.library.store import Store


def _new(tmp_path: Path, capsys: pytest.CaptureFixture[str], title: str, body: str) -> int:
    src = tmp_path / f"{title}.txt"
    src.write_text(body, "utf-8")
    capsys.readouterr()
    assert main(["doc", "new", str(src), "--title", title]) == 0
    return int(capsys.readouterr().out.strip())


def test_delete_restore_and_purge(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = _new(tmp_path, capsys, "alpha", "source phone 13800138000")
    b = _new(tmp_path, capsys, "beta", "council budget")
    assert main(["doc", "delete", str(a)]) == 0
    assert "doc restore" in capsys.readouterr().err
    assert main(["doc", "bin"]) == 0
    assert capsys.readouterr().out.split("\t")[0] == str(a)
    assert main(["doc", "restore", str(a)]) == 0
    assert main(["doc", "delete", str(a), "--permanently"]) == 0
    assert "permanently" in capsys.readouterr().err
    store = Store()
    assert store.query("SELECT COUNT(*) FROM versions WHERE document_id=?", (a,))[0][0] == 0
    assert store.search("13800138000") == []
    assert main(["doc", "delete", str(b)]) == 0
    assert main(["doc", "purge"]) == 2  # says what to name instead of guessing
    assert main(["doc", "purge", "--bin"]) == 0
    assert "1 document(s)" in capsys.readouterr().err
    assert store.query("SELECT COUNT(*) FROM documents")[0][0] == 0
    assert main(["doc", "delete", "999"]) == 1
    assert "999" in capsys.readouterr().err


def test_export_by_extension_or_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc_id = _new(tmp_path, capsys, "story", "Seven boats stayed in the harbour.")
    assert main(["doc", "export", str(doc_id), str(tmp_path / "story.docx")]) == 0
    assert "Seven boats" in "\n".join(p.text for p in docx.Document(str(tmp_path / "story.docx")).paragraphs)
    assert main(["doc", "export", str(doc_id), str(tmp_path / "story"), "--format", "md"]) == 0
    assert "Seven boats" in (tmp_path / "story.md").read_text("utf-8")
    capsys.readouterr()
    assert main(["doc", "export", str(doc_id), str(tmp_path / "story.xyz")]) == 1
    err = capsys.readouterr().err
    assert "xyz" in err and "docx, md, html" in err

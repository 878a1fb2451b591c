"""Import (TXT/MD/DOCX, encodings, hostile files) and export with quote links."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import docx
import pytest

from desktop.engine.core.errors import CorruptFileError, FileAccessError, InputTooLargeError
from desktop.engine.library.files import (
    SuspiciousArchiveError,
    UnsupportedFormatError,
    export_document,
    import_file,
    read_document_file,
)
from desktop.engine.library.store import Store

TEXT = "记者手记\n市政府宣布地铁三号线延长运营。\nThe mayor agreed."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "gb18030"])
def test_import_text_encodings(store: Store, tmp_path: Path, encoding: str) -> None:
    f = tmp_path / "手记 notes.txt"
    f.write_bytes(TEXT.encode(encoding))
    doc = import_file(store, f)
    assert doc.body == TEXT and doc.title == "手记 notes"
    assert store.search("三号线")[0].id == doc.id


def test_import_markdown_title(tmp_path: Path) -> None:
    f = tmp_path / "x.md"
    f.write_text("# 地铁延长运营\n\n正文", "utf-8")
    assert read_document_file(f) == ("地铁延长运营", "# 地铁延长运营\n\n正文")


def test_import_docx(store: Store, tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("第一段")
    d.add_paragraph("Second paragraph")
    f = tmp_path / "story.docx"
    d.save(str(f))
    assert import_file(store, f).body == "第一段\nSecond paragraph"


def test_corrupt_docx(tmp_path: Path) -> None:
    f = tmp_path / "broken.docx"
    f.write_bytes(b"PK\x03\x04 this is not really a zip")
    with pytest.raises(CorruptFileError) as err:
        read_document_file(f)
    assert "DOCX" in err.value.message("en")
    g = tmp_path / "renamed.docx"
    with zipfile.ZipFile(g, "w") as z:
        z.writestr("hello.txt", "not a word document")
    with pytest.raises(CorruptFileError):
        read_document_file(g)


def test_zip_bomb_like_docx_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.engine.library import files as library

    monkeypatch.setattr(library, "DOCX_MAX_UNPACKED", 20 * 1024 * 1024)
    f = tmp_path / "bomb.docx"
    with zipfile.ZipFile(f, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for i in range(2500):
            z.writestr(f"word/media/{i}.xml", "")
    with pytest.raises(SuspiciousArchiveError):
        read_document_file(f)
    g = tmp_path / "big.docx"
    with zipfile.ZipFile(g, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"\0" * (21 * 1024 * 1024))
    start = time.monotonic()
    with pytest.raises(SuspiciousArchiveError):
        read_document_file(g)
    assert time.monotonic() - start < 2  # refused from the directory, never unpacked


def test_fifty_megabyte_text_refused(tmp_path: Path) -> None:
    f = tmp_path / "dump.txt"
    with open(f, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    with pytest.raises(InputTooLargeError) as err:
        read_document_file(f)
    assert "50 MB" in err.value.message("en")


def test_vanished_and_unsupported(tmp_path: Path) -> None:
    with pytest.raises(FileAccessError):
        read_document_file(tmp_path / "gone.txt")
    with pytest.raises(UnsupportedFormatError):
        read_document_file(tmp_path / "photo.jpg")


def _doc_with_quote(store: Store) -> int:
    doc = store.create_document("采访", "开头。\n他说：“地铁要延长到零点。”\n结尾。", language="zh")
    with store.transaction() as c:
        c.execute("INSERT INTO transcripts(title, created, modified) VALUES ('市长采访', 0, 0)")
        c.execute("INSERT INTO quote_links(document_id, transcript_id, start, end, speaker, original, created) "
                  "VALUES (?, 1, 75.2, 79.9, '王市长', '地铁要延长到零点。', 0)", (doc.id,))
    return doc.id


def test_export_markdown_html_docx_keep_quote_links(store: Store, tmp_path: Path) -> None:
    doc_id = _doc_with_quote(store)
    md = export_document(store, doc_id, tmp_path / "a.md").read_text("utf-8")
    assert "地铁要延长到零点。[^1]" in md and "[^1]: 王市长, 00:01:15–00:01:19, 市长采访" in md
    page = export_document(store, doc_id, tmp_path / "a.html").read_text("utf-8")
    assert '<sup><a href="#note1">1</a></sup>' in page and "王市长" in page
    out = export_document(store, doc_id, tmp_path / "a.docx")
    d = docx.Document(str(out))
    assert [p.text for p in d.paragraphs][1:] == ["开头。", "他说：“地铁要延长到零点。”", "结尾。"]
    comments = list(d.comments)
    assert len(comments) == 1 and "王市长" in comments[0].text
    with pytest.raises(UnsupportedFormatError):
        export_document(store, doc_id, tmp_path / "a.xyz")
    with pytest.raises(FileAccessError):
        export_document(store, doc_id, tmp_path / "no" / "such" / "dir" / "a.md")

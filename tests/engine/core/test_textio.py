"""Text decoding the way reporters' files come: BOMs, UTF-16, GB18030, garbage."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from desktop.engine.core.errors import EncodingError, FileAccessError
from desktop.engine.core.textio import decode_text, read_text_file

TEXT = "记者手记：地铁 line 3 — “延长运营”。\n第二行"


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    TEXT.encode("utf-16"),
    TEXT.encode("utf-16-le"),
    TEXT.encode("gb18030"),
])
def test_decodes(data: bytes) -> None:
    assert decode_text(data) == TEXT


@pytest.mark.parametrize("data", [
    bytes(range(256)) * 20,
    b"\x80\x81 caf\xe9 \xff\xfe\xfd" * 20 + b"\x00\x01\x02\x03" * 10,  # NULs but not UTF-16
    codecs.BOM_UTF16_LE + bytes(range(216)),  # a UTF-16 mark before bytes that are no text
    codecs.BOM_UTF16_BE + bytes(range(216)),
])
def test_rejects_binary(data: bytes) -> None:
    with pytest.raises(EncodingError):
        decode_text(data)


def test_missing_and_folder(tmp_path: Path) -> None:
    with pytest.raises(FileAccessError):
        read_text_file(tmp_path / "nope.txt")
    with pytest.raises(FileAccessError):
        read_text_file(tmp_path)


def test_crlf_normalised(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(b"a\r\nb")
    assert read_text_file(f) == "a\nb"

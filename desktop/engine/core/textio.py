"""Reading text files the way reporters have them: UTF-8, UTF-8 with BOM, UTF-16, GB18030."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

from desktop.engine.core.errors import EncodingError, FileAccessError, InputTooLargeError

MAX_TEXT_BYTES = 64 * 1024 * 1024


def decode_text(data: bytes, name: str = "input") -> str:
    """Decode bytes, detecting BOMs, UTF-16 without BOM, UTF-8 and GB18030, in that order."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="strict")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise EncodingError(path=name) from err
        if not _plausible(text):  # bytes that merely start with FF FE (a binary file, a bad export)
            raise EncodingError(path=name)
        return text
    if b"\x00" in data:
        # Text in UTF-8 or GB18030 never contains NUL bytes; UTF-16 without a BOM does
        # (every ASCII character, newlines included). Zeros at odd offsets mean little-endian.
        odd = data[1::2].count(0)
        even = data[0::2].count(0)
        try:
            text = data.decode("utf-16-le" if odd >= even else "utf-16-be")
        except UnicodeDecodeError as err:
            raise EncodingError(path=name) from err
        if not _plausible(text):
            raise EncodingError(path=name)
        return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as err:
        raise EncodingError(path=name) from err
    # GB18030 decodes nearly any byte string; reject results that are not plausibly text.
    if not _plausible(text):
        raise EncodingError(path=name)
    return text


def _plausible(text: str) -> bool:
    """False for binary decoded by accident: control, private-use or unassigned characters."""
    bad = 0
    for ch in text:
        if ch in "\r\n\t":
            continue
        if unicodedata.category(ch) in ("Cc", "Co", "Cn", "Cs"):
            bad += 1
    return bad <= max(2, len(text) // 100)


def read_text_bytes(data: bytes, name: str = "input") -> str:
    if len(data) > MAX_TEXT_BYTES:
        raise InputTooLargeError(what=name, what_zh=name, size=f"{len(data) // 1048576} MB",
                                 limit=f"{MAX_TEXT_BYTES // 1048576} MB")
    return decode_text(data, name).replace("\r\n", "\n")


def read_file_bytes(path: str | Path, limit: int = MAX_TEXT_BYTES) -> bytes:
    """Read a whole file, turning the usual failures into typed errors with both languages."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputTooLargeError(what=path.name, what_zh=path.name, size=f"{size / 1048576:.0f} MB",
                                     limit=f"{limit // 1048576} MB")
        return path.read_bytes()
    except FileNotFoundError as err:
        raise FileAccessError(path=str(path), reason="file not found / 文件不存在") from err
    except IsADirectoryError as err:
        raise FileAccessError(path=str(path), reason="is a folder / 是文件夹") from err
    except PermissionError as err:
        raise FileAccessError(path=str(path), reason="permission denied / 没有权限") from err


def read_text_file(path: str | Path) -> str:
    return read_text_bytes(read_file_bytes(path), str(path))

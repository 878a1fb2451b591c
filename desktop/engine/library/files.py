"""Import and export of documents: TXT, Markdown and DOCX in; DOCX, Markdown and HTML out.

Quotes linked to a transcript travel with the text: DOCX gets a comment on the quote,
Markdown a footnote, HTML a footnote with the speaker and the time it was spoken.
(PDF is rendered by the UI through Qt's printing from the HTML produced here.)
"""

from __future__ import annotations

import html
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from desktop.engine.core.errors import CorruptFileError, FileAccessError, InputError
from desktop.engine.core.text import clock
from desktop.engine.core.textio import read_file_bytes, read_text_bytes
from desktop.engine.library.markup import add_docx_paragraph, docx_markdown, html_line, parse_line
from desktop.engine.library.store import Document, Store

IMPORT_LIMIT_BYTES = 20 * 1024 * 1024  # the editor is for stories, not data dumps
DOCX_MAX_ENTRIES = 2000
DOCX_MAX_UNPACKED = 200 * 1024 * 1024
IMPORT_SUFFIXES = (".txt", ".md", ".markdown", ".docx")


class UnsupportedFormatError(InputError):
    en = "Copydesk cannot import {suffix} files. Use TXT, Markdown or DOCX."
    zh = "Copydesk 无法导入 {suffix} 文件，请使用 TXT、Markdown 或 DOCX。"


class SuspiciousArchiveError(InputError):
    en = "{path} looks like a compressed bomb ({reason}); it was not opened."
    zh = "{path} 疑似压缩炸弹（{reason}），已拒绝打开。"


@dataclass(frozen=True)
class QuoteNote:
    """Where a linked quote sits in the body, and what to say about it."""

    start: int
    end: int
    note: str


def quote_notes(store: Store, doc: Document) -> list[QuoteNote]:
    rows = store.query(
        "SELECT q.start, q.end, q.speaker, q.original, COALESCE(t.title, '') FROM quote_links q "
        "LEFT JOIN transcripts t ON t.id=q.transcript_id WHERE q.document_id=? ORDER BY q.id", (doc.id,))
    notes: list[QuoteNote] = []
    for start, end, speaker, original, title in rows:
        pos = doc.body.find(original)
        if pos < 0:
            continue  # drifted quotes are reported by the quote checker, not exported as verified
        who = speaker or "?"
        note = f"{who}, {clock(start, hours=True)}–{clock(end, hours=True)}" + (f", {title}" if title else "")
        notes.append(QuoteNote(pos, pos + len(original), note))
    notes.sort(key=lambda n: n.start)
    return notes


# --- import --------------------------------------------------------------------------------

def read_docx(data: bytes, name: str) -> str:
    """A DOCX (its bytes, read once) as body text with ``#`` headings and ``**bold**``.

    The archive is checked first (no zip bombs)."""
    import docx  # python-docx; imported lazily to keep start-up fast

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if len(infos) > DOCX_MAX_ENTRIES:
                raise SuspiciousArchiveError(path=name, reason=f"{len(infos)} entries")
            unpacked = sum(i.file_size for i in infos)
            if unpacked > DOCX_MAX_UNPACKED:
                raise SuspiciousArchiveError(path=name, reason=f"{unpacked // 1048576} MB unpacked")
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as err:
        raise CorruptFileError(path=name, kind="DOCX") from err
    except Exception as err:  # python-docx raises assorted lxml/opc errors on damaged files
        if isinstance(err, InputError):
            raise
        raise CorruptFileError(path=name, kind="DOCX") from err
    return docx_markdown(document.paragraphs)


def read_document_file(path: Path | str) -> tuple[str, str]:
    """(title, body) of a TXT, Markdown or DOCX file."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in IMPORT_SUFFIXES:
        raise UnsupportedFormatError(suffix=suffix or path.name)
    data = read_file_bytes(path, IMPORT_LIMIT_BYTES)
    if suffix == ".docx":
        body = read_docx(data, path.name)
    else:
        body = read_text_bytes(data, path.name)
    title = path.stem
    if suffix in (".md", ".markdown"):
        for line in body.splitlines():
            if line.startswith("# "):
                title = line[2:].strip()
                break
    elif suffix == ".docx":
        first, _, rest = body.lstrip("\n").partition("\n")
        if parse_line(first).level == 1:  # Word's title (what Copydesk's own export writes first)
            title, body = parse_line(first).text.replace("**", "").strip() or title, rest
    return title, body


def import_file(store: Store, path: Path | str, privacy: str = "local", title: str = "") -> Document:
    """The one import the app (File ▸ Import, drag and drop) and ``copydesk doc new`` share."""
    found_title, body = read_document_file(path)
    return store.create_document(title or found_title, body, privacy=privacy)


# --- export --------------------------------------------------------------------------------

def _pieces(body: str, notes: list[QuoteNote]) -> list[tuple[str, int | None]]:
    """Split the body into (text, note number or None) runs so a note follows its quote."""
    out: list[tuple[str, int | None]] = []
    pos = 0
    for number, note in enumerate(notes, 1):
        if note.start < pos:
            continue
        out.append((body[pos:note.start], None))
        out.append((body[note.start:note.end], number))
        pos = note.end
    out.append((body[pos:], None))
    return out


def to_markdown(doc: Document, notes: list[QuoteNote]) -> str:
    text = "".join(t + (f"[^{n}]" if n else "") for t, n in _pieces(doc.body, notes))
    lines = [f"# {doc.title}", "", text.rstrip("\n"), ""]
    for number, note in enumerate(notes, 1):
        lines.append(f"[^{number}]: {note.note}")
    return "\n".join(lines).rstrip("\n") + "\n"


def to_html(doc: Document, notes: list[QuoteNote]) -> str:
    body_parts: list[str] = []
    for text, number in _pieces(doc.body, notes):
        escaped = html.escape(text)
        if number:
            escaped = (f'<span class="quote" title="{html.escape(notes[number - 1].note)}">{escaped}</span>'
                       f'<sup><a href="#note{number}">{number}</a></sup>')
        body_parts.append(escaped)
    paragraphs = "".join(body_parts).split("\n")
    body_html = "\n".join(html_line(p) for p in paragraphs if p.strip())
    foot = "".join(f'<li id="note{i}">{html.escape(n.note)}</li>' for i, n in enumerate(notes, 1))
    lang = "zh-CN" if doc.language == "zh" else "en"
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{html.escape(doc.title)}</title>"
            "<style>body{font-family:sans-serif;max-width:42em;margin:2em auto;line-height:1.6}"
            ".quote{background:#fff6d5}</style></head>"
            f"<body><h1>{html.escape(doc.title)}</h1>\n{body_html}\n"
            + (f"<hr><ol>{foot}</ol>" if notes else "") + "</body></html>\n")


def write_docx(doc: Document, notes: list[QuoteNote], path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading(doc.title or "Untitled", level=1)
    paragraph_pieces: list[list[tuple[str, int | None]]] = [[]]
    for text, number in _pieces(doc.body, notes):
        chunks = text.split("\n")
        for i, chunk in enumerate(chunks):
            if i > 0:
                paragraph_pieces.append([])
            if chunk:
                paragraph_pieces[-1].append((chunk, number))
    for pieces in paragraph_pieces:
        line = "".join(text for text, _ in pieces)
        for run, number in add_docx_paragraph(document, line, pieces):
            document.add_comment(run, text=notes[number - 1].note, author="Copydesk")
    document.save(str(path))


EXPORT_FORMATS = {".docx": "DOCX", ".md": "Markdown", ".html": "HTML"}


def export_document(store: Store, doc_id: int, path: Path | str) -> Path:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in EXPORT_FORMATS:
        raise UnsupportedFormatError(suffix=suffix or path.name)
    doc = store.get_document(doc_id)
    notes = quote_notes(store, doc)
    try:
        if suffix == ".docx":
            write_docx(doc, notes, path)
        elif suffix == ".md":
            path.write_text(to_markdown(doc, notes), "utf-8")
        else:
            path.write_text(to_html(doc, notes), "utf-8")
    except OSError as err:
        raise FileAccessError(path=str(path), reason=err.strerror or str(err)) from err
    return path

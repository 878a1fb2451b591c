"""The little Markdown a story body carries: ``#`` headings, ``**bold**`` and lists, to and from DOCX.

Documents are stored as plain text (that is what the editor, the proofreader, quote links
and search work on), so structure lives in the text itself as the two Markdown marks
reporters already type. DOCX import turns Word's heading styles and bold runs into those
marks; DOCX and HTML export turn them back, so a story survives import → edit → export.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$")
_WORD_HEADING = re.compile(r"^heading\s*([1-9])$", re.IGNORECASE)
_BULLET = re.compile(r"^[-*+][ \t]+(?=\S)")
_NUMBERED = re.compile(r"^\d{1,3}[.)][ \t]+(?=\S)")
BOLD = "**"


@dataclass(frozen=True)
class Line:
    """One paragraph of the body: its heading level (0 = body text) and the text after ``# ``."""

    level: int
    text: str
    prefix: int  # characters of ``#… `` removed from the start of the source line


def parse_line(line: str) -> Line:
    m = _HEADING.match(line)
    if m is None:
        return Line(0, line, 0)
    return Line(len(m.group(1)), m.group(2), m.start(2))


def bold_runs(text: str) -> list[tuple[str, bool]]:
    """Split a line at ``**`` pairs into (text, bold) runs; an unpaired ``**`` stays literal."""
    parts = text.split(BOLD)
    if len(parts) % 2 == 0:  # odd number of markers: the last one is just two asterisks
        parts[-2:] = [parts[-2] + BOLD + parts[-1]]
    return [(part, i % 2 == 1) for i, part in enumerate(parts) if part]


def strip_marks(text: str) -> str:
    """The body as a reader sees it: no ``#`` prefixes, no ``**`` pairs (for plain-text uses)."""
    return "\n".join("".join(t for t, _ in bold_runs(parse_line(line).text)) for line in text.split("\n"))


# --- DOCX → Markdown --------------------------------------------------------------------

def _paragraph_level(paragraph: Any) -> int:
    name = (getattr(paragraph.style, "name", "") or "").strip()
    if name.lower() == "title":
        return 1
    m = _WORD_HEADING.match(name)
    return min(6, int(m.group(1))) if m else 0


def _run_is_bold(run: Any, paragraph_bold: bool) -> bool:
    if run.bold is not None:
        return bool(run.bold)
    style = getattr(run, "style", None)
    if style is not None and getattr(style.font, "bold", None):
        return True
    return paragraph_bold


def list_prefix(paragraph: Any, number: int) -> str:
    """``- `` for a Word bullet paragraph, ``N. `` for a numbered one, "" otherwise."""
    name = (getattr(paragraph.style, "name", "") or "").strip().lower()
    if name.startswith("list bullet"):
        return "- "
    if name.startswith("list number"):
        return f"{number}. "
    return ""


def docx_markdown(paragraphs: Any) -> str:
    """Word paragraphs as body text: headings, bold, bullet and numbered lists (numbers counted)."""
    lines: list[str] = []
    number = 0
    for paragraph in paragraphs:
        prefix = list_prefix(paragraph, number + 1)
        number = number + 1 if prefix[:1].isdigit() else 0
        lines.append(prefix + docx_paragraph_markdown(paragraph))
    return "\n".join(lines)


def docx_paragraph_markdown(paragraph: Any) -> str:
    """One Word paragraph as a Markdown line (heading prefix, bold runs wrapped in ``**``)."""
    level = _paragraph_level(paragraph)
    if level:
        return f"{'#' * level} {paragraph.text.strip()}" if paragraph.text.strip() else ""
    style_font = getattr(getattr(paragraph, "style", None), "font", None)
    paragraph_bold = bool(getattr(style_font, "bold", False))
    out: list[str] = []
    pending = ""  # merge neighbouring runs of the same weight (Word splits runs freely)
    pending_bold = False
    for run in paragraph.runs:
        text = run.text
        if not text:
            continue
        bold = _run_is_bold(run, paragraph_bold) and bool(text.strip())
        if pending and bold != pending_bold:
            out.append(_wrap(pending, pending_bold))
            pending = ""
        pending_bold = bold
        pending += text
    if pending:
        out.append(_wrap(pending, pending_bold))
    line = "".join(out)
    return line if line.strip() or not paragraph.text else paragraph.text


def _wrap(text: str, bold: bool) -> str:
    if not bold:
        return text
    core = text.strip()
    lead, trail = text[:len(text) - len(text.lstrip())], text[len(text.rstrip()):]
    return f"{lead}{BOLD}{core}{BOLD}{trail}"


# --- Markdown → DOCX / HTML -------------------------------------------------------------

def add_docx_paragraph(document: Any, line: str, pieces: list[tuple[str, Any]] | None = None) -> list[tuple[Any, Any]]:
    """Add ``line`` to a python-docx document as a heading or a paragraph with bold runs.

    ``pieces`` optionally splits the line into (text, tag) spans (quote notes); the runs made
    for each tagged span come back as (run, tag) so the caller can attach comments to them.
    """
    parsed = parse_line(line)
    if parsed.level:
        heading = document.add_heading("".join(t for t, _ in bold_runs(parsed.text)), level=min(parsed.level, 9))
        return [(heading.runs[0], tag) for _, tag in (pieces or []) if tag is not None and heading.runs]
    spans = pieces or [(line, None)]
    style = None
    for pattern, name in ((_BULLET, "List Bullet"), (_NUMBERED, "List Number")):
        m = pattern.match(line)
        if m and spans and len(spans[0][0]) >= m.end():  # the marker becomes Word's own bullet/number
            style = name
            spans = [(spans[0][0][m.end():], spans[0][1]), *spans[1:]]
            break
    para = document.add_paragraph(style=style)
    tagged: list[tuple[Any, Any]] = []
    toggles = line.count(BOLD) // 2 * 2  # an unpaired last ``**`` is kept as text
    bold = False
    for text, tag in spans:
        chunks = text.split(BOLD)
        out: list[tuple[str, bool]] = []
        for i, chunk in enumerate(chunks):
            if i > 0:
                if toggles:
                    toggles -= 1
                    bold = not bold
                else:
                    chunk = BOLD + chunk
            if chunk:
                out.append((chunk, bold))
        for chunk, weight in out:
            run = para.add_run(chunk)
            if weight:
                run.bold = True
            if tag is not None:
                tagged.append((run, tag))
    return tagged


def html_line(escaped: str) -> str:
    """An already-escaped body line as ``<hN>`` or ``<p>``, with ``**`` pairs as ``<strong>``."""
    parsed = parse_line(escaped)
    inner = "".join(f"<strong>{t}</strong>" if b else t for t, b in bold_runs(parsed.text))
    if parsed.level:
        level = min(6, parsed.level + 1)  # <h1> is the document title
        return f"<h{level}>{inner}</h{level}>"
    return f"<p>{inner}</p>"

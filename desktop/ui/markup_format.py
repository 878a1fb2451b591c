"""Headings and bold in the plain-text editor: shown styled, typed with the usual keys.

The story stays plain text with Markdown marks (``#`` headings, ``**bold**``; see
``desktop.engine.library.markup``), so every feature that reads the text keeps working. This module
only draws those marks (a syntax highlighter) and offers Ctrl+B and Ctrl+Alt+0…3.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextCursor, QTextDocument

from desktop.engine.library.markup import BOLD, parse_line
from desktop.ui.editor import Editor

_BOLD_PAIR = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")


class MarkupHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, base_size: float) -> None:
        super().__init__(document)
        self.base_size = base_size

    def highlightBlock(self, text: str) -> None:
        marker = QTextCharFormat()
        marker.setForeground(QColor("#9e9e9e"))
        parsed = parse_line(text)
        if parsed.level:
            heading = QTextCharFormat()
            heading.setFontWeight(QFont.Weight.Bold)
            heading.setFontPointSize(self.base_size + max(0, 8 - 2 * parsed.level))
            self.setFormat(0, len(text), heading)
            marker.setFontPointSize(heading.fontPointSize())
            self.setFormat(0, parsed.prefix, marker)
            return
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        # Qt positions are UTF-16; convert Python indices for lines with characters beyond the BMP
        units = [0]
        for ch in text:
            units.append(units[-1] + (2 if ord(ch) > 0xFFFF else 1))
        for m in _BOLD_PAIR.finditer(text):
            s, e = units[m.start()], units[m.end()]
            self.setFormat(s, 2, marker)
            self.setFormat(units[m.start(1)], units[m.end(1)] - units[m.start(1)], bold)
            self.setFormat(e - 2, 2, marker)


def toggle_bold(editor: Editor) -> None:
    """Wrap the selection in ``**`` (or unwrap it); with no selection, insert a pair to type into."""
    start, end = editor.selection_range()
    text = editor.toPlainText()
    if start == end:
        editor.replace_range(start, end, BOLD * 2)
        cursor = editor.textCursor()
        cursor.setPosition(editor.qt_pos(start + 2))
        editor.setTextCursor(cursor)
        return
    chosen = text[start:end]
    if chosen.startswith(BOLD) and chosen.endswith(BOLD) and len(chosen) >= 4:
        new, lo = chosen[2:-2], start
    elif text[max(0, start - 2):start] == BOLD and text[end:end + 2] == BOLD:
        start, end = start - 2, end + 2
        new, lo = chosen, start
    else:
        new, lo = f"{BOLD}{chosen}{BOLD}", start
    editor.replace_range(start, end, new)
    cursor = editor.textCursor()
    cursor.setPosition(editor.qt_pos(lo))
    cursor.setPosition(editor.qt_pos(lo + len(new)), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def set_heading(editor: Editor, level: int) -> None:
    """Make the paragraph under the cursor a heading of ``level`` (0: body text)."""
    cursor = editor.textCursor()
    block = cursor.block()
    text = block.text()
    parsed = parse_line(text)
    body = parsed.text if parsed.level else text
    new = f"{'#' * level} {body}" if level else body
    if new == text:
        return
    start = editor.py_index(block.position())
    editor.replace_range(start, start + len(text), new)
    cursor = editor.textCursor()
    cursor.setPosition(editor.qt_pos(start + len(new)))
    editor.setTextCursor(cursor)

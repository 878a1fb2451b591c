"""Chinese names told by the layout of a pasted document rather than by a sentence.

- A table whose header has a name column (姓名, 户主姓名, 申请人姓名): the cell under it on each row
  is a name, even one that is also a word or has a rare surname (母桂兰, 东方建国). Cells are set
  apart by tabs, full-width spaces or two spaces, as OCR and spreadsheets paste them.
- A name spaced out by OCR or a form typed in boxes (瞿 晓 东): single characters one space apart,
  a surname first, given-name characters after, nothing else Chinese glued to either end; or glued to a
  word that names a person (病人梁 嘉 欣的账单).
"""

from __future__ import annotations

import re

from desktop.engine.cloud import names_zh
from desktop.engine.cloud.names_zh_words import ROLE_WORDS

Span = tuple[int, int]

_CELL_GAP = re.compile(r"\t|\u3000+|[ ]{2,}")
_NAME_HEADER = re.compile(r"^(?:[\u4e00-\u9fff]{0,4}姓名|名字|户主|申请人|收款人|领取人)$")
_HAN_CELL = re.compile(r"[\u4e00-\u9fff]{2,4}")
# A run of single characters one space apart (级 瞿 晓 东: the last three), nothing Chinese glued to it; a word
# may stand a space away on either side (1. 覃 海 波 土木工程学院), another single character may not.
_SPACED = re.compile(r"(?<![\u4e00-\u9fff])(?<!(?<![\u4e00-\u9fff])[\u4e00-\u9fff] )[\u4e00-\u9fff]"
                     r"(?: [\u4e00-\u9fff](?![\u4e00-\u9fff])){1,3}(?! [\u4e00-\u9fff](?![\u4e00-\u9fff]))")


def _cells(line: str, offset: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each cell of a line, as offsets into the whole text."""
    out, at = [], 0
    for gap in _CELL_GAP.finditer(line):
        if gap.start() > at:
            out.append((offset + at, offset + gap.start()))
        at = gap.end()
    if at < len(line):
        out.append((offset + at, offset + len(line)))
    return out


def find_table_names(zh: str) -> list[Span]:
    if "姓名" not in zh and "户主" not in zh:
        return []
    spans: list[Span] = []
    column = None
    offset = 0
    for line in zh.split("\n"):
        cells = _cells(line, offset)
        texts = [zh[s:e].strip() for s, e in cells]
        if len(cells) >= 2 and any(_NAME_HEADER.match(t) for t in texts):
            column = next(i for i, t in enumerate(texts) if _NAME_HEADER.match(t))
        elif len(cells) < 2:
            column = None  # the table ended (a blank line, or a line of prose: 包工头：冼某，…)
        elif column is not None and len(cells) > column:
            s, e = cells[column]
            cell = _HAN_CELL.fullmatch(zh, s, e)  # the whole cell: 甘秀英（…之妻） is read by the other finders
            if cell and names_zh._surname_len(zh, s, rare=True):
                spans.append(cell.span())
        offset += len(line) + 1
    return spans


# A name in quotes written with a full-width space between surname and given name (“尹　浩然”), as forms
# and sign-in sheets print them.
_GLUED_SPACED = re.compile(r"(?<=[\u4e00-\u9fff])([\u4e00-\u9fff](?: [\u4e00-\u9fff]){1,2})(?! [\u4e00-\u9fff])")
_ROLES = tuple(word for word in ROLE_WORDS if len(word) >= 2)
_QUOTED_SPACED = re.compile(r"[“「\"]([\u4e00-\u9fff]{1,2})[\u3000 ]([\u4e00-\u9fff]{1,2})[”」\"]")


def find_spaced_names(zh: str) -> list[Span]:
    """瞿 晓 东: a surname and one or two given-name characters, one space apart."""
    spans: list[Span] = []
    for m in _SPACED.finditer(zh):
        chars = m.group(0).split(" ")
        if len(chars) == 4:  # a word's last character before the name (2021级 瞿 晓 东)
            chars = chars[1:]
        start = m.end() - (2 * len(chars) - 1)
        name = "".join(chars)
        if names_zh._surname_len(name, 0, rare=True) and names_zh._given_ok(name[1:]) and not names_zh.is_plain_word(name):
            spans.append((start, m.end()))
    for m in _GLUED_SPACED.finditer(zh):  # 病人梁 嘉 欣的: a role word glued before the spaced-out name
        name = m.group(1).replace(" ", "")
        if any(zh.endswith(role, 0, m.start()) for role in _ROLES) and names_zh._surname_len(name, 0, rare=True) \
                and names_zh._given_ok(name[1:]):
            spans.append(m.span(1))
    for m in _QUOTED_SPACED.finditer(zh):
        surname, given = m.groups()
        if names_zh._surname_len(surname, 0, rare=True) == len(surname) and names_zh._given_ok(given):
            spans.append((m.start(1), m.end(2)))
    return spans

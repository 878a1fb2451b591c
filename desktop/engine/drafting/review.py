"""An AI rewrite as separate changes a reporter can take or leave, one by one.

:func:`hunks` splits old → new into changes at word level (English) or character level
(Chinese), merging changes that only a space or a single character apart so a rewritten
phrase is one decision, not five. :func:`apply` builds the text with the accepted changes
and the original words everywhere else, so rejecting a change can never lose or invent text.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.engine.core.text import HAN_CHAR


@dataclass(frozen=True)
class Hunk:
    index: int
    old_start: int  # character offsets into the old text
    old_end: int
    old_text: str
    new_text: str

    @property
    def kind(self) -> str:
        if not self.old_text:
            return "insert"
        return "delete" if not self.new_text else "replace"


def _tokens(text: str, chinese: bool) -> list[str]:
    if chinese:
        return re.findall(r"[A-Za-z0-9]+|\s+|.", text, re.S)
    return re.findall(r"\s+|\w+|[^\w\s]", text)


def hunks(old: str, new: str) -> list[Hunk]:
    """The changes from ``old`` to ``new``, in order, each with its span in ``old``."""
    chinese = bool(HAN_CHAR.search(old + new))
    a, b = _tokens(old, chinese), _tokens(new, chinese)
    offsets = [0]
    for token in a:
        offsets.append(offsets[-1] + len(token))
    ops = [op for op in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()]
    merged: list[list[int]] = []  # [i1, i2, j1, j2]
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            continue
        if merged:
            last = merged[-1]
            gap = a[last[1]:i1]
            if len(gap) <= 1 and (not gap or gap[0].isspace() or len(gap[0]) == 1):
                last[1], last[3] = i2, j2
                continue
        merged.append([i1, i2, j1, j2])
    return [Hunk(n, offsets[i1], offsets[i2], "".join(a[i1:i2]), "".join(b[j1:j2]))
            for n, (i1, i2, j1, j2) in enumerate(merged)]


def apply(old: str, changes: list[Hunk], accepted: Iterable[int]) -> str:
    """``old`` with the accepted changes made and every other change left as it was."""
    take = set(accepted)
    out: list[str] = []
    pos = 0
    for hunk in changes:
        out.append(old[pos:hunk.old_start])
        out.append(hunk.new_text if hunk.index in take else hunk.old_text)
        pos = hunk.old_end
    out.append(old[pos:])
    return "".join(out)

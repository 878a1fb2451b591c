"""What changed between two versions of a story, at the level an editor reads changes.

Chinese has no spaces, so a word diff would treat a whole sentence as one "word": Han
characters are compared one by one; Latin text word by word (a word is compared without the spaces
after it, so "the line." → "line 3." keeps "line" and reads as one deletion, one insertion). Lines
are matched first and only changed lines are compared finely, which keeps long documents
fast (difflib is quadratic in the worst case, and a story is mostly unchanged lines).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from desktop.engine.core.wordcount import TextCount, count_text

EQUAL, INSERT, DELETE = "equal", "insert", "delete"
# One token: a run of Latin letters/digits, or any other single character (each Han character,
# each punctuation mark), with the spaces that follow it; or leading whitespace on its own.
_TOKEN = re.compile(r"(?:[^\W_\u3000-\u9fff\uf900-\ufaff]+|\S|\s+)[ \t]*", re.DOTALL)


@dataclass(frozen=True)
class DiffOp:
    kind: str  # equal | insert | delete
    text: str


@dataclass(frozen=True)
class DiffSummary:
    inserted: TextCount
    deleted: TextCount

    @property
    def unchanged(self) -> bool:
        return not (self.inserted.chars or self.deleted.chars)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _merge(ops: list[DiffOp]) -> list[DiffOp]:
    out: list[DiffOp] = []
    for op in ops:
        if not op.text:
            continue
        if out and out[-1].kind == op.kind:
            out[-1] = DiffOp(op.kind, out[-1].text + op.text)
        else:
            out.append(op)
    return out


FINE_LIMIT = 20_000  # tokens per side; a bigger rewritten block is shown as whole lines out and in


def _fine(old: str, new: str) -> list[DiffOp]:
    a, b = tokens(old), tokens(new)
    if len(a) > FINE_LIMIT or len(b) > FINE_LIMIT:  # difflib is quadratic on a block this size
        return [DiffOp(DELETE, old), DiffOp(INSERT, new)]
    keys_a = [t.rstrip(" \t") or t for t in a]
    keys_b = [t.rstrip(" \t") or t for t in b]
    ops: list[DiffOp] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, keys_a, keys_b, autojunk=False).get_opcodes():
        if tag == "equal":
            for ta, tb, key in zip(a[i1:i2], b[j1:j2], keys_a[i1:i2], strict=True):
                if ta == tb:
                    ops.append(DiffOp(EQUAL, ta))
                else:  # same word, different spaces after it
                    ops += [DiffOp(EQUAL, key), DiffOp(DELETE, ta[len(key):]), DiffOp(INSERT, tb[len(key):])]
            continue
        if tag in ("delete", "replace"):
            ops.append(DiffOp(DELETE, "".join(a[i1:i2])))
        if tag in ("insert", "replace"):
            ops.append(DiffOp(INSERT, "".join(b[j1:j2])))
    return ops


def diff_texts(old: str, new: str) -> list[DiffOp]:
    """Ops that turn ``old`` into ``new``: joining EQUAL+DELETE gives old, EQUAL+INSERT gives new."""
    a, b = old.splitlines(keepends=True), new.splitlines(keepends=True)
    ops: list[DiffOp] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            ops.append(DiffOp(EQUAL, "".join(a[i1:i2])))
        elif tag == "delete":
            ops.append(DiffOp(DELETE, "".join(a[i1:i2])))
        elif tag == "insert":
            ops.append(DiffOp(INSERT, "".join(b[j1:j2])))
        else:
            ops.extend(_fine("".join(a[i1:i2]), "".join(b[j1:j2])))
    return _merge(ops)


def summarize(ops: list[DiffOp]) -> DiffSummary:
    return DiffSummary(inserted=count_text("".join(o.text for o in ops if o.kind == INSERT)),
                       deleted=count_text("".join(o.text for o in ops if o.kind == DELETE)))

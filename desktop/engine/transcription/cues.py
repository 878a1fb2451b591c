"""Subtitle cues from transcript segments: short enough to read while the picture runs.

A transcript segment is a sentence or more (5-20 s since chunks are decoded in batches, see
:mod:`decode`); one subtitle of 20 s and four lines is unreadable. The usual broadcast limits
are followed: a cue lasts at most ``MAX_CUE_S`` and holds at most two lines of 42 characters
(16 for Chinese, each character being as wide as two letters). Cues are cut between words,
after a sentence or clause end where one lies in the second half of the cue, and take their
times from the words, so each cue is on screen while its words are spoken. A segment whose
words do not spell its text (a reporter retyped it whole) is split by its length alone, with
times shared out by length: such times are a guess, so they never cut a cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.engine.core.text import CJK_CHAR, han_share
from desktop.engine.transcription.transcripts import Segment

MAX_CUE_S = 7.0
MAX_LINES = 2
LINE_CHARS = 42
LINE_CHARS_CJK = 16
_BREAK_AFTER = re.compile(r"[.?!。？！…,;:，；：、][\"'”’」』)）]*$")


Piece = tuple[float, float, str]  # start, end, text of a word


@dataclass(frozen=True)
class Cue:
    start: float
    end: float
    text: str  # lines joined with "\n"


def cues(seg: Segment) -> list[Cue]:
    """``seg`` as one or more cues, in order, each within the segment's time."""
    text = seg.text.strip()
    if not text:
        return []
    cjk = han_share(text, CJK_CHAR) > 0.5  # written without spaces: narrower lines, cut between characters
    width = LINE_CHARS_CJK if cjk else LINE_CHARS
    pieces, timed = _pieces(seg, text, cjk)
    groups: list[list[Piece]] = []
    current: list[Piece] = []
    for piece in pieces:
        while current and _too_long([*current, piece], width, timed):
            keep = _break_point(current)
            groups.append(current[:keep])
            current = current[keep:]
        current.append(piece)
    groups.append(current)
    if len(groups) > 1:
        groups[-2:] = _balanced(groups[-2], groups[-1], width, timed)
    return [_cue(group, width) for group in groups if group]


def _pieces(seg: Segment, text: str, cjk: bool) -> tuple[list[Piece], bool]:
    """(start, end, text) of each word, and whether those times were heard (else shared out by length)."""
    words = [w for w in seg.words if w.word.strip()]
    if words and _squash("".join(w.word for w in words)) == _squash(text):
        return [(w.start, w.end, w.word) for w in words], True
    tokens = list(text) if cjk else re.findall(r"\s*\S+", text)
    total = sum(len(t) for t in tokens) or 1
    span = max(seg.end - seg.start, 0.0)
    pieces, at = [], 0
    for token in tokens:
        a = seg.start + span * at / total
        at += len(token)
        pieces.append((a, seg.start + span * at / total, token))
    return pieces, False


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _length(pieces: list[Piece]) -> int:
    return len("".join(p[2] for p in pieces).strip())


def _too_long(pieces: list[Piece], width: int, timed: bool) -> bool:
    """Not on two lines, or (when the times were heard, not shared out) on screen too long."""
    return _split(pieces, width) is None or (timed and pieces[-1][1] - pieces[0][0] > MAX_CUE_S)


def _break_point(pieces: list[Piece]) -> int:
    """How many of ``pieces`` the cue keeps: up to the last sentence or clause end in its second half."""
    for i in range(len(pieces) - 1, 0, -1):
        if _BREAK_AFTER.search(pieces[i - 1][2].strip()) and _length(pieces[:i]) * 2 >= _length(pieces):
            return i
    return len(pieces)


def _balanced(a: list[Piece], b: list[Piece], width: int, timed: bool) -> list[list[Piece]]:
    """The last two cues shared out evenly, so the segment does not end on a cue of one word."""
    pieces = a + b
    best, best_cost = None, None
    for i in range(1, len(pieces)):
        first, second = pieces[:i], pieces[i:]
        if _too_long(first, width, timed) or _too_long(second, width, timed):
            continue
        cost = abs(_length(first) - _length(second)) - (10 if _BREAK_AFTER.search(first[-1][2].strip()) else 0)
        if best_cost is None or cost < best_cost:
            best, best_cost = i, cost
    if best is None:  # cannot be two cues within the limits: leave them as they were cut
        return [a, b]
    return [pieces[:best], pieces[best:]]


def _cue(pieces: list[Piece], width: int) -> Cue:
    tokens = [p[2] for p in pieces]
    cut = _split(pieces, width)
    if cut is None or cut == len(tokens):  # one word wider than the line: it stays as it is
        text = "".join(tokens).strip()
    else:
        text = "".join(tokens[:cut]).strip() + "\n" + "".join(tokens[cut:]).strip()
    return Cue(pieces[0][0], max(pieces[-1][1], pieces[0][0] + 0.001), text)


def _split(pieces: list[Piece], width: int) -> int | None:
    """Where the cue's text goes to a second line (len(pieces): it fits on one), or None if two
    lines of ``width`` cannot hold it. Lines are balanced, and a line may end at a comma."""
    tokens = [p[2] for p in pieces]
    if _length(pieces) <= width:
        return len(tokens)
    if len(tokens) == 1:
        return len(tokens) if _length(pieces) <= width * MAX_LINES else None
    best, best_cost = None, None
    for i in range(1, len(tokens)):
        first, second = "".join(tokens[:i]).strip(), "".join(tokens[i:]).strip()
        if len(first) > width or len(second) > width:
            continue
        cost = abs(len(first) - len(second)) - (6 if _BREAK_AFTER.search(first) else 0)
        if best_cost is None or cost < best_cost:
            best, best_cost = i, cost
    return best

"""Whisper's decoding loops: a phrase repeated within a segment, or a segment repeated back to back.

Kept apart from the job (transcribe.py) because both the file job and the re-listening of
lost stretches (loss.py) clean whisper's output the same way, and the rules are easy to
test on their own.
"""

from __future__ import annotations

import re

from desktop.engine.transcription.transcripts import Segment, Word

REPEAT_MARK_EN = "[repetition removed]"
REPEAT_MARK_ZH = "[已删除重复内容]"

_NORM = re.compile(r"[\W_]+", re.UNICODE)


def _norm(text: str) -> str:
    return _NORM.sub("", text.lower())


def collapse_repeats(words: list[Word], min_reps: int = 3, min_units: int = 10) -> tuple[list[Word], int]:
    """Cut a phrase that whisper repeats ``min_reps``+ times in a row (a decoding loop).

    Short repetitions people really say ("no, no, no") are kept: the repeated run must
    cover at least ``min_units`` words. Returns the words and how many were removed.
    """
    keys = [_norm(w.word) for w in words]
    n_words = len(words)
    out: list[Word] = []
    removed = 0
    i = 0
    while i < n_words:
        best = None
        for n in range(1, min(12, (n_words - i) // min_reps) + 1):
            unit = keys[i:i + n]
            if not any(unit):
                continue
            reps = 1
            while keys[i + reps * n:i + (reps + 1) * n] == unit:
                reps += 1
            if reps >= min_reps and reps * n >= min_units:
                best = (n, reps)
                break
        if best:
            n, reps = best
            out.extend(words[i:i + n])
            removed += n * (reps - 1)
            i += n * reps
        else:
            out.append(words[i])
            i += 1
    return out, removed


class RepetitionGuard:
    """Drops the third and later copies of a segment repeated back to back, leaving a marker.

    Only copies that follow each other without a pause (``max_gap``) count: a decoding
    loop produces them one after another, while a speaker repeating a line minutes later
    is real speech and is kept.
    """

    def __init__(self, max_copies: int = 2, max_gap: float = 2.0) -> None:
        self.max_copies = max_copies
        self.max_gap = max_gap
        self.last = ""
        self.last_end = 0.0
        self.copies = 0
        self.marker: Segment | None = None
        self.removed = 0

    def check(self, segment: Segment, lang: str) -> Segment | None:
        """The segment to save: itself, or a (grown) marker in its place."""
        key = _norm(segment.text)
        if key and key == self.last and segment.start - self.last_end <= self.max_gap:
            self.copies += 1
        else:
            self.last, self.copies, self.marker = key, 1, None
        self.last_end = segment.end
        if self.copies <= self.max_copies:
            return segment
        self.removed += 1
        mark = repeat_mark(lang == "zh")
        if self.marker is None:
            self.marker = Segment(segment.idx, segment.start, segment.end, mark, segment.speaker, [])
            return self.marker
        self.marker.end = segment.end
        return self.marker


def squeezed_at_window_end(seg: Segment, window_end: float, tail: float = 1.5) -> bool:
    """Whisper's "Thank you very much." on the last fraction of a window whose audio stops.

    Such text sits in the window's last moments with words of zero length (there was no
    sound to align them to). Only inner windows are checked: their audio continues in the
    next window, so nothing real is lost.
    """
    if not seg.words or seg.start < window_end - tail:
        return False
    squeezed = sum(1 for w in seg.words if w.end - w.start <= 0.02)
    return squeezed * 2 >= len(seg.words)


def repeat_mark(zh: bool) -> str:
    return REPEAT_MARK_ZH if zh else REPEAT_MARK_EN

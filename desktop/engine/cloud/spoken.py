"""Numbers read out in English words, as a transcript writes them.

Why: an interview transcript says "oh seven seven double oh, nine double oh one two three"
where the notes would have ``07700 900123``; the digit scanner sees no digit at all. This
finds runs of digit words (zero/oh/nought, one…nine, "double"/"triple" before a digit) joined
by spaces, commas or hyphens and hands back their digits, so :mod:`digits` classifies them
like any other number (a phone needs seven digits or more, so "one or two" stays words).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.engine.cloud.first_char import guarded

_WORDS = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
          "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
_REPEAT = {"double": 2, "triple": 3}
# Only the digit words themselves: any other word between two of them breaks the run anyway.
_TOKEN = guarded(r"(?<![A-Za-z])(?:zero|oh|o|nought|one|two|three|four|five|six|seven|eight|nine|double|triple)"
                 r"(?![A-Za-z])", re.I)
# What may sit between two digit words of one number.
_JOIN = re.compile(r"[ \t,\-–]*|[ \t,]*(?:dash|hyphen)[ \t,]*", re.I)
_PLUS = guarded(r"\bplus[ \t,]*$", re.I)


def _kind(word: str) -> str:
    low = word.lower()
    return "digit" if low in _WORDS else "repeat" if low in _REPEAT else ""


def find_spoken(text: str, min_digits: int = 7) -> Iterator[tuple[int, int, str, bool]]:
    """``(start, end, digits, plus)`` for each run of at least ``min_digits`` spoken digits."""
    tokens = list(_TOKEN.finditer(text))
    i = 0
    while i < len(tokens):
        if not _kind(tokens[i].group(0)):
            i += 1
            continue
        j = i
        while j + 1 < len(tokens) and _kind(tokens[j + 1].group(0)) and \
                _JOIN.fullmatch(text, tokens[j].end(), tokens[j + 1].start()):
            j += 1
        digits, times, last = "", 1, None
        for token in tokens[i:j + 1]:
            word = token.group(0).lower()
            if word in _REPEAT:
                times = _REPEAT[word]
            else:
                digits, times, last = digits + _WORDS[word] * times, 1, token
        if len(digits) >= min_digits and last is not None:
            start = tokens[i].start()
            plus = _PLUS.search(text, 0, start)
            yield (plus.start() if plus else start), last.end(), digits, plus is not None
        i = j + 1

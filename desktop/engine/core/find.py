"""Find and replace in a story, with the options a reporter expects in both languages.

*Match case* only matters for letters that have case. *Whole word* means what it says for
Latin text (no letter or digit right before or after). Chinese has no spaces between words,
so for a query that starts or ends with a Han character a match counts as a whole word when
jieba's search-mode segmentation of the surrounding sentence (words and the dictionary words
inside them) starts and ends a word there: 长江 is found in 长江大桥, 江 and 江大 are not, and
长 is not found inside 市长. Offsets are Python string indices.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from desktop.engine.core.text import HAN_CHAR

_SENTENCE_END = re.compile(r"[。！？；!?;\n]")
MAX_MATCHES = 100_000  # beyond this the count says "100,000+" and highlighting stops


@dataclass(frozen=True)
class FindOptions:
    match_case: bool = False
    whole_word: bool = False


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() and not HAN_CHAR.match(ch)


def _sentence(text: str, start: int, end: int) -> tuple[int, str]:
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 200), start)), default=max(0, start - 200))
    found = _SENTENCE_END.search(text, end, min(len(text), end + 200))
    hi = found.start() if found else min(len(text), end + 200)
    return lo, text[lo:hi]


@lru_cache(maxsize=4096)  # the bar re-runs the search as the story changes: most sentences did not
def _jieba_words(sentence: str) -> frozenset[tuple[int, int]]:
    import jieba

    jieba.setLogLevel(60)
    return frozenset((start, end) for _word, start, end in jieba.tokenize(sentence, mode="search"))


def _whole_word(text: str, start: int, end: int, query: str) -> bool:
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if _is_word_char(query[0]) and before and _is_word_char(before):
        return False
    if _is_word_char(query[-1]) and after and _is_word_char(after):
        return False
    if HAN_CHAR.match(query[0]) or HAN_CHAR.match(query[-1]):
        lo, sentence = _sentence(text, start, end)
        words = _jieba_words(sentence)
        starts, ends = {s for s, _ in words}, {e for _, e in words}
        if (HAN_CHAR.match(query[0]) and start - lo not in starts) or (HAN_CHAR.match(query[-1]) and end - lo not in ends):
            return False
    return True


def find_all(text: str, query: str, options: FindOptions = FindOptions()) -> list[tuple[int, int]]:
    """Every non-overlapping match of ``query`` (plain text, not a pattern), in order."""
    if not query:
        return []
    flags = 0 if options.match_case else re.IGNORECASE
    out: list[tuple[int, int]] = []
    for m in re.finditer(re.escape(query), text, flags):
        if options.whole_word and not _whole_word(text, m.start(), m.end(), query):
            continue
        out.append((m.start(), m.end()))
        if len(out) >= MAX_MATCHES:
            break
    return out


def next_match(matches: list[tuple[int, int]], position: int, backwards: bool = False) -> int | None:
    """Index of the match after ``position`` (or before it), wrapping round the document."""
    if not matches:
        return None
    if backwards:
        for i in range(len(matches) - 1, -1, -1):
            if matches[i][1] <= position:
                return i
        return len(matches) - 1
    for i, (start, _end) in enumerate(matches):
        if start >= position:
            return i
    return 0


def replace_all(text: str, query: str, replacement: str, options: FindOptions = FindOptions()) -> tuple[str, int]:
    """``text`` with every match replaced, and how many there were."""
    matches = find_all(text, query, options)
    if not matches:
        return text, 0
    parts, pos = [], 0
    for start, end in matches:
        parts += [text[pos:start], replacement]
        pos = end
    parts.append(text[pos:])
    return "".join(parts), len(matches)

"""Word and character counts the way a newsroom counts them.

A Chinese desk counts 字: every Han character is one 字 (so 新华社 is 3). An English desk
counts words: runs of letters or digits, with inner apostrophes and hyphens kept (don't,
well-known, 3.5 and 1,234 are one word each). Mixed copy gets both figures. Punctuation,
spaces and Markdown markers (``#``, ``**``) count for nothing in either figure; ``chars``
is every visible character (no spaces or line breaks), the figure layout desks ask for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.engine.core.i18n import pick

# Han ideographs: the unified block, extensions A–H, compatibility ideographs, and 〇.
_HAN_RANGES = ("\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
               "\U00020000-\U0002ebef\U0002f800-\U0002fa1f\U00030000-\U0003134f")
# Japanese kana and Hangul syllables are counted like Han: one per character.
_SYLLABIC_RANGES = "\u3040-\u30ff\uac00-\ud7af"
_PER_CHARACTER = re.compile(f"[{_HAN_RANGES}{_SYLLABIC_RANGES}]")
# A "word": letters/digits of any other script, joined by ' ’ - . , only when these sit
# between two letters/digits (don't, e-mail, 3.5, 1,234).
_WORD_CHAR = rf"[^\W_{_HAN_RANGES}{_SYLLABIC_RANGES}]"
_WORD = re.compile(rf"{_WORD_CHAR}+(?:['’\-.,]{_WORD_CHAR}+)*")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class TextCount:
    """What the status bar shows: 字 (Han characters), words (everything else), characters."""

    hanzi: int
    words: int
    chars: int  # visible characters, no whitespace

    @property
    def is_empty(self) -> bool:
        return self.hanzi == 0 and self.words == 0


def count_text(text: str) -> TextCount:
    """Count ``text``: each Han character is one 字, each run of Latin letters/digits one word."""
    hanzi = len(_PER_CHARACTER.findall(text))
    words = len(_WORD.findall(text))
    chars = len(text) - sum(len(run) for run in _SPACE.findall(text))
    return TextCount(hanzi=hanzi, words=words, chars=chars)


def format_count(count: TextCount) -> str:
    """``1,234 字 · 56 words``: 字 always, words when there are any (or when there is nothing at all)."""
    words = pick("word" if count.words == 1 else "words", "词")
    parts = []
    if count.hanzi or not count.words:
        parts.append(f"{count.hanzi:,} 字")
    if count.words or not count.hanzi:
        parts.append(f"{count.words:,} {words}")
    return " · ".join(parts)

"""Whether capitals in brackets after a name are that name's initials ("Maria Delgado (MD)") or a
title set after it ("Jane Doe (PM)", "Tom Price (MP)", "Ana Ruiz (CEO)", "Alan Brown (QC)").

Initials are the first letters of the name's words in order: all of them, or the first and the
last with some of those between (Maria Elena Delgado: MED or MD; Jean-Luc Picard: JLP or JP). A
Chinese name's are those of its pinyin (陈思远: CSY, or CS for Chen Siyuan, SC for Siyuan Chen).
Any other capitals are a title or an abbreviation: no part of the name, and left as written.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.engine.cloud.names_en import PARTICLES
from desktop.engine.cloud.names_zh_words import COMPOUND_SURNAMES
from desktop.engine.core.text import HAN_CHAR


def is_initials(letters: str, name: str) -> bool:
    """Whether ``letters`` (upper case, 2 to 4) are the initials of ``name``."""
    return any(_abbreviates(letters, seq) for seq in _initial_sequences(name.strip()))


def _abbreviates(letters: str, seq: str) -> bool:
    """The first and last initials, and between them some of the others in order."""
    if len(seq) < 2 or letters[0] != seq[0] or letters[-1] != seq[-1]:
        return False
    rest = iter(seq[1:-1])
    return all(ch in rest for ch in letters[1:-1])


@lru_cache(maxsize=1024)
def _initial_sequences(name: str) -> tuple[str, ...]:
    if HAN_CHAR.search(name):
        return _han_sequences(re.sub(r"[\s\u3000·•]+", "", name))
    words = [w for w in re.split(r"[\s\-‐]+", name) if w and w.lower() not in PARTICLES]
    letters = "".join(ch for w in words if (ch := next((c for c in w if c.isalpha()), "")))
    return (letters.upper(),)


def _han_sequences(name: str) -> tuple[str, ...]:
    try:
        from pypinyin import Style, lazy_pinyin
    except ImportError:  # pragma: no cover - a declared dependency
        return ()
    syllables = [p[:1].upper() for p in lazy_pinyin(name, style=Style.NORMAL) if p[:1].isascii() and p[:1].isalpha()]
    if len(syllables) != len(name):
        return ()
    s = 2 if name[:2] in COMPOUND_SURNAMES else 1
    family, given = "".join(syllables[:s]), "".join(syllables[s:])
    return ("".join(syllables), family[0] + given[:1], given[:1] + family[0])

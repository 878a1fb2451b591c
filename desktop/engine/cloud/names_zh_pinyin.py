"""The pinyin forms of a Chinese name, as the same person is written in an English line or a
passport's machine-readable fields: "Han Lixin", "Lixin Han", "HAN LIXIN", "YAN ZHENHUA"."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4096)
def pinyin_forms(name: str, s: int) -> frozenset[str]:
    """"Han Lixin", "Lixin Han", "HAN LIXIN": the same person in an English line (``s``: the length
    of the surname)."""
    try:
        from pypinyin import Style, lazy_pinyin
    except ImportError:  # pragma: no cover - a declared dependency
        return frozenset()
    if not s or len(name) - s not in (1, 2):
        return frozenset()
    family = "".join(lazy_pinyin(name[:s], style=Style.NORMAL)).capitalize()
    given = "".join(lazy_pinyin(name[s:], style=Style.NORMAL)).capitalize()
    if not family.isascii() or not given.isascii():
        return frozenset()
    return frozenset({f"{family} {given}", f"{given} {family}", f"{family} {given}".upper(), f"{family}{given}", f"{family.upper()} {given}"})

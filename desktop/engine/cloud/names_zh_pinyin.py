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
    forms = {f"{family} {given}", f"{given} {family}", f"{family} {given}".upper(), f"{family}{given}",
             f"{family.upper()} {given}"}
    if _alone_ok(family):  # "郭明辉 … Guo did not answer": the surname alone in an English line
        forms.add(family)
    return frozenset(forms)


def _alone_ok(family: str) -> bool:
    """A pinyin surname that reads as nothing else in English (not He, Sun, Long, Fan, Song, Ma)."""
    from desktop.engine.cloud.names_en import is_common_word

    return family in _NOT_ENGLISH or (len(family) >= 2 and not is_common_word(family.lower(), 1_000))


_NOT_ENGLISH = {"Li", "Xu", "Yang", "Du", "Qi"}  # in the English word list, but as abbreviations or loans

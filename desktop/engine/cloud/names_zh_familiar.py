"""The familiar form of a Chinese name masked in the same text: 小/老/阿 and the surname.

鲁建兵……街坊都叫他老鲁: once the full name is masked, 老鲁 (小鲁, 阿鲁) is the same person and is
masked too. A 小X/老X whose surname belongs to no masked full name stays (小林 alone is not
anybody we know of), and so does one that is a word (老师, 小时, 小区) or stands inside one
(从小曾经: 从小 and 曾经).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop.engine.cloud import names_zh

Span = tuple[int, int]

_PREFIXES = "小老阿"
# Words made of 小/老/阿 and a surname's character that mean something else; jieba's dictionary lists
# 老张 and 小马 as nouns too, so only its frequent words (老师, 小时, 小于) count besides these.
_WORD_LIST = "小区 老年 小米 小车 小牛 老牛 小钱 老成 小伙 小麦 小路 老路 小花 小山 小城 老城 小将 老将 小于 小孔 老师 小时 小康 阿里"
_WORDS = frozenset(_WORD_LIST.split())
_FREQUENT = 500


def _is_word(word: str) -> bool:
    return word in _WORDS or (names_zh.is_plain_word(word)
                              and names_zh.pos_tokenizer().tokenizer.FREQ.get(word, 0) >= _FREQUENT)


def _surnames(full_names: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for name in full_names:
        if not (2 <= len(name) <= 4) or name[0] in _PREFIXES or not names_zh.HAN_CHAR.fullmatch(name[0]):
            continue
        n = names_zh._surname_len(name, 0, rare=True)
        if n and len(name) > n:
            out.add(name[:n])
    return out


def find_familiar(text: str, full_names: Iterable[str]) -> list[Span]:
    """小/老/阿 + the surname of one of ``full_names`` (masked full names), where it is no word."""
    surnames = _surnames(full_names)
    if not surnames:
        return []
    pattern = re.compile(f"[{_PREFIXES}](?:{'|'.join(map(re.escape, sorted(surnames, key=len, reverse=True)))})")
    spans: list[Span] = []
    for m in pattern.finditer(text):
        s, e = m.span()
        word = m.group(0)
        if _is_word(word) or (s and names_zh.is_plain_word(text[s - 1:s + 1])):
            continue  # 老师, 小时; 从小曾经
        if e < len(text) and names_zh.is_plain_word(text[e - 1:e + 1]):
            continue  # 小曾经常: 曾经 is the word
        spans.append((s, e))
    return spans

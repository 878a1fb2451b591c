"""The familiar form of a Chinese name masked in the same text: 小/老/阿 and the surname, 阿 and the
given name's last character, or that character and 哥/姐/叔/姨 (张伟 … 伟哥, 王芳 … 芳姐, 周永福 … 福叔).

鲁建兵……街坊都叫他老鲁: once the full name is masked, 老鲁 (小鲁, 阿鲁) is the same person and is
masked too; so is 阿杰 once 谢文杰 is, and 小峰 once 施峰 is. A pseudonym (阿杰（化名）) stays. A 小X/老X whose surname
belongs to no masked full name stays (小林 alone is not anybody we know of), and so does one that
is a word (老师, 小时, 小区) or stands inside one (从小曾经: 从小 and 曾经).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop.engine.cloud import names_zh

Span = tuple[int, int]

_PREFIXES = "小老阿"
_KIN_TAILS = "哥姐叔姨伯婶"  # a given name's last character and one of these: 伟哥, 芳姐, 福叔
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


def _in_word(text: str, s: int, e: int) -> bool:
    freq = names_zh.pos_tokenizer().tokenizer.FREQ
    return freq.get(text[s:e + 1], 0) > 0 or freq.get(text[e - 1:e + 1], 0) >= _WORD_AFTER


_SHOP = re.compile(r"[\u4e00-\u9fff]{0,3}(?:铺|店|馆|行|坊|厂|档)[”\"」』]")  # a shop's name, quoted
_WORD_AFTER = 300  # 杰出 1318, 明天 3264; a rarer word after it is no reason to read past


def _given_ends(full_names: Iterable[str], sizes: tuple[int, ...]) -> set[str]:
    """The last character of each given name of one of ``sizes`` characters (谢文杰 → 杰; with 1, 张伟 → 伟)."""
    out: set[str] = set()
    for name in full_names:
        if 2 <= len(name) <= 4 and names_zh.HAN_CHAR.fullmatch(name[-1]) and name[0] not in _PREFIXES:
            n = names_zh._surname_len(name, 0, rare=True)
            if n and len(name) - n in sizes:
                out.add(name[-1])
    return out


def find_familiar(text: str, full_names: Iterable[str]) -> list[Span]:
    """小/老/阿 + the surname of one of ``full_names`` (masked full names), or 阿/小 + the last
    character of its given name, where it is no word and no pseudonym."""
    full_names = list(full_names)
    surnames = _surnames(full_names)
    ends = _given_ends(full_names, (1, 2)) - surnames  # 谢文杰 … 阿杰; 施峰 … 小峰
    brother = _given_ends(full_names, (1, 2)) - surnames  # 张伟 … 谢谢伟哥
    if not surnames and not ends and not brother:
        return []
    forms = [f"[{_PREFIXES}](?:{'|'.join(map(re.escape, sorted(surnames, key=len, reverse=True)))})"] if surnames else []
    if ends:
        forms.append(f"[阿小][{''.join(sorted(ends))}]")
    if brother:
        forms.append(f"[{''.join(sorted(brother))}][{_KIN_TAILS}](?![们妹弟俩夫叔姨])")  # not 姐妹, 哥们; 福叔 (周永福)
    pattern = re.compile("|".join(forms))
    spans: list[Span] = []
    for m in pattern.finditer(text):
        s, e = m.span()
        word = m.group(0)
        if word[1] in _KIN_TAILS and word[0] in brother:
            if not names_zh._pseudonym(text, s, e):
                spans.append((s, e))  # 谢谢伟哥, 强哥别急
            continue
        if _is_word(word) or (s and names_zh.is_plain_word(text[s - 1:s + 1])):
            continue  # 老师, 小时; 从小曾经
        if e < len(text) and names_zh.is_plain_word(text[e - 1:e + 1]):
            continue  # 小曾经常: 曾经 is the word
        if word[1] in ends and e < len(text) and _in_word(text, s, e):
            continue  # 阿杰出: the given name's character starts a word
        if word[1] in ends and _SHOP.match(text, e):
            continue  # 阿强修表铺: the shop's name on its sign
        if names_zh._pseudonym(text, s, e):
            continue  # 阿兰（化名）: a name the paper gave, not the person's
        spans.append((s, e))
    return spans

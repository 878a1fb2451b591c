"""Chinese names told by their own form, wherever they stand in a sentence.

- A compound surname (欧阳, 司马, 诸葛, 上官…) with a given name after it: these surnames are words of
  nothing else, so 欧阳子轩 and 司马晓雯 are people even with no role word or verb of saying around
  them (新郎欧阳子轩与新娘司马晓雯…). Historical figures (诸葛亮, 司马迁, 欧阳修) stay.
- A full name before 同志 (讣告：江海同志（1941—2026）…): the form of an obituary or an official
  notice, so a name that is also a word (江海, 高山) counts; 张同志 and 女同志 stay.
- A person after an age and 的 (9岁的高原患有…).
- A pupil after the class (三年级二班单于晴晴): the rarer surnames count there.
- The second of a couple named together (诸葛文博、明月夫妇, 张三和李四两口子): a wife's or husband's name
  may be a word (明月) or lack its surname.
"""

from __future__ import annotations

import re

from desktop.engine.cloud import names_zh
from desktop.engine.cloud.names_zh_words import COMPOUND_SURNAMES, SURNAMES, TITLES

Span = tuple[int, int]

# Compound surnames that are no ordinary word (东方, 长孙, 公孙, 濮阳 and 钟离 are words or places).
_STRONG = sorted(COMPOUND_SURNAMES - {"东方", "长孙", "公孙", "濮阳", "钟离", "西门", "南宫", "轩辕", "独孤", "公羊",
                                      "梁丘", "左丘", "太叔", "仲孙", "拓跋"})
_COMPOUND = re.compile(f"(?:{'|'.join(_STRONG)})(?=[\u4e00-\u9fff])")
# Historical and classical figures with these surnames: no private person's name.
HISTORY = {"欧阳修", "欧阳询", "司马迁", "司马光", "司马懿", "司马相如", "司马昭", "司马炎", "诸葛亮", "诸葛瑾",
            "上官婉儿", "皇甫谧", "尉迟恭", "慕容复", "令狐冲", "宇文泰", "夏侯惇", "夏侯渊", "端木赐", "司徒雷登"}
_COMRADE = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,3})同志(?!们)")
# A school class before a pupil's name (三年级二班单于晴晴, 初二（3）班李想): any surname, rare ones too.
_CLASS = re.compile(r"(?:(?:[一二三四五六七八九]|\d)年级(?:[一二三四五六七八九十]{1,2}|\d{1,2})|[初高][一二三]"
                    r"(?:[（(]\d{1,2}[)）]|\d{1,2}))班[ \t]*(?:的|学生|同学)?[ \t]*")
# An age then 的 before a name (9岁的高原患有…): a person, even one whose name is a word.
_AGED = re.compile(r"(?<!\d)\d{1,3}[ \t]?(?:岁|歲)的")
_COUPLE = re.compile(r"[、和与及]([\u4e00-\u9fff]{2,3}?)(?:夫妇|夫妻|两口子|伉俪)")


def _given_len(text: str, i: int) -> int:
    """Length (2, 1 or 0) of a given name at ``text[i]`` (0 before a title: 皇甫先生, 欧阳老师)."""
    if text.startswith(TITLES, i):
        return 0
    for size in (2, 1):
        # 司马慧介绍: the second character starts a word (介绍), so the given name is one character
        if len(text[i:i + size]) == size and names_zh._given_ok(text[i:i + size]) \
                and not (size == 2 and names_zh.is_plain_word(text[i + 1:i + 3])):
            return size
    return 0


def find_compound_names(zh: str) -> list[Span]:
    spans: list[Span] = []
    for m in _COMPOUND.finditer(zh):
        size = _given_len(zh, m.end())
        if size and not any(zh.startswith(h, m.start()) for h in HISTORY):
            spans.append((m.start(), m.end() + size))
    for m in _CLASS.finditer(zh):
        s = names_zh._surname_len(zh, m.end(), rare=True)
        size = _given_len(zh, m.end() + s) if s else 0
        if size:
            spans.append((m.end(), m.end() + s + size))
    for m in _AGED.finditer(zh):
        span = _aged_name(zh, m.end())
        if span:
            spans.append(span)
    for m in _COMRADE.finditer(zh):
        name = m.group(1)
        s = names_zh._surname_len(name, 0, rare=True)
        if s and len(name) > s and all(ch in names_zh.given_chars() for ch in name[s:]):
            spans.append(m.span(1))
    return spans


def _aged_name(zh: str, i: int) -> Span | None:
    """The name right after "N岁的": three characters that do not start with a word (高中生), or two that
    start no longer word (高原患有)."""
    if not names_zh._surname_len(zh, i):
        return None
    if names_zh._given_ok(zh[i + 1:i + 3]) and not names_zh.is_plain_word(zh[i:i + 3]) \
            and not names_zh.is_plain_word(zh[i:i + 2]) and _AFTER_AGED.match(zh, i + 3):
        return i, i + 3
    if names_zh._given_ok(zh[i + 1:i + 2]) and not names_zh.is_plain_word(zh[i:i + 3]) \
            and not names_zh.is_plain_word(zh[i + 1:i + 3]) and _AFTER_AGED.match(zh, i + 2):
        return i, i + 2
    return None


_AFTER_AGED = re.compile(r"[患是在说称和与被因已曾从把，。、；（(）)]|今年|目前|现在|一家|所在|就读")


def find_partners(zh: str, spans: list[Span]) -> list[Span]:
    """After a name already found and 、/和/与: the partner named before 夫妇 or 两口子."""
    ends = {e for _s, e in spans}
    out: list[Span] = []
    for m in _COUPLE.finditer(zh):
        name = m.group(1)
        if m.start() in ends and (name[0] in SURNAMES or all(ch in names_zh.given_chars() for ch in name)):
            out.append(m.span(1))
    return out


_AFTER_NAME = re.compile(r"[在说称和与是的跟也就都已曾把被对向给为，。、；：！？,.;:!?\s）)]")


def grown(zh: str, spans: list[Span]) -> list[Span]:
    """A two-character name a dictionary word cut short, made whole: the given name's second character
    after 戴永 when a function word or another word follows it (丈夫戴永刚在…, 司机韩东升出示…)."""
    out: list[Span] = []
    for s, e in spans:
        if e - s == 2 and names_zh._surname_len(zh, s) == 1 and e < len(zh) and zh[e] in names_zh.given_chars() \
                and (_AFTER_NAME.match(zh, e + 1) or (names_zh.is_plain_word(zh[e + 1:e + 3])
                                                     and not names_zh.is_plain_word(zh[e:e + 2]))) \
                and names_zh._given_ok(zh[s + 1:e + 1]):
            e += 1
        out.append((s, e))
    return out

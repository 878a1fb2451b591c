"""Chinese rule checkers: punctuation width and pairing, impossible dates, number consistency,
redundant phrases. Pure regular expressions, so they are fast enough to run on every keystroke.
"""

from __future__ import annotations

import re

from desktop.engine.core.i18n import pick
from desktop.engine.proofread.issue import ERROR, INFO, PUNCTUATION, STYLE, TYPO, WARNING, CheckContext, Issue

_CJK = "\u4e00-\u9fff"
_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
# A half-width mark right after a Chinese character and followed by Chinese (or the end).
_HALF_AFTER_CJK = re.compile(rf"(?<=[{_CJK}])([,;:?!])(?=\s*(?:[{_CJK}“‘《（]|$))")
_PERIOD_AFTER_CJK = re.compile(rf"(?<=[{_CJK}])\.(?=\s*(?:[{_CJK}“]|$))")
_PAREN_CJK = re.compile(rf"\(([^()\n]*[{_CJK}][^()\n]*)\)")
_DOUBLED_MARK = re.compile(r"([，、。；：])\1+")
_PAIRS = {"“": "”", "《": "》", "（": "）", "「": "」", "『": "』", "【": "】", "‘": "’"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}


class ZhPunctuationChecker:
    """Half-width marks inside Chinese text, doubled marks and unpaired “” 《》（） etc."""

    name = "zh.punctuation"
    languages = frozenset({"zh"})
    scope = "paragraph"

    def check(self, text: str, ctx: CheckContext) -> list[Issue]:
        issues: list[Issue] = []
        for m in _HALF_AFTER_CJK.finditer(text):
            mark = m.group(1)
            issues.append(Issue(m.start(), m.end(), mark, PUNCTUATION, ERROR,
                                pick(f"Half-width “{mark}” in Chinese text; use “{_HALF_TO_FULL[mark]}”.",
                                     f"中文里用了半角“{mark}”，应为全角“{_HALF_TO_FULL[mark]}”。"),
                                (_HALF_TO_FULL[mark],), "zh-half-width", self.name))
        for m in _PERIOD_AFTER_CJK.finditer(text):
            issues.append(Issue(m.start(), m.end(), ".", PUNCTUATION, ERROR,
                                pick("Half-width “.” ends a Chinese sentence; use “。”.",
                                     "中文句末用了半角“.”，应为“。”。"), ("。",), "zh-half-width", self.name))
        for m in _PAREN_CJK.finditer(text):
            for pos, mark in ((m.start(), "("), (m.end() - 1, ")")):
                issues.append(Issue(pos, pos + 1, mark, PUNCTUATION, ERROR,
                                    pick("Use full-width brackets around Chinese text.", "中文内容应使用全角括号。"),
                                    (_HALF_TO_FULL[mark],), "zh-half-width", self.name))
        for m in _DOUBLED_MARK.finditer(text):
            issues.append(Issue(m.start(), m.end(), m.group(), PUNCTUATION, ERROR,
                                pick("Repeated punctuation mark.", "标点重复。"), (m.group(1),),
                                "zh-double-mark", self.name))
        issues.extend(self._unpaired(text))
        return issues

    def _unpaired(self, text: str) -> list[Issue]:
        stack: list[tuple[str, int]] = []
        bad: list[tuple[int, str]] = []
        for i, ch in enumerate(text):
            if ch in _PAIRS:
                stack.append((ch, i))
            elif ch in _CLOSERS:
                opener = _CLOSERS[ch]
                depth = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][0] == opener), None)
                if depth is None:
                    bad.append((i, ch))
                else:
                    bad.extend((p, c) for c, p in stack[depth + 1:])
                    del stack[depth:]
        bad.extend((p, c) for c, p in stack)
        issues = []
        for pos, ch in sorted(bad):
            partner = _PAIRS.get(ch) or _CLOSERS[ch]
            issues.append(Issue(pos, pos + 1, ch, PUNCTUATION, WARNING,
                                pick(f"“{ch}” has no matching “{partner}”.", f"“{ch}”没有配对的“{partner}”。"),
                                (), "zh-unpaired", self.name))
        return issues


# --- dates and numbers --------------------------------------------------------------------------

_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUM = r"(\d{1,2}|[〇零一二两三四五六七八九十]{1,3})"
_DATE = re.compile(rf"(?:(\d{{4}})年)?{_NUM}月{_NUM}[日号]")
_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_TIME = re.compile(r"(?<![\d:])(\d{1,2}):(\d{2})(?![\d:])")


def cn_number(token: str) -> int | None:
    """Parse 1–99 written as digits or as 十/二十三/三十一; None when it is not a number."""
    if token.isdigit():
        return int(token)
    if "十" in token:
        head, _, tail = token.partition("十")
        tens = _CN_DIGITS.get(head, -1) if head else 1
        ones = _CN_DIGITS.get(tail, -1) if tail else 0
        return None if tens < 0 or ones < 0 or len(head) > 1 or len(tail) > 1 else tens * 10 + ones
    if len(token) == 1 and token in _CN_DIGITS:
        return _CN_DIGITS[token]
    return None


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


class ZhDateNumberChecker:
    """Impossible dates (2月30日, 13月) and times (25:00), and mixed number styles in one text."""

    name = "zh.dates"
    languages = frozenset({"zh"})
    scope = "document"

    def check(self, text: str, ctx: CheckContext) -> list[Issue]:
        issues: list[Issue] = []
        arabic_dates = chinese_dates = 0
        first_chinese: re.Match[str] | None = None
        for m in _DATE.finditer(text):
            month, day = cn_number(m.group(2)), cn_number(m.group(3))
            if month is None or day is None:
                continue
            if m.group(2).isdigit():
                arabic_dates += 1
            else:
                chinese_dates += 1
                first_chinese = first_chinese or m
            year = int(m.group(1)) if m.group(1) else None
            limit = _DAYS[month - 1] if 1 <= month <= 12 else 0
            if month == 2 and year is not None and not _leap(year):
                limit = 28
            if not 1 <= month <= 12 or not 1 <= day <= limit:
                issues.append(Issue(m.start(), m.end(), m.group(), TYPO, ERROR,
                                    pick(f"“{m.group()}” is not a real date.", f"“{m.group()}”不是有效日期。"),
                                    (), "zh-impossible-date", self.name))
        for m in _TIME.finditer(text):
            if int(m.group(1)) > 24 or int(m.group(2)) > 59:
                issues.append(Issue(m.start(), m.end(), m.group(), TYPO, ERROR,
                                    pick(f"“{m.group()}” is not a real time.", f"“{m.group()}”不是有效时间。"),
                                    (), "zh-impossible-time", self.name))
        if arabic_dates and chinese_dates and first_chinese is not None:
            m = first_chinese
            issues.append(Issue(m.start(), m.end(), m.group(), STYLE, INFO,
                                pick("Dates are written both in figures and in Chinese numerals; pick one style.",
                                     "日期同时使用阿拉伯数字和汉字数字，请统一。"), (), "zh-date-style", self.name))
        issues.extend(self._percent_mix(text))
        return issues

    def _percent_mix(self, text: str) -> list[Issue]:
        signs = list(re.finditer(r"\d+(?:\.\d+)?%", text))
        words = list(re.finditer(r"百分之[〇零一二两三四五六七八九十百点]+", text))
        if signs and words:
            m = words[0]
            return [Issue(m.start(), m.end(), m.group(), STYLE, INFO,
                          pick("Percentages are written both as “%” and as 百分之…; pick one style.",
                               "百分数同时使用“%”和“百分之…”，请统一。"), (), "zh-percent-style", self.name)]
        return []


# --- redundant phrases ----------------------------------------------------------------------------

_REDUNDANT_PATTERNS = (
    (re.compile(r"(大约|约)(\d+(?:\.\d+)?|[一二三四五六七八九十百千万两]+)([^，。；\s]{0,3})左右"),
     "zh-about-around", "“约/大约”和“左右”意思重复，保留一个。", "“约” and “左右” both mean “about”; keep one."),
    (re.compile(r"(超过|多于)(\d+(?:\.\d+)?|[一二三四五六七八九十百千万两]+)([^，。；\s]{0,3})以上"),
     "zh-over-above", "“超过”和“以上”意思重复，保留一个。", "“超过” and “以上” both mean “over”; keep one."),
)


class ZhRedundancyChecker:
    """Constructions that say the same thing twice (约…左右, 超过…以上); word-level ones are in the term table."""

    name = "zh.redundancy"
    languages = frozenset({"zh"})
    scope = "paragraph"

    def check(self, text: str, ctx: CheckContext) -> list[Issue]:
        issues: list[Issue] = []
        for pattern, rule, zh, en in _REDUNDANT_PATTERNS:
            for m in pattern.finditer(text):
                fixed = m.group(2) + m.group(3) + m.group()[-2:]
                issues.append(Issue(m.start(), m.end(), m.group(), STYLE, WARNING, pick(en, zh),
                                    (fixed,), rule, self.name))
        return issues

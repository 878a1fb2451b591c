"""Numbers with their scale and unit, in English and Chinese, compared by value.

The guard's number check lives here. A quantity is a value (scale applied: 186.5万 is
1,865,000, "1.865 million" is the same) plus what it counts: an age, money, a percentage,
a length, a duration or nothing recognisable. A number in a draft is supported when some
source holds the same value (within 10 % when the draft says "about", "nearly", 约, 近…)
and the two kinds do not contradict each other: "34 beds" in the notes does not support
"a 34-year-old nurse". When the digits match a source number but the scale does not, the
flag says what the source figure is in the draft's words (186.5万 = 1.865 million), because
that is the mistake small models make when they translate.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_SCALE_EN = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6, "k": 1e3,
             "mn": 1e6}
_SCALE_ZH = {"千": 1e3, "万": 1e4, "亿": 1e8, "万亿": 1e12}
_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
          "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12}

# What a number counts, from the words right after it (or a currency sign right before it).
_UNIT_AFTER = [
    ("age", r"\s*-?\s*years?[\s-]*old\b|\s*岁|\s*周岁"),
    ("percent", r"\s*(?:%|％|percent\b|per\s+cent\b|个百分点|percentage points?\b)"),
    ("money", r"\s*(?:yuan\b|rmb\b|dollars?\b|usd\b|euros?\b|pounds?\b|元|美元|欧元|英镑|港元|港币|块钱?)"),
    ("length", r"\s*(?:km\b|kilomet(?:er|re)s?\b|miles?\b|met(?:er|re)s?\b|公里|千米|米)"),
    ("weight", r"\s*(?:kg\b|kilograms?\b|tonnes?\b|tons?\b|公斤|千克|吨)"),
    ("duration", r"\s*(?:hours?\b|minutes?\b|days?\b|weeks?\b|months?\b|小时|分钟|天|周|个月)"),
    ("people", r"\s*(?:people\b|persons?\b|residents?\b|patients?\b|workers?\b|人|名|位)"),
]
_UNIT_RE = [(kind, re.compile(pattern, re.I)) for kind, pattern in _UNIT_AFTER]
_CURRENCY_BEFORE = re.compile(r"(?:[$¥￥€£]|US\$|HK\$|RMB\s?)\s*$")
_AGED_BEFORE = re.compile(r"(?:\baged?\s+|\bage\s+of\s+|年仅|年近|今年|现年)$", re.I)
_APPROX_BEFORE = re.compile(r"(?:about|around|nearly|almost|roughly|approximately|some|more than|over|"
                            r"less than|under|up to|at least|约|大约|近|将近|接近|超过|逾|多达|上|不到)\s*[$¥￥€£]?\s*$", re.I)
_APPROX_AFTER = re.compile(r"^\s*(?:多|余|左右|上下)")

_NUM = re.compile(
    r"(?<![A-Za-z0-9.,_])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?"
    r"(?:\s*(thousand|million|billion|trillion)(?![A-Za-z])|\s?(bn|mn|m|k)(?![A-Za-z0-9²])|\s*(万亿|千|万|亿))?")
_CN_NUM = re.compile(r"[零〇一二两三四五六七八九十百千万亿]{2,}|[一二两三四五六七八九十][十百千万亿]")
_CN_SINGLE = re.compile(r"(?<![零〇一二两三四五六七八九十百千万亿])([一二两三四五六七八九十])"
                        r"(?=[名个位辆家岁年天次人条座所架艘只件项种倍层栋台部周月小分])")
_WORD_NUM = re.compile(r"\b(" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")(?:-(one|two|three|four|five|"
                       r"six|seven|eight|nine))?(?:\s+(thousand|million|billion))?(?![A-Za-z])", re.I)
_ONE_SCALE = re.compile(r"\b(?:one|a)\s+(thousand|million|billion)\b", re.I)
_PERCENT_ZH = re.compile(r"百分之([零〇一二两三四五六七八九十百点.\d]+)")


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    value: float
    kind: str  # "plain" | "age" | "percent" | "money" | "length" | "weight" | "duration" | "people"
    mantissa: float  # the digits as written, before the scale (186.5 for 186.5万)
    approx: bool = False


def cn_to_number(text: str) -> float | None:
    """Chinese numerals (三千五百, 两万, 一亿两千万, 十二) → value; None when it is not a number."""
    total, wan, section, digit = 0.0, 0.0, 0.0, None
    for ch in text:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            section += (digit if digit is not None else 1) * _CN_UNITS[ch]
            digit = None
        elif ch == "万":
            wan += (section + (digit or 0)) * 10_000
            section, digit = 0.0, None
        elif ch == "亿":
            total += (wan + section + (digit or 0)) * 100_000_000
            wan, section, digit = 0.0, 0.0, None
        else:
            return None
    return total + wan + section + (digit or 0)


def _kind(text: str, start: int, end: int) -> tuple[str, int]:
    """The unit of the number at ``start:end`` and where the quantity ends."""
    before = text[max(0, start - 12):start]
    if _CURRENCY_BEFORE.search(before):
        after = re.match(r"(?:\s*(?:yuan|dollars?|元|美元))?", text[end:], re.I)
        return "money", end + (after.end() if after else 0)
    if _AGED_BEFORE.search(before):
        unit = _UNIT_RE[0][1].match(text[end:end + 16])
        return "age", end + (unit.end() if unit else 0)
    rest = text[end:end + 24]
    for kind, pattern in _UNIT_RE:
        m = pattern.match(rest)
        if m:
            return kind, end + m.end()
    return "plain", end


def _approx(text: str, start: int, end: int) -> bool:
    return bool(_APPROX_BEFORE.search(text[max(0, start - 16):start]) or _APPROX_AFTER.match(text[end:end + 3]))


def _raw_numbers(text: str) -> Iterable[tuple[int, int, float, float]]:
    """(start, end, value, mantissa) for every number written in digits, words or Chinese numerals."""
    taken: list[tuple[int, int]] = []
    for m in _PERCENT_ZH.finditer(text):
        body = m.group(1).replace("点", ".")
        value = float(body) if re.fullmatch(r"[\d.]+", body) else cn_to_number(body)
        if value is not None:
            taken.append((m.start(), m.end()))
            yield m.start(), m.end(), value, value
    for m in _NUM.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        mantissa = float(m.group(1).replace(",", "") + ("." + m.group(2) if m.group(2) else ""))
        scale = 1.0
        if m.group(3):
            scale = _SCALE_EN[m.group(3).lower()]
        elif m.group(4):
            unit = m.group(4).lower()
            money = bool(_CURRENCY_BEFORE.search(text[max(0, m.start() - 6):m.start()]))
            if unit in ("m", "k") and not money:
                yield m.start(), m.start() + len(m.group(1)) + (len(m.group(2)) + 1 if m.group(2) else 0), \
                    mantissa, mantissa
                continue
            scale = _SCALE_EN[unit]
        elif m.group(5):
            scale = _SCALE_ZH[m.group(5)]
        taken.append((m.start(), m.end()))
        yield m.start(), m.end(), mantissa * scale, mantissa
    for m in _CN_NUM.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        value = cn_to_number(m.group(0))
        if value is not None:
            taken.append((m.start(), m.end()))
            yield m.start(), m.end(), value, value
    for m in _CN_SINGLE.finditer(text):
        if not any(s <= m.start() < e for s, e in taken):
            value = float(_CN_DIGITS[m.group(1)] if m.group(1) != "十" else 10)
            yield m.start(), m.end(), value, value
    for m in _ONE_SCALE.finditer(text):
        value = _SCALE_EN[m.group(1).lower()]
        taken.append((m.start(), m.end()))
        yield m.start(), m.end(), value, 1.0
    for m in _WORD_NUM.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        value = float(_WORDS[m.group(1).lower()])
        if m.group(2):  # "thirty-four"; "one" alone is too common a word to count as a number
            value += _WORDS.get(m.group(2).lower(), 1)
        mantissa = value
        if m.group(3):
            value *= _SCALE_EN[m.group(3).lower()]
        yield m.start(), m.end(), value, mantissa


# A list item's number ("1. ", "2、", "(3)") at the start of a line: a counter, not a fact.
_ENUMERATOR = re.compile(r"(?m)^[ \t]*[(（]?(\d{1,2})(?:[.、)）](?!\d)|\s*[、)）])")


def quantities(text: str) -> list[Quantity]:
    found = []
    counters = {m.start(1) for m in _ENUMERATOR.finditer(text)}
    for start, end, value, mantissa in _raw_numbers(text):
        if start in counters:
            continue
        kind, stop = _kind(text, start, end)
        if text.startswith("百分之", start):
            kind = "percent"
        sign = _CURRENCY_BEFORE.search(text[max(0, start - 6):start])
        first = start - len(sign.group(0)) if sign else start  # "$5 million" is flagged whole
        while stop > end and text[stop - 1].isspace():
            stop -= 1
        found.append(Quantity(first, stop, value, kind, mantissa, _approx(text, start, end)))
    return sorted(found, key=lambda q: q.start)


def _close(a: float, b: float, tolerance: float) -> bool:
    return abs(a - b) <= max(1e-9, abs(b) * tolerance)


STRICT = ("age", "percent")  # an age or a share needs the same in a source, not just the digits


def _compatible(draft: str, source: str) -> bool:
    if draft in STRICT:
        return draft == source
    return draft == source or "plain" in (draft, source)


def supported(q: Quantity, known: list[Quantity]) -> bool:
    tolerance = 0.1 if q.approx else 1e-6
    return any(_close(q.value, k.value, tolerance) and _compatible(q.kind, k.kind) for k in known)


def wrong_kind(q: Quantity, known: list[Quantity]) -> Quantity | None:
    """A source quantity with this value but a contradicting unit (34 beds vs 34 years old)."""
    for k in known:
        if _close(q.value, k.value, 1e-6) and not _compatible(q.kind, k.kind):
            return k
    return None


def wrong_scale(q: Quantity, known: list[Quantity]) -> Quantity | None:
    """A source quantity with the same digits but another scale (186.5万 read as 186.5 million)."""
    if q.value == q.mantissa and q.value < 1e4:
        return None
    for k in known:
        if _close(q.mantissa, k.mantissa, 1e-6) and not _close(q.value, k.value, 1e-6) and k.value >= 1e3:
            return k
    return None


def say_value(value: float, language: str) -> str:
    """A value in the reporter's words: 1.865 million / 186.5万."""
    def trim(x: float) -> str:
        return f"{x:.4f}".rstrip("0").rstrip(".")

    if language == "zh":
        if value >= 1e8:
            return f"{trim(value / 1e8)}亿"
        if value >= 1e4:
            return f"{trim(value / 1e4)}万"
        return trim(value)
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e3, "thousand")):
        if value >= scale:
            return f"{trim(value / scale)} {word}"
    return trim(value)

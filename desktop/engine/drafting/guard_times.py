"""Times of day and day-to-day relations in a draft, checked against the sources.

Dates and weekdays are in :mod:`guard`; this module covers what a small model adds around
them when it "tidies up" a sentence: a clock time (10 a.m., 上午10点, 20:30), a part of the
day (midnight, in the evening, 凌晨, 晚上) or a relation between days (the next day,
yesterday, 次日, 第二天). "Closed on Monday" turned into "closed from midnight on Monday to
the next day" changes the story; each of those words needs support in the sources.

Every expression becomes language-neutral keys (hours of the day it can mean, or a
relation), so a translation is checked like any draft: 晚上8点 in the notes supports
"8 p.m." and "in the evening"; an ambiguous "8点" supports 8:00 and 20:00. Support is
deliberately loose inside one family (evening and night overlap) so a restated time is not
a finding; what has no support at all is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["TimeFact", "supported", "times"]

# Hours (0-23) each part of the day can cover; generous, since reporters' words overlap.
_PART_HOURS = {
    "early": set(range(0, 6)),
    "morning": set(range(5, 12)),
    "noon": {11, 12, 13},
    "afternoon": set(range(12, 18)),
    "evening": set(range(17, 24)),
    "night": set(range(20, 24)) | set(range(0, 6)),
    "midnight": {23, 0, 1},
}

_ZH_PARTS = {"凌晨": "early", "清晨": "early", "拂晓": "early", "早上": "morning", "早晨": "morning",
             "上午": "morning", "中午": "noon", "午间": "noon", "正午": "noon", "下午": "afternoon",
             "傍晚": "evening", "晚上": "evening", "晚间": "evening", "夜间": "night", "夜里": "night",
             "深夜": "night", "通宵": "night", "半夜": "midnight", "午夜": "midnight"}
_EN_PARTS = {"dawn": "early", "daybreak": "early", "morning": "morning", "noon": "noon", "midday": "noon",
             "afternoon": "afternoon", "evening": "evening", "overnight": "night", "midnight": "midnight"}
_ZH_REL = {"次日": "next", "第二天": "next", "翌日": "next", "隔天": "next", "转天": "next",
           "前一天": "previous", "头一天": "previous", "前一日": "previous", "昨天": "yesterday",
           "昨日": "yesterday", "昨晚": "yesterday", "明天": "tomorrow", "明日": "tomorrow",
           "前天": "two days ago", "后天": "in two days"}

_ZH_NUM = "零〇一二两三四五六七八九十"
_ZH_CLOCK = re.compile(rf"({'|'.join(sorted(_ZH_PARTS, key=len, reverse=True))})?(?<![第\d.])"
                       rf"(\d{{1,2}}|[{_ZH_NUM}]{{1,3}})\s*[点时](?:(\d{{1,2}})分|(半)|钟|整)?")
_ZH_PART = re.compile("|".join(sorted(_ZH_PARTS, key=len, reverse=True)))
_ZH_RELATION = re.compile("|".join(sorted(_ZH_REL, key=len, reverse=True)))
_EN_CLOCK = re.compile(r"(?<![\d:.])(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s?m\b\.?|(?<![\d:.])(\d{1,2}):(\d{2})(?![\d:])"
                       r"|(?<![\d:.])(\d{1,2})\s+o['’]clock\b", re.I)
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_EN_PART = re.compile(r"\b(dawn|daybreak|morning|noon|midday|afternoon|evening|overnight|midnight)\b"
                      rf"|\b(?:at|last|that|the|one|{_WEEKDAY})\s+(night)\b", re.I)
_EN_RELATION = re.compile(r"\b(?:the\s+)?(?:(next|following)\s+(?:day|morning|afternoon|evening|night)"
                          r"|day\s+(after)(?!\s+(?:day|tomorrow))|(previous|preceding)\s+day|day\s+(before)"
                          r"(?!\s+yesterday))\b|\b(yesterday|tomorrow)\b", re.I)


@dataclass(frozen=True)
class TimeFact:
    start: int
    end: int
    hours: frozenset[int] = frozenset()  # hours of the day it may mean (clock times, parts of the day)
    minute: int | None = None  # clock times only
    relation: str = ""  # "next", "previous", "yesterday"… (relations between days)
    part: str = ""  # parts of the day: "morning", "midnight"… (keys of _PART_HOURS)


def _zh_int(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + digits.get(text[1:], -100)
    if len(text) == 1:
        return digits.get(text)
    if len(text) >= 2 and text[1] == "十":
        return digits.get(text[0], -100) * 10 + (digits.get(text[2:], -100) if len(text) == 3 else 0)
    return None


def _clock_hours(hour: int, part: str | None, meridiem: str | None) -> frozenset[int]:
    """The 24-hour hours a clock reading can mean, given a part of the day or a.m./p.m."""
    if meridiem:
        return frozenset({hour % 12 + (12 if meridiem == "p" else 0)})
    if hour > 12 or hour == 0:
        return frozenset({hour % 24})
    both = {hour % 12, hour % 12 + 12}
    if part:
        narrowed = both & _PART_HOURS[part]
        return frozenset(narrowed or both)
    return frozenset(both)


def times(text: str) -> Iterable[TimeFact]:
    """Clock times, parts of the day and relations between days in ``text``, English and Chinese."""
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return not any(start < e and s < end for s, e in taken)

    for m in _ZH_CLOCK.finditer(text):
        hour = _zh_int(m.group(2))
        if hour is None or hour > 24:
            continue
        if not m.group(2).isdigit() and not (m.group(1) or m.group(3) or m.group(4) or m.group(0)[-1] in "钟整"):
            continue  # 三点建议 is three points, not three o'clock
        minute = int(m.group(3)) if m.group(3) else 30 if m.group(4) else 0
        taken.append((m.start(), m.end()))
        yield TimeFact(m.start(), m.end(), _clock_hours(hour, _ZH_PARTS.get(m.group(1) or ""), None), minute)
    for m in _EN_CLOCK.finditer(text):
        hour = int(m.group(1) or m.group(4) or m.group(6))
        minute = int(m.group(2) or m.group(5) or 0)
        if hour > 24 or minute > 59:
            continue
        taken.append((m.start(), m.end()))
        yield TimeFact(m.start(), m.end(), _clock_hours(hour, None, (m.group(3) or "").lower() or None), minute)
    for m in _ZH_RELATION.finditer(text):
        if free(m.start(), m.end()):
            taken.append((m.start(), m.end()))
            yield TimeFact(m.start(), m.end(), relation=_ZH_REL[m.group(0)])
    for m in _EN_RELATION.finditer(text):
        word = next(g for g in m.groups() if g).lower()
        relation = {"following": "next", "after": "next", "preceding": "previous", "before": "previous"}.get(word, word)
        taken.append((m.start(), m.end()))
        yield TimeFact(m.start(), m.end(), relation=relation)
    for m in _ZH_PART.finditer(text):
        if free(m.start(), m.end()):
            part = _ZH_PARTS[m.group(0)]
            yield TimeFact(m.start(), m.end(), frozenset(_PART_HOURS[part]), part=part)
    for m in _EN_PART.finditer(text):
        group = 1 if m.group(1) else 2
        if free(m.start(group), m.end(group)):
            part = _EN_PARTS.get(m.group(group).lower(), "night")
            yield TimeFact(m.start(group), m.end(group), frozenset(_PART_HOURS[part]), part=part)


def supported(fact: TimeFact, known: list[TimeFact]) -> bool:
    """Whether some source expression supports ``fact``: the same relation; for a clock
    time, the same reading in a source (a.m./p.m. left open where either side does not say
    it; "midnight" and "noon" count as 0:00 and 12:00); for a part of the day, any source
    time whose hours overlap it. "In the evening" does not support "8 p.m.", but "8 p.m."
    supports "in the evening"."""
    if fact.relation:
        return any(k.relation == fact.relation for k in known)
    if fact.minute is not None:
        points = {"midnight": {0, 24}, "noon": {12}}
        return any(k.hours & fact.hours and k.minute == fact.minute if k.minute is not None
                   else fact.minute == 0 and bool(points.get(k.part, set()) & fact.hours)
                   for k in known if not k.relation)
    return any(k.hours & fact.hours for k in known if not k.relation)

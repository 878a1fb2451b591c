"""Hallucination guard: facts in a draft that none of its sources contain.

A small model writes fluent sentences with wrong names and invented numbers. The guard
extracts the checkable facts of the generated text and looks for each in the sources the
task was given: numbers with their scale and unit, compared by value
(:mod:`guard_quantities`: 186.5万 is 1.865 million, not 186.5 million), dates and weekdays,
times of day and relations such as "the next day" (:mod:`guard_times`),
names, places and organisations, genders the sources contradict (:mod:`guard_people`), and
quotations that are not word for word in a source. What it cannot find is returned as a
span to highlight for review; it never changes the text.

The public entry point is :func:`check` (``check(text, sources, mode)``); the local
drafting path and the cloud route both call it on every answer.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.engine.core.i18n import pick
from desktop.engine.core.text import detect_language, han_count
from desktop.engine.drafting import guard_people as people
from desktop.engine.drafting import guard_quantities as qty
from desktop.engine.drafting import guard_times
from desktop.engine.drafting.guard_quantities import cn_to_number

GUARD_ZH_SHARE = 0.25  # of all characters: a draft with a few Chinese names is still checked as English

__all__ = ["KINDS", "GuardFlag", "check", "cn_to_number"]

KINDS = ("number", "date", "name", "place", "quote", "unit", "gender")

_WHAT = {"number": ("number", "数字"), "date": ("date", "日期"), "name": ("name", "人名或机构名"),
         "place": ("place", "地名")}
_QTY_WORDS = {"age": ("age", "年龄"), "money": ("amount", "金额"), "percent": ("percentage", "百分比"),
              "length": ("distance", "距离"), "weight": ("weight", "重量"), "duration": ("duration", "时长"),
              "people": ("number of people", "人数"), "time": ("time", "时间")}


@dataclass(frozen=True)
class GuardFlag:
    start: int
    end: int
    text: str
    kind: str  # one of KINDS
    detail: str = ""  # what the sources say instead (a conversion, a person), when known
    what: str = ""  # for numbers: "age", "money", "percent"… (guard_quantities kinds)

    def message(self, lang: str | None = None) -> str:
        if self.kind == "quote":
            return pick("This quotation is not word for word in the sources: check it against the recording.",
                        "这段引语与来源原话不一致，请对照录音核实。", lang)
        if self.kind == "unit":
            return pick(f"Check “{self.text}”: the sources say {self.detail}.",
                        f"请核实“{self.text}”：来源中是 {self.detail}。", lang)
        if self.kind == "gender":
            return pick(f"Check “{self.text}”: the sources refer to {self.detail} differently (he/she).",
                        f"请核实“{self.text}”：来源中对 {self.detail} 的性别称呼不同（他/她）。", lang)
        what_en, what_zh = _QTY_WORDS.get(self.what) or _WHAT[self.kind]
        return pick(f"Check this {what_en}: “{self.text}” is not in the sources.",
                    f"请核实这个{what_zh}：来源中没有“{self.text}”。", lang)


# --- dates --------------------------------------------------------------------------------------

_MONTHS = people.MONTHS
_WEEKDAYS = people.WEEKDAYS
_ZH_WEEKDAYS = "一二三四五六日"
_MONTH_RE = "|".join(m[:3] + f"(?:{m[3:]})?" if len(m) > 3 else m for m in _MONTHS)
_DATE_EN = re.compile(rf"\b({_MONTH_RE})\.?(?:\s+(\d{{1,2}})(?:st|nd|rd|th)?)?\b|\b(\d{{1,2}})(?:st|nd|rd|th)?\s+"
                      rf"(?:of\s+)?({_MONTH_RE})\b", re.I)
_DATE_ZH = re.compile(r"(?:(\d{4})年)?(\d{1,2}|[一二三四五六七八九十]{1,3})月(?:(\d{1,2}|[一二三四五六七八九十]{1,3})[日号])?")
_WEEKDAY_EN = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b", re.I)
_WEEKDAY_ZH = re.compile(r"(?:星期|礼拜|周)([一二三四五六日天])")


def _month_index(name: str) -> int:
    name = name.lower()
    return next(i for i, m in enumerate(_MONTHS) if m.startswith(name[:3])) + 1


def _zh_int(text: str | None) -> int | None:
    if text is None:
        return None
    if text.isdigit():
        return int(text)
    value = cn_to_number(text)
    return int(value) if value is not None else None


def _dates(text: str) -> Iterable[tuple[int, int, tuple]]:
    """(start, end, key): key is ("md", month, day|None) or ("wd", weekday index)."""
    for m in _DATE_EN.finditer(text):
        if m.group(1):
            word, day = m.group(1), m.group(2)
            if word.lower() == "may" and not day:
                continue  # "may" is far more often the verb
            yield m.start(), m.end(), ("md", _month_index(word), int(day) if day else None)
        else:
            yield m.start(), m.end(), ("md", _month_index(m.group(4)), int(m.group(3)))
    for m in _DATE_ZH.finditer(text):
        month = _zh_int(m.group(2))
        if month and 1 <= month <= 12:
            yield m.start(), m.end(), ("md", month, _zh_int(m.group(3)))
    for m in _WEEKDAY_EN.finditer(text):
        yield m.start(), m.end(), ("wd", _WEEKDAYS.index(m.group(1).lower()))
    for m in _WEEKDAY_ZH.finditer(text):
        yield m.start(), m.end(), ("wd", _ZH_WEEKDAYS.index(m.group(1).replace("天", "日")))


def _date_known(key: tuple, known: set[tuple]) -> bool:
    if key in known:
        return True
    if key[0] == "md" and key[2] is None:  # "in March" is supported by any March date
        return any(k[0] == "md" and k[1] == key[1] for k in known)
    return False


def dates(text: str) -> list[tuple[int, int, tuple]]:
    """Dates and weekdays in ``text`` as (start, end, key), for the task checks."""
    return list(_dates(text))


# --- quotations ----------------------------------------------------------------------------------

_QUOTE = re.compile(r"“([^”\n]{2,600})”|\"([^\"\n]{2,600})\"|「([^」\n]{2,600})」|『([^』\n]{2,600})』")


def _norm(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKC", text).lower() if c.isalnum())


def _quotes(text: str) -> Iterable[tuple[int, int, str]]:
    """Quoted passages long enough to be someone's words (not a one-word scare quote)."""
    for m in _QUOTE.finditer(text):
        group = next(g for g in range(1, 5) if m.group(g) is not None)
        words = m.group(group)
        cjk = han_count(words)
        if (cjk >= 4 or len(words.split()) >= 3) and len(_norm(words)) >= 4:
            yield m.start(group), m.end(group), words


# --- the check ----------------------------------------------------------------------------------

def check(text: str, sources: Sequence[str], mode: str = "full") -> list[GuardFlag]:
    """Spans of ``text`` whose facts no source supports.

    ``mode`` "numbers" (translations: names are transliterated, quotes translated) checks
    numbers, amounts and dates only; "full" also checks names, places, genders and quotes;
    "off" checks nothing.
    """
    if mode == "off" or not text.strip():
        return []
    joined = "\n".join(s for s in sources if s)
    language = detect_language(text, GUARD_ZH_SHARE, of_letters=False)
    flags: list[GuardFlag] = []
    taken: list[tuple[int, int]] = []

    def overlaps(start: int, end: int) -> bool:
        return any(start < e and s < end for s, e in taken)

    quoted = list(_quotes(text)) if mode == "full" else []
    if quoted:
        norm_sources = _norm(joined)
        for start, end, words in quoted:
            if _norm(words) not in norm_sources:
                flags.append(GuardFlag(start, end, words, "quote"))
                taken.append((start, end))  # what an invented quote holds is part of that one finding
    known_dates = {key for _s, _e, key in _dates(joined)}
    for start, end, key in _dates(text):
        if overlaps(start, end):
            continue
        taken.append((start, end))
        if not _date_known(key, known_dates):
            flags.append(GuardFlag(start, end, text[start:end], "date"))
    known_times = list(guard_times.times(joined))  # clock times, parts of the day, "the next day"
    for fact in guard_times.times(text):
        if overlaps(fact.start, fact.end):
            continue
        taken.append((fact.start, fact.end))
        if not guard_times.supported(fact, known_times):
            flags.append(GuardFlag(fact.start, fact.end, text[fact.start:fact.end], "date", what="time"))
    known = qty.quantities(joined)
    for q in qty.quantities(text):
        if overlaps(q.start, q.end):
            continue
        taken.append((q.start, q.end))
        if qty.supported(q, known):
            continue
        shown = text[q.start:q.end].strip()
        other = qty.wrong_scale(q, known) or qty.wrong_kind(q, known)
        if other is not None:
            said = joined[other.start:other.end].strip()
            if other.kind == "plain":  # "34" alone says little: show the word it counts ("34 beds")
                said = (said + re.match(r"\s*[^\s,.;，。；]{0,12}", joined[other.end:]).group(0)).strip()
            detail = said if other.value == q.value else f"{said} = {qty.say_value(other.value, language)}"
            flags.append(GuardFlag(q.start, q.end, shown, "unit", detail, q.kind))
        else:
            flags.append(GuardFlag(q.start, q.end, shown, "number", what=q.kind))
    if mode == "full":
        _names(text, joined, flags, taken)
        for start, end, word, person in people.gender_conflicts(text, joined):
            if not overlaps(start, end):
                flags.append(GuardFlag(start, end, word, "gender", person))
    elif mode == "numbers":  # a translation: names are transliterated, but he/she must still agree
        for start, end, word in people.pronoun_drift(text, joined):
            if not overlaps(start, end):
                flags.append(GuardFlag(start, end, word, "gender", pick("the person", "此人")))
    return sorted(flags, key=lambda f: f.start)


def _names(text: str, joined: str, flags: list[GuardFlag], taken: list[tuple[int, int]]) -> None:
    squashed = re.sub(r"\s+", " ", joined).lower()
    squashed = re.sub(r"['’]s\b", "", squashed)
    known_lower = set(re.findall(r"\b[a-z][\w'’-]*", joined + "\n" + text))

    def overlaps(start: int, end: int) -> bool:
        return any(start < e and s < end for s, e in taken)

    names = {w.lower() for w in re.findall(r"(?<=[a-z,;] )[A-Z][\w'’-]*", joined)}
    for start, end, phrase in people.english_names(text, known_lower, names):
        if overlaps(start, end):
            continue
        low = phrase.lower()
        if low in squashed or all(re.search(rf"\b{re.escape(w)}\b", squashed) for w in low.split()):
            continue
        flags.append(GuardFlag(start, end, phrase, "name"))
        taken.append((start, end))
    for start, end, word, kind in people.chinese_names(text):
        if not overlaps(start, end) and word not in joined:
            flags.append(GuardFlag(start, end, word, kind))
            taken.append((start, end))


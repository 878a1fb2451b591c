"""Hallucination guard: facts in a draft that none of its sources contain.

A small model writes fluent sentences with wrong names and invented numbers. The guard
extracts the checkable facts of the generated text (numbers with their scale, dates and
weekdays, personal names, places and organisations, in English and Chinese) and looks
for each in the sources the task was given. What it cannot find is returned as a span to
highlight for review; it does not change the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.engine.i18n import pick

KINDS = ("number", "date", "name", "place", "quote")


@dataclass(frozen=True)
class GuardFlag:
    start: int
    end: int
    text: str
    kind: str  # one of KINDS

    def message(self, lang: str | None = None) -> str:
        if self.kind == "quote":
            return pick("This quotation matches nothing in the transcript: check it against the recording.",
                        "这段引语与转写稿对不上，请对照录音核实。", lang)
        what_en = {"number": "number", "date": "date", "name": "name", "place": "place"}[self.kind]
        what_zh = {"number": "数字", "date": "日期", "name": "人名或机构名", "place": "地名"}[self.kind]
        return pick(f"Check this {what_en}: “{self.text}” is not in the sources.",
                    f"请核实这个{what_zh}：来源中没有“{self.text}”。", lang)


# --- numbers ------------------------------------------------------------------------------------

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 10_000, "亿": 100_000_000}
_SCALE_EN = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6}
_NUM = re.compile(
    r"(?<![A-Za-z0-9.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s*(thousand|million|billion|trillion|bn)\b|\s*([万亿]))?"
    r"(\s*(?:%|percent|per cent|％))?")
_CN_NUM = re.compile(r"[零〇一二两三四五六七八九十百千万亿]{2,}|[一二两三四五六七八九十][十百千万亿]")


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


def _number_values(text: str) -> Iterable[tuple[int, int, float]]:
    for m in _NUM.finditer(text):
        value = float(m.group(1).replace(",", "") + ("." + m.group(2) if m.group(2) else ""))
        if m.group(3):
            value *= _SCALE_EN[m.group(3).lower()]
        elif m.group(4):
            value *= _CN_BIG[m.group(4)]
        yield m.start(), m.end(), value
    for m in _CN_NUM.finditer(text):
        value = cn_to_number(m.group(0))
        if value is not None:
            yield m.start(), m.end(), value


def _same_value(a: float, b: float) -> bool:
    return abs(a - b) <= max(1e-9, abs(b) * 1e-6)


# --- dates --------------------------------------------------------------------------------------

_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"]
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
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


# --- names and places ----------------------------------------------------------------------------

_TITLES = {"mr", "mrs", "ms", "dr", "prof", "mayor", "president", "minister", "governor", "senator", "sir",
           "chief", "director", "secretary", "the"}
_CAPS = re.compile(r"\b[A-Z][a-zA-Z’'-]+(?:\s+(?:of|de|van|von|da|del|la|le)?\s*[A-Z][a-zA-Z’'-]+)*")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n]\s*|[“\"(]\s*)$")
# Words that open sentences and are not names. Kept inline (not a dictionary load) so the
# guard never holds the GIL long enough to stall the editor while it runs in a job.
_SENTENCE_OPENERS = set(["a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "you", "i", "our", "their", "his", "her", "my", "your", "there", "here", "and", "or", "but", "if", "when", "while", "after", "before", "since", "because", "although", "though", "so", "then", "also", "however", "yet", "still", "in", "on", "at", "by", "for", "from", "of", "to", "with", "without", "about", "into", "over", "under", "as", "per", "via", "during", "despite", "among", "meanwhile", "moreover", "furthermore", "instead", "overall", "today", "yesterday", "tomorrow", "now", "later", "earlier", "recently", "according", "asked", "speaking", "officials", "residents", "police", "critics", "experts", "analysts", "some", "many", "most", "few", "several", "both", "each", "every", "all", "no", "not", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first", "last", "next", "last", "year", "week", "month", "new", "local", "city", "state", "national", "other", "another", "such", "what", "which", "who", "why", "how", "where"])


def _english_names(text: str, known_lower: str = "") -> Iterable[tuple[int, int, str]]:
    for m in _CAPS.finditer(text):
        words = m.group(0).split()
        start = m.start()
        while words and words[0].lower().strip(".") in _TITLES:  # "Mayor Li" → "Li"
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else m.end()
            words = words[1:]
        if not words:
            continue
        phrase = " ".join(words)
        at_start = bool(_SENTENCE_START.search(text[:m.start()]))
        ordinary = phrase.lower() in _SENTENCE_OPENERS or re.search(rf"\b{re.escape(phrase.lower())}\b", known_lower)
        if len(words) == 1 and (phrase == "I" or (at_start and ordinary)):
            continue
        if phrase.lower() in _MONTHS or phrase.lower() in _WEEKDAYS or phrase.lower()[:3] in (
                m[:3] for m in _MONTHS if len(phrase) <= 4):
            continue
        yield start, start + len(phrase), phrase


_ZH_FLAGS = {"nr": "name", "nrt": "name", "nrfg": "name", "nt": "name", "ns": "place"}


def _chinese_names(text: str) -> Iterable[tuple[int, int, str, str]]:
    if not re.search(r"[\u4e00-\u9fff]", text):
        return
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    pos = 0
    for pair in jieba.posseg.cut(text):
        word, flag = pair.word, pair.flag
        start = text.find(word, pos)
        if start < 0:
            continue
        pos = start + len(word)
        kind = _ZH_FLAGS.get(flag)
        if kind and len(word) >= 2:
            yield start, pos, word, kind


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).lower()


# --- the check ----------------------------------------------------------------------------------

def check(text: str, sources: Sequence[str], mode: str = "full") -> list[GuardFlag]:
    """Spans of ``text`` whose numbers/dates (and in "full" mode names and places) appear in no source."""
    if mode == "off" or not text.strip():
        return []
    joined = "\n".join(s for s in sources if s)
    squashed = _squash(joined)
    flags: list[GuardFlag] = []
    taken: list[tuple[int, int]] = []

    def overlaps(start: int, end: int) -> bool:
        return any(start < e and s < end for s, e in taken)

    known_dates = {key for _s, _e, key in _dates(joined)}
    for start, end, key in _dates(text):
        taken.append((start, end))
        if not _date_known(key, known_dates):
            flags.append(GuardFlag(start, end, text[start:end], "date"))
    known_numbers = [v for _s, _e, v in _number_values(joined)]
    for start, end, value in _number_values(text):
        if overlaps(start, end):
            continue
        taken.append((start, end))
        if not any(_same_value(value, k) for k in known_numbers):
            flags.append(GuardFlag(start, end, text[start:end].strip(), "number"))
    if mode == "full":
        lowered = re.findall(r"\b[a-z][\w'-]*", joined + "\n" + text)
        for start, end, phrase in _english_names(text, " ".join(lowered)):
            if overlaps(start, end):
                continue
            low = phrase.lower()
            if low in squashed or all(w in squashed for w in low.split()):
                continue
            flags.append(GuardFlag(start, end, phrase, "name"))
        for start, end, word, kind in _chinese_names(text):
            if not overlaps(start, end) and word not in joined:
                flags.append(GuardFlag(start, end, word, kind))
    return sorted(flags, key=lambda f: f.start)

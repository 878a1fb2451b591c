"""People in a draft: names the sources never mention, and genders the sources contradict.

Names are capitalised phrases (English) or jieba's person/organisation/place tags
(Chinese). A possessive ("Maria Lopez's") is the name itself, and in a title-case headline
("Nurse Describes Long Night") only words the sources never use in any form count as names.

Gender is read from the sources, per person: a title (Mr/Ms, 先生/女士) or the pronouns
that follow a mention of that person (he/his, she/her, 他/她). In the draft a pronoun is
checked against the people named just before it (its sentence and the one before): it is
flagged only when one of them has a known gender, none of them (and no gendered word such
as "mother" or 妈妈 nearby) fits the pronoun. That keeps "Li told Chen she…" quiet.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "mayor", "president", "minister", "governor", "senator", "sir",
          "chief", "director", "secretary", "the", "nurse", "doctor", "officer", "judge", "professor", "madam"}
_CAPS = re.compile(r"\b[A-Z][a-zA-Z’'-]+(?:\s+(?:of|de|van|von|da|del|la|le)?\s*[A-Z][a-zA-Z’'-]+)*")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n]\s*|[“\"(‘']\s*|[-–—•*]\s+|\d+[.)]\s*)$")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# Words that open sentences and are not names. Kept inline (not a dictionary load) so the
# guard never holds the GIL long enough to stall the editor while it runs in a job.
SENTENCE_OPENERS = set(["a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "you", "i", "our", "their", "his", "her", "my", "your", "there", "here", "and", "or", "but", "if", "when", "while", "after", "before", "since", "because", "although", "though", "so", "then", "also", "however", "yet", "still", "in", "on", "at", "by", "for", "from", "of", "to", "with", "without", "about", "into", "over", "under", "as", "per", "via", "during", "despite", "among", "meanwhile", "moreover", "furthermore", "instead", "overall", "today", "yesterday", "tomorrow", "now", "later", "earlier", "recently", "according", "asked", "speaking", "officials", "residents", "police", "critics", "experts", "analysts", "some", "many", "most", "few", "several", "both", "each", "every", "all", "no", "not", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first", "last", "next", "year", "week", "month", "new", "local", "city", "state", "national", "other", "another", "such", "what", "which", "who", "why", "how", "where"])

_MALE_EN = {"he", "him", "his", "himself"}
_FEMALE_EN = {"she", "her", "hers", "herself"}
_PRONOUN_EN = re.compile(r"\b(he|him|his|himself|she|her|hers|herself)\b", re.I)
_PRONOUN_ZH = re.compile(r"(他|她)(?!们)")
_TITLE_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "madam": "f",
                 "先生": "m", "女士": "f", "小姐": "f", "太太": "f", "夫人": "f", "阿姨": "f", "大爷": "m", "大妈": "f"}
_TITLE_EN = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Madam)\.?\s+((?:[A-Z][a-zA-Z’'-]+\s+){0,2}[A-Z][a-zA-Z’'-]+)")
_TITLE_ZH = re.compile(r"([\u4e00-\u9fff]{1,3}?)(先生|女士|小姐|太太|夫人|阿姨|大爷|大妈)")
_GENDER_WORDS = {
    "f": re.compile(r"\b(?:woman|women|mother|daughter|wife|girl|sister|grandmother|aunt|lady|widow|girlfriend|"
                    r"niece|mum|mom)\b|妈妈|母亲|女儿|妻子|女孩|姐姐|妹妹|奶奶|外婆|阿姨|女士|女子|太太|她的", re.I),
    "m": re.compile(r"\b(?:man|men|father|son|husband|boy|brother|grandfather|uncle|widower|boyfriend|nephew|"
                    r"dad)\b|爸爸|父亲|儿子|丈夫|男孩|哥哥|弟弟|爷爷|外公|先生|男子", re.I),
}
_SENTENCES = re.compile(r"[^.!?。！？\n]+[.!?。！？]*")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    key: str  # surname (English: last word, lower case; Chinese: the name as written)


def strip_possessive(word: str) -> str:
    return _POSSESSIVE.sub("", word)


_english_words: list[frozenset[str]] = []


def english_words() -> frozenset[str]:
    """Common English words (pyspellchecker's frequency list), loaded once, only for headlines."""
    if not _english_words:
        import gzip
        import json
        from importlib.resources import files

        try:
            with gzip.open(str(files("spellchecker") / "resources" / "en.json.gz"), "rt", encoding="utf-8") as fh:
                freq = json.load(fh)
        except (OSError, ValueError, ModuleNotFoundError):
            freq = {}
        _english_words.append(frozenset(w for w, n in freq.items() if n >= COMMON_WORD_MIN))
    return _english_words[0]


COMMON_WORD_MIN = 1000  # occurrences in the list's corpus: "approves" (1465) yes, "lopez" (154), "osei" no


def _is_ordinary(word: str, known_lower: set[str], names: set[str] = frozenset()) -> bool:
    """A capitalised word in a title-case headline that is an ordinary word, not a name: the
    sources use it in lower case (in some form), or it is a common English word the sources
    never write as a name."""
    low = word.lower()
    if low in names:
        return False
    if low in known_lower or low in SENTENCE_OPENERS:
        return True
    stem = low[:max(4, len(low) - 3)]
    if len(low) >= 5 and any(w.startswith(stem) for w in known_lower):
        return True
    return low in english_words()


def _strippable(word: str, front: bool, title_case: bool, known_lower: set[str], names: set[str]) -> bool:
    """Titles open a name phrase without being the name; in a title-case headline ordinary
    words and names the sources already know are not the news either."""
    if front and word.lower().strip(".") in TITLES:
        return True
    return title_case and (_is_ordinary(word, known_lower, names) or word.lower() in names)


def english_names(text: str, known_lower: set[str], names: set[str] = frozenset()) -> Iterable[tuple[int, int, str]]:
    """Capitalised phrases that look like names, with titles and possessives taken off.
    ``names``: lower-cased words the sources write capitalised mid-sentence (known names)."""
    for line_match in re.finditer(r"[^\n]+", text):
        line, offset = line_match.group(0), line_match.start()
        words = re.findall(r"[A-Za-z][\w'’-]*", line)
        capitalised = sum(1 for w in words if w[0].isupper())
        title_case = len(words) >= 3 and capitalised >= 0.6 * len(words)
        for m in _CAPS.finditer(line):
            words = m.group(0).split()
            positions, at = [], offset + m.start()
            for w in words:  # where each word starts, to cut the phrase anywhere
                at = text.index(w, at)
                positions.append(at)
                at += len(w)
            parts = [strip_possessive(w) for w in words]
            first = 0
            while first < len(parts) and _strippable(parts[first], True, title_case, known_lower, names):
                first += 1
            last = len(parts)
            while last > first and title_case and _strippable(parts[last - 1], False, title_case, known_lower, names):
                last -= 1
            parts = parts[first:last]
            start = positions[first] if parts else 0
            if not parts:
                continue
            phrase = " ".join(parts)
            at_start = bool(_SENTENCE_START.search(text[:start]))
            low = phrase.lower()
            ordinary = low in SENTENCE_OPENERS or low in known_lower
            if len(parts) == 1 and (phrase == "I" or (at_start and ordinary)):
                continue
            if low in MONTHS or low in WEEKDAYS or (len(phrase) <= 4 and low[:3] in (mo[:3] for mo in MONTHS)):
                continue
            end = text.find(phrase, start)
            if end < 0:
                continue
            yield end, end + len(phrase), phrase


_ZH_FLAGS = {"nr": "name", "nrt": "name", "nrfg": "name", "nt": "name", "ns": "place"}


def chinese_names(text: str) -> Iterable[tuple[int, int, str, str]]:
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


# --- gender ------------------------------------------------------------------------------------

def _mentions(text: str, people: set[str]) -> list[Mention]:
    """Where each known person (by surname or full name) is mentioned in ``text``."""
    found: list[Mention] = []
    for key in people:
        pattern = re.escape(key) if re.search(r"[\u4e00-\u9fff]", key) else rf"\b{re.escape(key)}\b"
        flags = 0 if re.search(r"[\u4e00-\u9fff]", key) else re.I
        for m in re.finditer(pattern, text, flags):
            found.append(Mention(m.start(), m.end(), key))
    return sorted(found, key=lambda x: x.start)


def _people(text: str) -> set[str]:
    """Keys for the people named in ``text``: English surnames, Chinese names and titled surnames."""
    keys: set[str] = set()
    for m in _TITLE_EN.finditer(text):
        keys.add(_surname(m.group(2)))
    for m in _TITLE_ZH.finditer(text):
        keys.add(m.group(1)[-1] + m.group(2) if len(m.group(1)) >= 1 else m.group(2))
    for _start, _end, phrase in english_names(text, set()):
        words = phrase.split()
        if 2 <= len(words) <= 3:
            keys.add(words[-1].lower())
    for _s, _e, word, kind in chinese_names(text):
        if kind == "name" and len(word) <= 4:
            keys.add(word)
    return {k for k in keys if k not in SENTENCE_OPENERS}


def people_named(text: str) -> set[str]:
    """The people named in ``text`` (keys as :func:`_people` makes them), for the task checks."""
    return _people(text)


def _surname(name: str) -> str:
    return strip_possessive(name.split()[-1]).lower()


def _pronouns(text: str) -> Iterable[tuple[int, int, str]]:
    for m in _PRONOUN_EN.finditer(text):
        yield m.start(), m.end(), "m" if m.group(1).lower() in _MALE_EN else "f"
    for m in _PRONOUN_ZH.finditer(text):
        yield m.start(), m.end(), "m" if m.group(1) == "他" else "f"


def _same_person(a: str, b: str) -> bool:
    """张伟 / 张先生 / 张 are one person for gender purposes; English keys are surnames."""
    if a == b:
        return True
    zh = re.search(r"[\u4e00-\u9fff]", a + b)
    return bool(zh) and a[0] == b[0] and (len(a) <= 1 or len(b) <= 1 or a[1:] in _TITLE_GENDER or b[1:] in
                                          _TITLE_GENDER)


def source_genders(sources: str) -> dict[str, str]:
    """person key → "m" | "f", where the sources say so consistently."""
    people = _people(sources)
    votes: dict[str, Counter[str]] = {}
    for m in _TITLE_EN.finditer(sources):
        votes.setdefault(_surname(m.group(2)), Counter())[_TITLE_GENDER[m.group(1).lower()]] += 3
    for m in _TITLE_ZH.finditer(sources):
        key = m.group(1)[-1] + m.group(2)
        votes.setdefault(key, Counter())[_TITLE_GENDER[m.group(2)]] += 3
    mentions = _mentions(sources, people)
    for start, _end, gender in _pronouns(sources):
        before = [mn for mn in mentions if mn.end <= start and start - mn.end < 240]
        if not before:
            continue
        last = before[-1]
        if sum(1 for mn in before if mn.start > start - 120 and mn.key != last.key) > 1:
            continue  # two other people just named: too ambiguous to learn from
        votes.setdefault(last.key, Counter())[gender] += 1
    genders: dict[str, str] = {}
    for key, counter in votes.items():
        (top, n), *rest = [*counter.most_common(), ("", 0)]
        if n and (not rest or rest[0][1] * 3 <= n):
            genders[key] = top
    for key in list(genders):  # 张先生 tells us about 张伟 too
        for other in people:
            if other not in genders and _same_person(key, other):
                genders[other] = genders[key]
    return genders


def gender_conflicts(text: str, sources: str) -> list[tuple[int, int, str, str]]:
    """(start, end, word, person) for pronouns and titles in ``text`` that contradict the sources."""
    genders = source_genders(sources)
    if not genders:
        return []
    mentions = _mentions(text, set(genders) | _people(text))
    sentences = [(m.start(), m.end()) for m in _SENTENCES.finditer(text)]
    conflicts: list[tuple[int, int, str, str]] = []
    for m in _TITLE_EN.finditer(text):
        key = _surname(m.group(2))
        if genders.get(key) and genders[key] != _TITLE_GENDER[m.group(1).lower()]:
            conflicts.append((m.start(1), m.end(1), m.group(1), m.group(2)))
    for m in _TITLE_ZH.finditer(text):
        key = m.group(1)[-1] + m.group(2)
        for person, gender in genders.items():
            if _same_person(key, person) and person[0] == key[0] and gender != _TITLE_GENDER[m.group(2)]:
                conflicts.append((m.start(2), m.end(2), m.group(2), person))
                break
    for start, end, gender in _pronouns(text):
        index = next((i for i, (a, b) in enumerate(sentences) if a <= start < b), 0)
        window_start = sentences[max(0, index - 1)][0] if sentences else 0
        near = [mn for mn in mentions if window_start <= mn.start < start]
        known = [(mn, _gender_of(mn.key, genders)) for mn in near]
        known = [(mn, g) for mn, g in known if g]
        if not known or any(g == gender for _mn, g in known):
            continue
        if _GENDER_WORDS[gender].search(text[window_start:end]):
            continue
        conflicts.append((start, end, text[start:end], text[known[-1][0].start:known[-1][0].end]))
    return sorted(set(conflicts))


def _gender_of(key: str, genders: dict[str, str]) -> str:
    if key in genders:
        return genders[key]
    for person, gender in genders.items():
        if _same_person(key.lower() if not re.search(r"[\u4e00-\u9fff]", key) else key, person):
            return gender
    return ""


def pronoun_drift(text: str, sources: str) -> list[tuple[int, int, str]]:
    """For translations, where names change script: when the sources speak of people with one
    gender of pronoun only (她 / she), pronouns of the other gender in ``text`` are flagged."""
    said = {gender for _s, _e, gender in _pronouns(sources)}
    if len(said) != 1:
        return []
    (only,) = said
    return [(start, end, text[start:end]) for start, end, gender in _pronouns(text) if gender != only]


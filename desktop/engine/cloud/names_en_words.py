"""Full names whose surname is a word at which names_en ends a run of name words: a street or
building word (Lane, Street, Hall, Church, Court) or a stop word for dates and pages (Day, Page).

names_en never joins such a word to the given name before it, so "a row between Harriet Lane
and her neighbour" left the whole name in clear. Here the pair is a person only where the sentence
says a person is meant:

- after it: a verb of saying (Harriet Lane said), "and her/his" (Harriet Lane and her
  neighbour), a possessive before a relative or a role (Nadia Hall's husband), an age (, 52,);
- before it: a role or an honorific (her neighbour Edwin Church, Ms Harriet Lane), or "between"
  when what follows "and" is a person ("between Priya Day and the landlord").

Words that also end the name of an institution that speaks (Church, Court, Bank, Street…) need a
cue that only a person has: a verb of saying alone does not do ("Trinity Church said", "Threadneedle
Street said").
The pair stays a place or a thing with a house number or a preposition of place before it (12
Harriet Lane, on Rowan Lane), after "the" or "a street named", or with another capitalised word
after it (Penny Lane Primary, Church Street Market). Once found, the surname alone at a sentence's start before a verb
of saying is the same person ("Hall said the fine was unfair").
"""

from __future__ import annotations

import re

from desktop.engine.cloud import names_en
from desktop.engine.cloud.names_en import _ROLE, _SAY, HONORIFIC, WORD
from desktop.engine.cloud.names_en_extra import given_like
from desktop.engine.cloud.names_en_kin import _KIN, surname_as_subject
from desktop.engine.cloud.names_en_things import _PLACE_BEFORE, NATIONALITIES

Span = tuple[int, int]

# Surnames that are also place or date words names_en stops at (a hall is seldom the subject of
# "said"), and those that also end the name of an institution that speaks (a church, a bank, a
# court, Threadneedle Street): these need a cue only a person has.
_PLACE_SURNAMES = {"Lane", "Hall", "Bridge", "Cross", "Wall", "Garden", "Day", "Page", "Winter", "Spring"}
_INSTITUTION_SURNAMES = {"Street", "Church", "Court", "Temple", "Tower", "Bank"}
_SURNAMES = "|".join(sorted(_PLACE_SURNAMES | _INSTITUTION_SURNAMES))
# One to three capitalised words, then the surname (the given names are checked one by one).
_PAIR = re.compile(rf"(?<![\w'’-])((?:{WORD}[ \t]+){{1,3}}?)({_SURNAMES})(?![\w-])")

_STRONG_AFTER = re.compile(rf"['’]s[ \t]+(?:\w+[ \t]+)?{_KIN}\b|[ \t]+and[ \t]+(?:her|his)\b"
                           rf"|,[ \t]*(?:aged[ \t]+)?\d{{1,3}},|[ \t]*\([ \t]*\d{{1,3}}[ \t]*\)"
                           rf"|[ \t]+{_SAY}[ \t]+(?:she|he|her|him)\b", re.I)
_WEAK_AFTER = re.compile(rf"[ \t]+{_SAY}\b|[ \t]+and[ \t]+their\b|['’]s[ \t]+(?:\w+[ \t]+)?{_ROLE}\b", re.I)
_ROLE_BEFORE = re.compile(rf"(?:\b{_ROLE},?|\b{HONORIFIC}\.?)[ \t]+$", re.I)
_BETWEEN = re.compile(r"\bbetween[ \t]+$", re.I)
_PERSON_AFTER_AND = re.compile(rf"[ \t]+and[ \t]+(?:her|his|their|my|our|(?:the|a|an)[ \t]+(?:[\w-]+[ \t]+)?{_ROLE})\b")
# A place or a thing: a house number or "the" just before, another capitalised word just after.
_NUMBER_BEFORE = re.compile(r"\d[\w/-]*,?[ \t]+$")
_THE_BEFORE = re.compile(r"(?<![\w'’-])the[ \t]+$", re.I)
_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z]")
# "a street named Harriet Lane": the role word "named" before a thing's name.
_THING_NAMED = re.compile(r"\b(?:street|road|avenue|square|building|house|pub|ship|boat|school|estate|park)s?"
                          r"[ \t]+(?:named|called)[ \t]+$", re.I)


def _given_start(text: str, m: re.Match[str]) -> int | None:
    """Where the given names before the surname start: the capitalised name words of the match,
    back from the surname ("out between Harriet" gives "Harriet"), or None if there are none."""
    words = list(re.finditer(WORD, m.group(1)))
    start = None
    for w in reversed(words):
        if not _given_word(w.group(0)):
            break
        start = m.start(1) + w.start()
    return start


def _given_word(word: str) -> bool:
    if word in NATIONALITIES:
        return False
    return given_like(word) or (word in names_en._NAME_WORDS and names_en._nameish(word))


def _blocked(text: str, s: int, e: int) -> bool:
    """A street, a place or the name of a thing rather than a person."""
    before = text[max(0, s - 24):s]
    return (_PLACE_BEFORE.search(before) is not None or _NUMBER_BEFORE.search(before) is not None
            or _THE_BEFORE.search(before) is not None or _THING_NAMED.search(before) is not None
            or _CAPITAL_AFTER.match(text, e) is not None)


def _personal(text: str, s: int, e: int, surname: str) -> bool:
    """Whether the sentence around ``text[s:e]`` says a person is meant."""
    before = text[max(0, s - 40):s]
    if _STRONG_AFTER.match(text, e) or _ROLE_BEFORE.search(before):
        return True
    if _BETWEEN.search(before) and _PERSON_AFTER_AND.match(text, e):
        return True
    return surname in _PLACE_SURNAMES and _WEAK_AFTER.match(text, e) is not None


def find_word_surnames(text: str) -> list[Span]:
    spans: list[Span] = []
    for m in _PAIR.finditer(text):
        s, e = _given_start(text, m), m.end(2)
        if s is None or _blocked(text, s, e) or not _personal(text, s, e, m.group(2)):
            continue
        spans.append((s, e))
        spans += surname_as_subject(text, e, m.group(2), rf"{_SAY}\b")  # "… Hall said the fine was unfair"
    return spans

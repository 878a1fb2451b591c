"""Latin-script names that a phrase marks outright, whatever the word: a caller introducing
themselves ("it's Summer calling"), a surname spelled out letter by letter ("that's
B-L-A-C-K-W-O-O-D") and the SURNAME/GIVEN form of tickets and passports ("NGUYEN/THI HOA").

Why apart from names_en: these contexts are strong enough that a word which is also an
ordinary word (Summer, Hope) still counts, which names_en's single-word rules never allow.
"""

from __future__ import annotations

import re

from desktop.engine.cloud.first_char import guarded
from desktop.engine.cloud.names_en import (
    _AMBIGUOUS_GIVEN,
    _VERB_LIKE_GIVEN,
    AMBIGUOUS,
    STOP,
    WORD,
    _nameish,
    is_common_word,
)
from desktop.engine.cloud.ocr_forms import find_form_names

Span = tuple[int, int]


def given_like(word: str) -> bool:
    """A capitalised word that may be a given name where the context says a person is meant: name-like,
    and no ordinary word unless it is a given name too (June, Grace)."""
    return _nameish(word) and (word in _AMBIGUOUS_GIVEN or not is_common_word(word))


# "it's Summer calling", "this is Hope Adams speaking", "Hi, Will here".
_SELF_INTRO = guarded(rf"\b(?:[Ii]t['’]s|[Ii]t is|[Tt]his is|[Mm]y name is|I['’]m)\s+({WORD}(?:\s+{WORD})?)"
                      r"\s+(?:calling|speaking|here\b|from\b)")
# A word spelled out in capitals: B-L-A-C-K, "O. K. A. F. O. R".
_SPELLED = re.compile(r"\b(?:that['’]s|that is|spelled|spelt|spelling|spells|spell it)[:,]?\s+[\"“']?"
                      r"([A-Z](?:(?:-|\.\s?|\s)[A-Z]){2,}\b\.?)")
# SURNAME/GIVEN NAMES as airlines and booking systems print them.
# (a ticket's or a manifest's title after it, KAYA/MEHMET MR, is no part of the name but marks it as one)
_PAX_TITLE = r"(?:MR|MRS|MS|MISS|MSTR|DR|PROF|CHD|INF)"
_SLASH_NAME = re.compile(r"(?<![\w/])([A-Z]{2,}(?:-[A-Z]{2,})?)/"
                         rf"([A-Z]{{2,}}(?:[ -](?!{_PAX_TITLE}\b)[A-Z]{{2,}}){{0,2}})(?![\w/])(?P<title>[ \t]+{_PAX_TITLE}\b)?")
_TICKET_WORDS = re.compile(r"(?:passenger|pax|traveller|traveler|guest|name|旅客|乘客|乘机人|姓名|住客)\W{0,3}$", re.I)
_VOWELS = set("AEIOUY")
_PARTICLE = r"(?:van|von|de|der|den|la|las|los|le|du|da|di|del|della|dos|das|ten|ter|bin|al|el)"
# An initial or a title, then a particle: "R. van der Merwe", "Ms. de la Cruz-Vega".
_PARTICLE_NAME = re.compile(rf"\b(?:[A-Z]\.|(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?)[ \t]+((?:{_PARTICLE}[ \t]+){{1,3}}"
                            r"[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)\b")
# A party named in a court caption, in capitals: "MARIA DE LOS SANTOS, Plaintiff,", "DESHAWN T. MORRIS,\n
# Plaintiff," (the role on the next line), "MARGARET HOLLOWAY (Claimant)".
_CAPTION = re.compile(r"(?<![\w-])([A-Z][A-Z'’-]+(?:[ \t]+(?:[A-Z][A-Z'’-]+|[A-Z]\.)){1,5})(?:,\s*|[ \t]*[(（])"
                      r"(?:Plaintiffs?|Defendants?|Appellants?|Appellees?|Respondents?|Petitioners?|Claimants?|"
                      r"Applicants?)\b")
_ORG_WORDS = {"LLC", "INC", "LTD", "CORP", "CORPORATION", "CO", "COMPANY", "HOLDINGS", "GROUP", "BANK", "TRUST",
              "CITY", "COUNTY", "STATE", "STATES", "UNITED", "DEPARTMENT", "BOARD", "UNIVERSITY", "PLC", "LLP", "LP",
              "SCHOOL", "DISTRICT", "AUTHORITY", "COUNCIL", "PEOPLE", "GOVERNMENT", "COMMONWEALTH", "AMERICA",
              "PARTNERS", "ASSOCIATES", "SERVICES", "INSURANCE", "HOSPITAL", "FOUNDATION", "AGENCY", "OF"}
# "Call or text Joy after 6pm on 07…": the person a reader is told to call, before a time or number.
_CALL_NAME = guarded(r"\b(?:[Cc]all|[Tt]ext|[Pp]hone|[Rr]ing|[Mm]essage|WhatsApp|[Aa]sk for)"
                     r"(?: or (?:call|text|phone|ring|message|WhatsApp))?[ \t]+([A-Z][a-z]{2,12})"
                     r"(?=[ \t]+(?:on|after|before|at|between|anytime)[ \t]+[\d+(])")
# Hong Kong and Korean romanisation: the family name in capitals, a hyphenated given name of short
# syllables ("WONG Ka-ming", "KIM Min-jun"); the hyphen of syllables says no acronym is meant.
_CAPS_FAMILY = guarded(r"(?<![\w-])([A-Z]{2,9})[ \t]+([A-Z][a-z]{1,4}-[a-z]{2,5})(?![\w-])"
                       # or any given name, with the name in Chinese script in brackets: "SATO Yuki（佐藤由纪）"
                       r"|(?<![\w-])([A-Z]{2,9})[ \t]+([A-Z][a-z]{1,12})(?=[ \t]*[（(][\u4e00-\u9fff]{2,6}[)）])")


# Any family name in capitals and a capitalised given name: read only where the text already writes a
# name that way (KIM Min-jun beat TANAKA Haruto), the convention of results lists and court rolls.
_CAPS_PAIR = re.compile(r"(?<![\w-])([A-Z]{2,9})[ \t]+([A-Z][a-z]{1,12})(?![\w-])")


def _plausible_part(part: str) -> bool:
    """A name part, not an acronym (TCP, PDF) or a word (AIDS, NEWS)."""
    return len(part) >= 2 and any(ch in _VOWELS for ch in part) and part.capitalize() not in STOP \
        and not (len(part) > 2 and is_common_word(part.lower()))


def find_marked_names(text: str) -> list[Span]:
    spans: list[Span] = []
    for m in _SELF_INTRO.finditer(text):
        words = m.group(1).split()
        if all(w[:1].isupper() and w not in STOP for w in words):
            spans.append(m.span(1))
    spans += [m.span(1) for m in _SPELLED.finditer(text)]
    spans += find_form_names(text)
    caps = [m.span() for m in _CAPS_FAMILY.finditer(text) if _caps_name(m.group(1) or m.group(3), m.group(2) or m.group(4))]
    if caps:
        caps += [m.span() for m in _CAPS_PAIR.finditer(text)
                 if _caps_name(m.group(1), m.group(2)) and given_like(m.group(2)) and not is_common_word(m.group(1).lower())]
    spans += caps
    spans += [m.span(1) if m.group(0)[1] != "." else m.span() for m in _PARTICLE_NAME.finditer(text)]
    spans += [m.span(1) for m in _CAPTION.finditer(text)
              if not any(w in _ORG_WORDS for w in re.split(r"[ \t]+", m.group(1)))]
    spans += [m.span(1) for m in _CALL_NAME.finditer(text) if m.group(1) not in STOP]
    for m in _SLASH_NAME.finditer(text):
        parts = re.split(r"[/ -]", m.group(1) + "/" + m.group(2))
        labelled = _TICKET_WORDS.search(text, max(0, m.start() - 14), m.start()) is not None
        plausible = all(map(_plausible_part, parts))
        if (labelled and all(len(p) >= 2 for p in parts)) or (len(m.group(1)) >= 4 and plausible) \
                or (m.group("title") and plausible):
            spans.append((m.start(), m.end(2)))
    return spans


def _caps_name(family: str, given: str) -> bool:
    """A family name in capitals (a vowel in it, or NG) and a given name not made of common words."""
    return (family in ("NG", "NGAI") or any(ch in _VOWELS for ch in family)) and family.capitalize() not in STOP \
        and not all(len(p) >= 3 and is_common_word(p.lower(), 1_000) for p in given.split("-"))


def ambiguous_parts(name: str) -> set[str]:
    """The parts of a full name that are also words (Park, Rose, King): masked alone only once the
    full name was seen ("Park Ji-woo … Park said"), never on their own."""
    words = name.split()
    if len(words) < 2:
        return set()
    return {w for w in words if w in AMBIGUOUS and w not in _VERB_LIKE_GIVEN}


def find_ambiguous_parts(text: str, parts: set[str]) -> list[Span]:
    """Those parts alone, not inside another capitalised phrase (Hyde Park, King Street)."""
    if not parts:
        return []
    pattern = re.compile(rf"(?<![\w-])(?<!\w['’])(?:{'|'.join(map(re.escape, sorted(parts)))})(?![\w'’-])")
    spans: list[Span] = []
    for m in pattern.finditer(text):
        if _CAP_BEFORE.search(text, max(0, m.start() - 30), m.start()) or _CAP_AFTER.match(text, m.end()):
            continue
        spans.append(m.span())
    return spans


_CAP_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t]+$")
_CAP_AFTER = re.compile(r"[ \t]+[A-Z0-9]")

"""Latin-script names that a phrase marks outright, whatever the word: a caller introducing
themselves ("it's Summer calling"), a surname spelled out letter by letter ("that's
B-L-A-C-K-W-O-O-D") and the SURNAME/GIVEN form of tickets and passports ("NGUYEN/THI HOA").

Why apart from names_en: these contexts are strong enough that a word which is also an
ordinary word (Summer, Hope) still counts, which names_en's single-word rules never allow.
"""

from __future__ import annotations

import re

from desktop.engine.cloud.names_en import _VERB_LIKE_GIVEN, AMBIGUOUS, STOP, WORD, is_common_word
from desktop.engine.cloud.ocr_forms import find_form_names

Span = tuple[int, int]

# "it's Summer calling", "this is Hope Adams speaking", "Hi, Will here".
_SELF_INTRO = re.compile(rf"\b(?:[Ii]t['’]s|[Ii]t is|[Tt]his is|[Mm]y name is|I['’]m)\s+({WORD}(?:\s+{WORD})?)"
                         r"\s+(?:calling|speaking|here\b|from\b)")
# A word spelled out in capitals: B-L-A-C-K, "O. K. A. F. O. R".
_SPELLED = re.compile(r"\b(?:that['’]s|that is|spelled|spelt|spelling|spells|spell it)[:,]?\s+[\"“']?"
                      r"([A-Z](?:(?:-|\.\s?|\s)[A-Z]){2,}\b\.?)")
# SURNAME/GIVEN NAMES as airlines and booking systems print them.
_SLASH_NAME = re.compile(r"(?<![\w/])([A-Z]{2,}(?:-[A-Z]{2,})?)/([A-Z]{2,}(?:[ -][A-Z]{2,}){0,2})(?![\w/])")
_TICKET_WORDS = re.compile(r"(?:passenger|pax|traveller|traveler|guest|name|旅客|乘客|乘机人|姓名|住客)\W{0,3}$", re.I)
_VOWELS = set("AEIOUY")


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
    for m in _SLASH_NAME.finditer(text):
        parts = re.split(r"[/ -]", m.group(0))
        labelled = _TICKET_WORDS.search(text, max(0, m.start() - 14), m.start()) is not None
        if (labelled and all(len(p) >= 2 for p in parts)) or (len(m.group(1)) >= 4 and all(map(_plausible_part, parts))):
            spans.append(m.span())
    return spans


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

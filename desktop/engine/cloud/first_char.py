"""Regexes that skip, cheaply, the places where they cannot start.

Python's ``re`` scans a pattern that opens with a word boundary, a lookbehind or a case-blind
alternation (``\\b(?:nurse|teacher|…)``, ``(?:护照|passport|…)`` with ``re.I``) by trying every
alternative at every character: 2–5 ms for one such pattern on 10,000 characters. :func:`guarded`
compiles the same pattern behind a lookahead on the characters a match can start with
(``(?=[n t d …])(?:…)``), one test per character, and the finder costs a fifth of that.

The matches are the same, span for span and group for group: every match of the pattern starts
with one of those characters (its first consumed character, found from the parsed pattern), and a
lookahead consumes nothing. Where that set cannot be told for sure (a pattern that may match the
empty string, starts with any character, a negated class, a back-reference, a verbose pattern, or
case-blind only in a part), the pattern is compiled as it is.
"""

from __future__ import annotations

import re

try:  # the parser behind re.compile; private, so a Python without it compiles patterns unguarded
    from re import _constants as _c
    from re import _parser
except ImportError:  # pragma: no cover - CPython 3.11 to 3.13 have both
    _c = _parser = None  # type: ignore[assignment]

_CATEGORIES = {} if _c is None else {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_NOT_DIGIT: r"\D", _c.CATEGORY_SPACE: r"\s",
               _c.CATEGORY_NOT_SPACE: r"\S", _c.CATEGORY_WORD: r"\w", _c.CATEGORY_NOT_WORD: r"\W"}
_REPEATS = () if _c is None else (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)
_ZERO_WIDTH = () if _c is None else (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
# Flags a group may switch on that would widen what its first character can be.
_LOCAL_FLAGS = re.IGNORECASE | re.ASCII | re.LOCALE | re.VERBOSE
_LEADING_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


class _Unknown(Exception):
    """The first character of a match cannot be told from the pattern."""


def _char(code: int) -> str:
    return f"\\U{code:08x}"


def _first(items, flags: int, out: list[str]) -> bool:
    """Add to ``out`` the class items a match of ``items`` (a parsed sequence) may start with;
    return whether the sequence may match the empty string."""
    for op, av in items:
        if op is _c.LITERAL:
            out.append(_char(av))
            return False
        if op is _c.IN:
            for item, value in av:
                if item is _c.LITERAL:
                    out.append(_char(value))
                elif item is _c.RANGE:
                    out.append(f"{_char(value[0])}-{_char(value[1])}")
                elif item is _c.CATEGORY and value in _CATEGORIES:
                    out.append(_CATEGORIES[value])
                else:
                    raise _Unknown  # a negated class, and anything rarer
            return False
        if op is _c.BRANCH:
            empty = False
            for alternative in av[1]:
                empty |= _first(alternative.data, flags, out)
            if not empty:
                return False
        elif op is _c.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if add_flags & _LOCAL_FLAGS & ~flags:
                raise _Unknown
            if not _first(sub.data, flags, out):
                return False
        elif op in _REPEATS:
            least, _most, sub = av
            if not _first(sub.data, flags, out) and least > 0:
                return False
        elif op is _c.ATOMIC_GROUP:
            if not _first(av.data, flags, out):
                return False
        elif op not in _ZERO_WIDTH:  # a boundary or a lookaround: the first character comes after it
            raise _Unknown  # any character, a back-reference, a conditional group
    return True


def first_chars(pattern: str, flags: int = 0) -> str | None:
    """The inside of a character class holding every character a match of ``pattern`` can start
    with, or None where that cannot be told."""
    compiled = re.compile(pattern, flags)
    if _parser is None or compiled.flags & re.VERBOSE:
        return None
    out: list[str] = []
    try:
        if _first(_parser.parse(pattern, flags).data, compiled.flags, out):
            return None  # it may match the empty string, anywhere
    except _Unknown:
        return None
    return "".join(dict.fromkeys(out))


def guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, behind a lookahead on the characters a match can start with."""
    compiled = re.compile(pattern, flags)
    chars = first_chars(pattern, flags)
    if chars is None:
        return compiled
    body = pattern
    while lead := _LEADING_FLAGS.match(body):  # "(?m)…": kept in compiled.flags
        body = body[lead.end():]
    return re.compile(f"(?=[{chars}])(?:{body})", compiled.flags)

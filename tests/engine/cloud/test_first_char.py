"""A guarded regex (first_char.py) finds exactly what the plain one finds, only faster."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import desktop.engine.cloud as cloud
from desktop.engine.cloud.first_char import first_chars, guarded
from tests.engine.cloud.redact_score import DATA, load_set


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], ...]]:
    return [tuple(m.span(g) for g in range(pattern.groups + 1)) for m in pattern.finditer(text)]


@pytest.mark.parametrize(("pattern", "flags", "chars"), [
    (r"\bab|c", 0, r"\U00000061\U00000063"),
    (r"(?<!x)(?:[a-c]|\d)+y", 0, r"\U00000061-\U00000063\d"),
    (r"(?:a)?b*c", 0, r"\U00000061\U00000062\U00000063"),
    (r"x?", 0, None),  # may match the empty string
    (r"[^a]b", 0, None),  # a negated class: any character nearly
    (r".b", 0, None),
    (r"(a)\1", 0, r"\U00000061"),
    (r"(?i:a)b", 0, None),  # case-blind in a part only
    (r"(?-i:A)b", re.I, r"\U00000041"),
])
def test_first_chars(pattern: str, flags: int, chars: str | None) -> None:
    assert first_chars(pattern, flags) == chars


def test_leading_flags_and_groups_kept() -> None:
    p = guarded(r"(?m)^\s*(?P<who>[A-Z]\w+):|(\d+)号")
    assert p.pattern.startswith("(?=[") and p.flags & re.M
    text = "Ann: hi\n  Bob: 12号 x\nnot: 7号"
    plain = re.compile(r"(?m)^\s*(?P<who>[A-Z]\w+):|(\d+)号")
    assert _spans(p, text) == _spans(plain, text) and p.groupindex == plain.groupindex


def test_every_module_pattern_finds_the_same_on_the_sets() -> None:
    """Guarded or not, every compiled pattern of the redactor's modules gives the same spans
    and groups on all the sets' text (the guarded ones are compared with their plain form)."""
    text = "\n".join(row["text"] for path in sorted(DATA.glob("*.jsonl")) for row in load_set(path))
    checked = 0
    for info in pkgutil.iter_modules(cloud.__path__):
        module = importlib.import_module(f"desktop.engine.cloud.{info.name}")
        for value in vars(module).values():
            if not isinstance(value, re.Pattern) or not value.pattern.startswith("(?=["):
                continue
            body = value.pattern[value.pattern.index("])(?:") + 5:-1]
            plain = re.compile(body, value.flags)
            assert _spans(value, text) == _spans(plain, text), value.pattern[:80]
            assert _spans(value, text.upper()) == _spans(plain, text.upper()), value.pattern[:80]
            checked += 1
    assert checked >= 15

"""Confusion sets for the Chinese typo checker: which character a writer may have typed for which.

Three sources, all offline: pycorrector's ``same_pinyin.txt`` (same sound), its hand-made
``same_stroke.txt`` (similar shape, only ~800 groups), and its ``stroke.txt`` stroke sequences.
The hand-made shape list misses classic pairs such as 己/已; characters whose stroke sequences
are identical (or, for long ones, differ in one stroke) fill that gap. Stroke similarity is also
kept as a graded score: between two candidates that sound alike, the one that also *looks*
like the typed character (圆 → 园 rather than 元) is the likelier intended one.
"""

from __future__ import annotations

from pathlib import Path

from rapidfuzz.distance import Indel

# Candidate kinds, most to least plausible as a typo.
SAME_SOUND_TONE, SAME_SOUND, NEAR_SOUND, SAME_SHAPE = 0, 1, 2, 3
MIN_FUZZY_STROKES = 6  # shorter stroke sequences are too unspecific to allow a differing stroke


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def read_strokes(data: Path) -> dict[str, str]:
    """Stroke sequence (h s p n z letters) per character, from ``stroke.txt``."""
    strokes: dict[str, str] = {}
    path = data / "stroke.txt"
    if not path.is_file():
        return strokes
    for line in path.read_text("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 2 and len(parts[0]) == 1 and not line.startswith("#"):
            strokes[parts[0]] = parts[1].strip()
    return strokes


def shape_similarity(strokes: dict[str, str], a: str, b: str) -> float:
    """0..1 similarity of two characters' stroke sequences (longest common subsequence)."""
    sa, sb = strokes.get(a), strokes.get(b)
    if not sa or not sb:
        return 0.0
    return float(Indel.normalized_similarity(sa, sb))


def _fuzzy(py: str) -> str:
    """Merge the sounds writers mix up: z/zh, c/ch, s/sh, n/l, -n/-ng."""
    for a, b in (("zh", "z"), ("ch", "c"), ("sh", "s")):
        if py.startswith(a):
            py = b + py[len(a):]
    if py.startswith("l"):
        py = "n" + py[1:]
    for a, b in (("ing", "in"), ("eng", "en"), ("ang", "an")):
        if py.endswith(a):
            py = py[: -len(a)] + b
    return py


def pinyin_readings(chars: list[str]) -> dict[str, tuple[str, ...]]:
    """Every toneless reading of each character (地 is both di and de).

    Converted one character at a time: converting the whole list at once silently drops the
    characters pypinyin cannot read, which shifts every later reading onto the wrong character
    (that bug once left 蔡 reading "jiang" and most sound-alike pairs out of the sets).
    """
    from pypinyin import Style, pinyin

    readings: dict[str, tuple[str, ...]] = {}
    for ch in chars:
        found = pinyin(ch, style=Style.NORMAL, heteronym=True, errors="ignore")
        options = tuple(dict.fromkeys(p for group in found for p in group if p.isalpha()))
        if options:
            readings[ch] = options
    return readings


def _stroke_groups(strokes: dict[str, str], common: set[str]) -> list[set[str]]:
    """Groups of common characters whose stroke sequences match (one wildcard stroke if long)."""
    index: dict[str, set[str]] = {}
    for ch in common:
        seq = strokes.get(ch)
        if not seq or len(seq) < 3:
            continue
        index.setdefault(seq, set()).add(ch)
        if len(seq) >= MIN_FUZZY_STROKES:
            for k in range(len(seq)):
                index.setdefault(seq[:k] + "*" + seq[k + 1:], set()).add(ch)
    return [group for group in index.values() if len(group) > 1]


def build_confusion(data: Path, common: set[str], vocab_chars: set[str],
                    strokes: dict[str, str]) -> dict[str, dict[str, int]]:
    """``{typed: {intended: kind}}``; intended characters are always common ones."""
    conf: dict[str, dict[str, int]] = {}

    def add(a: str, b: str, kind: int) -> None:
        if a == b or b not in common:
            return
        slot = conf.setdefault(a, {})
        if kind < slot.get(b, 99):
            slot[b] = kind

    for line in (data / "same_pinyin.txt").read_text("utf-8").splitlines():
        if line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 2 or len(parts[0]) != 1:
            continue
        for ch in parts[1]:
            add(parts[0], ch, SAME_SOUND_TONE)
        for ch in parts[2] if len(parts) > 2 else "":
            add(parts[0], ch, SAME_SOUND)
    groups = [[c for c in line.split() if len(c) == 1]
              for line in (data / "same_stroke.txt").read_text("utf-8").splitlines()]
    groups += [sorted(g) for g in _stroke_groups(strokes, common)]
    for group in groups:
        for a in group:
            for b in group:
                add(a, b, SAME_SHAPE)
    chars = sorted(c for c in (common | vocab_chars) if is_cjk(c))
    readings = pinyin_readings(chars)
    by_plain: dict[str, list[str]] = {}
    by_fuzzy: dict[str, list[str]] = {}
    for ch in sorted(common):
        for py in readings.get(ch, ()):
            by_plain.setdefault(py, []).append(ch)
            by_fuzzy.setdefault(_fuzzy(py), []).append(ch)
    for ch in chars:
        for py in readings.get(ch, ()):
            for other in by_plain.get(py, ()):
                add(ch, other, SAME_SOUND)
            for other in by_fuzzy.get(_fuzzy(py), ()):
                add(ch, other, NEAR_SOUND)
    return {k: v for k, v in conf.items() if is_cjk(k)}

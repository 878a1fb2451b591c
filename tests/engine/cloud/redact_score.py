"""Scoring a redaction set: leaks (strict and digit-normalised), clean lines changed, text kept.

A set is JSON lines: ``{"lang", "text", "secrets": [[KIND, value], ...], "keep": [...]}``;
lines without secrets are *clean* and must come back unchanged; ``keep`` strings (hotlines,
case numbers, 王女士) must survive. Used by the loopback-server test (scoring what the server
received) and by ``bench/redact.py`` (the same scoring, plus speed).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from desktop.engine.cloud.digits import shadow
from desktop.engine.cloud.spoken import find_spoken

DATA = Path(__file__).parent / "data"
DEV_SET = DATA / "redact_dev.jsonl"
HELD_OUT_SET = DATA / "redact_heldout.jsonl"
BLIND_SET = DATA / "redact_blind.jsonl"  # written by someone else after the fixes; never tuned on
BLIND2_SET = DATA / "redact_blind2.jsonl"  # a second blind set, 2026-12-03: scored before any detector change
BLIND3_SET = DATA / "redact_blind3.jsonl"  # a third blind set, 2026-12-03 (later session): scored before any change
BLIND4_SET = DATA / "redact_blind4.jsonl"  # a fourth blind set, 2026-12-03 (third session): scored before any change
BLIND5_SET = DATA / "redact_blind5.jsonl"  # a fifth, the same session, written after the fourth's fixes
BLIND6_SET = DATA / "redact_blind6.jsonl"  # a sixth, 2026-12-04, written after the fifth's fixes
BLIND7_SET = DATA / "redact_blind7.jsonl"  # a seventh, 2026-12-04, written after the sixth's fixes
BLIND8_SET = DATA / "redact_blind8.jsonl"  # an eighth, 2026-12-04, after the seventh's fixes: ordinary copy
BLIND9_SET = DATA / "redact_blind9.jsonl"  # a ninth, 2026-12-04 (later session): ordinary copy again
BLIND10_SET = DATA / "redact_blind10.jsonl"  # a tenth, 2026-12-04, after the Chinese name model
BLIND11_SET = DATA / "redact_blind11.jsonl"  # an eleventh, 2026-12-04, after the ninth and tenth sets' fixes
BLIND12_SET = DATA / "redact_blind12.jsonl"  # a twelfth, 2026-12-07: public figures and private people, same shapes
BLIND13_SET = DATA / "redact_blind13.jsonl"  # a thirteenth, 2026-12-07, written after the twelfth's fixes
BLIND14_SET = DATA / "redact_blind14.jsonl"  # a fourteenth, 2026-12-07, written after the thirteenth's fixes
BLIND15_SET = DATA / "redact_blind15.jsonl"  # a fifteenth and a sixteenth, 2026-12-07, after the fourteenth's fixes
BLIND16_SET = DATA / "redact_blind16.jsonl"
BLIND17_SET = DATA / "redact_blind17.jsonl"  # a seventeenth and an eighteenth, 2026-12-07, after those two's fixes
BLIND18_SET = DATA / "redact_blind18.jsonl"
BLIND19_SET = DATA / "redact_blind19.jsonl"  # a nineteenth and a twentieth, 2026-12-07, after those two's fixes
BLIND20_SET = DATA / "redact_blind20.jsonl"
BLIND21_SET = DATA / "redact_blind21.jsonl"  # a twenty-first and a twenty-second, 2026-12-07, after those two's fixes
BLIND22_SET = DATA / "redact_blind22.jsonl"
BLIND23_SET = DATA / "redact_blind23.jsonl"  # a twenty-third and a twenty-fourth, 2026-12-07, after those two's fixes
BLIND24_SET = DATA / "redact_blind24.jsonl"
BLIND25_SET = DATA / "redact_blind25.jsonl"  # a twenty-fifth and a twenty-sixth, 2026-12-07, after those two's fixes
BLIND26_SET = DATA / "redact_blind26.jsonl"
BLIND27_SET = DATA / "redact_blind27.jsonl"  # a twenty-seventh and a twenty-eighth, 2026-12-07, after those two's fixes
BLIND28_SET = DATA / "redact_blind28.jsonl"
BLIND29_SET = DATA / "redact_blind29.jsonl"  # a twenty-ninth and a thirtieth, 2026-12-08, written side by side
BLIND30_SET = DATA / "redact_blind30.jsonl"
BLIND31_SET = DATA / "redact_blind31.jsonl"  # a thirty-first, 2026-12-08, after those two's fixes
BLIND32_SET = DATA / "redact_blind32.jsonl"  # a thirty-second and a thirty-third, side by side, after its fixes
BLIND33_SET = DATA / "redact_blind33.jsonl"
DIGIT_KINDS = ("ID", "CARD", "PHONE")
_SPELLED_AT = re.compile(r"\s*(?:\(at\)|\[at\]|\bat\b|艾特|@)\s*", re.I)
_SPELLED_DOT = re.compile(r"\s*(?:\(dot\)|\[dot\]|\bdot\b|点|\.)\s*", re.I)


def load_set(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def digit_runs(text: str) -> list[str]:
    """Digits as a reader would take them: spoken (一三九…, "oh seven seven…"), full-width and
    grouped forms joined up."""
    joined = re.sub(r"(?<=\d)[\s\-.·()（）,，、/]+(?=\d)", "", shadow(text))
    return re.findall(r"\d+", joined) + [digits for _s, _e, digits, _plus in find_spoken(text)]


def _email_form(text: str) -> str:
    folded = shadow(text).lower()
    return _SPELLED_DOT.sub(".", _SPELLED_AT.sub("@", folded)).replace(" ", "")


def leaked_strict(value: str, received: str) -> bool:
    return value in received


def leaked_normalised(kind: str, value: str, received: str) -> bool:
    """Leaked in any form a reader could still recover (other grouping, case, spelling)."""
    if kind in DIGIT_KINDS:
        target = "".join(digit_runs(value))
        if not target:  # nothing a reader could take for digits: only the value as written counts
            return value.lower() in received.lower()
        if kind == "PHONE":
            target = re.sub(r"^(?:00)?86(?=1\d{10}$)", "", target)
            target = target[-10:] if len(target) > 10 and not target.startswith("1") else target
        return any(target in run for run in digit_runs(received))
    if kind == "EMAIL":
        return _email_form(value) in _email_form(received)
    if re.search(r"[\u3400-\u9fff]", value):
        return value in received
    return re.search(rf"(?<![\w]){re.escape(shadow(value))}(?![\w])", shadow(received), re.I) is not None


@dataclass
class Score:
    name: str
    lines: int = 0
    secrets: int = 0
    masked: int = 0
    leaks_strict: Counter = field(default_factory=Counter)
    leaks_normalised: Counter = field(default_factory=Counter)
    clean_lines: int = 0
    clean_changed: int = 0
    keep_lost: list[str] = field(default_factory=list)
    non_secret_chars: int = 0
    non_secret_kept: int = 0
    leaked_values: list[tuple[str, str]] = field(default_factory=list)
    changed_clean: list[str] = field(default_factory=list)

    @property
    def masked_pct(self) -> float:
        return 100.0 * self.masked / max(1, self.secrets)

    @property
    def kept_pct(self) -> float:
        return 100.0 * self.non_secret_kept / max(1, self.non_secret_chars)

    def zero_contact_leaks(self) -> bool:
        return not any(self.leaks_normalised[k] for k in ("ID", "CARD", "PHONE", "EMAIL"))


def score_line(score: Score, row: dict, sent: str, masked_spans: list[tuple[int, int]]) -> None:
    """Add one line: ``sent`` is what left (or reached the server), ``masked_spans`` the
    spans of the original that were replaced."""
    text = row["text"]
    score.lines += 1
    secret_chars: set[int] = set()
    for _kind, value in row["secrets"]:
        for m in re.finditer(re.escape(value), text):
            secret_chars.update(range(m.start(), m.end()))
    for kind, value in row["secrets"]:
        score.secrets += 1
        strict = leaked_strict(value, sent)
        normalised = strict or leaked_normalised(kind, value, sent)
        if strict:
            score.leaks_strict[kind] += 1
        if normalised:
            score.leaks_normalised[kind] += 1
            score.leaked_values.append((kind, value))
        else:
            score.masked += 1
    if not row["secrets"]:
        score.clean_lines += 1
        if sent != text:
            score.clean_changed += 1
            score.changed_clean.append(sent)
    score.keep_lost += [k for k in row.get("keep", []) if k not in sent]
    masked_chars = {i for s, e in masked_spans for i in range(s, e)}
    others = [i for i in range(len(text)) if i not in secret_chars and not text[i].isspace()]
    score.non_secret_chars += len(others)
    score.non_secret_kept += sum(1 for i in others if i not in masked_chars)


def missed_targets(score: Score) -> list[str]:
    """The issue's targets this score misses (speed is the bench's to judge)."""
    missed = []
    if not score.zero_contact_leaks():
        missed.append("0 ID/card/phone/e-mail leaks")
    if score.masked_pct < 97.0:
        missed.append("≥ 97 % masked")
    if score.clean_changed > max(1, score.clean_lines // 8):
        missed.append("≤ 1 of 8 clean lines changed")
    if score.kept_pct < 90.0:
        missed.append("≥ 90 % kept")
    return missed


def report(score: Score) -> str:
    kinds = sorted(set(score.leaks_normalised) | set(score.leaks_strict))
    by_kind = ", ".join(f"{k} {score.leaks_strict[k]}/{score.leaks_normalised[k]}" for k in kinds) or "none"
    return (f"{score.name}: {score.lines} lines, {score.secrets} secrets\n"
            f"  leaks by kind (strict/digit-normalised): {by_kind}\n"
            f"  secrets masked: {score.masked}/{score.secrets} = {score.masked_pct:.1f} %\n"
            f"  clean lines changed: {score.clean_changed} of {score.clean_lines}\n"
            f"  non-secret text kept: {score.kept_pct:.1f} %\n"
            f"  public strings lost (hotlines, case numbers, 王女士…): {len(score.keep_lost)}")

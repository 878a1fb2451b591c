"""What a proofreading finding is, and what a checker must provide.

Offsets are Python string indices into the text that was checked, so the UI, the CLI and
the report can all slice the document with them directly. Checkers are plain objects that
satisfy :class:`Checker`; built-ins and third-party plugins register the same way.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any, Protocol, runtime_checkable

# Categories the panel filters on. "grammar" is grouped with typos in the UI.
TYPO = "typo"
GRAMMAR = "grammar"
PUNCTUATION = "punctuation"
STYLE = "style"
RISK = "risk"  # compliance: sensitive or non-compliant wording
CATEGORIES = (TYPO, GRAMMAR, PUNCTUATION, STYLE, RISK)

# Severities. Only "error" issues with a suggestion are applied by "apply all safe fixes".
ERROR = "error"
WARNING = "warning"
INFO = "info"
SEVERITIES = (ERROR, WARNING, INFO)


@dataclass(frozen=True)
class Issue:
    """One finding: ``text`` is ``document[start:end]`` at the time of checking."""

    start: int
    end: int
    text: str
    category: str
    severity: str
    message: str
    suggestions: tuple[str, ...] = ()
    rule: str = ""
    checker: str = ""
    # Extra detail (risk level, explanation, confidence); not part of identity.
    data: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def safe(self) -> bool:
        """Safe to apply without a human look: confident, has a fix, not a judgement call."""
        return self.severity == ERROR and bool(self.suggestions) and self.category != RISK

    def shifted(self, offset: int) -> Issue:
        return replace(self, start=self.start + offset, end=self.end + offset)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["suggestions"] = list(self.suggestions)
        out["safe"] = self.safe
        if not out["data"]:
            out.pop("data")
        return out

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Issue:
        return cls(int(raw["start"]), int(raw["end"]), str(raw["text"]), str(raw["category"]),
                   str(raw["severity"]), str(raw["message"]), tuple(raw.get("suggestions", ())),
                   str(raw.get("rule", "")), str(raw.get("checker", "")), dict(raw.get("data", {})))


@dataclass(frozen=True)
class CheckContext:
    """What a checker may know besides the text: the language and the accepted words."""

    language: str  # "zh" or "en"
    accepted: frozenset[str] = frozenset()


@runtime_checkable
class Checker(Protocol):
    """A proofreading checker.

    ``languages`` holds "zh", "en" or "*". ``scope`` is "paragraph" (checked per paragraph
    and cached by paragraph hash, offsets relative to the paragraph) or "document"
    (needs the whole text, e.g. consistency of numbers; must be cheap).
    """

    name: str
    languages: frozenset[str]
    scope: str

    def check(self, text: str, ctx: CheckContext) -> list[Issue]: ...


def apply_fixes(text: str, issues: list[Issue], only_safe: bool = True) -> tuple[str, list[Issue]]:
    """Apply the first suggestion of each (safe) issue, right to left, skipping overlaps.

    Returns the new text and the issues that were applied.
    """
    chosen: list[Issue] = []
    last_start = len(text) + 1
    for issue in sorted(issues, key=lambda i: (i.start, i.end), reverse=True):
        if not issue.suggestions or (only_safe and not issue.safe):
            continue
        if issue.end > last_start or text[issue.start:issue.end] != issue.text:
            continue
        chosen.append(issue)
        last_start = issue.start
    for issue in chosen:
        text = text[:issue.start] + issue.suggestions[0] + text[issue.end:]
    chosen.reverse()
    return text, chosen

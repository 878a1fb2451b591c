"""The reporter's facts an answer must keep: who is named, and for rewrites every figure.

A small model condensing a story drops the attribution first (the councillor who proposed
the plan, the official who gave the figure) and, when shortening or expanding, the odd
figure. :func:`missing` lists what the answer lost, per kind of task:

- rewrites that keep the whole story (shorten, polish, expand): every person named, every
  date and every number in the text;
- condensing tasks (summary, bullet points, lead, outline): every person named and the
  first date (the "when" of the news), because who and when are part of any news summary;
  figures are the model's choice, the form limits how many fit.

:func:`task_checks.fix_form` turns the list into one retry ("keep these facts: …") and
keeps the retry only when it keeps more without breaking the form.
"""

from __future__ import annotations

import re

from desktop.engine.drafting import guard
from desktop.engine.drafting import guard_people as people
from desktop.engine.drafting import guard_quantities as qty

REWRITES = ("shorten", "polish", "expand")
CONDENSING = ("summarize", "summarize-bullets", "lead", "outline")
MAX_LISTED = 5


def _named(source: str) -> list[str]:
    """How each person named in the source is written there (surname for English names)."""
    shown: list[str] = []
    for key in sorted(people.people_named(source)):
        if re.search(r"[\u4e00-\u9fff]", key):
            shown.append(key)
            continue
        m = re.search(rf"\b{re.escape(key)}\b", source, re.I)
        if m:
            shown.append(m.group(0))
    return shown


def _mentioned(name: str, answer: str) -> bool:
    if re.search(r"[\u4e00-\u9fff]", name):
        return name in answer
    return re.search(rf"\b{re.escape(name)}\b", answer, re.I) is not None


def missing(task_id: str, source: str, answer: str) -> list[str]:
    """The source's facts (as written there) that ``answer`` does not keep, most important first."""
    if task_id not in REWRITES and task_id not in CONDENSING:
        return []
    lost = [name for name in _named(source) if not _mentioned(name, answer)]
    said = guard.dates(source)
    kept = {key for _s, _e, key in guard.dates(answer)}
    for start, end, key in said if task_id in REWRITES else said[:1]:
        if key not in kept and source[start:end] not in lost:
            lost.append(source[start:end])
    if task_id in REWRITES:
        have = [q.value for q in qty.quantities(answer)]
        for q in qty.quantities(source):
            if q.value >= 2 and not any(abs(v - q.value) <= 1e-6 * max(1.0, q.value) for v in have):
                written = source[q.start:q.end].strip()
                if written not in lost:
                    lost.append(written)
    return lost


def keep_note(lost: list[str], language: str) -> str:
    """One sentence for the retry prompt naming what the first answer left out."""
    listed = lost[:MAX_LISTED]
    if language == "zh":
        return "请务必保留原文中的这些事实：" + "、".join(listed) + "。"
    return "Be sure to keep these facts from the text: " + "; ".join(listed) + "."

"""Every routed answer as a full DraftResult: the task's clean-up, its options and the fact guard.

Local and cloud answers go through the same step, so a cloud draft carries the same flags
for names, numbers and dates the input does not contain as a local one. The drafting
modules are imported when used: the router must load without the local model stack.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desktop.engine.core.errors import CopydeskError


def is_draft(value: object) -> bool:
    from desktop.engine.drafting.tasks import DraftResult

    return isinstance(value, DraftResult)


def guarded_draft(task_id: str, source: str, sources: Sequence[str], text: str, route: str, language: str, *,
                  model_id: str = "", model_name: str = "") -> Any:
    """A full DraftResult for ``text``: the task's own clean-up and options, and the fact
    guard's flags for names, numbers and dates that the input does not contain."""
    from desktop.engine.drafting import guard
    from desktop.engine.drafting.tasks import DraftResult, get_task, postprocess
    from desktop.engine.drafting.textclean import language_matches

    try:
        task = get_task(task_id)
    except CopydeskError:
        task = None
    options: list[str] = []
    if task is not None:
        text, options = postprocess(task, text, language)
    mode = task.guard if task is not None else "full"
    flags = guard.check(text, [source, *sources], mode=mode) if mode != "off" else []
    return DraftResult(task_id, text, language, model_id or route, model_name or route, options=options,
                       flags=flags, language_ok=language_matches(text, language), route=route)

"""Honest transcript states, in the reporter's language.

The store keeps what the job last wrote (``new``/``running``/``done``/``partial``/``failed``,
and ``cancelled`` when the reporter pressed Cancel). A job killed by a crash cannot
write anything, so a ``running`` transcript with no live job is really *interrupted*:
callers that know which jobs are alive ask :func:`effective_status` instead of showing
the stored word.
"""

from __future__ import annotations

from desktop.engine.core.i18n import pick

RESUMABLE = frozenset({"new", "running", "cancelled", "interrupted"})

_LABELS = {
    "new": ("not started", "未开始"),
    "running": ("transcribing", "正在转写"),
    "done": ("done", "已完成"),
    "partial": ("stopped at damage", "止于损坏处"),
    "failed": ("failed", "失败"),
    "cancelled": ("cancelled, can resume", "已取消，可继续"),
    "interrupted": ("interrupted, can resume", "已中断，可继续"),
    "unfinished": ("unfinished, resumes when run again", "未完成，再次转写时继续"),
}


def effective_status(stored: str, live: bool | None) -> str:
    """``live``: a job is transcribing it now (True), none is (False), or unknown (None, e.g. the CLI)."""
    if stored in ("new", "running"):
        if live is None:
            return "unfinished"
        return "running" if live else "interrupted"
    return stored


def status_label(stored: str, live: bool | None = None) -> str:
    en, zh = _LABELS.get(effective_status(stored, live), (stored, stored))
    return pick(en, zh)


def can_resume(stored: str, live: bool) -> bool:
    return not live and effective_status(stored, live) in RESUMABLE

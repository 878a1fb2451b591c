"""A job in a spawned child writes its messages in the UI's language ("正在转写", "说话人1")."""

from __future__ import annotations

from desktop.engine.core import i18n
from desktop.engine.core.jobs import Progress, iterate, run_in_subprocess


def test_child_follows_the_parent_language() -> None:
    i18n.set_language("zh_CN")
    try:
        events = list(iterate(run_in_subprocess("tests.engine.core.job_samples:language")))
    finally:
        i18n.set_language("en")
    progress = [e for e in events if isinstance(e, Progress)]
    assert progress[0].message == "正在转写"
    assert events[-1] == ("result", "zh_CN 说话人1")
    english = list(iterate(run_in_subprocess("tests.engine.core.job_samples:language")))
    assert english[-1] == ("result", "en Speaker 1")

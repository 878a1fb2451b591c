"""A transcript's state says what is true now: a killed job's 'running' is 'interrupted'."""

from __future__ import annotations

from desktop.engine.core import i18n
from desktop.engine.transcription.status import can_resume, effective_status, status_label


def test_running_without_a_live_job_is_interrupted() -> None:
    assert effective_status("running", live=True) == "running"
    assert effective_status("running", live=False) == "interrupted"
    assert effective_status("new", live=None) == "unfinished"  # the CLI cannot know
    assert effective_status("cancelled", live=False) == "cancelled"
    assert [can_resume(s, live=False) for s in ("running", "cancelled", "done", "partial")] == [True, True, False,
                                                                                              False]
    assert not can_resume("running", live=True)


def test_labels_in_both_languages() -> None:
    assert status_label("cancelled") == "cancelled, can resume"
    i18n.set_language("zh_CN")
    try:
        assert status_label("cancelled") == "已取消，可继续"
        assert status_label("running", live=False) == "已中断，可继续"
        assert status_label("done") == "已完成"
    finally:
        i18n.set_language("en")

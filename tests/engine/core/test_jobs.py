"""Jobs: progress order, results, cancel, and children that crash."""

from __future__ import annotations

import threading
import time

import pytest

from desktop.engine.core.errors import CorruptFileError, JobCancelled, JobCrashedError, JobFailedError
from desktop.engine.core.jobs import CancelToken, EtaTracker, Progress, iterate, run_in_subprocess, run_job
from tests.engine.core import job_samples


def test_progress_order_and_result() -> None:
    seen: list[Progress] = []
    result = run_job(job_samples.count(CancelToken(), n=4), seen.append)
    assert result == 40
    assert [p.done for p in seen] == [1, 2, 3, 4]
    assert seen[-1].fraction == 1.0


def test_iterate_yields_result_last() -> None:
    events = list(iterate(job_samples.count(CancelToken(), n=2)))
    assert events[-1] == ("result", 20)


def test_cancel_in_thread() -> None:
    token = CancelToken()
    gen = job_samples.count(token, n=1000, delay=0.01)
    threading.Timer(0.1, token.cancel).start()
    with pytest.raises(JobCancelled):
        run_job(gen)


def test_eta_tracker() -> None:
    eta = EtaTracker(settle_s=0.0)
    assert eta.update(Progress(0, 10)) is None
    time.sleep(0.05)
    left = eta.update(Progress(5, 10))
    assert left is not None and 0 < left < 1


def test_eta_is_only_claimed_when_honest() -> None:
    eta = EtaTracker(settle_s=0.0)
    assert eta.update(Progress(0, 1, "Loading")) is None
    time.sleep(0.02)
    assert eta.update(Progress(1, 1, "Loaded")) is None  # a finished phase is not "0:00 left"
    assert eta.update(Progress(3, None, "Writing… 3 tokens")) is None  # unknown length: no estimate
    assert eta.update(Progress(0, 100, "Part 1")) is None  # a new total starts a new estimate
    time.sleep(0.02)
    assert eta.update(Progress(50, 100)) is not None
    slow = EtaTracker()  # by default it waits for the rate to settle before it says anything
    slow.update(Progress(0, 10))
    assert slow.update(Progress(9, 10)) is None


def test_subprocess_progress_and_result() -> None:
    seen: list[Progress] = []
    result = run_job(run_in_subprocess("tests.engine.core.job_samples:count", {"n": 3}), seen.append)
    assert result == 30
    assert [p.message for p in seen] == ["step 1", "step 2", "step 3"]


def test_subprocess_cancel_is_fast() -> None:
    token = CancelToken()
    gen = run_in_subprocess("tests.engine.core.job_samples:forever", cancel=token)
    next(gen)  # the child is running
    start = time.monotonic()
    token.cancel()
    with pytest.raises(JobCancelled):
        run_job(gen)
    assert time.monotonic() - start < 1.0


@pytest.mark.parametrize("target", ["hard_exit", "segfault"])
def test_child_crash_is_a_typed_error(target: str) -> None:
    with pytest.raises(JobCrashedError) as err:
        run_job(run_in_subprocess(f"tests.engine.core.job_samples:{target}"))
    assert "Your work is safe" in err.value.message("en")
    assert err.value.params["exitcode"] != 0
    # the parent is alive and can run another job
    assert run_job(run_in_subprocess("tests.engine.core.job_samples:count", {"n": 1})) == 10


def test_child_typed_error_crosses_process() -> None:
    with pytest.raises(CorruptFileError) as err:
        run_job(run_in_subprocess("tests.engine.core.job_samples:typed_error"))
    assert "x.mp3" in err.value.message("en") and "已损坏" in err.value.message("zh_CN")


def test_child_bug_becomes_job_failed() -> None:
    with pytest.raises(JobFailedError) as err:
        run_job(run_in_subprocess("tests.engine.core.job_samples:plain_bug"))
    assert "ZeroDivisionError" in err.value.message("en")


def test_child_jobs_speak_the_parents_language() -> None:
    from desktop.engine.core import i18n

    i18n.set_language("zh_CN")
    try:
        seen: list[Progress] = []
        assert run_job(run_in_subprocess("tests.engine.core.job_samples:greet"), seen.append) == "zh_CN"
        assert [p.message for p in seen] == ["正在转写"]  # what the status bar shows after "—"
    finally:
        i18n.set_language("en")


# --- relay -------------------------------------------------------------------------------------

def _mixed(cancel: CancelToken):
    from desktop.engine.core.events import OutputReset, TokenDelta

    yield Progress(0, None, "loading")
    yield Progress(1, None, "", TokenDelta("a"))
    yield Progress(2, None, "", OutputReset())
    yield Progress(3, None, "", TokenDelta("b"))
    return "done"


def test_relay_passes_events_by_type_and_returns_the_result() -> None:
    from desktop.engine.core.events import OutputReset, TokenDelta
    from desktop.engine.core.jobs import relay

    shown: list[str] = []

    def outer(cancel: CancelToken):
        result = yield from relay(_mixed(cancel), {
            TokenDelta: lambda e: Progress(e.done, None, "", TokenDelta(e.data.text.upper())),
            OutputReset: lambda e: shown.clear(),  # returns None: dropped
        })
        return result + "!"

    seen: list[Progress] = []
    assert run_job(outer(CancelToken()), seen.append) == "done!"
    assert [(p.message, p.data) for p in seen] == [("loading", None), ("", TokenDelta("A")), ("", TokenDelta("B"))]


def test_relay_other_handles_what_no_handler_names() -> None:
    from desktop.engine.core.events import TokenDelta
    from desktop.engine.core.jobs import relay

    seen: list[Progress] = []
    run_job(relay(_mixed(CancelToken()), {TokenDelta: lambda e: e}, other=lambda e: None), seen.append)
    assert [p.data.text for p in seen] == ["a", "b"]


def test_relay_with_a_cancelled_token_closes_the_job() -> None:
    from desktop.engine.core.jobs import relay

    closed: list[bool] = []

    def job(cancel: CancelToken):
        try:
            while True:
                yield Progress(0, None, "working")
        finally:
            closed.append(True)

    token = CancelToken()
    seen: list[Progress] = []

    def on(p: Progress) -> None:
        seen.append(p)
        if len(seen) == 3:
            token.cancel()

    with pytest.raises(JobCancelled):
        run_job(relay(job(token), cancel=token), on)
    assert len(seen) == 3 and closed == [True]


def test_relay_kills_a_cancelled_subprocess_job() -> None:
    from desktop.engine.core.jobs import relay

    token = CancelToken()
    child = run_in_subprocess("tests.engine.core.job_samples:forever")
    threading.Timer(1.0, token.cancel).start()
    started = time.monotonic()
    with pytest.raises(JobCancelled):
        run_job(relay(child, cancel=token))
    assert time.monotonic() - started < 60

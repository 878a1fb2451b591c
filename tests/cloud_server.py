"""Cloud test infrastructure: a real OpenAI-compatible server (llama-cpp-python's own, with SmolLM2)
behind a recording proxy, and the fixtures that start it. Test folders that need it import the
fixtures into their conftest."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cloud_proxy import RecordingProxy, wait_until_answers

SERVER_MODEL = "smollm2"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LlamaServer:
    """``python -m llama_cpp.server`` in a child process on a free loopback port."""

    def __init__(self, model_path: Path, log_path: Path) -> None:
        pytest.importorskip("llama_cpp.server", reason="llama-cpp-python[server] is not installed")
        self.port = free_port()
        self.log_path = log_path
        self._log = open(log_path, "wb")  # noqa: SIM115 - closed in stop()
        env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "llama_cpp.server", "--model", str(model_path), "--model_alias", SERVER_MODEL,
             "--host", "127.0.0.1", "--port", str(self.port), "--n_ctx", "2048", "--n_threads", "2",
             "--verbose", "False"],
            stdout=self._log, stderr=subprocess.STDOUT, env=env)
        try:
            wait_until_answers(f"http://127.0.0.1:{self.port}/v1/models", timeout_s=180, proc=self.proc)
            self._warm_up()
        except BaseException:
            self.stop()
            raise

    def _warm_up(self) -> None:
        """The first completion pays for mapping the model (~3 s); do it before tests time anything."""
        import json
        import urllib.request

        body = json.dumps({"model": SERVER_MODEL, "max_tokens": 1,
                           "messages": [{"role": "user", "content": "Hi"}]}).encode()
        req = urllib.request.Request(f"http://127.0.0.1:{self.port}/v1/chat/completions", data=body,
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=120) as resp:
            resp.read()

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait(10)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        self._log.close()


@pytest.fixture(scope="session")
def llama_server(smollm2_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LlamaServer]:
    server = LlamaServer(smollm2_path, tmp_path_factory.mktemp("llama") / "server.log")
    yield server
    server.stop()


@pytest.fixture
def proxy(llama_server: LlamaServer) -> Iterator[RecordingProxy]:
    p = RecordingProxy(llama_server.address).start()
    yield p
    p.stop()


@pytest.fixture
def cloud_config(proxy: RecordingProxy):
    from desktop.engine.cloud.config import CloudConfig

    return CloudConfig(base_url=proxy.url, model=SERVER_MODEL, enabled=True, stall_timeout_s=20.0, max_retries=0)


@pytest.fixture
def own_server(smollm2_path: Path, tmp_path: Path) -> Iterator[LlamaServer]:
    """A server this test may kill."""
    server = LlamaServer(smollm2_path, tmp_path / "own-server.log")
    yield server
    server.stop()


class LocalRunner:
    """The on-device path: SmolLM2 through llama-cpp-python in this process, recording its calls."""

    def __init__(self, model_path: Path) -> None:
        from llama_cpp import Llama

        self.llm = Llama(model_path=str(model_path), n_ctx=512, n_threads=1, verbose=False)
        self.calls: list[tuple[str, str, str]] = []
        self.tokens: list[object] = []
        list(self("warm-up", "Hi", "en", None))  # the first generation pays a one-off set-up cost

    def __call__(self, task_id: str, text: str, language: str, cancel) -> Iterator[str]:
        self.calls.append((task_id, text, language))
        self.tokens.append(cancel)
        stream = self.llm.create_chat_completion(
            messages=[{"role": "user", "content": f"{task_id}: {text[:200]}"}], max_tokens=8, temperature=0.0,
            repeat_penalty=1.3, stream=True)
        for chunk in stream:
            content = chunk["choices"][0]["delta"].get("content")
            if content:
                yield content


@pytest.fixture(scope="session")
def _local_llm(smollm2_path: Path) -> LocalRunner:
    pytest.importorskip("llama_cpp", reason="llama-cpp-python is not installed")
    return LocalRunner(smollm2_path)


@pytest.fixture
def local_runner(_local_llm: LocalRunner) -> LocalRunner:
    _local_llm.calls.clear()
    _local_llm.tokens.clear()
    return _local_llm

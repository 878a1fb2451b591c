"""The local language model: load once, stream tokens, stop fast, keep within the context.

One :class:`LocalModel` per GGUF file is kept for the life of the process (loading Qwen
takes half a second and 0.7 GB, so it is never done per request). Everything long is a
job (see ``jobs.py``): loading, and generating, which yields one :class:`TokenDelta` per
token so the UI and the CLI can stream. A llama.cpp context is not thread-safe, so each
model has a lock: a second request waits in line (cancellable) instead of crashing.

Cancel has two halves. Between tokens the job checks its ``CancelToken``. During prompt
processing (seconds for a long prompt) llama.cpp's own abort callback is armed: it is
pointed at the C library's ``strlen`` reading a one-byte flag, so the check costs no
Python call and no GIL per graph node, and setting the byte aborts the running batch.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.engine.core.errors import (
    FileAccessError,
    JobCancelled,
    ModelError,
    ModelFormatError,
)
from desktop.engine.core.events import NoteDelta, TokenDelta
from desktop.engine.core.i18n import pick
from desktop.engine.core.jobs import CancelToken, Job, Progress

DEFAULT_N_CTX = 4096
SAFETY_TOKENS = 48  # slack for chat-template tokens we do not count exactly
MESSAGE_OVERHEAD = 8  # role markers and separators per chat message


class LlamaRuntimeMissingError(ModelError):
    en = "The local model runtime (llama-cpp-python) is not installed."
    zh = "未安装本地模型运行库（llama-cpp-python）。"
    hint_en = "Install it with: pip install llama-cpp-python==0.3.36"
    hint_zh = "请安装：pip install llama-cpp-python==0.3.36"


class ModelLoadError(ModelError):
    en = "The model file {path} could not be loaded; it may be damaged or need a newer Copydesk."
    zh = "无法加载模型文件 {path}，文件可能已损坏，或需要更新版本的 Copydesk。"


class NotALanguageModelError(ModelError):
    en = "'{model_id}' is not a language model (it is a {kind} model)."
    zh = "“{model_id}”不是语言模型（而是 {kind} 模型）。"
    hint_en = "Choose a GGUF language model in Settings."
    hint_zh = "请在设置中选择一个 GGUF 语言模型。"


class GenerationError(ModelError):
    en = "The local model stopped with an error: {reason}"
    zh = "本地模型出错停止：{reason}"


class PromptTooLongError(ModelError):
    """Raised when one prompt cannot fit the context even after the caller's trimming."""

    en = "The request needs {needed} tokens but the model's context holds {limit}."
    zh = "该请求需要 {needed} 个词元，但模型上下文只能容纳 {limit} 个。"


@dataclass(frozen=True)
class GenerationParams:
    """Sampling settings. ``repeat_penalty`` > 1 stops small models from looping."""

    max_tokens: int = 512
    temperature: float = 0.3
    top_p: float = 0.9
    top_k: int = 40
    repeat_penalty: float = 1.1
    seed: int = 1234
    stop: tuple[str, ...] = ()


@dataclass(frozen=True)
class Completion:
    text: str
    finish_reason: str  # "stop" | "length"
    prompt_tokens: int
    completion_tokens: int
    first_token_s: float | None
    seconds: float

    @property
    def tokens_per_second(self) -> float:
        gen = self.seconds - (self.first_token_s or 0.0)
        return self.completion_tokens / gen if gen > 0 and self.completion_tokens > 1 else 0.0


def _import_llama_cpp() -> Any:
    try:
        import llama_cpp
    except ImportError as err:
        raise LlamaRuntimeMissingError() from err
    return llama_cpp


def check_gguf(path: Path) -> None:
    """Typed errors for a missing file or one that is not GGUF, before llama.cpp sees it."""
    if not path.exists():
        raise FileAccessError(path=str(path), reason="file not found / 文件不存在")
    if path.is_dir():
        raise ModelFormatError(path=str(path), kind="GGUF")
    try:
        with open(path, "rb") as fh:
            magic = fh.read(4)
    except OSError as err:
        raise FileAccessError(path=str(path), reason=err.strerror or str(err)) from err
    if magic != b"GGUF":
        raise ModelFormatError(path=str(path), kind="GGUF")


class _AbortFlag:
    """A byte llama.cpp polls through ``strlen`` during ``llama_decode`` (no Python, no GIL)."""

    def __init__(self) -> None:
        self.buffer = ctypes.create_string_buffer(2)
        self.callback: Any = None

    def arm(self, llama: Any, llama_cpp: Any) -> bool:
        libc_name = "msvcrt" if sys.platform == "win32" else ctypes.util.find_library("c")
        try:
            libc = ctypes.CDLL(libc_name) if libc_name else ctypes.CDLL(None)
            address = ctypes.cast(libc.strlen, ctypes.c_void_p).value
            self.callback = llama_cpp.ggml_abort_callback(address)
            llama_cpp.llama_set_abort_callback(llama._ctx.ctx, self.callback,
                                               ctypes.cast(self.buffer, ctypes.c_void_p))
        except (AttributeError, OSError, TypeError, ValueError):
            self.callback = None  # fall back to checks between tokens only
            return False
        return True

    def set(self, value: bool) -> None:
        self.buffer[0] = b"\x01" if value else b"\x00"


class LocalModel:
    """One GGUF file with its llama.cpp context, loaded on first use and then kept."""

    def __init__(self, path: Path, model_id: str, n_ctx: int = DEFAULT_N_CTX, threads: int = 2) -> None:
        self.path = Path(path)
        self.model_id = model_id
        self.n_ctx = n_ctx
        self.threads = threads
        self._llama: Any = None
        self._llama_cpp: Any = None
        self._abort = _AbortFlag()
        self.fast_abort = False
        self.lock = threading.Lock()  # one generation at a time per context
        self._load_lock = threading.Lock()

    # --- loading ----------------------------------------------------------------------
    @property
    def loaded(self) -> bool:
        return self._llama is not None

    @property
    def display_name(self) -> str:
        """``general.name`` from the GGUF when loaded, else the model id."""
        if self._llama is not None:
            name = self._llama.metadata.get("general.name")
            if name:
                return f"{self.model_id} ({name})"
        return self.model_id

    def load(self, cancel: CancelToken | None = None) -> Job[None]:
        """Load the weights (once). A job so the UI shows "Loading model…" and stays live."""
        if self._llama is not None:
            return
        yield Progress(0, 1, pick(f"Loading {self.model_id}…", f"正在加载 {self.model_id}…"))
        if cancel is not None:
            cancel.raise_if_cancelled()
        check_gguf(self.path)
        llama_cpp = _import_llama_cpp()
        with self._load_lock:
            if self._llama is None:
                try:
                    llama = llama_cpp.Llama(model_path=str(self.path), n_ctx=self.n_ctx,
                                            n_threads=self.threads, n_threads_batch=self.threads,
                                            verbose=False)
                except (ValueError, RuntimeError, OSError) as err:
                    raise ModelLoadError(path=str(self.path)) from err
                self._llama_cpp = llama_cpp
                # llama.cpp logs an "error" line when Cancel aborts a batch; errors reach us as exceptions.
                logging.getLogger("llama-cpp-python").setLevel(logging.CRITICAL)
                self.fast_abort = self._abort.arm(llama, llama_cpp)
                self._llama = llama
        yield Progress(1, 1, pick(f"Loaded {self.model_id}", f"已加载 {self.model_id}"))

    def close(self) -> None:
        with self.lock:
            if self._llama is not None:
                self._llama.close()
                self._llama = None

    # --- tokens -----------------------------------------------------------------------
    def count_tokens(self, text: str) -> int:
        """Exact token count with this model's tokenizer (the model must be loaded)."""
        if not text:
            return 0
        self._require_loaded()
        return len(self._llama.tokenize(text.encode("utf-8", "replace"), add_bos=False, special=False))

    def count_messages(self, messages: Sequence[dict[str, str]]) -> int:
        return sum(self.count_tokens(m["content"]) + MESSAGE_OVERHEAD for m in messages) + SAFETY_TOKENS

    def input_budget(self, max_tokens: int, fixed_prompt_tokens: int) -> int:
        """Tokens left for the user's text once the prompt frame and the answer are reserved."""
        return self.n_ctx - max_tokens - fixed_prompt_tokens - SAFETY_TOKENS

    def _require_loaded(self) -> None:
        if self._llama is None:
            raise GenerationError(reason="model not loaded")

    # --- generation -------------------------------------------------------------------
    def _acquire(self, cancel: CancelToken) -> Job[None]:
        """Wait in line for the context; the wait itself can be cancelled."""
        announced = False
        while not self.lock.acquire(timeout=0.05):
            cancel.raise_if_cancelled()
            if not announced:
                announced = True
                yield Progress(0, None, pick("Waiting for the model (another request is running)…",
                                             "正在排队等待模型（另一个请求正在运行）…"))

    def stream_chat(self, messages: Sequence[dict[str, str]], params: GenerationParams,
                    cancel: CancelToken, phase: str = "output") -> Job[Completion]:
        """Generate a reply token by token. Yields ``Progress(data=TokenDelta)`` per token, or
        ``NoteDelta`` when ``phase`` is not "output" (intermediate notes, not shown)."""
        yield from self._acquire(cancel)
        try:
            yield from self.load(cancel)
            prompt_tokens = self.count_messages(messages)
            if prompt_tokens + params.max_tokens > self.n_ctx:
                max_tokens = self.n_ctx - prompt_tokens
                if max_tokens < 16:
                    raise PromptTooLongError(needed=prompt_tokens + params.max_tokens, limit=self.n_ctx)
                params = GenerationParams(**{**params.__dict__, "max_tokens": max_tokens})
            return (yield from self._generate(messages, params, cancel, phase, prompt_tokens))
        finally:
            self.lock.release()

    def _generate(self, messages: Sequence[dict[str, str]], params: GenerationParams,
                  cancel: CancelToken, phase: str, prompt_tokens: int) -> Job[Completion]:
        cancel.raise_if_cancelled()
        started = time.perf_counter()
        first: float | None = None
        pieces: list[str] = []
        finish = "stop"
        watcher = self._watch(cancel)
        try:
            stream = self._llama.create_chat_completion(
                messages=list(messages), stream=True, max_tokens=params.max_tokens,
                temperature=params.temperature, top_p=params.top_p, top_k=params.top_k,
                repeat_penalty=params.repeat_penalty, seed=params.seed,
                stop=list(params.stop) or None)
            count = 0
            for chunk in stream:
                if cancel.cancelled:
                    stream.close()
                    raise JobCancelled()
                choice = chunk["choices"][0]
                text = choice.get("delta", {}).get("content") or ""
                if choice.get("finish_reason"):
                    finish = choice["finish_reason"]
                if not text:
                    continue
                if first is None:
                    first = time.perf_counter() - started
                count += 1
                pieces.append(text)
                # total None: max_tokens is a ceiling, not the answer's length, so no ETA is claimed
                yield Progress(count, None, pick(f"Writing… {count} tokens", f"正在写作…已写 {count} 个词元"),
                               TokenDelta(text) if phase == "output" else NoteDelta(text))
        except RuntimeError as err:  # llama_decode failed: aborted by Cancel, or a real error
            self._reset_after_abort()
            if cancel.cancelled:
                raise JobCancelled() from err
            raise GenerationError(reason=str(err)) from err
        except JobCancelled:
            self._reset_after_abort()
            raise
        finally:
            watcher.set()
            self._abort.set(False)
        text = "".join(pieces)
        return Completion(text, finish, prompt_tokens, self.count_tokens(text), first,
                          time.perf_counter() - started)

    def _watch(self, cancel: CancelToken) -> threading.Event:
        """A tiny thread that raises the abort byte as soon as Cancel is pressed."""
        done = threading.Event()
        self._abort.set(False)
        if not self.fast_abort:
            return done

        def watch() -> None:
            # Sleeps on the token's own event: wakes at once on Cancel, otherwise only every
            # 0.25 s to notice the end, so it never competes with llama.cpp's threads for a core.
            while not done.is_set():
                if cancel.wait(0.25):
                    self._abort.set(True)
                    return

        threading.Thread(target=watch, name="llm-abort-watch", daemon=True).start()
        return done

    def _reset_after_abort(self) -> None:
        """Forget the cached prompt so the next request re-evaluates from a clean state."""
        self._abort.set(False)
        if self._llama is not None:
            self._llama.reset()
            ctx = getattr(self._llama, "_ctx", None)
            for name in ("memory_clear", "kv_cache_clear"):
                clear = getattr(ctx, name, None)
                if callable(clear):
                    try:
                        clear()
                    except TypeError:
                        clear(True)
                    break

"""The process-wide cache of local models: which GGUF file a model id means, and one loaded model at a time.

Loading Qwen takes half a second and 0.7 GB, so tasks, Q&A and the CLI all share the
models here; a second model replaces the first once the first is idle, keeping RAM bounded.
"""

from __future__ import annotations

import threading
from pathlib import Path

from desktop.engine.core.i18n import pick
from desktop.engine.core.jobs import CancelToken, Job
from desktop.engine.drafting.llm import DEFAULT_N_CTX, LocalModel, NotALanguageModelError, check_gguf

_cache_lock = threading.Lock()
_cache: dict[tuple[str, int, int], LocalModel] = {}
MAX_LOADED = 1  # keep RAM bounded: a second model replaces the first once it is idle


def resolve_model_path(model: str | Path | None, cancel: CancelToken | None = None) -> Job[tuple[Path, str]]:
    """A model id from the registry, or a path to a GGUF file → (path, id). A job (assembly)."""
    from desktop.engine.core.settings import load_settings
    from desktop.engine.models.registry import ModelRegistry

    if model is None or model == "":
        model = load_settings().settings.llm_model
    text = str(model)
    as_path = Path(text).expanduser()
    if isinstance(model, Path) or text.lower().endswith(".gguf") or as_path.is_file() or "/" in text:
        check_gguf(as_path)
        return as_path.resolve(), as_path.stem
    registry = ModelRegistry()
    spec = registry.get(text)
    if spec.kind != "llm":
        raise NotALanguageModelError(model_id=text, kind=spec.kind)
    path = yield from registry.ensure(text, cancel)
    check_gguf(Path(path))
    return Path(path), spec.id


def get_model(path: Path, model_id: str, n_ctx: int = DEFAULT_N_CTX, threads: int | None = None) -> LocalModel:
    """The shared :class:`LocalModel` for this file and context size (created, not loaded)."""
    if threads is None:
        from desktop.engine.core.settings import load_settings

        threads = load_settings().settings.threads()
    key = (str(Path(path).resolve()), n_ctx, threads)
    with _cache_lock:
        model = _cache.get(key)
        if model is None:
            for old_key, old in list(_cache.items()):
                if len(_cache) >= MAX_LOADED and old.lock.acquire(blocking=False):
                    try:
                        if old._llama is not None:
                            old._llama.close()
                            old._llama = None
                    finally:
                        old.lock.release()
                    del _cache[old_key]
            model = LocalModel(Path(path), model_id, n_ctx, threads)
            _cache[key] = model
        return model


def open_model(model: str | Path | None = None, *, n_ctx: int = DEFAULT_N_CTX, threads: int | None = None,
               cancel: CancelToken | None = None) -> Job[LocalModel]:
    """Resolve, fetch from the cache and load: the one call tasks use before generating."""
    path, model_id = yield from resolve_model_path(model, cancel)
    local = get_model(path, model_id, n_ctx, threads)
    yield from local.load(cancel)
    return local


def unload_all() -> None:
    """Free every loaded model (tests, and the UI when the user switches models)."""
    with _cache_lock:
        for model in _cache.values():
            model.close()
        _cache.clear()


def describe(model: LocalModel) -> str:
    """Status line text for the UI: where it runs and with what."""
    return pick(f"On this device · {model.display_name}", f"在本机运行 · {model.display_name}")

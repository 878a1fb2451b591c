"""Glue between the router and the drafting tasks (``engine/drafting/tasks.py``).

Why here: the router only knows ``local_runner(task_id, text, language)`` and a prompt builder;
these two adapters give it the drafting engine's local run and the same task prompts for the
cloud, so ``copydesk draft --route`` and the assistant panel can route with one call.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from desktop.engine.cloud.audit import AuditLog
from desktop.engine.cloud.config import load_cloud_config
from desktop.engine.cloud.messages import SYSTEM_PROMPT
from desktop.engine.cloud.people import names_source
from desktop.engine.cloud.router import ConsentRequest, LocalCapability, LocalRunner, Router, default_messages
from desktop.engine.core.jobs import CancelToken, Progress
from desktop.engine.core.settings import Settings
from desktop.engine.library.store import Store


def task_messages(task_id: str, text: str, language: str) -> list[dict[str, str]]:
    """The drafting task's own prompt for ``language``, plus the rule to keep placeholders."""
    from desktop.engine.core.errors import CopydeskError
    from desktop.engine.drafting.tasks import get_task

    try:
        task = get_task(task_id)
    except CopydeskError:
        return default_messages(task_id, text, language)
    prompt = task.prompts.get(language) or next(iter(task.prompts.values()), None)
    if prompt is None:
        return default_messages(task_id, text, language)
    user = prompt.user.replace("{instruction}", "").replace("{text}", text)
    return [{"role": "system", "content": f"{prompt.system}\n\n{SYSTEM_PROMPT}"},
            {"role": "user", "content": user}]


def tasks_local_runner(model: str | Path | None = None, *, store: object | None = None,
                       **options: object) -> LocalRunner:
    """The local job: ``tasks.run_task`` on this device, with the caller's CancelToken; its
    events pass through and its DraftResult (guard flags included) is the answer."""

    def run(task_id: str, text: str, language: str, cancel: CancelToken) -> Iterator[Progress]:
        from desktop.engine.drafting.tasks import run_task

        return (yield from run_task(task_id, text, language, model, cancel=cancel, store=store,
                                    **options))  # type: ignore[arg-type]

    return run


def local_capability(model_id: str, n_ctx: int | None = None) -> LocalCapability:
    """What the configured on-device model can do (its languages from the model registry)."""
    from desktop.engine.core.errors import CopydeskError
    from desktop.engine.drafting.llm import DEFAULT_N_CTX
    from desktop.engine.models.registry import ModelRegistry

    try:
        langs = {lang for lang in ModelRegistry().get(model_id).languages if lang in ("en", "zh")}
    except CopydeskError:
        langs = {"en", "zh"}
    return LocalCapability(context_tokens=n_ctx or DEFAULT_N_CTX, languages=frozenset(langs or {"en", "zh"}))


def build_router(settings: Settings, store: Store | None = None, *, model: str | Path | None = None,
                 consent: Callable[[ConsentRequest], bool] | None = None,
                 local_runner: LocalRunner | None = None, n_ctx: int | None = None,
                 auto_fallback: bool = True) -> Router:
    """The router the app, ``copydesk draft --route`` and plugin tasks use: cloud config from
    settings (or the ``COPYDESK_CLOUD_*`` variables), key from the keychain, requests audited
    in ``store``, and the document's people (:func:`people.redaction_names`) masked on every
    request. The CancelToken is the one each ``router.run(req, cancel)`` is given."""
    model_id = str(model or settings.llm_model)
    runner = local_runner or tasks_local_runner(model or settings.llm_model, store=store,
                                                **({"n_ctx": n_ctx} if n_ctx else {}))
    return Router(runner, capability=local_capability(model_id, n_ctx), config=load_cloud_config(settings),
                  audit=AuditLog(store) if store is not None else None, consent=consent,
                  prompt_builder=task_messages, auto_fallback=auto_fallback,
                  names_source=names_source(store, settings))

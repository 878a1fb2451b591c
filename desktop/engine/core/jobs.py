"""One job model for all long work.

A job is a generator that yields :class:`Progress` events and *returns* its result
(``return value`` inside the generator). It receives a :class:`CancelToken` and checks it
between steps. ``Progress.data`` is None or one of the typed events of
:mod:`desktop.engine.core.events`. ``run_job`` drives a job to completion; :func:`relay`
drives one inside another (passing its events on through handlers chosen by event type);
:func:`run_in_subprocess` runs a job in a spawned child so that Cancel is a kill and a
native crash cannot take the caller down.
"""

from __future__ import annotations

import importlib
import multiprocessing
import threading
import time
import traceback
from collections.abc import Callable, Generator, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from desktop.engine.core import i18n
from desktop.engine.core.errors import CopydeskError, JobCancelled, JobCrashedError, JobFailedError

T = TypeVar("T")


@dataclass(frozen=True)
class Progress:
    """``done`` of ``total`` units (``total`` None when unknown), with a short message."""

    done: float
    total: float | None = None
    message: str = ""
    data: Any = None  # None or one of the event dataclasses in desktop.engine.core.events

    @property
    def fraction(self) -> float | None:
        if not self.total:
            return None
        return max(0.0, min(1.0, self.done / self.total))


Job = Generator[Progress, None, T]


class CancelToken:
    """Shared flag a job checks between steps. Thread-safe."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise JobCancelled()

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds``; returns True early if cancelled."""
        return self._event.wait(seconds)


@dataclass
class EtaTracker:
    """Estimates time left from the rate of progress so far, only when it can be honest.

    No estimate while the amount of work is unknown (``total`` None: a model writing an answer
    of unknown length), once a phase is complete ("loaded" is not "0:00 left"), or before the
    rate has been seen for ``settle_s`` seconds. A new ``total`` is a new phase and starts over.
    """

    started: float = field(default_factory=time.monotonic)
    first_done: float | None = None
    first_time: float | None = None
    total: float | None = None
    settle_s: float = 1.5

    def update(self, progress: Progress) -> float | None:
        now = time.monotonic()
        if progress.total is None or progress.total <= 0:
            return None
        if progress.total != self.total:
            self.total, self.first_done, self.first_time = progress.total, None, None
        if progress.done >= progress.total:
            return None
        if self.first_done is None:
            self.first_done, self.first_time = progress.done, now
            return None
        assert self.first_time is not None
        advanced = progress.done - self.first_done
        elapsed = now - self.first_time
        if advanced <= 0 or elapsed < self.settle_s:
            return None
        rate = advanced / elapsed
        return max(0.0, (progress.total - progress.done) / rate)


def run_job(job: Job[T], on_progress: Callable[[Progress], None] | None = None) -> T:
    """Drive ``job`` to the end, passing each event to ``on_progress``; return its result."""
    while True:
        try:
            event = next(job)
        except StopIteration as stop:
            return stop.value
        if on_progress is not None:
            on_progress(event)


def iterate(job: Job[T]) -> Iterator[Progress | tuple[str, T]]:
    """Yield progress events, then ``("result", value)``. Handy for UI adapters."""
    result = yield from relay(job)
    yield ("result", result)


Handler = Callable[[Progress], "Progress | None"]


def relay(job: Job[T], handlers: Mapping[type, Handler] | None = None, *, other: Handler | None = None,
          cancel: CancelToken | None = None) -> Job[T]:
    """Drive ``job`` inside another job (``result = yield from relay(...)``) and return its result.

    Each event goes to the handler registered for the type of its payload (``Progress.data``,
    see :mod:`desktop.engine.core.events`; ``type(None)`` for none), or to ``other`` when no
    handler names it; without ``other`` such events pass on unchanged. What a handler returns
    is passed on; None drops the event. With ``cancel``, a cancelled token closes ``job`` (a
    subprocess job kills its child) and raises :class:`JobCancelled` between events.
    A plain caller drives it with :func:`run_job`: ``run_job(relay(job, cancel=t), on_progress)``.
    """
    table = dict(handlers or {})
    while True:
        if cancel is not None and cancel.cancelled:
            if hasattr(job, "close"):  # a plain iterator (a test's list of chunks) has nothing to close
                job.close()
            raise JobCancelled()
        try:
            event = next(job)
        except StopIteration as stop:
            return stop.value
        payload = event.data if isinstance(event, Progress) else event
        handler = next((h for kind, h in table.items() if isinstance(payload, kind)), other)
        passed = event if handler is None else handler(event)
        if passed is not None:
            yield passed


# --- subprocess runner ---------------------------------------------------------------------

def _child_main(conn, target: str, kwargs: dict[str, Any], language: str = "en") -> None:  # pragma: no cover
    token = CancelToken()
    i18n.set_language(language)  # progress text and speaker labels in the reporter's language
    try:
        module_name, func_name = target.split(":")
        func = getattr(importlib.import_module(module_name), func_name)
        gen = func(cancel=token, **kwargs)
        result = run_job(gen, lambda p: conn.send(("progress", p)))
        conn.send(("result", result))
    except CopydeskError as err:
        conn.send(("error", err))
    except BaseException as err:
        conn.send(("failed", f"{type(err).__name__}: {err}\n{traceback.format_exc(limit=5)}"))
    finally:
        conn.close()


def run_in_subprocess(target: str, kwargs: dict[str, Any] | None = None, *,
                      cancel: CancelToken | None = None, poll: float = 0.05) -> Job[Any]:
    """Run the job function ``"module:function"`` in a spawned child process.

    The function must accept ``cancel=`` and keyword arguments, and its events and result
    must be picklable. Cancel kills the child (within ~``poll`` seconds plus kill time).
    A child that dies without a result raises :class:`JobCrashedError`.
    """
    ctx = multiprocessing.get_context("spawn")
    parent_conn, child_conn = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child_main, args=(child_conn, target, kwargs or {}, i18n.current_language()),
                       daemon=True)
    proc.start()
    child_conn.close()
    try:
        while True:
            if cancel is not None and cancel.cancelled:
                _kill(proc)
                raise JobCancelled()
            if parent_conn.poll(poll):
                try:
                    kind, payload = parent_conn.recv()
                except (EOFError, OSError):
                    proc.join(2)
                    raise JobCrashedError(exitcode=proc.exitcode) from None
                if kind == "progress":
                    yield payload
                elif kind == "result":
                    proc.join(5)
                    return payload
                elif kind == "error":
                    proc.join(5)
                    raise payload
                else:
                    proc.join(5)
                    raise JobFailedError(reason=str(payload).splitlines()[0])
            elif not proc.is_alive():
                # drain anything sent just before exit
                if parent_conn.poll(0):
                    continue
                raise JobCrashedError(exitcode=proc.exitcode)
    finally:
        if proc.is_alive():
            _kill(proc)
        parent_conn.close()


def _kill(proc: multiprocessing.process.BaseProcess) -> None:
    proc.kill()
    proc.join(2)

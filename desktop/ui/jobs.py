"""The one adapter that runs engine jobs off the GUI thread.

Widgets call ``ctx.jobs.start(label, make_job, on_result=...)``; nothing else in the UI
starts threads. Each job runs in the global QThreadPool; its Progress events arrive on the
GUI thread as signals. Jobs that must be killable (transcription) are engine generators
built on ``run_in_subprocess``, so the worker thread merely relays the child's events.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import time
import warnings
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from desktop.engine.core.errors import CopydeskError, JobCancelled, JobFailedError
from desktop.engine.core.jobs import CancelToken, EtaTracker, Job, Progress, relay, run_job

MakeJob = Callable[[CancelToken], Job[Any]]


class _Relay(QObject):
    """Lives on the GUI thread; worker threads emit through it (queued connections)."""

    sig_progress = Signal(object)
    sig_result = Signal(object)
    sig_error = Signal(object)
    sig_cancelled = Signal()


class JobHandle(QObject):
    """One running job, as the UI sees it. Lives on the GUI thread, so its slots run there."""

    sig_progress = Signal(object, object)  # Progress, eta seconds (float | None)
    sig_finished = Signal(object)  # result
    sig_failed = Signal(object)  # CopydeskError
    sig_cancelled = Signal()
    sig_done = Signal()  # after any of the three above

    def __init__(self, job_id: int, label: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job_id = job_id
        self.label = label
        self.token = CancelToken()
        self.started = time.monotonic()
        self.last_progress: Progress | None = None
        self.running = True
        self.quiet = False
        self.on_result: Callable[[Any], None] | None = None
        self.on_error: Callable[[CopydeskError], None] | None = None
        self.on_progress: Callable[[Progress], None] | None = None
        self.on_cancel: Callable[[], None] | None = None
        self._eta = EtaTracker()
        self._relay: _Relay | None = None

    def cancel(self) -> None:
        self.token.cancel()

    @Slot(object)
    def _on_progress(self, event: Progress) -> None:
        self.last_progress = event
        if self.on_progress is not None:
            self.on_progress(event)
        self.sig_progress.emit(event, self._eta.update(event))

    @Slot(object)
    def _on_result(self, value: Any) -> None:
        self._finish(self.on_result, self.sig_finished, value)

    @Slot(object)
    def _on_error(self, err: CopydeskError) -> None:
        self._finish(self.on_error, self.sig_failed, err)

    @Slot()
    def _on_cancelled(self) -> None:
        self._finish(self.on_cancel, self.sig_cancelled)

    def _finish(self, callback: Callable[..., None] | None, signal: Any, *value: Any) -> None:
        """Tell the caller, then the listeners, then let go of everything (even if one raised)."""
        self.running = False
        try:
            if callback is not None:
                callback(*value)
            signal.emit(*value)
            self.sig_done.emit()
        finally:
            self._release()

    def _release(self) -> None:
        """Drop everything a finished job holds on to.

        Callbacks and the slots connected to this handle's signals are closures over whole
        documents and transcripts; a lambda that names the handle also makes a cycle through
        Qt's connection list that Python's collector cannot see. Cutting them here lets the
        handle (and what it captured) go as soon as nobody else holds it.
        """
        self.on_result = self.on_error = self.on_progress = self.on_cancel = None
        relay, self._relay = self._relay, None
        if relay is not None:
            # The worker thread still holds the relay until the pool drops the runnable; had it the
            # last reference, the relay (a GUI-thread object) would be deleted on the worker thread,
            # which Qt forbids and which can crash the event loop. deleteLater deletes it here.
            relay.deleteLater()
        with warnings.catch_warnings():  # PySide warns when a signal had no receivers
            warnings.simplefilter("ignore", RuntimeWarning)
            for signal in (self.sig_progress, self.sig_finished, self.sig_failed, self.sig_cancelled,
                           self.sig_done):
                with contextlib.suppress(RuntimeError, TypeError):  # nothing was connected
                    signal.disconnect()


class _Worker(QRunnable):
    def __init__(self, make_job: MakeJob, token: CancelToken, relay: _Relay) -> None:
        super().__init__()
        self.make_job: MakeJob | None = make_job
        self.token = token
        self.relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:  # worker thread
        try:
            # let go of the factory at once: it closes over what the job needs (whole documents),
            # and the pool deletes this runnable only some time after run() returns
            job, self.make_job = self.make_job(self.token), None
            result = run_job(relay(job, cancel=self.token), self.relay.sig_progress.emit)
            self.relay.sig_result.emit(result)
        except JobCancelled:
            self.relay.sig_cancelled.emit()
        except CopydeskError as err:
            self.relay.sig_error.emit(err)
        except Exception as err:  # an unexpected bug must not take the editor down
            self.relay.sig_error.emit(JobFailedError(reason=f"{type(err).__name__}: {err}"))


class JobRunner(QObject):
    """Starts jobs and tells the progress area about them."""

    sig_job_started = Signal(object)  # JobHandle

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._ids = itertools.count(1)
        self.active: dict[int, JobHandle] = {}

    def start(self, label: str, make_job: MakeJob, *,
              on_result: Callable[[Any], None] | None = None,
              on_error: Callable[[CopydeskError], None] | None = None,
              on_progress: Callable[[Progress], None] | None = None,
              on_cancel: Callable[[], None] | None = None,
              quiet: bool = False) -> JobHandle:
        """Run ``make_job(token)`` in the thread pool. ``quiet`` jobs (autosave) show no progress row."""
        # No Qt parent: a parented handle would live as the runner's child for the whole
        # session. ``active`` keeps it alive while it runs; afterwards only callers hold it.
        handle = JobHandle(next(self._ids), label)
        handle.quiet = quiet
        handle.on_result, handle.on_error = on_result, on_error
        handle.on_progress, handle.on_cancel = on_progress, on_cancel
        relay = _Relay()  # no parent: it is used from the worker thread
        relay.sig_progress.connect(handle._on_progress)
        relay.sig_result.connect(handle._on_result)
        relay.sig_error.connect(handle._on_error)
        relay.sig_cancelled.connect(handle._on_cancelled)
        handle.sig_done.connect(functools.partial(self._forget, handle.job_id))
        handle._relay = relay  # keep the relay alive while the job runs
        self.active[handle.job_id] = handle
        self.sig_job_started.emit(handle)
        self.pool.start(_Worker(make_job, handle.token, relay))
        return handle

    def _forget(self, job_id: int) -> None:
        self.active.pop(job_id, None)

    def cancel_all(self) -> None:
        for handle in list(self.active.values()):
            handle.cancel()

    def wait_all(self, msecs: int = 5000) -> bool:
        return self.pool.waitForDone(msecs)

"""JobRunner lets go of finished jobs: handles, their callbacks and what those captured."""

from __future__ import annotations

import gc
import weakref

from desktop.engine.core.errors import InputError
from desktop.engine.core.jobs import CancelToken, Progress
from desktop.ui.jobs import JobRunner


class _Document:
    """Stands in for a whole story text that a callback closes over."""

    def __init__(self) -> None:
        self.text = "word " * 100_000


def _job(fail: bool = False):
    def make(token: CancelToken):
        yield Progress(1, 2, "half")
        if fail:
            raise InputError()
        return "done"
    return make


def _run_and_forget(qtbot, runner: JobRunner, fail: bool) -> tuple[weakref.ref, weakref.ref, list]:
    doc = _Document()
    seen: list = []
    handle = runner.start("job", _job(fail), on_result=lambda v: seen.append((v, len(doc.text))),
                          on_error=lambda e: seen.append((type(e).__name__, len(doc.text))),
                          on_progress=lambda e: seen.append(doc))
    handle.sig_finished.connect(lambda v: seen.append(handle.label))  # a slot that names the handle
    with qtbot.waitSignal(handle.sig_done, timeout=5000):
        pass
    return weakref.ref(handle), weakref.ref(doc), seen


def test_finished_and_failed_handles_are_released(qtbot) -> None:
    runner = JobRunner()
    for fail in (False, True):
        handle_ref, doc_ref, seen = _run_and_forget(qtbot, runner, fail)
        assert seen[-1][1] == 500_000 if fail else seen[-2][1] == 500_000
        seen.clear()  # the test's own list held the document through on_progress
        gc.collect()
        assert runner.active == {}
        assert handle_ref() is None, gc.get_referrers(handle_ref())
        assert doc_ref() is None
    assert runner.findChildren(type(runner)) == []


def test_a_running_handle_stays_alive_and_is_listed(qtbot) -> None:
    runner = JobRunner()
    token_seen: list[CancelToken] = []

    def make(token: CancelToken):
        token_seen.append(token)
        while not token.cancelled:
            yield Progress(0, 1, "waiting")
        return None

    ref = weakref.ref(runner.start("long", make))
    gc.collect()
    assert ref() is not None and list(runner.active.values()) == [ref()]
    with qtbot.waitSignal(ref().sig_done, timeout=5000):
        runner.cancel_all()
    gc.collect()
    assert ref() is None and runner.active == {}


def test_a_job_shown_in_the_progress_area_is_released_with_what_it_captured(qtbot) -> None:
    """The progress row and its sig_done lambda (which names the handle) must not keep a finished
    job alive, nor a subprocess-style relay that carried typed events."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from desktop.engine.core.events import TokenDelta
    from desktop.ui.progress_area import ProgressArea

    runner = JobRunner()
    area = ProgressArea(runner)
    qtbot.addWidget(area)

    def run_once() -> tuple[weakref.ref, weakref.ref]:
        doc = _Document()

        def make(token: CancelToken):
            yield Progress(1, 2, "writing", TokenDelta(doc.text[:10]))
            return len(doc.text)

        got: list[int] = []
        handle = runner.start("draft", make, on_result=got.append, on_progress=lambda e: doc.text.count("w"))
        with qtbot.waitSignal(handle.sig_done, timeout=5000):
            pass
        assert got == [500_000]
        return weakref.ref(handle), weakref.ref(doc)

    handle_ref, doc_ref = run_once()
    assert runner.wait_all(5000)  # the worker thread has left the job's frame (sig_done may come first)
    qtbot.waitUntil(lambda: area.rows == {}, timeout=2000)
    # the row is deleteLater()'d: the event loop's next turn deletes it, and with it its handle
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    assert handle_ref() is None, gc.get_referrers(handle_ref())
    assert doc_ref() is None
    assert runner.active == {}


def test_relays_are_deleted_on_the_gui_thread(qtbot) -> None:
    """A relay lives on the GUI thread: deleting it on a pool thread (when the worker dropped the
    last reference) is what Qt forbids. Each one must go on the GUI thread, whatever the timing."""
    import threading

    from PySide6.QtCore import QCoreApplication, QEvent, Qt

    runner = JobRunner()
    gui = threading.get_ident()
    deleted_on: list[int] = []
    for _ in range(40):
        handle = runner.start("quick", _job())
        handle._relay.destroyed.connect(lambda *_: deleted_on.append(threading.get_ident()),
                                        Qt.ConnectionType.DirectConnection)
        with qtbot.waitSignal(handle.sig_done, timeout=5000):
            pass
    assert runner.wait_all(5000)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    assert len(deleted_on) == 40 and set(deleted_on) == {gui}

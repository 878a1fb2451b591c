"""Job functions the subprocess tests run in a child (must be importable by module path)."""

from __future__ import annotations

import ctypes
import os
import time

from desktop.engine.core.errors import CorruptFileError
from desktop.engine.core.jobs import CancelToken, Job, Progress


def count(cancel: CancelToken, n: int = 5, delay: float = 0.0) -> Job[int]:
    for i in range(n):
        cancel.raise_if_cancelled()
        if delay:
            time.sleep(delay)
        yield Progress(i + 1, n, f"step {i + 1}")
    return n * 10


def forever(cancel: CancelToken) -> Job[None]:
    i = 0
    while True:
        i += 1
        yield Progress(i, None, "working")
        time.sleep(0.05)


def hard_exit(cancel: CancelToken) -> Job[None]:
    yield Progress(1, 2, "about to die")
    os._exit(3)


def segfault(cancel: CancelToken) -> Job[None]:
    yield Progress(1, 2, "about to crash")
    ctypes.string_at(0)  # reads address 0: SIGSEGV in native code


def typed_error(cancel: CancelToken) -> Job[None]:
    yield Progress(1, 2, "checking")
    raise CorruptFileError(path="x.mp3", kind="audio")


def plain_bug(cancel: CancelToken) -> Job[None]:
    yield Progress(1, 2, "checking")
    raise ZeroDivisionError("oops")


def greet(cancel: CancelToken) -> Job[str]:
    """Reports in the language the parent had set (the child starts fresh: spawn)."""
    from desktop.engine.core.i18n import current_language, pick

    yield Progress(1, 1, pick("Transcribing", "正在转写"))
    return current_language()


def language(cancel: CancelToken) -> Job[str]:
    """The language the child's messages are written in."""
    from desktop.engine.core import i18n
    from desktop.engine.transcription.speaker_labels import default_name

    yield Progress(1, 1, i18n.pick("Transcribing", "正在转写"))
    return f"{i18n.current_language()} {default_name(1)}"


def every_event(cancel: CancelToken) -> Job[int]:
    """One Progress per kind of typed event, built in the child (tests/engine/core/test_events.py)."""
    from tests.engine.core.test_events import SAMPLES

    for i, event in enumerate(SAMPLES):
        yield Progress(i, len(SAMPLES), type(event).__name__, event)
    return len(SAMPLES)

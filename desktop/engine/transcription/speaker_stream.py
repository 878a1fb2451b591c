"""Speaker windows embedded while whisper is still decoding, so voices cost no extra pass.

Why: recognising speakers after transcription meant reading the whole file again and
running CAM++ on every segment once whisper had finished — 15 % on top of raw
faster-whisper on a 10-minute interview. Whisper's decoding does not keep two cores
busy all the time (beam search steps are small), so a background thread that embeds
each segment as soon as it is saved, from the window samples already in memory, fills
those gaps. At the end only the clustering remains (milliseconds), and segments the
thread never saw (a resumed job's earlier part) are embedded from the file as before.

The thread runs onnxruntime with one intra-op thread and never blocks the transcriber:
:meth:`SegmentEmbedder.submit` only puts work on a queue. It also runs at the lowest
scheduling priority (Linux nice 19, per thread), so it takes only the CPU whisper leaves
idle: at equal priority the two fought for the cores and whisper slowed down by more than
the embedding cost (bench/transcribe_speed.py: 1.25x raw wall time, see :func:`lower_priority`).
"""

from __future__ import annotations

import os
import queue
import threading
from typing import Any

import numpy as np

from desktop.engine.transcription.pcm import SAMPLE_RATE
from desktop.engine.transcription.voice_model import Key, SpeakerEmbedder, available, span_key

Windows = tuple[list[tuple[float, float]], np.ndarray]


def lower_priority() -> bool:
    """Give the calling thread the lowest CPU priority; False where the OS has no per-thread nice.

    On Linux ``setpriority(PRIO_PROCESS, tid)`` applies to that one thread. Raising it back
    would need privileges, and is not needed: once whisper has finished nothing competes,
    and the thread gets a whole core at any priority.
    """
    setpriority = getattr(os, "setpriority", None)
    if setpriority is None or not hasattr(threading, "get_native_id"):
        return False
    try:
        setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)
    except OSError:
        return False
    return True


class SegmentEmbedder:
    """Embeds (start, end, samples) in a daemon thread; :meth:`finish` returns everything embedded."""

    def __init__(self, embedder: Any = None) -> None:
        # Loading CAM++ takes about half a second: the thread does it, so the first segment
        # of a transcription does not wait for it (bench/transcribe_speed.py, first segment).
        self.embedder = embedder
        self._queue: queue.Queue[tuple[float, float, np.ndarray] | None] = queue.Queue()
        self.results: dict[Key, Windows] = {}
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._work, name="speaker-windows", daemon=True)
        self._thread.start()

    @classmethod
    def maybe(cls) -> SegmentEmbedder | None:
        """One if CAM++ can run here; None otherwise (the end-of-job pass then explains why)."""

        if available() is not None:
            return None
        try:
            return cls()
        except Exception:  # a model that cannot load: the final pass reports it in words
            return None

    def submit(self, start: float, end: float, window: np.ndarray, window_start: float) -> None:
        """Queue one saved segment; ``window`` holds the samples it was transcribed from."""
        a = max(0, int((start - window_start) * SAMPLE_RATE))
        b = max(a, int((end - window_start) * SAMPLE_RATE))
        self._queue.put((start, end, np.array(window[a:b], np.float32)))

    def _work(self) -> None:
        lower_priority()
        if self.embedder is None:
            try:
                self.embedder = SpeakerEmbedder(threads=1)
            except Exception as err:  # reported by the final pass, which reads the file instead
                self.error = err
                while self._queue.get() is not None:
                    pass  # keep taking work until finish() or stop(), embedding nothing
                return
        while True:
            item = self._queue.get()
            if item is None:
                return
            start, end, samples = item
            try:
                spans, emb = self.embedder.embed_segment(samples, start)
            except Exception as err:  # reported by finish(); the final pass then reads the file
                self.error = err
                continue
            self.results[span_key(start, end)] = (spans, emb)

    def finish(self) -> dict[Key, Windows]:
        """Wait for the queue to drain and return the windows of every segment embedded."""
        self._queue.put(None)
        self._thread.join()
        return self.results

    def stop(self) -> None:
        """Drop pending work (job cancelled): the thread ends after its current segment."""
        while True:
            try:
                self._queue.get_nowait()
            except queue.Empty:
                break
        self._queue.put(None)
        self._thread.join(10)  # never leave onnxruntime running while the interpreter exits

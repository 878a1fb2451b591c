"""What a job says while it runs: one small, picklable dataclass per kind of event.

``Progress.data`` carries one of these (or None). Consumers dispatch on the type
(``isinstance`` or ``match``), never on a string: a misspelt class name fails at import,
a misspelt string silently matched nothing. Every field is a plain value (numbers, text,
dicts of them) so an event crosses the pipe of :func:`desktop.engine.core.jobs.run_in_subprocess`
unchanged, and the engine core stays free of the capability packages' own types.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# --- transcription (desktop.engine.transcription) ------------------------------------------


@dataclass(frozen=True)
class TranscriptStarted:
    """The transcript row exists: a view can open it before the first words arrive."""

    transcript_id: int
    title: str
    resumed_from: float = 0.0  # seconds of audio already transcribed by an earlier run


@dataclass(frozen=True)
class SegmentSaved:
    """A segment was written to the library. ``segment`` is ``Segment.to_dict()``.

    A segment whose ``idx`` was seen before replaces that row (a repetition marker grew).
    """

    transcript_id: int
    segment: dict[str, Any]


@dataclass(frozen=True)
class SpeakersLabelled:
    """Voices relabelled (and maybe split) the segments: views showing them must reload."""

    transcript_id: int
    method: str
    changed: int = 0
    speakers: int = 0
    split: bool = False
    note: str = ""  # also sent as a JobWarning when not empty
    suggestions: dict[str, dict[str, Any]] = field(default_factory=dict)  # label -> known voice


@dataclass(frozen=True)
class JobWarning:
    """Something the reporter should know; the job goes on (or ends with what it has)."""

    message: str
    transcript_id: int | None = None
    truncated_at: float | None = None  # the file could not be read past this second
    empty: bool = False  # no speech was recognised at all
    dropped: dict[str, Any] | None = None  # a loud stretch with no text (``DroppedRange`` as a dict)


@dataclass(frozen=True)
class LiveStarted:
    """A live transcription began (the model is loading)."""


@dataclass(frozen=True)
class LiveSegment:
    """A preview segment while recording: ``segment`` has ``start``, ``end`` and ``text``."""

    segment: dict[str, Any]
    wall: float  # time.time() when it was decoded (lag measurements)
    recorded: float  # seconds of audio recorded by then
    language: str


@dataclass(frozen=True)
class LiveDone:
    """The recording finished; the file transcription (its own events) follows."""

    live: int  # number of preview segments


# --- drafting (desktop.engine.drafting, desktop.engine.cloud) -----------------------------


@dataclass(frozen=True)
class TokenDelta:
    """A piece of answer text to show as it is written. ``route``: "local" or "cloud"."""

    text: str
    route: str = "local"


@dataclass(frozen=True)
class NoteDelta:
    """A token of intermediate work (notes on one part of a long input): progress, not text."""

    text: str


@dataclass(frozen=True)
class OutputReset:
    """Drop the text shown so far: the engine retries, or a cloud run fell back."""

    route: str = "local"


JobEvent = (TranscriptStarted | SegmentSaved | SpeakersLabelled | JobWarning | LiveStarted | LiveSegment
            | LiveDone | TokenDelta | NoteDelta | OutputReset)

"""Typed job events: one class per kind, plain fields, and they cross the subprocess pipe intact."""

from __future__ import annotations

import dataclasses
import pickle
import typing

from desktop.engine.core import events
from desktop.engine.core.events import (
    JobWarning,
    LiveDone,
    LiveSegment,
    LiveStarted,
    NoteDelta,
    OutputReset,
    SegmentSaved,
    SpeakersLabelled,
    TokenDelta,
    TranscriptStarted,
)
from desktop.engine.core.jobs import Progress, run_in_subprocess, run_job

SAMPLES = (
    TranscriptStarted(7, "interview.m4a", resumed_from=12.5),
    SegmentSaved(7, {"idx": 3, "start": 1.0, "end": 2.5, "text": "港口预算", "speaker": "S1",
                     "words": [{"word": "港口", "start": 1.0, "end": 1.6, "prob": 0.9}]}),
    SpeakersLabelled(7, "voice", changed=4, speakers=2, split=True, note="",
                     suggestions={"Speaker 2": {"name": "Li Wei", "score": 0.81}}),
    JobWarning("Stopped at 0:42: the file is damaged.", transcript_id=7, truncated_at=42.0),
    JobWarning("0:10–0:30 has sound but no text", transcript_id=7,
               dropped={"start": 10.0, "end": 30.0, "loud_share": 0.7, "rerun": ""}),
    JobWarning("Nothing was recognised.", transcript_id=7, empty=True),
    LiveStarted(),
    LiveSegment({"start": 0.0, "end": 1.2, "text": "good morning"}, wall=1_700_000_000.5, recorded=1.4,
                language="en"),
    LiveDone(live=3),
    TokenDelta("The council "),
    TokenDelta("云端", route="cloud"),
    NoteDelta("notes on part 1"),
    OutputReset(),
    OutputReset(route="cloud"),
)


def _event_classes() -> list[type]:
    return list(typing.get_args(events.JobEvent))


def test_every_event_class_has_a_sample() -> None:
    assert {type(e) for e in SAMPLES} == set(_event_classes())
    assert all(dataclasses.is_dataclass(kind) for kind in _event_classes())


def test_events_are_frozen_values() -> None:
    for event in SAMPLES:
        assert event == pickle.loads(pickle.dumps(event))
        field = next(iter(dataclasses.fields(event)), None)
        if field is not None:
            try:
                setattr(event, field.name, None)
            except dataclasses.FrozenInstanceError:
                continue
            raise AssertionError(f"{type(event).__name__} can be changed after it was sent")


def test_events_survive_the_subprocess_pipe() -> None:
    seen: list[Progress] = []
    count = run_job(run_in_subprocess("tests.engine.core.job_samples:every_event"), seen.append)
    assert count == len(SAMPLES)
    assert [p.data for p in seen] == list(SAMPLES)
    assert [type(p.data) for p in seen] == [type(e) for e in SAMPLES]  # the classes, not look-alikes
    assert [p.message for p in seen] == [type(e).__name__ for e in SAMPLES]


def test_consumers_can_match_on_the_type() -> None:
    def kind(event: object) -> str:
        match event:
            case SegmentSaved(segment={"text": text}):
                return f"segment {text}"
            case JobWarning(truncated_at=float() as at):
                return f"truncated {at}"
            case JobWarning(message=message):
                return f"warning {message[:7]}"
            case TokenDelta(text=text, route="cloud"):
                return f"cloud {text}"
            case _:
                return type(event).__name__

    assert [kind(e) for e in SAMPLES[1:6]] == ["segment 港口预算", "SpeakersLabelled", "truncated 42.0",
                                               "warning 0:10–0:", "warning Nothing"]
    assert kind(SAMPLES[10]) == "cloud 云端"

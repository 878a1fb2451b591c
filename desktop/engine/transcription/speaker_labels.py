"""Placeholder speaker names and the pause/turn heuristic that labels segments as they stream in.

The small pieces every speaker module needs (the ``Speaker 1`` placeholder, telling it from
a name the reporter gave, turns guessed from pauses and questions, splitting a segment's
words into runs of one speaker), kept apart so voice labelling (diarize.py), voice prints
(voiceprints.py) and the relabelling pass (speakers.py) can use them without importing
each other.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from desktop.engine.core.i18n import pick

METHOD = "pause-heuristic"
VOICE_METHOD = "campplus"
PLACEHOLDER = re.compile(r"(Speaker \d+|说话人\d+)")
QUESTION_ENDINGS = ("?", "？", "吗", "呢", "吗？", "呢？")


def default_name(n: int, lang: str | None = None) -> str:
    """'Speaker 1' / '说话人1': the placeholder the reporter renames once."""
    return pick(f"Speaker {n}", f"说话人{n}", lang)


def is_placeholder(name: str) -> bool:
    """True for labels Copydesk made up ('Speaker 2'), false for names the reporter gave."""
    return bool(PLACEHOLDER.fullmatch(name.strip()))


@dataclass
class TurnGuesser:
    """Streams speaker labels as segments arrive (so labels appear while transcribing).

    A new turn starts when the gap before a segment is at least ``pause`` seconds, or the
    previous segment ended in a question and the gap is at least ``question_pause``.
    Turns alternate between ``speakers`` people.
    """

    speakers: int = 2
    pause: float = 1.5
    question_pause: float = 0.3
    lang: str | None = None
    current: int = 1
    last_end: float | None = None
    last_text: str = ""

    def label(self, start: float, end: float, text: str) -> str:
        if self.last_end is not None and self.speakers > 1:
            gap = start - self.last_end
            asked = self.last_text.rstrip().endswith(QUESTION_ENDINGS)
            if gap >= self.pause or (asked and gap >= self.question_pause):
                self.current = self.current % self.speakers + 1
        self.last_end, self.last_text = end, text
        return default_name(self.current, self.lang)

    def resume_after(self, start: float, end: float, text: str, speaker: str) -> None:
        """Continue a killed job's labelling from its last saved segment."""
        self.last_end, self.last_text = end, text
        for n in range(1, self.speakers + 1):
            if default_name(n, self.lang) == speaker:
                self.current = n


def label_turns(segments: Iterable[tuple[float, float, str]], speakers: int = 2,
                lang: str | None = None) -> list[str]:
    """Labels for a whole list of (start, end, text) at once."""
    guesser = TurnGuesser(speakers=speakers, lang=lang)
    return [guesser.label(s, e, t) for s, e, t in segments]


MIN_TURN_S = 0.8  # a shorter stretch of another voice inside a segment is not split off
# A word counts for at most this much of a turn: whisper may lay one word over a pause or noise
# ("This" over 2.3 s of picovoice_diarization_test.wav, split off as a speaker of its own).
WORD_S = 0.5
# Splitting shifts segment indexes; switch on once the transcript view reloads on the
# job's "speakers" event (until then a stale view would assign speakers to wrong rows).
SPLIT_TURNS = True


def _spoken(words: list[Any]) -> float:
    """How long a run of words lasts, each word counted for at most ``WORD_S``."""
    gaps = sum(max(0.0, b.start - a.end) for a, b in itertools.pairwise(words))
    return gaps + sum(min(max(0.0, w.end - w.start), WORD_S) for w in words)


def turn_parts(words: list[Any], labels: list[str], min_turn: float = MIN_TURN_S) -> list[tuple[str, list[Any]]]:
    """A segment's words as runs of one speaker; runs shorter than ``min_turn`` join a neighbour."""
    runs: list[tuple[str, list[Any]]] = []
    for word, label in zip(words, labels, strict=True):
        if runs and runs[-1][0] == label:
            runs[-1][1].append(word)
        else:
            runs.append((label, [word]))
    while len(runs) > 1:
        short = [i for i, (_lab, ws) in enumerate(runs) if _spoken(ws) < min_turn]
        if not short:
            break
        i = short[0]
        before = runs[i][1][0].start - runs[i - 1][1][-1].end if i > 0 else float("inf")
        after = runs[i + 1][1][0].start - runs[i][1][-1].end if i + 1 < len(runs) else float("inf")
        j = i - 1 if before <= after else i + 1  # it joins the run it is closer to in time
        _lab, ws = runs.pop(i)
        k = j if j < i else i  # after the pop, the next run sits at i
        runs[k] = (runs[k][0], runs[k][1] + ws if j < i else ws + runs[k][1])
        merged: list[tuple[str, list[Any]]] = []
        for label, group in runs:  # neighbours may now carry the same label
            if merged and merged[-1][0] == label:
                merged[-1][1].extend(group)
            else:
                merged.append((label, list(group)))
        runs = merged
    return runs

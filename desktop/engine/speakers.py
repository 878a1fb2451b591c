"""Speaker labels from a pause/turn heuristic (not voice recognition).

No pip package ships a speaker-embedding model we can run without PyTorch (see MODELS.md),
so Copydesk does not pretend to recognise voices. It guesses *turns*: in an interview the
speaker usually changes after a question or a clear pause, and two people alternate. The
guess is labelled as such (``METHOD``) so the UI can say so, and the reporter corrects it
with assign/rename, which are applied everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop.engine.i18n import pick

METHOD = "pause-heuristic"
QUESTION_ENDINGS = ("?", "？", "吗", "呢", "吗？", "呢？")


def default_name(n: int, lang: str | None = None) -> str:
    """'Speaker 1' / '说话人1': the placeholder the reporter renames once."""
    return pick(f"Speaker {n}", f"说话人{n}", lang)


def describe_method(lang: str | None = None) -> str:
    return pick(
        "Speakers are guessed from pauses and questions, not recognised by voice. Check and correct them.",
        "说话人是根据停顿和提问推测的，并非声纹识别，请核对并更正。", lang)


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

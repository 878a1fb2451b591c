"""Speaker placeholders and the pause/question turn heuristic (labels while transcribing)."""

from __future__ import annotations

import numpy as np

from desktop.engine.transcription import speaker_labels
from desktop.engine.transcription.speaker_labels import TurnGuesser, default_name, is_placeholder, label_turns
from desktop.engine.transcription.transcripts import Word


def test_placeholders_are_told_from_names_in_both_languages() -> None:
    assert default_name(2, "en") == "Speaker 2" and default_name(3, "zh_CN") == "说话人3"
    assert is_placeholder("Speaker 12") and is_placeholder(" 说话人1 ")
    assert not is_placeholder("Maria Delgado") and not is_placeholder("Speaker 2 (host)")


def test_turn_heuristic_switches_on_questions_and_pauses() -> None:
    labels = label_turns([(0.0, 2.0, "Where were you?"), (2.4, 5.0, "At home."), (5.1, 7.0, "All day."),
                          (9.0, 10.0, "Really"), (10.1, 11.0, "yes")], lang="en")
    assert labels == ["Speaker 1", "Speaker 2", "Speaker 2", "Speaker 1", "Speaker 1"]
    assert label_turns([(0, 1, "你去哪儿了？"), (1.5, 2, "我在家。")], lang="zh_CN") == ["说话人1", "说话人2"]
    assert set(label_turns([(0, 1, "a?"), (5, 6, "b")], speakers=1, lang="en")) == {"Speaker 1"}


def test_turn_heuristic_resumes_with_the_last_speaker() -> None:
    g = TurnGuesser(lang="en")
    g.resume_after(0.0, 3.0, "Tell me more?", "Speaker 2")
    assert g.label(3.5, 5.0, "Sure.") == "Speaker 1"


def test_turn_parts_split_only_real_turns() -> None:
    words = [Word(t, t + 0.4, f" w{t}", 0.9) for t in np.arange(0, 6, 0.5)]
    labels = ["A"] * 4 + ["B"] + ["A"] * 3 + ["B"] * 4  # one stray word of B, then B for 2 s
    parts = speaker_labels.turn_parts(words, labels)
    assert [(lab, len(ws)) for lab, ws in parts] == [("A", 8), ("B", 4)]
    assert speaker_labels.turn_parts(words, ["A"] * 12) == [("A", words)]
    assert [lab for lab, _ in speaker_labels.turn_parts(words[:3], ["B", "A", "A"])] == ["A"]

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


def test_one_word_whisper_stretched_over_a_pause_is_no_turn_of_its_own() -> None:
    """picovoice_diarization_test.wav: "This" laid over 2.3 s, then "is what a crocodile sounds like"."""
    words = [Word(4.12, 6.45, " This", 0.9)] + [Word(t, t + 0.3, f" w{t:.1f}", 0.9) for t in np.arange(6.45, 8.5, 0.35)]
    parts = speaker_labels.turn_parts(words, ["A"] + ["B"] * (len(words) - 1))
    assert [(lab, len(ws)) for lab, ws in parts] == [("B", len(words))]
    # after another voice's sentence, it goes with the words it runs into, not the ones before the pause
    first = [Word(1.36, 2.0, " And", 0.9), Word(2.0, 2.54, " so", 0.9), Word(2.54, 3.24, " begins.", 0.9)]
    parts = speaker_labels.turn_parts([*first, *words], ["C"] * 3 + ["A"] + ["B"] * (len(words) - 1))
    assert [(lab, [w.word for w in ws][:2]) for lab, ws in parts] == [("C", [" And", " so"]), ("B", [" This", " w6.5"])]
    # two words of another voice with no pause between them are still a turn
    rest = [Word(t, t + 0.3, f" w{t:.1f}", 0.9) for t in np.arange(0.9, 3.0, 0.35)]
    two = [Word(0.0, 0.45, " Oh,", 0.9), Word(0.45, 0.9, " hello.", 0.9), *rest]
    assert [lab for lab, _ in speaker_labels.turn_parts(two, ["A", "A"] + ["B"] * (len(two) - 2))] == ["A", "B"]

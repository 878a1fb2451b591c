"""Voice prints: kept only with consent, follow renames, go with the speaker, suggest names."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from desktop.engine.core.settings import Settings
from desktop.engine.library.store import Store
from desktop.engine.transcription import voiceprints
from desktop.engine.transcription.diarize import diarize
from desktop.engine.transcription.transcripts import Segment, TranscriptStore
from desktop.engine.transcription.voice_model import SpeakerEmbedder
from tests.speech import espeak, needs_espeak

YES, NO = Settings(voiceprint_consent="yes"), Settings()


def _unit(seed: int) -> np.ndarray:
    v = np.random.default_rng(seed).normal(size=voiceprints.DIM).astype(np.float32)
    return v / np.linalg.norm(v)


def _transcript(ts: TranscriptStore, speakers: list[str]) -> int:
    tid = ts.create(asset_id=None, title="t", language="en", model="m", duration=10.0)
    for i, name in enumerate(speakers):
        ts.add_segment(tid, Segment(i, float(i), i + 0.9, f"line {i}", name, []))
    return tid


def test_nothing_is_kept_without_consent(store: Store) -> None:
    tid = _transcript(TranscriptStore(store), ["Speaker 1"])
    voices = {"Speaker 1": (_unit(1), 20)}
    assert NO.voiceprint_consent == "unasked"
    assert voiceprints.after_diarization(store, tid, voices, NO) == {}
    assert voiceprints.after_diarization(store, tid, voices, Settings(voiceprint_consent="no")) == {}
    assert store.query("SELECT COUNT(*) FROM voiceprints")[0][0] == 0


def test_a_named_speaker_is_suggested_in_the_next_recording(store: Store) -> None:
    ts = TranscriptStore(store)
    first = _transcript(ts, ["Speaker 1", "Speaker 2", "Speaker 1"])
    amina, bo = _unit(1), _unit(2)
    assert voiceprints.after_diarization(store, first, {"Speaker 1": (amina, 30), "Speaker 2": (bo, 30)}, YES) == {}
    ts.rename_speaker(first, "Speaker 1", "Amina Yusuf")  # named once
    assert voiceprints.names_with_prints(store) == ["Amina Yusuf"]
    second = _transcript(ts, ["Speaker 1", "Speaker 2"])
    near_amina = amina + 0.3 * _unit(3)
    got = voiceprints.after_diarization(store, second, {"Speaker 1": (_unit(4), 30),
                                                        "Speaker 2": (near_amina, 30)}, YES)
    assert list(got) == ["Speaker 2"] and got["Speaker 2"]["name"] == "Amina Yusuf"
    assert got["Speaker 2"]["score"] >= voiceprints.THRESHOLD


def test_moving_one_segment_does_not_rename_the_print(store: Store) -> None:
    ts = TranscriptStore(store)
    tid = _transcript(ts, ["Speaker 1", "Speaker 2", "Speaker 1"])
    voiceprints.save_voices(store, tid, {"Speaker 1": (_unit(1), 30), "Speaker 2": (_unit(2), 30)})
    ts.assign_speaker(tid, [0], "Speaker 2")  # one line was the other person
    names = sorted(r[0] for r in store.query("SELECT name FROM voiceprints WHERE transcript_id=?", (tid,)))
    assert names == ["Speaker 1", "Speaker 2"]


def test_prints_go_with_the_transcript_the_speaker_or_consent(store: Store) -> None:
    ts = TranscriptStore(store)
    a, b = _transcript(ts, ["Speaker 1"]), _transcript(ts, ["Speaker 1"])
    for tid in (a, b):
        voiceprints.save_voices(store, tid, {"Speaker 1": (_unit(tid), 30), "Speaker 9": (_unit(9), 2)})
        ts.rename_speaker(tid, "Speaker 1", "Li Wei")
    assert store.query("SELECT COUNT(*) FROM voiceprints")[0][0] == 2  # too-short prints are not kept
    ts.delete(a)
    assert store.query("SELECT COUNT(*) FROM voiceprints")[0][0] == 1
    assert voiceprints.forget(store, "Li Wei") == 1
    voiceprints.save_voices(store, b, {"Speaker 1": (_unit(5), 30)})
    assert voiceprints.forget_all(store) == 1


def test_suggestions_use_each_name_once() -> None:
    known = {"A": _unit(1), "B": _unit(2)}
    got = voiceprints.suggest({"Speaker 1": _unit(1), "Speaker 2": _unit(1) + 0.01 * _unit(7)}, known)
    assert [v["name"] for v in got.values()] == ["A"]


@needs_espeak
def test_real_voices_same_voice_matches_other_voice_does_not(store: Store) -> None:
    """CAM++ on two espeak-ng voices: the voice named in one recording is found in the next."""
    embedder = SpeakerEmbedder()

    def voices_of(texts_and_voices: list[tuple[str, str]]) -> dict[str, np.ndarray]:
        parts, segments, t = [], [], 0.0
        for i, (text, voice) in enumerate(texts_and_voices):
            clip = espeak(text, voice)
            segments.append(Segment(i, t, t + clip.size / 16_000, text, "", []))
            parts += [clip, np.zeros(8000, np.float32)]
            t += clip.size / 16_000 + 0.5
        job = diarize(segments, audio=np.concatenate(parts), num_speakers=2, embedder=embedder)
        while True:
            try:
                next(job)
            except StopIteration as stop:
                return {label: emb for label, (emb, _n) in stop.value.voices.items()}

    first = voices_of([("Good morning, thank you for coming in today.", "en-us"),
                       ("It is a pleasure to be here with you.", "en-gb-x-rp+f3"),
                       ("Tell me what happened at the harbour.", "en-us"),
                       ("The bridge was closed without any warning.", "en-gb-x-rp+f3")])
    second = voices_of([("Let us start with the budget figures.", "en-gb-x-rp+f3"),
                        ("They were published late last night.", "en-us"),
                        ("Who decided to publish them so late?", "en-gb-x-rp+f3"),
                        ("The finance office made that decision.", "en-us")])
    known = {"Reporter": first["Speaker 1"], "Guest": first["Speaker 2"]}
    got = voiceprints.suggest(second, known)
    assert {label: v["name"] for label, v in got.items()} == {"Speaker 1": "Guest", "Speaker 2": "Reporter"}
    same = float(first["Speaker 1"] @ second["Speaker 2"])
    other = float(first["Speaker 1"] @ second["Speaker 1"])
    assert same >= voiceprints.THRESHOLD > other


def test_label_voices_averages_windows() -> None:
    e1, e2 = _unit(1)[None], _unit(2)[None]
    voices = voiceprints.label_voices([(0, np.concatenate([e1, e1])), (1, e2)], ["Speaker 1", "Speaker 2"])
    assert voices["Speaker 1"][1] == 2 and np.allclose(voices["Speaker 1"][0], e1[0], atol=1e-5)
    assert pytest.approx(float(np.linalg.norm(voices["Speaker 2"][0]))) == 1.0


def test_settings_reject_an_unknown_consent_value(tmp_path: Path) -> None:
    from desktop.engine.core.settings import load_settings

    path = tmp_path / "settings.json"
    path.write_text('{"voiceprint_consent": "maybe"}', "utf-8")
    result = load_settings(path)
    assert result.settings.voiceprint_consent == "unasked" and result.messages

"""Voice prints: a speaker named once is suggested by voice in the next recording.

Why it is built this way:

* A voice print is biometric data, so nothing is kept unless the user said yes
  (``Settings.voiceprint_consent``: "unasked" — the default, treated as no — "yes" or
  "no"; the app asks once). Saying no later deletes every stored print.
* A print is the mean CAM++ embedding of one speaker's windows in one transcript
  (``diarize.Diarization.voices``), 192 float32 numbers, kept in ``voiceprints`` with
  the transcript it came from. Deleting the transcript deletes it (foreign key), renaming
  the speaker carries it along (a trigger, schema migration 4), and
  :func:`forget` deletes a person's prints everywhere.
* Only prints carrying a name the reporter gave are used for suggestions; placeholders
  ("Speaker 2") are kept so that a later rename names them. A new label is suggested
  the best-matching name when the cosine similarity reaches :data:`THRESHOLD`, each name
  at most once per transcript. The threshold is measured by ``bench/voiceprint_threshold.py``.
"""

from __future__ import annotations

import time
from collections import Counter
from typing import Any

import numpy as np

from desktop.engine.library.store import Store
from desktop.engine.transcription.speaker_labels import is_placeholder

MODEL = "campplus_cn_en_common"
DIM = 192
# Cosine similarity between a new speaker's mean embedding and a stored print at which the
# name is suggested. Measured with bench/voiceprint_threshold.py on ../shared/eval/speech
# (19 prints, 8 same-person and 163 different-person pairs): same person 0.742-0.914
# (median 0.786), different people 0.238-0.711 (median 0.394; the highest is the two
# callers on one phone line). 0.72 sits in the gap: no false suggestion, no miss there.
# At 0.60 one different pair in 80 (1.2 %) would have been named wrongly.
THRESHOLD = 0.72
MIN_WINDOWS = 4  # about 2.5 s of speech: shorter gives an unreliable print, so none is kept


def consent_given(settings: Any = None) -> bool:
    if settings is None:
        from desktop.engine.core.settings import load_settings

        settings = load_settings().settings
    return getattr(settings, "voiceprint_consent", "unasked") == "yes"


def label_voices(chunks: list[tuple[int, np.ndarray]], seg_labels: list[str]) -> dict[str, tuple[np.ndarray, int]]:
    """Each speaker label's mean window embedding (unit length) and how many windows made it."""
    sums: dict[str, np.ndarray] = {}
    counts: Counter[str] = Counter()
    for i, emb in chunks:
        label = seg_labels[i]
        sums[label] = sums.get(label, np.zeros(emb.shape[1], np.float64)) + emb.sum(axis=0)
        counts[label] += emb.shape[0]
    return {label: ((v / max(np.linalg.norm(v), 1e-9)).astype(np.float32), counts[label])
            for label, v in sums.items()}


def _unit(vec: np.ndarray) -> np.ndarray:
    vec = np.asarray(vec, np.float32).reshape(-1)
    return vec / max(float(np.linalg.norm(vec)), 1e-9)


def save_voices(store: Store, transcript_id: int, voices: dict[str, tuple[np.ndarray, int]]) -> int:
    """Keep this transcript's prints (replacing earlier ones of it). Returns how many were kept."""
    rows = [(transcript_id, label, _unit(emb).astype("<f4").tobytes(), int(n), MODEL, time.time())
            for label, (emb, n) in voices.items() if n >= MIN_WINDOWS]
    with store.transaction() as c:
        c.execute("DELETE FROM voiceprints WHERE transcript_id=?", (transcript_id,))
        c.executemany("INSERT INTO voiceprints(transcript_id, name, embedding, windows, model, created) "
                      "VALUES (?,?,?,?,?,?)", rows)
    return len(rows)


def named_prints(store: Store, exclude_transcript: int | None = None) -> dict[str, np.ndarray]:
    """Name → unit mean of that person's prints (weighted by windows), names given by reporters only."""
    rows = store.query("SELECT name, embedding, windows FROM voiceprints WHERE model=? AND transcript_id != ?",
                       (MODEL, -1 if exclude_transcript is None else exclude_transcript))
    sums: dict[str, np.ndarray] = {}
    for name, blob, windows in rows:
        if is_placeholder(name):
            continue
        vec = np.frombuffer(blob, "<f4").astype(np.float64)
        if vec.shape[0] != DIM:
            continue
        sums[name] = sums.get(name, np.zeros(DIM)) + vec * windows
    return {name: _unit(v) for name, v in sums.items()}


def suggest(voices: dict[str, np.ndarray], known: dict[str, np.ndarray],
            threshold: float = THRESHOLD) -> dict[str, dict[str, Any]]:
    """Label → {"name", "score"}: best pairs first, every label and name used at most once."""
    pairs = sorted(((float(_unit(v) @ k), label, name) for label, v in voices.items() for name, k in known.items()),
                   reverse=True)
    out: dict[str, dict[str, Any]] = {}
    used: set[str] = set()
    for score, label, name in pairs:
        if score < threshold:
            break
        if label in out or name in used:
            continue
        out[label] = {"name": name, "score": round(score, 3)}
        used.add(name)
    return out


def after_diarization(store: Store, transcript_id: int, voices: dict[str, tuple[np.ndarray, int]],
                      settings: Any = None) -> dict[str, dict[str, Any]]:
    """Keep the prints (with consent) and return suggestions for the transcript's placeholder labels."""
    if not voices or not consent_given(settings):
        return {}
    save_voices(store, transcript_id, voices)
    placeholders = {label: emb for label, (emb, n) in voices.items() if is_placeholder(label) and n >= MIN_WINDOWS}
    return suggest(placeholders, named_prints(store, exclude_transcript=transcript_id))


def forget(store: Store, name: str) -> int:
    """Delete every print of this person (the reporter deleted the speaker or asked to forget)."""
    with store.transaction() as c:
        return int(c.execute("DELETE FROM voiceprints WHERE name=?", (name.strip(),)).rowcount)


def forget_all(store: Store) -> int:
    """Consent withdrawn: no print may stay."""
    with store.transaction() as c:
        return int(c.execute("DELETE FROM voiceprints").rowcount)


def names_with_prints(store: Store) -> list[str]:
    rows = store.query("SELECT name FROM voiceprints GROUP BY name ORDER BY MAX(created) DESC")
    return [r[0] for r in rows if not is_placeholder(r[0])]

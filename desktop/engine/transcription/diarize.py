"""Speaker labels from voices: CAM++ embeddings (ONNX, no PyTorch) clustered per recording.

Why it is built this way:

* The model is 3D-Speaker's CAM++ (zh + en), exported once to ONNX at build time
  (``packaging/export_campplus.py``) and shipped in ``assets/models`` with its
  sha256, which is checked before loading: a damaged file gives a typed error, never
  silently wrong labels.
* Features are Kaldi 80-bin log-mel fbank (``kaldi-native-fbank``, dither 0) with the
  window's mean subtracted, the input CAM++ was trained on.
* Embeddings are taken on short windows (1.5 s, hop 0.5 s) *inside* the transcript's
  segments, so silence and music are never embedded and a segment that spans a speaker
  change can still be split word by word.
* Windows are grouped by average-linkage clustering on cosine similarity (threshold, or a
  known / maximum speaker count), then re-assigned to the nearest cluster centre.
  Clustering a bounded sample keeps a three-hour recording fast and its memory flat.
* When the model or the fbank package is missing, :func:`label_speakers` falls back to
  the pause/turn heuristic and says so in its ``note``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from desktop.engine.core.errors import ModelError
from desktop.engine.core.i18n import pick
from desktop.engine.transcription import voiceprints
from desktop.engine.transcription.speaker_labels import METHOD as HEURISTIC
from desktop.engine.transcription.speaker_labels import WORD_S, default_name, label_turns, turn_parts
from desktop.engine.transcription.voice_model import (
    MODEL_PATH,
    SAMPLE_RATE,
    SpeakerEmbedder,
    span_key,
    verify_model,
)

METHOD = "campplus"
# Average-linkage cosine similarity below which two groups of windows are different people.
# Tuned on eval/speech/diarization (bench/diarize.py), only two clips: 0.53 gets both right,
# 0.50 merges the two pyannote callers, 0.56 starts splitting one of them. MODELS.md:
# same-speaker windows average 0.70, different speakers 0.50.
THRESHOLD = 0.53
MAX_CLUSTER_POINTS = 600  # O(n^3) clustering is done on at most this many windows
MIN_CLUSTER_SHARE = 0.02  # a cluster with less speech than this (and < 3 windows) is noise
# A cluster of fewer windows than this is too little speech to count as one of the reporter's
# "up to N people" (see _agglomerate): about 2.5 s of fine windows.
MIN_CLUSTER_WINDOWS = 3


@dataclass
class Diarization:
    """Labels for one transcript: per segment and per word (a segment may span a change of speaker)."""

    segment_labels: list[str]
    word_labels: list[list[str]]
    method: str
    speakers: int
    note: str = ""
    # label → (unit-length mean of the label's window embeddings, window count): the
    # voice print ``engine/transcription/voiceprints.py`` keeps (with consent) and compares.
    voices: dict[str, tuple[np.ndarray, int]] = field(default_factory=dict)


# --- clustering --------------------------------------------------------------------------------

def _agglomerate(emb: np.ndarray, num_speakers: int | None, threshold: float, max_speakers: int) -> np.ndarray:
    """Average-linkage clustering of unit vectors; cluster index per row.

    Under a speaker cap, clusters of fewer than ``MIN_CLUSTER_WINDOWS`` windows do not
    count towards it: once the real clusters fit the cap, each small one joins the real
    cluster it is most like. Otherwise one odd short window (a 0.5 s "Hello." on a phone
    line, alike to nobody) survives as one of the two "speakers" and the cap merges the
    two real callers instead (pyannote_sample with whisper words from ctranslate2 4.8).
    """
    n = emb.shape[0]
    sim = emb @ emb.T
    np.fill_diagonal(sim, -np.inf)
    sizes = np.ones(n)
    alive = np.ones(n, bool)
    members: list[list[int]] = [[i] for i in range(n)]
    target = max(1, num_speakers or 1)

    def merge(i: int, j: int) -> None:
        merged = (sizes[i] * sim[i] + sizes[j] * sim[j]) / (sizes[i] + sizes[j])
        sim[i], sim[:, i] = merged, merged
        sim[i, i] = -np.inf
        sim[j], sim[:, j] = -np.inf, -np.inf
        sizes[i] += sizes[j]
        members[i].extend(members[j])
        members[j] = []
        alive[j] = False

    while int(alive.sum()) > target:
        flat = int(np.argmax(sim))
        i, j = divmod(flat, n)
        if num_speakers is None and sim[i, j] < threshold:
            real = np.flatnonzero(alive & (sizes >= MIN_CLUSTER_WINDOWS))
            if int(alive.sum()) <= max_speakers:
                break
            if 0 < real.size <= max_speakers:
                for small in np.flatnonzero(alive & (sizes < MIN_CLUSTER_WINDOWS)):
                    merge(int(real[np.argmax(sim[small, real])]), int(small))
                break
        merge(i, j)
    labels = np.zeros(n, int)
    for k, i in enumerate(np.flatnonzero(alive)):
        labels[members[i]] = k
    return labels


def cluster(emb: np.ndarray, num_speakers: int | None = None, threshold: float = THRESHOLD,
            max_speakers: int | None = None, max_points: int = MAX_CLUSTER_POINTS) -> np.ndarray:
    """Cluster index per embedding.

    ``num_speakers`` fixes the count; otherwise ``threshold`` decides, never giving more
    than ``max_speakers`` (the reporter's "up to N people", which beats the threshold on
    similar voices such as two callers on one phone line).
    """
    n = emb.shape[0]
    if n == 0:
        return np.zeros(0, int)
    if num_speakers is not None:
        num_speakers = max(1, min(num_speakers, n))
    sample = np.linspace(0, n - 1, min(n, max_points)).round().astype(int)
    sample = np.unique(sample)
    labels = np.full(n, -1)
    labels[sample] = _agglomerate(emb[sample], num_speakers, threshold, max_speakers or len(sample))
    for _ in range(3):  # nearest-centre refinement over every window
        centres = _centres(emb, labels)
        new = np.argmax(emb @ centres.T, axis=1)
        if np.array_equal(new, labels):
            break
        labels = new
    if num_speakers is None:
        labels = _drop_tiny(emb, labels)
    return labels


def _centres(emb: np.ndarray, labels: np.ndarray) -> np.ndarray:
    ks = sorted(set(labels.tolist()) - {-1})
    centres = np.stack([emb[labels == k].mean(axis=0) for k in ks])
    return centres / np.maximum(np.linalg.norm(centres, axis=1, keepdims=True), 1e-9)


def _drop_tiny(emb: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Fold clusters of one or two stray windows into their nearest real cluster."""
    counts = Counter(labels.tolist())
    big = [k for k, c in counts.items() if c >= 3 or c >= MIN_CLUSTER_SHARE * len(labels)]
    if not big or len(big) == len(counts):
        return labels
    centres = _centres(emb, np.where(np.isin(labels, big), labels, -1))
    keep = np.isin(labels, big)
    out = labels.copy()
    out[~keep] = np.array(sorted(big))[np.argmax(emb[~keep] @ centres.T, axis=1)]
    return out


# --- audio per segment ---------------------------------------------------------------------

def segment_audio(spans: Sequence[tuple[float, float]], audio: np.ndarray | None = None,
                  path: Path | str | None = None) -> Iterator[tuple[int, np.ndarray]]:
    """(segment index, samples) for time-ordered spans, from an array or streamed from a file.

    Streaming keeps at most one 30 s block plus the current segment in memory.
    """
    if audio is not None:
        for i, (a, b) in enumerate(spans):
            yield i, audio[max(0, int(a * SAMPLE_RATE)):max(0, int(b * SAMPLE_RATE))]
        return
    from desktop.engine.transcription.audio import AudioStream

    order = sorted(range(len(spans)), key=lambda i: spans[i][0])
    buf = np.zeros(0, np.float32)
    buf_start = 0.0
    k = 0
    for block in AudioStream(path).blocks():
        buf = np.concatenate([buf, block])
        buf_end = buf_start + buf.shape[0] / SAMPLE_RATE
        while k < len(order) and spans[order[k]][1] <= buf_end:
            a, b = spans[order[k]]
            yield order[k], buf[max(0, int((a - buf_start) * SAMPLE_RATE)):max(0, int((b - buf_start) * SAMPLE_RATE))]
            k += 1
        keep_from = spans[order[k]][0] if k < len(order) else buf_end
        cut = max(0, min(buf.shape[0], int((keep_from - buf_start) * SAMPLE_RATE)))
        buf, buf_start = buf[cut:], buf_start + cut / SAMPLE_RATE
    while k < len(order):  # the file ended early (truncated): what is left of each segment
        a, b = spans[order[k]]
        yield order[k], buf[max(0, int((a - buf_start) * SAMPLE_RATE)):max(0, int((b - buf_start) * SAMPLE_RATE))]
        k += 1


# --- labelling -------------------------------------------------------------------------------

def _smooth(labels: list[int]) -> list[int]:
    """A lone window that disagrees with both neighbours in the same segment is noise."""
    out = list(labels)
    for i in range(1, len(labels) - 1):
        if labels[i - 1] == labels[i + 1] != labels[i]:
            out[i] = labels[i - 1]
    return out


def _nearest(spans: list[tuple[float, float]], labels: list[int], t: float) -> int:
    centres = [abs((a + b) / 2 - t) for a, b in spans]
    return labels[int(np.argmin(centres))]


def assign(segments: Sequence[Any], windows: dict[int, tuple[list[tuple[float, float]], list[int]]],
           lang: str | None = None) -> tuple[list[str], list[list[str]]]:
    """Segment and word labels from clustered windows, numbered by first appearance.

    A word takes the cluster of the window in its segment nearest to its midpoint; the
    segment takes the cluster that covers most of its words' time (a word counting for at
    most ``WORD_S``, so one word whisper stretched over a pause does not outvote a sentence).
    Segments too short to embed take the cluster of the nearest segment that has windows.
    Speakers are numbered in the order their words come, then segments with no words.
    """
    seg_k: list[int | None] = [None] * len(segments)
    word_k: list[list[int | None]] = [[None] * len(s.words) for s in segments]
    for i, seg in enumerate(segments):
        if i not in windows:
            continue
        spans, labels = windows[i]
        labels = _smooth(labels)
        votes: Counter[int] = Counter()
        for j, w in enumerate(seg.words):
            k = _nearest(spans, labels, (w.start + w.end) / 2)
            word_k[i][j] = k
            votes[k] += min(max(w.end - w.start, 0.01), WORD_S)
        if not votes:
            votes.update(labels)
        seg_k[i] = votes.most_common(1)[0][0]
    known = [i for i, k in enumerate(seg_k) if k is not None]
    for i, seg in enumerate(segments):
        if seg_k[i] is None and known:
            mid = (seg.start + seg.end) / 2
            near = min(known, key=lambda j: min(abs(segments[j].end - mid), abs(segments[j].start - mid)))
            seg_k[i] = seg_k[near]
        word_k[i] = [seg_k[i] if k is None else k for k in word_k[i]]
        if word_k[i]:  # a voice too short to be a turn takes its neighbour's label, as the split will
            word_k[i] = [k for k, ws in turn_parts(seg.words, word_k[i]) for _w in ws]
    order: dict[int | None, int] = {}
    for k in [*(k for ks in word_k for k in ks), *seg_k]:  # numbered as the reader meets them
        order.setdefault(k, len(order) + 1)
    seg_labels = [default_name(order[k], lang) for k in seg_k]
    word_labels = [[default_name(order[k], lang) for k in ks] for ks in word_k]
    return seg_labels, word_labels


def diarize(segments: Sequence[Any], *, audio: np.ndarray | None = None, path: Path | str | None = None,
            num_speakers: int | None = None, max_speakers: int | None = None, lang: str | None = None,
            embedder: SpeakerEmbedder | None = None, threshold: float = THRESHOLD,
            cancel: Any = None, precomputed: dict | None = None) -> Iterator[Any]:
    """Job: label ``segments`` (objects with start, end, words) by voice. Returns a :class:`Diarization`.

    Progress ``done``/``total`` are seconds of transcript covered. Pass ``audio`` (16 kHz
    float32) for short clips, or ``path`` to stream a file of any length. ``precomputed``
    maps ``voice_model.span_key(start, end)`` to windows embedded while transcribing;
    only the other segments are read from the audio.
    """
    from desktop.engine.core.jobs import Progress

    spans = [(float(s.start), float(s.end)) for s in segments]
    total = max((b for _a, b in spans), default=0.0)
    message = pick("Recognising speakers", "正在识别说话人")
    per_seg: dict[int, list[tuple[float, float]]] = {}
    chunks: list[tuple[int, np.ndarray]] = []
    pre = precomputed or {}
    todo = [i for i, (a, b) in enumerate(spans) if span_key(a, b) not in pre]
    for i, (a, b) in enumerate(spans):
        hit = pre.get(span_key(a, b))
        if hit is not None and hit[0]:
            per_seg[i] = hit[0]
            chunks.append((i, hit[1]))
    todo_spans = [spans[i] for i in todo]
    if todo_spans and embedder is None:  # all embedded while transcribing: no second CAM++ session
        embedder = SpeakerEmbedder()
    for n, (j, samples) in enumerate(segment_audio(todo_spans, audio, path) if todo_spans else ()):
        i = todo[j]
        if cancel is not None:
            cancel.raise_if_cancelled()
        win_spans, emb = embedder.embed_segment(samples, spans[i][0])  # type: ignore[union-attr]
        if win_spans:
            per_seg[i] = win_spans
            chunks.append((i, emb))
        if n % 20 == 19:
            yield Progress(spans[i][1], total, message)
    chunks.sort(key=lambda c: c[0])  # the order clustering samples from, whatever came first
    if chunks:
        labels = cluster(np.concatenate([e for _i, e in chunks]), num_speakers, threshold, max_speakers).tolist()
    else:
        labels = []
    windows: dict[int, tuple[list[tuple[float, float]], list[int]]] = {}
    pos = 0
    for i, emb in chunks:
        windows[i] = (per_seg[i], labels[pos:pos + emb.shape[0]])
        pos += emb.shape[0]
    seg_labels, word_labels = assign(segments, windows, lang) if windows else (
        [default_name(1, lang)] * len(segments), [[default_name(1, lang)] * len(s.words) for s in segments])
    yield Progress(total, total, message)
    return Diarization(seg_labels, word_labels, METHOD, len(set(seg_labels) | {x for ws in word_labels for x in ws}),
                       voices=voiceprints.label_voices(chunks, seg_labels))


def fallback_note(reason: str, lang: str | None = None) -> str:
    return pick(f"Voice-based speaker recognition is unavailable ({reason}); speakers were guessed from pauses.",
                f"无法使用声纹识别（{reason}），说话人是根据停顿推测的。", lang)


def label_speakers(segments: Sequence[Any], *, audio: np.ndarray | None = None, path: Path | str | None = None,
                   num_speakers: int | None = None, max_speakers: int | None = None, lang: str | None = None,
                   model_path: Path | str = MODEL_PATH, cancel: Any = None,
                   precomputed: dict | None = None) -> Iterator[Any]:
    """Job: voice-based labels, or the pause/turn heuristic (with a ``note`` saying why) if the model can't run."""
    from desktop.engine.transcription.speaker_stream import span_key

    covered = precomputed is not None and all(span_key(s.start, s.end) in precomputed for s in segments)
    try:  # a session costs ~0.4 s of CPU: none is made when every segment was embedded already
        embedder = None if covered else SpeakerEmbedder(model_path)
        if covered:
            verify_model(model_path)
    except ModelError as err:
        heuristic = label_turns(((s.start, s.end, s.text) for s in segments),
                                speakers=num_speakers or max_speakers or 2, lang=lang)
        return Diarization(heuristic, [[lab] * len(s.words) for s, lab in zip(segments, heuristic, strict=True)],
                           HEURISTIC, len(set(heuristic)), note=fallback_note(err.message(lang), lang))
    result = yield from diarize(segments, audio=audio, path=path, num_speakers=num_speakers,
                                max_speakers=max_speakers, lang=lang, embedder=embedder, cancel=cancel,
                                precomputed=precomputed)
    return result


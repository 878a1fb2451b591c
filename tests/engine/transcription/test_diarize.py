"""Speaker labels by voice: the shipped CAM++ model, embeddings, clustering, labels, fallback."""

from __future__ import annotations

import hashlib
import itertools
import shutil
import sys
from pathlib import Path

import numpy as np
import pytest

from desktop.engine.core.errors import ModelCorruptError, ModelMissingError
from desktop.engine.core.jobs import CancelToken, run_job
from desktop.engine.library.store import Store
from desktop.engine.library.textindex import fts_text
from desktop.engine.transcription import diarize, speaker_labels, speakers, voice_model
from desktop.engine.transcription.audio import decode_all
from desktop.engine.transcription.transcripts import Segment, TranscriptStore, Word

README = voice_model.MODEL_PATH.parent / "README.md"


@pytest.fixture(scope="module")
def embedder() -> voice_model.SpeakerEmbedder:
    return voice_model.SpeakerEmbedder()


@pytest.fixture(scope="module")
def clip(conversation) -> Path:
    """Two espeak-ng voices taking six turns (about 26 s), made at test time (tests/speech.py)."""
    return conversation.path


@pytest.fixture(scope="module")
def sample(conversation) -> tuple[np.ndarray, list[tuple[float, float, str]]]:
    """The two-voice conversation's samples and its true turns (start, end, speaker)."""
    return decode_all(conversation.path), list(conversation.turns)


def _solo(turns: list[tuple[float, float, str]]) -> list[tuple[float, float, str]]:
    """The reference turns with the stretches where both people talk cut out."""
    edges = sorted({t for a, b, _ in turns for t in (a, b)})
    pieces: list[tuple[float, float, str]] = []
    for a, b in itertools.pairwise(edges):
        who = {s for x, y, s in turns if x <= a and b <= y}
        if len(who) == 1:
            (spk,) = who
            if pieces and pieces[-1][2] == spk and pieces[-1][1] == a:
                pieces[-1] = (pieces[-1][0], b, spk)
            else:
                pieces.append((a, b, spk))
    return pieces


def _word_accuracy(pairs: list[tuple[str, str]]) -> float:
    """Share of (ours, reference) pairs right under the best one-to-one mapping of labels."""
    ours, refs = sorted({o for o, _ in pairs}), sorted({r for _, r in pairs})
    best = 0
    for perm in itertools.permutations(refs, min(len(ours), len(refs))):
        mapping = dict(zip(ours, perm, strict=False))
        best = max(best, sum(mapping.get(o) == r for o, r in pairs))
    return best / len(pairs)


# --- the model file --------------------------------------------------------------------------

def test_shipped_model_matches_its_checksum_and_readme() -> None:
    digest = hashlib.sha256(voice_model.MODEL_PATH.read_bytes()).hexdigest()
    assert digest == voice_model.MODEL_SHA256
    assert voice_model.verify_model() == voice_model.MODEL_PATH
    notice = README.read_text("utf-8")
    assert voice_model.MODEL_SHA256 in notice and "Apache-2.0" in notice and "3D-Speaker" in notice


def test_missing_and_corrupt_model_give_typed_errors(tmp_path: Path) -> None:
    with pytest.raises(voice_model.SpeakerModelMissingError) as missing:
        voice_model.verify_model(tmp_path / "nothing.onnx")
    assert "nothing.onnx" in missing.value.message("en") and "声纹" in missing.value.message("zh_CN")
    broken = tmp_path / "campplus.onnx"
    broken.write_bytes(voice_model.MODEL_PATH.read_bytes()[:100_000])
    with pytest.raises(ModelCorruptError) as corrupt:
        voice_model.SpeakerEmbedder(broken)
    assert "campplus.onnx" in corrupt.value.message("en") and "已损坏" in corrupt.value.message("zh_CN")
    # The right checksum on a file onnxruntime cannot parse is still a typed error.
    garbage = tmp_path / "garbage.onnx"
    garbage.write_bytes(b"not a model")
    with pytest.raises(ModelCorruptError):
        voice_model.SpeakerEmbedder(garbage, sha256=hashlib.sha256(b"not a model").hexdigest())


# --- embeddings ------------------------------------------------------------------------------

def test_embeddings_are_unit_vectors_of_192(embedder: voice_model.SpeakerEmbedder, sample) -> None:
    audio, _turns = sample
    one = embedder.embed(audio[16000 * 10:16000 * 12])
    assert one.shape == (192,) and np.linalg.norm(one) == pytest.approx(1.0, abs=1e-5)
    feats = embedder.fbank(audio[:16000 * 3])
    assert feats.shape == (298, 80)  # 25 ms frames every 10 ms, Kaldi's snip_edges
    batch = embedder.embed_feats(np.stack([feats[:150], feats[100:250], feats[148:298]]))
    assert batch.shape == (3, 192) and np.allclose(np.linalg.norm(batch, axis=1), 1.0, atol=1e-5)
    assert np.allclose(batch[0], embedder.embed_feats(feats[None, :150])[0], atol=1e-4)


def test_same_speaker_is_closer_than_different_speakers(embedder: voice_model.SpeakerEmbedder, sample) -> None:
    audio, turns = sample
    clean = [(a, b, s) for a, b, s in _solo(turns) if b - a >= 1.5]
    vecs = [(s, embedder.embed(audio[int(a * 16000):int(b * 16000)])) for a, b, s in clean]
    same = [float(u @ v) for (s, u), (t, v) in itertools.combinations(vecs, 2) if s == t]
    other = [float(u @ v) for (s, u), (t, v) in itertools.combinations(vecs, 2) if s != t]
    assert len({s for s, _ in vecs}) == 2 and same and other
    assert np.mean(same) > np.mean(other) + 0.1


# --- clustering ------------------------------------------------------------------------------

def _blobs(sizes: list[int], spread: float = 0.15, seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(len(sizes), 192))
    rows, truth = [], []
    for k, n in enumerate(sizes):
        rows.append(centres[k] + spread * np.linalg.norm(centres[k]) * rng.normal(size=(n, 192)) / np.sqrt(192))
        truth += [k] * n
    emb = np.concatenate(rows)
    return emb / np.linalg.norm(emb, axis=1, keepdims=True), np.array(truth)


def _same_partition(a: np.ndarray, b: np.ndarray) -> bool:
    return len(set(zip(a.tolist(), b.tolist(), strict=True))) == len(set(a.tolist())) == len(set(b.tolist()))


def test_clustering_finds_the_speakers_or_the_count_it_is_given() -> None:
    emb, truth = _blobs([12, 8, 5])
    assert _same_partition(diarize.cluster(emb), truth)
    assert len(set(diarize.cluster(emb, num_speakers=2).tolist())) == 2
    assert len(set(diarize.cluster(emb, max_speakers=2).tolist())) == 2
    assert len(set(diarize.cluster(emb, num_speakers=1).tolist())) == 1
    # A long recording is clustered on a sample, then every window joins its nearest centre.
    big, big_truth = _blobs([700, 500])
    assert _same_partition(diarize.cluster(big, max_points=200), big_truth)
    assert diarize.cluster(np.zeros((0, 192))).shape == (0,)


def test_one_odd_short_window_does_not_use_up_the_speaker_cap() -> None:
    """Two alike voices (cosine ~0.5 apart) and one window alike to neither, "up to 2 people"."""
    rng = np.random.default_rng(7)
    shared = rng.normal(size=192)
    centres = [shared + rng.normal(size=192) for _ in range(2)]
    rows = [c + 0.4 * np.linalg.norm(c) * rng.normal(size=(10, 192)) / np.sqrt(192) for c in centres]
    odd = rng.normal(size=(1, 192))
    emb = np.concatenate([*rows, odd])
    emb /= np.linalg.norm(emb, axis=1, keepdims=True)
    between = float(np.mean(emb[:10] @ emb[10:20].T))
    assert diarize.THRESHOLD > between > float(np.max(emb[20] @ emb[:20].T))  # the case: odd one is least alike
    labels = diarize.cluster(emb, max_speakers=2)
    assert _same_partition(labels[:20], np.array([0] * 10 + [1] * 10))
    assert len(set(labels.tolist())) == 2  # the odd window joined one of the two voices
    # Without a cap the threshold still decides: three groups of windows unlike each other stay apart.
    assert len(set(diarize.cluster(emb).tolist())) >= 2


# --- labels for a transcript -----------------------------------------------------------------

def test_streamed_audio_matches_the_decoded_array(sample, clip: Path) -> None:
    audio, turns = sample
    spans = [(a, b) for a, b, _ in turns]
    from_array = dict(diarize.segment_audio(spans, audio=audio))
    streamed = dict(diarize.segment_audio(spans, path=clip))
    assert sorted(streamed) == list(range(len(spans)))
    for i in from_array:
        assert streamed[i].shape == from_array[i].shape and np.allclose(streamed[i], from_array[i], atol=1e-4)


def _turn_segments(turns: list[tuple[float, float, str]]) -> list[Segment]:
    """Transcript-like segments on the reference turns, with 0.3 s pseudo-words."""
    segs = []
    for i, (a, b, _s) in enumerate(sorted(turns)):
        words = [Word(round(t, 2), round(min(t + 0.3, b), 2), " w", 0.9) for t in np.arange(a, b - 0.05, 0.3)]
        segs.append(Segment(i, a, b, "words " * len(words), "", words))
    return segs


def test_labels_follow_the_voices_in_order_of_appearance(embedder: voice_model.SpeakerEmbedder, sample) -> None:
    audio, turns = sample
    segs = _turn_segments(turns)
    result = run_job(diarize.diarize(segs, audio=audio, embedder=embedder))
    assert result.method == "campplus" and result.speakers == 2 and result.segment_labels[0] == "Speaker 1"
    pairs = []
    for seg, labels in zip(segs, result.word_labels, strict=True):
        for w, label in zip(seg.words, labels, strict=True):
            mid = (w.start + w.end) / 2
            ref = [s for a, b, s in turns if a <= mid <= b]
            if len(ref) == 1:
                pairs.append((label, ref[0]))
    assert _word_accuracy(pairs) >= 0.85


@pytest.mark.slow
def test_word_accuracy_on_a_real_transcript(sample, clip: Path, store: Store) -> None:
    """The whole pipeline: whisper tiny.en words, then labels by voice, scored against the true turns."""
    from desktop.engine.transcription.transcribe import transcribe_file

    _audio, turns = sample
    result = run_job(transcribe_file(CancelToken(), path=str(clip), resume=False,
                                     options={"model": "whisper-tiny.en", "language": "en", "threads": 2}))
    tr = TranscriptStore(store).get(result["transcript_id"])
    assert tr.options["speaker_method"] == "campplus" and sorted(tr.speakers["names"]) == ["Speaker 1", "Speaker 2"]
    words = run_job(diarize.label_speakers(tr.segments, path=clip, max_speakers=2))
    seg_pairs, word_pairs = [], []
    for seg, labels in zip(tr.segments, words.word_labels, strict=True):
        for w, label in zip(seg.words, labels, strict=True):
            mid = (w.start + w.end) / 2
            ref = [s for a, b, s in turns if a <= mid <= b]
            if len(ref) == 1:
                seg_pairs.append((seg.speaker, ref[0]))
                word_pairs.append((label, ref[0]))
    majority = max(sum(r == x for _, r in word_pairs) for x in {r for _, r in word_pairs}) / len(word_pairs)
    # Splitting segments where the voice changes brings the word-level accuracy into the transcript.
    ts = TranscriptStore(store)
    outcome = run_job(speakers.relabel_by_voice(CancelToken(), ts, tr.id, clip, split=True))
    after = ts.get(tr.id).segments
    split_pairs = []
    for seg in after:
        for w in seg.words:
            ref = [s for a, b, s in turns if a <= (w.start + w.end) / 2 <= b]
            if len(ref) == 1:
                split_pairs.append((seg.speaker, ref[0]))
    print(f"word accuracy: words {_word_accuracy(word_pairs):.0%}, segment labels {_word_accuracy(seg_pairs):.0%}, "
          f"after splitting {_word_accuracy(split_pairs):.0%} ({len(tr.segments)} -> {len(after)} segments), "
          f"majority {majority:.0%}")
    assert _word_accuracy(word_pairs) >= 0.85 and majority < 0.7
    # transcription already splits at voice changes (speaker_labels.SPLIT_TURNS), so the stored labels are good
    assert _word_accuracy(seg_pairs) >= 0.85
    assert "split" in outcome and _word_accuracy(split_pairs) >= 0.85
    assert [s.idx for s in after] == list(range(len(after)))
    assert [w for s in after for w in s.words] == [w for s in tr.segments for w in s.words]
    assert " ".join(s.text for s in after).split() == " ".join(s.text for s in tr.segments).split()
    indexed = store.query("SELECT s.text, f.text FROM transcript_segments s JOIN segments_fts f ON f.rowid = s.rowid "
                          "WHERE s.transcript_id=?", (tr.id,))
    assert len(indexed) == len(after) and all(fts_text(a) == b for a, b in indexed)


def test_relabel_keeps_names_the_reporter_gave(sample, clip: Path, store: Store) -> None:
    _audio, turns = sample
    ts = TranscriptStore(store)
    tid = ts.create(asset_id=None, title="call", language="en", model="x", duration=30.0, options={})
    segs = _turn_segments(turns)
    for seg in segs:
        seg.speaker = "Speaker 1"
    segs[3].speaker = "Mayor Li"
    for seg in segs:
        ts.add_segment(tid, seg)
    outcome = run_job(speakers.relabel_by_voice(CancelToken(), ts, tid, clip))
    tr = ts.get(tid)
    assert outcome["method"] == "campplus" and outcome["changed"] > 0
    assert tr.segments[3].speaker == "Mayor Li"
    assert {s.speaker for s in tr.segments} == {"Speaker 1", "Speaker 2", "Mayor Li"}
    assert tr.options["speaker_method"] == "campplus" and "Mayor Li" in tr.speakers["names"]


# --- fallback --------------------------------------------------------------------------------

def _segments() -> list[Segment]:
    return [Segment(0, 0.0, 2.0, "Where were you?", "", [Word(0.0, 2.0, " Where", 0.9)]),
            Segment(1, 2.5, 5.0, "At home.", "", [Word(2.5, 5.0, " At", 0.9)])]


def test_missing_model_falls_back_to_the_heuristic_and_says_so(tmp_path: Path) -> None:
    result = run_job(diarize.label_speakers(_segments(), audio=np.zeros(80_000, np.float32), lang="en",
                                            model_path=tmp_path / "gone.onnx"))
    assert result.method == speaker_labels.METHOD and result.segment_labels == ["Speaker 1", "Speaker 2"]
    assert "guessed from pauses" in result.note and "gone.onnx" in result.note
    assert "停顿" in diarize.fallback_note("x", "zh_CN")


def test_missing_fbank_package_falls_back(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "kaldi_native_fbank", None)
    with pytest.raises(ModelMissingError):
        voice_model.SpeakerEmbedder()
    assert "kaldi-native-fbank" in (voice_model.available() or "")
    assert "pauses" in speakers.describe_method(lang="en")
    result = run_job(diarize.label_speakers(_segments(), audio=np.zeros(80_000, np.float32), lang="en"))
    assert result.method == speaker_labels.METHOD and "kaldi-native-fbank" in result.note


def test_ui_note_says_how_labels_are_made(tmp_path: Path) -> None:
    assert voice_model.available() is None
    assert "by voice" in speakers.describe_method(lang="en") and "声音" in speakers.describe_method(lang="zh_CN")
    assert "pauses" in speakers.describe_method(speaker_labels.METHOD, lang="en")
    copy = tmp_path / "model.onnx"
    shutil.copyfile(voice_model.MODEL_PATH, copy)
    assert voice_model.verify_model(copy) == copy


def test_a_stretched_word_neither_outvotes_its_sentence_nor_takes_a_speaker_number() -> None:
    """picovoice_diarization_test.wav, 3 voices: "This" lay over 2.3 s and its window clustered alone.

    It once made the first voice "Speaker 3" (the segment's vote went to the stretched word's
    cluster) and left no "Speaker 1" in the transcript after the split."""
    words = [Word(1.36, 2.0, " And", 0.9), Word(2.0, 2.54, " so", 0.9), Word(2.54, 3.24, " begins.", 0.9),
             Word(4.12, 6.45, " This", 0.9)] + [Word(t, t + 0.3, " w", 0.9) for t in np.arange(6.45, 8.5, 0.35)]
    seg = Segment(0, 1.36, 8.7, "".join(w.word for w in words), "Speaker 1", words)
    spans = [(1.36, 3.24), (4.12, 6.45), (6.45, 8.7)]
    seg_labels, word_labels = diarize.assign([seg], {0: (spans, [7, 9, 4])}, "en")
    assert word_labels[0] == ["Speaker 1"] * 3 + ["Speaker 2"] * (len(words) - 3)
    assert seg_labels[0] == "Speaker 2"  # the crocodile sentence is longer than "And so it begins."

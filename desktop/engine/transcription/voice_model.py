"""The CAM++ voice model: the shipped ONNX file (checked by sha256) and the embedder that runs it.

Kept apart from clustering (diarize.py) because the live transcription embeds speech
windows while it runs (speaker_stream.py) with the same embedder and the same keys, and
neither should have to import the other.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

import numpy as np

from desktop.engine.core import paths
from desktop.engine.core.errors import ModelCorruptError, ModelError, ModelMissingError

MODEL_PATH = paths.asset_path("models", "campplus_cn_en_common.onnx")
MODEL_SHA256 = "50fe1b5825a6ed61ea63065eb338f83bad621bffcf3cb010c000bd18601275d7"
SAMPLE_RATE = 16000
FRAME_SHIFT = 0.01  # seconds per fbank frame
WINDOW_S = 1.5
HOP_S = 0.5  # 0.75 s blurred the quick exchanges in the eval call (78% vs 97% of words)
MIN_WINDOW_S = 0.5  # shorter speech is labelled from its neighbours
# Neighbouring coarse windows less alike than this get the fine windows (embed_segment):
# between the clustering threshold and the 0.70 that same-speaker windows average.
REFINE_BELOW = 0.62

Key = tuple[float, float]


def span_key(start: float, end: float) -> Key:
    """How an embedded segment is found again: its span rounded to the millisecond."""
    return round(float(start), 3), round(float(end), 3)

class SpeakerModelMissingError(ModelError):
    en = "The speaker-recognition model {path} is missing."
    zh = "声纹识别模型 {path} 缺失。"
    hint_en = "Reinstall Copydesk. Until then speakers are guessed from pauses."
    hint_zh = "请重新安装 Copydesk。在此之前，说话人将根据停顿推测。"


# --- model -----------------------------------------------------------------------------------

@cache
def _sha256(path: str, size: int, mtime: float) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def verify_model(path: Path | str = MODEL_PATH, sha256: str = MODEL_SHA256) -> Path:
    """The model path if the file is there and intact; a typed error otherwise."""
    path = Path(path)
    if not path.is_file():
        raise SpeakerModelMissingError(path=str(path))
    stat = path.stat()
    if _sha256(str(path), stat.st_size, stat.st_mtime) != sha256:
        raise ModelCorruptError(path=str(path), package="copydesk")
    return path


class SpeakerEmbedder:
    """CAM++ on onnxruntime's CPU provider; at most two threads so transcription keeps its cores."""

    def __init__(self, model_path: Path | str = MODEL_PATH, threads: int = 2, sha256: str = MODEL_SHA256) -> None:
        try:
            import kaldi_native_fbank as knf
        except ImportError as err:
            raise ModelMissingError(model_id="CAM++ speaker model", package="kaldi-native-fbank") from err
        import onnxruntime as ort

        path = verify_model(model_path, sha256)
        opts = knf.FbankOptions()
        opts.frame_opts.dither = 0.0
        opts.frame_opts.samp_freq = SAMPLE_RATE
        opts.mel_opts.num_bins = 80
        self._knf, self._fbank_opts = knf, opts
        self.segments_seen = self.segments_refined = 0  # how often the fine windows were needed
        so = ort.SessionOptions()
        so.intra_op_num_threads = max(1, min(2, threads))
        so.inter_op_num_threads = 1
        try:
            self.session = ort.InferenceSession(str(path), so, providers=["CPUExecutionProvider"])
        except Exception as err:  # onnxruntime raises its own Fail/InvalidGraph types
            raise ModelCorruptError(path=str(path), package="copydesk") from err

    def fbank(self, samples: np.ndarray) -> np.ndarray:
        """[frames, 80] log-mel features of float samples in [-1, 1] at 16 kHz."""
        fb = self._knf.OnlineFbank(self._fbank_opts)
        fb.accept_waveform(SAMPLE_RATE, np.ascontiguousarray(samples, dtype=np.float32))
        fb.input_finished()
        n = fb.num_frames_ready
        if n == 0:
            return np.zeros((0, 80), np.float32)
        return np.stack([fb.get_frame(i) for i in range(n)]).astype(np.float32)

    def embed_feats(self, feats: np.ndarray) -> np.ndarray:
        """[B, T, 80] features (mean subtracted here) → [B, 192] unit-length embeddings."""
        feats = feats - feats.mean(axis=1, keepdims=True)
        out = self.session.run(None, {"feats": feats.astype(np.float32)})[0]
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)

    def embed(self, samples: np.ndarray) -> np.ndarray:
        """One unit-length embedding for a stretch of speech."""
        return self.embed_feats(self.fbank(samples)[None])[0]

    def embed_segment(self, samples: np.ndarray, start: float) -> tuple[list[tuple[float, float]], np.ndarray]:
        """Windows (absolute start, end seconds) over one segment's samples and their embeddings.

        Coarse first: windows side by side (hop = window). Only a segment whose neighbouring
        windows disagree (cosine < ``REFINE_BELOW``: maybe a change of speaker) gets the fine
        ``HOP_S`` windows, reusing the coarse ones. Most segments are one voice, so this
        costs about a third of fine windows everywhere, with the same resolution at changes.
        """
        feats = self.fbank(samples)
        n = feats.shape[0]
        win, hop = round(WINDOW_S / FRAME_SHIFT), round(HOP_S / FRAME_SHIFT)
        if n < round(MIN_WINDOW_S / FRAME_SHIFT):
            return [], np.zeros((0, 192), np.float32)
        if n <= win:
            return self._embed_at(feats, [0], n, start)
        fine = list(range(0, n - win + 1, hop))
        if fine[-1] + win < n:
            fine.append(n - win)  # the segment's end gets a window of its own
        coarse = [s for s in fine if s % win == 0] + ([fine[-1]] if fine[-1] % win else [])
        spans, emb = self._embed_at(feats, coarse, win, start)
        self.segments_seen += 1
        if len(coarse) < 2 or float(np.min(np.sum(emb[1:] * emb[:-1], axis=1))) >= REFINE_BELOW:
            return spans, emb
        self.segments_refined += 1
        have = dict(zip(coarse, emb, strict=True))
        extra = [s for s in fine if s not in have]
        if extra:
            have.update(zip(extra, self._embed_at(feats, extra, win, start)[1], strict=True))
        return ([(start + s * FRAME_SHIFT, start + (s + win) * FRAME_SHIFT + 0.015) for s in fine],
                np.stack([have[s] for s in fine]))

    def _embed_at(self, feats: np.ndarray, starts: list[int], win: int,
                  start: float) -> tuple[list[tuple[float, float]], np.ndarray]:
        batch = np.stack([feats[s:s + win] for s in starts])
        spans = [(start + s * FRAME_SHIFT, start + (s + win) * FRAME_SHIFT + 0.015) for s in starts]
        return spans, self.embed_feats(batch)


def available() -> str | None:
    """None when voice-based labelling can run here; otherwise the reason (in the UI language)."""
    try:
        import kaldi_native_fbank  # noqa: F401
    except ImportError:
        return ModelMissingError(model_id="CAM++ speaker model", package="kaldi-native-fbank").message()
    try:
        verify_model()
    except ModelError as err:
        return err.message()
    return None



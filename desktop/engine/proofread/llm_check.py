"""Optional local-LLM pass over proofreading findings ("deep check"). Off by default.

The model only scores (:mod:`lm_scorer`). Chinese typos are found with it in :mod:`zh_deep`;
English spelling suggestions are kept only when they pass :func:`passes_filter` (small
edit, names and numbers untouched) and raise the sentence's log-probability by ``margin``
nats. One to two seconds per sentence on 2 cores: a background job for a paragraph or a whole
document on request, far too slow to run as you type.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from pathlib import Path

from desktop.engine.core.i18n import pick
from desktop.engine.core.jobs import CancelToken, Job, Progress
from desktop.engine.proofread.dictionary import word_spans
from desktop.engine.proofread.issue import CheckContext, Issue
from desktop.engine.proofread.lm_scorer import (  # noqa: F401  (re-exported for callers)
    LlmScorer,
    LlmUnavailableError,
    available,
    close_scorers,
    get_scorer,
)

DEFAULT_MARGIN = 6.0
DEEP_RULES = ("zh-confusion", "en-spelling")  # the findings the deep pass recomputes
_NUMBER = re.compile(r"[0-9０-９〇零一二两三四五六七八九十百千万亿]")
_NAME = re.compile(r"\b[A-Z][a-z]+")


def passes_filter(original: str, suggestion: str, accepted: frozenset[str] = frozenset(),
                  max_ratio: float = 0.34) -> bool:
    """True when an edit is small and leaves numbers, names and accepted words alone."""
    if not original or original == suggestion:
        return False
    distance = sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in
                   SequenceMatcher(None, original, suggestion, autojunk=False).get_opcodes() if tag != "equal")
    if distance > max(2, int(len(original) * max_ratio)):
        return False
    if _NUMBER.findall(original) != _NUMBER.findall(suggestion):
        return False
    if _NAME.findall(original) != _NAME.findall(suggestion):
        return False
    return all(original.count(w) == suggestion.count(w) for w in accepted if w in original)


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    ends = "。！？!?\n"
    a = max(text.rfind(c, 0, start) for c in ends) + 1
    b_candidates = [i for i in (text.find(c, end) for c in ends) if i >= 0]
    b = min(b_candidates) + 1 if b_candidates else len(text)
    return a, b


def verify_job(text: str, issues: list[Issue], scorer: LlmScorer, cancel: CancelToken,
               margin: float = DEFAULT_MARGIN, ctx: CheckContext | None = None) -> Job[list[Issue]]:
    """Keep issues whose first suggestion passes the filter and raises the sentence score."""
    accepted = ctx.accepted if ctx else frozenset()
    kept: list[Issue] = []
    message = pick("Checking suggestions with the local model…", "正在用本地模型核查建议…")
    base_cache: dict[tuple[int, int], float] = {}
    for n, issue in enumerate(issues):
        cancel.raise_if_cancelled()
        yield Progress(n, len(issues), message)
        if not issue.suggestions:
            kept.append(issue)
            continue
        a, b = _sentence_bounds(text, issue.start, issue.end)
        sentence = text[a:b]
        fixed = sentence[: issue.start - a] + issue.suggestions[0] + sentence[issue.end - a:]
        if not passes_filter(sentence, fixed, accepted):
            continue
        if (a, b) not in base_cache:
            base_cache[(a, b)] = scorer.logprob(sentence)
        gain = scorer.logprob(fixed) - base_cache[(a, b)]
        if gain > margin:
            kept.append(Issue(issue.start, issue.end, issue.text, issue.category, issue.severity, issue.message,
                              issue.suggestions, issue.rule, issue.checker, {**issue.data, "llm_gain": round(gain, 2)}))
    yield Progress(len(issues), len(issues), message)
    return kept


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The whole lines touched by ``start..end``."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", max(start, end - 1))
    return a, (len(text) if b < 0 else b)


def llm_pass_job(text: str, start: int, end: int, model_path: Path | str, cancel: CancelToken, *,
                 margin: float = DEFAULT_MARGIN, accepted: frozenset[str] = frozenset()) -> Job[list[Issue]]:
    """Deeper check of the paragraph(s) around ``start..end``.

    Chinese sentences go through :mod:`zh_deep` (the model scores confusion-set rivals at
    every character); English spelling suggestions (in English or Chinese lines) each have to
    pass :func:`passes_filter` and the model's log-probability test (``margin``). The result
    replaces the fast pass's ``DEEP_RULES`` findings in that range. Offsets refer to ``text``.
    """
    from desktop.engine.proofread.en import EnSpellingChecker

    a, b = paragraph_bounds(text, start, end)
    paragraph = text[a:b]
    yield Progress(0, None, pick("Loading the local model…", "正在加载本地模型…"))
    scorer = get_scorer(model_path)
    kept = yield from zh_deep_job(paragraph, scorer, cancel, accepted)  # sentences without Chinese are skipped
    ctx = CheckContext("en", accepted)
    spelling = EnSpellingChecker().check(paragraph, ctx)
    if spelling:
        kept += yield from verify_job(paragraph, spelling, scorer, cancel, margin, ctx)
    return sorted((i.shifted(a) for i in kept), key=lambda i: (i.start, i.end))


def merge_deep(fast: list[Issue], deep: list[Issue], start: int = 0, end: int | None = None) -> list[Issue]:
    """The fast findings with those the deep pass recomputed in ``start..end`` replaced by ``deep``
    (and no second mark where a fast rule already proposed the same fix)."""
    end = end if end is not None else max((i.end for i in fast + deep), default=0)
    same = {(i.start, i.end, i.suggestions[:1]) for i in deep}
    kept = [i for i in fast if not (start <= i.start < end and i.rule in DEEP_RULES)
            and (i.start, i.end, i.suggestions[:1]) not in same]
    return sorted(kept + deep, key=lambda i: (i.start, i.end))


def zh_deep_job(text: str, scorer: LlmScorer, cancel: CancelToken,
                accepted: frozenset[str] = frozenset()) -> Job[list[Issue]]:
    """Chinese character typos in ``text`` found by :mod:`zh_deep`, sentence by sentence."""
    from desktop.engine.proofread import zh_deep, zh_lm
    from desktop.engine.proofread.issue import ERROR, TYPO

    model = zh_lm.load_model()
    if model is None:
        return []
    pieces = list(zh_deep.pieces(text))
    protected = word_spans(text, accepted)  # the same matching as UserDictionary.filter
    message = pick("Reading each sentence with the local model…", "正在用本地模型逐句核查…")
    issues: list[Issue] = []
    for n, (offset, piece, context) in enumerate(pieces):
        cancel.raise_if_cancelled()
        yield Progress(n, len(pieces), message)
        for cand in zh_deep.corrections(model, scorer, piece, context):
            pos = offset + cand.index
            if any(a <= pos < b for a, b in protected):
                continue
            msg = pick(f"Possible typo: “{cand.original}” → “{cand.replacement}” (the local model reads the "
                       f"sentence as far more likely with it).",
                       f"疑似错别字：“{cand.original}”应为“{cand.replacement}”（本地模型判断改后语句通顺得多）。")
            issues.append(Issue(pos, pos + 1, cand.original, TYPO, ERROR, msg, (cand.replacement,), "zh-confusion",
                                "zh.deep", {"llm_gain": round(cand.delta, 2), "confidence": round(cand.score, 3)}))
    yield Progress(len(pieces), len(pieces), message)
    return issues

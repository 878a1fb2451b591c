"""Text preparation for SQLite FTS5 so that Chinese is searchable.

FTS5's unicode61 tokenizer keeps a run of Chinese characters as one token, so a
two-character query would never match inside a longer run. We index every CJK character
as its own token and search for a CJK query as a *phrase* of single characters: that is
exact substring search for Chinese, with word search and prefixes for Latin scripts.
"""

from __future__ import annotations

import re

from desktop.engine.core.text import CJK, CJK_CHAR

# Han, kana and hangul: each character is its own token.
_TOKEN = re.compile(f"[{CJK}]+|[^\\s{CJK}]+")


def fts_text(text: str) -> str:
    """Text as stored in the FTS index: CJK characters separated by spaces."""
    return CJK_CHAR.sub(r" \g<0> ", text)


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression for a user's query, or None if it has no searchable part.

    Every term must match (AND). CJK runs become phrases of single characters; other
    words become prefix queries, so "transp" finds "transport".
    """
    parts: list[str] = []
    for token in _TOKEN.findall(query):
        if CJK_CHAR.match(token):
            parts.append(_quote(" ".join(token)))
        else:
            word = re.sub(r"[^\w]+", " ", token).strip()
            for piece in word.split():
                parts.append(_quote(piece) + "*")
    return " AND ".join(parts) if parts else None


def query_terms(query: str) -> list[str]:
    """The literal terms of a query, for highlighting snippets."""
    terms: list[str] = []
    for token in _TOKEN.findall(query):
        if CJK_CHAR.match(token):
            terms.append(token)
        else:
            terms.extend(p for p in re.sub(r"[^\w]+", " ", token).split() if p)
    return terms


def snippet(text: str, terms: list[str], width: int = 60) -> tuple[str, list[tuple[int, int]]]:
    """A short excerpt around the first hit, with the (start, end) spans of hits in it."""
    lower = text.lower()
    first = -1
    for term in terms:
        pos = lower.find(term.lower())
        if pos >= 0 and (first < 0 or pos < first):
            first = pos
    if first < 0:
        excerpt = text[:width].replace("\n", " ")
        return excerpt, []
    start = max(0, first - width // 3)
    end = min(len(text), start + width)
    excerpt = text[start:end].replace("\n", " ")
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    spans: list[tuple[int, int]] = []
    low_excerpt = excerpt.lower()
    for term in terms:
        t = term.lower()
        pos = low_excerpt.find(t)
        while pos >= 0 and t:
            spans.append((pos + len(prefix), pos + len(prefix) + len(t)))
            pos = low_excerpt.find(t, pos + len(t))
    spans.sort()
    return prefix + excerpt + suffix, spans

"""Quotes that stay true to the tape.

Interview→story drafts never let the model type a quotation: the prompt lists transcript
segments as ``[S3] Speaker (1:02): words`` and the model cites a tag; :func:`attach_quotes`
puts the segment's words in verbatim and records a :class:`QuoteLink` (speaker, start,
end). Quotes the model typed itself are matched back to the segment they came from and
replaced with its exact words. After every edit :func:`check_quotes` finds each linked
quote again with normalized fuzzy matching (rapidfuzz) and reports "quote drift" when the
words in the document no longer match what was said.
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz

from desktop.engine.core.errors import InputError
from desktop.engine.core.i18n import pick
from desktop.engine.core.text import clock, detect_language

MATCH_OK = 100.0  # normalized text identical
DRIFT_MIN = 60.0  # below this the quote is considered gone, not drifted
REPAIR_MIN = 80.0  # a model-typed quote this close to a segment is replaced by the real words


class TranscriptNotFoundError(InputError):
    en = "Transcript {transcript_id} does not exist or has no text yet."
    zh = "转写稿 {transcript_id} 不存在，或还没有文字。"


@dataclass(frozen=True)
class Segment:
    idx: int
    start: float
    end: float
    speaker: str
    text: str
    transcript_id: int | None = None


@dataclass
class QuoteLink:
    """A quote in a document and where it was said. ``char_*`` locate it in the text it was
    made for (None once loaded back from the store: :func:`check_quotes` finds it again)."""

    transcript_id: int | None
    start: float
    end: float
    speaker: str
    original: str
    char_start: int | None = None
    char_end: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class QuoteCheck:
    link: QuoteLink
    status: str  # "ok" | "drift" | "missing"
    similarity: float
    char_start: int | None = None
    char_end: int | None = None
    current: str = ""

    def message(self, lang: str | None = None) -> str:
        when = f"{clock(self.link.start)}–{clock(self.link.end)}"
        who = self.link.speaker or pick("speaker", "说话人", lang)
        if self.status == "drift":
            return pick(f"Quote drift: the recording says “{self.link.original}” ({who}, {when}).",
                        f"引语偏离原话：录音中是“{self.link.original}”（{who}，{when}）。", lang)
        if self.status == "missing":
            return pick(f"Linked quote no longer found: “{self.link.original}” ({who}, {when}).",
                        f"找不到已关联的引语：“{self.link.original}”（{who}，{when}）。", lang)
        return pick(f"Quote matches the recording ({who}, {when}).", f"引语与录音一致（{who}，{when}）。", lang)


# --- transcript segments ----------------------------------------------------------------------

def load_segments(store, transcript_id: int) -> list[Segment]:
    rows = store.query("SELECT idx, start, end, speaker, text FROM transcript_segments "
                       "WHERE transcript_id=? ORDER BY idx", (transcript_id,))
    segments = [Segment(int(r[0]), float(r[1]), float(r[2]), r[3] or "", r[4], transcript_id)
                for r in rows if (r[4] or "").strip()]
    if not segments:
        raise TranscriptNotFoundError(transcript_id=transcript_id)
    return segments


_TIME = r"(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(?:\.\d+)?"
_LINE = re.compile(rf"^\s*(?:\[?{_TIME}\]?\s*)?(?:([^:：\n]{{1,30}}?)\s*[:：]\s*)?(.+?)\s*$")


def segments_from_text(text: str) -> list[Segment]:
    """Pasted interview notes (``[0:12] Speaker: words`` or ``Speaker: words`` lines) as segments."""
    segments: list[Segment] = []
    for line in text.splitlines():
        match = _LINE.match(line)
        if not match or not match.group(5).strip():
            continue
        h, m, s, speaker, words = match.groups()
        start = (int(h or 0) * 3600 + int(m) * 60 + int(s)) if m is not None else 0.0
        segments.append(Segment(len(segments), float(start), float(start), (speaker or "").strip(), words.strip()))
    for i, seg in enumerate(segments[:-1]):  # a line lasts until the next one starts
        if segments[i + 1].start > seg.start:
            segments[i] = Segment(seg.idx, seg.start, segments[i + 1].start, seg.speaker, seg.text)
    return segments


def format_segments(segments: list[Segment]) -> str:
    """Prompt form: one line per segment with a tag the model cites instead of quoting.
    No timestamps: small models copy them into the story."""
    return "\n".join(f"[S{i + 1}] {seg.speaker or '?'}: {seg.text}" for i, seg in enumerate(segments))


_ECHO = re.compile(r"^[ \t]*\[[^\]\n]{1,12}\][ \t]*([^:：\n\[\]]{1,30}?)[ \t]*(?:\([\d:.]+\))?[ \t]*[:：][ \t]*(.+?)[ \t]*$",
                   re.M)


def _unecho(draft: str, zh: bool) -> str:
    """Transcript lines the model copied out ("[S2] Li: words") become attributed quotes,
    which the matching below then checks against the segments and links."""
    def repl(m: re.Match[str]) -> str:
        words = m.group(2).strip().strip("“”\"")
        return f"{m.group(1)}说：“{words}”" if zh else f"{m.group(1)} said: “{words}”"

    return _ECHO.sub(repl, draft)


# --- normalization -----------------------------------------------------------------------------

def _normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Lower-case letters and digits only (NFKC), with each kept character's index in ``text``."""
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        for c in unicodedata.normalize("NFKC", ch).lower():
            if c.isalnum():
                chars.append(c)
                index.append(i)
    return "".join(chars), index


def normalize(text: str) -> str:
    return _normalize_with_map(text)[0]


# --- attaching quotes to a draft ------------------------------------------------------------------

_QUOTED = re.compile(r"[“\"「『]?\[S(\d+)\][”\"」』]?|“([^”\n]{2,400})”|\"([^\"\n]{2,400})\"|「([^」\n]{2,400})」")


def _best_segment(quote: str, segments: list[Segment]) -> tuple[Segment | None, float]:
    target = normalize(quote)
    if len(target) < 4:
        return None, 0.0
    best, score = None, 0.0
    for seg in segments:
        s = fuzz.partial_ratio(target, normalize(seg.text)) if len(target) <= len(normalize(seg.text)) \
            else fuzz.ratio(target, normalize(seg.text))
        if s > score:
            best, score = seg, s
    return best, score


def _verbatim_part(quote: str, seg: Segment) -> str:
    """The words of ``seg`` that ``quote`` covers, cut at word boundaries, verbatim."""
    if len(normalize(quote)) >= 0.8 * len(normalize(seg.text)):
        return seg.text.strip()
    align = fuzz.partial_ratio_alignment(quote.lower(), seg.text.lower())
    start, end = align.dest_start, align.dest_end
    if re.search(r"[A-Za-z]", seg.text):
        while start > 0 and not seg.text[start - 1].isspace():
            start -= 1
        while end < len(seg.text) and not seg.text[end].isspace():
            end += 1
    return seg.text[start:end].strip(" ,;，；")


def looks_echoed(draft: str, segments: list[Segment]) -> bool:
    """True when the model mostly copied transcript lines out instead of writing a story."""
    lines = [ln for ln in draft.splitlines() if len(normalize(ln)) >= 4]
    seg_norms = [normalize(seg.text) for seg in segments]

    def copied(line: str) -> bool:
        if _ECHO.match(line):
            return True
        norm = normalize(line)
        return len(norm) >= 8 and any(fuzz.partial_ratio(norm, seg) >= 90 for seg in seg_norms if seg)

    return bool(lines) and sum(1 for ln in lines if copied(ln)) * 5 >= len(lines) * 2


def key_segments(segments: list[Segment], k: int = 2) -> list[int]:
    """Indices of the ``k`` longest statements by the person who talked most, in spoken order."""
    talk: Counter[str] = Counter()
    for seg in segments:
        talk[seg.speaker] += len(seg.text)
    main = talk.most_common(1)[0][0] if talk else ""
    ranked = sorted((i for i, s in enumerate(segments) if s.speaker == main), key=lambda i: -len(segments[i].text))
    return sorted(ranked[:k])


def attach_quotes(draft: str, segments: list[Segment],
                  transcript_id: int | None = None) -> tuple[str, list[QuoteLink], list[tuple[int, int]]]:
    """Replace ``[S#]`` tags and near-verbatim quotes with the segments' exact words.

    Returns the new text, one link per quote (with its character span) and the spans of
    quotes that match no segment (shown to the reporter as unverified).
    """
    out: list[str] = []
    links: list[QuoteLink] = []
    unverified: list[tuple[int, int]] = []
    pos = 0
    length = 0
    zh = detect_language(draft, of_letters=False) == "zh"
    draft = _unecho(draft, zh)
    for match in _QUOTED.finditer(draft):
        out.append(draft[pos:match.start()])
        length += match.start() - pos
        pos = match.end()
        if match.group(1):
            n = int(match.group(1)) - 1
            seg = segments[n] if 0 <= n < len(segments) else None
            words = seg.text.strip() if seg else ""
        else:
            typed = next(g for g in match.groups()[1:] if g)
            seg, score = _best_segment(typed, segments)
            words = _verbatim_part(typed, seg) if seg is not None and score >= REPAIR_MIN else ""
            if not words:
                out.append(match.group(0))
                unverified.append((length + 1, length + len(match.group(0)) - 1))
                length += len(match.group(0))
                continue
        if seg is None or not words:
            continue  # a tag pointing nowhere is dropped rather than invented
        if words[-1] in ".。!！?？" and draft[pos:pos + 1] in (".", "。"):
            pos += 1  # "said [S1]." → "said “… year.”", not "year.”."
        out.append("“" + words + "”")
        links.append(QuoteLink(transcript_id if transcript_id is not None else seg.transcript_id,
                               seg.start, seg.end, seg.speaker, words, length + 1, length + 1 + len(words)))
        length += len(words) + 2
    out.append(draft[pos:])
    text = "".join(out)
    if not links and segments:
        text, link = _append_key_quote(text, segments, transcript_id, zh)
        links.append(link)
    return text, links, unverified


def _append_key_quote(text: str, segments: list[Segment], transcript_id: int | None,
                      zh: bool) -> tuple[str, QuoteLink]:
    """A story from an interview carries at least one quote: the longest statement by the
    person who spoke most (not the interviewer, who usually asks the short questions)."""
    talk = Counter()
    for seg in segments:
        talk[seg.speaker] += len(seg.text)
    speaker = talk.most_common(1)[0][0]
    seg = max((s for s in segments if s.speaker == speaker), key=lambda s: len(s.text))
    who = seg.speaker or pick("The interviewee", "受访者", "zh_CN" if zh else "en")
    lead = f"\n\n{who}说：“" if zh else f"\n\n{who} said: “"
    body = text.rstrip() + lead
    link = QuoteLink(transcript_id if transcript_id is not None else seg.transcript_id, seg.start, seg.end,
                     seg.speaker, seg.text.strip(), len(body), len(body) + len(seg.text.strip()))
    return body + seg.text.strip() + "”", link


# --- the store -----------------------------------------------------------------------------------

def save_quote_links(store, document_id: int, links: list[QuoteLink]) -> list[int]:
    """Record the links of quotes just inserted into a document (one transaction)."""
    ids: list[int] = []
    now = time.time()
    with store.transaction() as c:
        for link in links:
            cur = c.execute("INSERT INTO quote_links(document_id, transcript_id, start, end, speaker, original, "
                            "created) VALUES (?, ?, ?, ?, ?, ?, ?)",
                            (document_id, link.transcript_id, link.start, link.end, link.speaker,
                             link.original, now))
            link.id = int(cur.lastrowid or 0)
            ids.append(link.id)
    return ids


def load_quote_links(store, document_id: int) -> list[QuoteLink]:
    rows = store.query("SELECT id, transcript_id, start, end, speaker, original FROM quote_links "
                       "WHERE document_id=? ORDER BY id", (document_id,))
    return [QuoteLink(r[1], float(r[2]), float(r[3]), r[4], r[5], id=int(r[0])) for r in rows]


def delete_quote_link(store, link_id: int) -> None:
    with store.transaction() as c:
        c.execute("DELETE FROM quote_links WHERE id=?", (link_id,))


# --- drift ---------------------------------------------------------------------------------------

_QUOTE_SPAN = re.compile(r"“([^”]*)”|\"([^\"\n]*)\"|「([^」]*)」|『([^』]*)』")


def check_quotes(body: str, links: list[QuoteLink]) -> list[QuoteCheck]:
    """Find each linked quote in ``body``; "ok" when its normalized words equal the original,
    "drift" when it is still recognisably there but changed, "missing" otherwise."""
    norm_body, index = _normalize_with_map(body)
    spans = [(m.start(g), m.end(g)) for m in _QUOTE_SPAN.finditer(body)
             for g in range(1, 5) if m.group(g) is not None]
    results: list[QuoteCheck] = []
    for link in links:
        original = normalize(link.original)
        if not original:
            continue
        found = norm_body.find(original)
        if found >= 0:
            start, end = index[found], index[found + len(original) - 1] + 1
            results.append(QuoteCheck(link, "ok", MATCH_OK, start, end, body[start:end]))
            continue
        best: tuple[float, int, int] = (0.0, 0, 0)
        for start, end in spans:
            score = fuzz.ratio(original, normalize(body[start:end]))
            if score > best[0]:
                best = (score, start, end)
        if best[0] < DRIFT_MIN and norm_body:
            align = fuzz.partial_ratio_alignment(original, norm_body)
            if align.score > best[0] and align.dest_end > align.dest_start:
                best = (align.score, index[align.dest_start], index[align.dest_end - 1] + 1)
        score, start, end = best
        if score >= DRIFT_MIN:
            results.append(QuoteCheck(link, "drift", score, start, end, body[start:end]))
        else:
            results.append(QuoteCheck(link, "missing", score))
    return results

"""Cleaning what a small local model writes, and telling which language it wrote in.

Chat-template artefacts, "Sure, here is…" openings, label lines, code fences and closing
chatter are removed both at the end and while streaming (:class:`StreamCleaner`), so the
reporter never sees them. Post-processing steps (first paragraph, bullets, simplified
characters) are looked up by name from task specs.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.engine.core.text import CJK_CHAR, han_share
from desktop.engine.core.text import to_simplified as _simplified


def language_matches(text: str, language: str) -> bool:
    """Whether a model's answer is in ``language`` (kana and hangul count as CJK here)."""
    ratio = han_share(text, CJK_CHAR)
    return ratio >= 0.3 if language == "zh" else ratio <= 0.2


# --- output cleaning ------------------------------------------------------------------------

_ARTEFACTS = re.compile(r"<\|[^|<>\n]{1,40}\|>|</?s>|\[/?INST\]|<(?:start|end)_of_turn>|<think>\s*</think>")
_ROLE_HEAD = re.compile(r"^\s*(?:assistant|Assistant|ASSISTANT|助手)\s*[:：]?\s*\n")
_PREAMBLE_EN = re.compile(
    r"^\s*(?:(?:sure|certainly|of course|absolutely|okay|ok|great|alright)\b[^\n:]{0,80}?(?:[:!.]|$)\s*"
    r"|(?:here(?:'s| is| are)|below is|the following is|this is)\b[^\n:]{0,100}:\s*)", re.I)
_PREAMBLE_ZH = re.compile(r"^\s*(?:(?:当然|好的|没问题|可以)[！!，,。]?\s*)?(?:(?:以下|下面|这)是[^\n：:]{0,40}[：:]\s*)?")
_LABEL_LINE = re.compile(r"^\s*[*#\s]*[\w\u4e00-\u9fff ()（）-]{1,24}[:：]\s*[*]*\s*\n")
_TRAILER = re.compile(
    r"\n\s*(?:I hope|Let me know|Feel free|If you (?:need|want|have)|Note:|希望(?:这|以上|对)|如(?:果)?(?:您|你)(?:需要|还有|想))"
    r"[^\n]*$", re.I)
_BRACKET_LABEL = re.compile(r"^[ \t]*\[(?!S?\d+\])[^\]\n]{1,12}\][ \t]*(?:[:：][ \t]*)?(?=\S|$)", re.M)
_FENCE = re.compile(r"^\s*```[\w-]*\n(.*?)\n```\s*$", re.S)
_QUOTE_PAIRS = {'"': '"', "“": "”", "「": "」", "'": "'"}


def strip_artefacts(text: str) -> str:
    return _ARTEFACTS.sub("", text)


def strip_preamble(text: str) -> str:
    """Remove "Sure, here is the text:" style openings and a bare "Summary:" label line."""
    text = _ROLE_HEAD.sub("", text)
    for _ in range(3):  # "Sure! Here is the polished text:" is two openings in a row
        stripped = _PREAMBLE_EN.sub("", text, count=1)
        if stripped == text or not stripped.strip():
            break
        text = stripped
    stripped = _PREAMBLE_ZH.sub("", text, count=1)
    if stripped.strip():
        text = stripped
    match = _LABEL_LINE.match(text)
    if match and text[match.end():].strip():
        text = text[match.end():]
    return text


def clean_output(text: str) -> str:
    """The whole cleaning: template artefacts, preambles, fences, trailing chatter, wrapping quotes."""
    text = strip_artefacts(text).replace("\r\n", "\n")
    fence = _FENCE.match(text)
    if fence:
        text = fence.group(1)
    text = strip_preamble(text).strip()
    text = _BRACKET_LABEL.sub("", text)  # "[新闻标题]：" / "[Headline]" labels small models add
    while True:
        trimmed = _TRAILER.sub("", text).rstrip()
        if trimmed == text or not trimmed:
            break
        text = trimmed
    if len(text) >= 2 and _QUOTE_PAIRS.get(text[0]) == text[-1]:
        inner = text[1:-1]
        if text[0] not in inner and text[-1] not in inner:
            text = inner.strip()
    return re.sub(r"\n{3,}", "\n\n", text).strip()


_OPENERS = ("sure", "certainly", "of course", "absolutely", "okay", "ok", "great", "alright", "here", "below",
            "the following", "this is", "assistant", "当然", "好的", "没问题", "可以", "以下", "下面", "这是", "助手")


def _maybe_preamble(head: str) -> bool:
    """Whether the opening seen so far could still turn out to be a preamble or a label line."""
    start = strip_artefacts(head).lstrip(" \n*#").lower()
    if len(start) < 12:
        return True
    return start.startswith(_OPENERS) or bool(re.search(r"[:：]", start[:26]))


class StreamCleaner:
    """Cleans while streaming: holds the first line back until it is known not to be a
    preamble, and never emits half of a ``<|…|>`` marker. ``finish()`` flushes the rest."""

    HEAD = 100

    def __init__(self) -> None:
        self._pending = ""
        self._head_done = False

    def feed(self, delta: str) -> str:
        self._pending += delta
        if not self._head_done:
            if "\n" not in self._pending.strip("\n") and len(self._pending) < self.HEAD \
                    and _maybe_preamble(self._pending):
                return ""
            self._pending = strip_preamble(strip_artefacts(self._pending)).lstrip()
            self._head_done = True
        text = strip_artefacts(self._pending)
        cut = text.rfind("<")
        if cut >= 0 and ">" not in text[cut:] and len(text) - cut < 40:
            self._pending, text = text[cut:], text[:cut]
        else:
            self._pending = ""
        return text

    def finish(self) -> str:
        rest = strip_artefacts(self._pending)
        if not self._head_done:
            rest = strip_preamble(rest).lstrip()
        self._pending, self._head_done = "", True
        return rest


# --- post-processing ------------------------------------------------------------------------

_NUMBERING = re.compile(r"^\s*(?:[-*•·]|\d+[.)、]|[（(]?\d+[)）]|[一二三四五][、.])\s*")


def parse_options(text: str, limit: int = 3) -> list[str]:
    """Numbered or bulleted alternatives → clean list (no numbering, quotes, end stops, duplicates)."""
    options: list[str] = []
    for line in text.splitlines():
        line = _NUMBERING.sub("", line).strip().strip("*").strip()
        line = re.sub(r"^(?:headline|标题)\s*\d*\s*[:：]\s*", "", line, flags=re.I)
        line = line.strip('"“”「」\'').rstrip("。.").strip()
        if len(line) < 2 or line.endswith((":", "：")) or line.lower() in (o.lower() for o in options):
            continue
        options.append(line)
        if len(options) >= limit:
            break
    return options


def _first_paragraph(text: str, language: str) -> str:
    paras = [p.strip() for p in text.split("\n\n") if p.strip()]
    return paras[0] if paras else text


def _bullets(text: str, language: str) -> str:
    lines = []
    for line in text.splitlines():
        if not line.strip():
            continue
        indent = "  " if line.startswith(("  ", "\t")) else ""
        lines.append(f"{indent}- {_NUMBERING.sub('', line).strip()}")
    return "\n".join(lines)


def simplified(text: str, language: str) -> str:
    """Small models drift into traditional characters now and then; newsrooms here write simplified."""
    return _simplified(text) if language == "zh" else text


POSTPROCESSORS: dict[str, Callable[[str, str], str]] = {
    "first_paragraph": _first_paragraph,
    "bullets": _bullets,
    "simplified": simplified,
}

"""The form each drafting task promises, checked and, where it is safe, enforced.

A reporter who asks for three headlines wants three short lines, not three quotes with
``\\"`` in them; a two-sentence summary is two sentences, not one pasted quote; a
translation into English has no Chinese left in it; a story from an interview is prose
with quotes, not the transcript again. :func:`problems` says what is wrong with an answer
(the task retries once with those words in the prompt, and the bench counts them);
:func:`enforce` makes the fixes that cannot change a fact: quote marks and escapes off
headlines, extra sentences off a summary, bullets as bullets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.engine.core.text import CJK_CHAR, HAN_CHAR, han_share

_SENTENCE = re.compile(r"(?:[^.!?。！？]|\.(?=\d))+(?:[.!?。！？]+[”\"’']?|$)")  # 3.2万 is one number
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_QUOTE_MARKS = re.compile(r"[\"“”「」『』‘’]|\\[\"'nt]|(?<!\w)'|'(?!\w)")
_SPEAKER_LINE = re.compile(r"^\s*(?:\[[^\]\n]{1,12}\]\s*)?[^:：\n“\"]{1,24}[:：]\s*\S")
_BULLET = re.compile(r"^\s*(?:[-*•·]|\d+[.)、])\s+")


@dataclass(frozen=True)
class Form:
    """What a task's answer must look like. ``None`` means no rule."""

    lines: int | None = None  # exactly this many lines (headlines)
    max_line_words: int | None = None  # per line, English words (Chinese: 2.2 characters a word)
    max_sentences: int | None = None
    min_sentences: int | None = None
    bullets: tuple[int, int] | None = None  # between this many bullet lines
    max_words: int | None = None  # whole answer
    no_quotes: bool = False
    not_a_quote: bool = False  # a summary must not be one quoted statement
    prose_with_quotes: bool = False  # interview → story
    paragraphs: int | None = None  # at most this many (lead: one)


FORMS: dict[str, Form] = {
    "headlines": Form(lines=3, max_line_words=16, no_quotes=True),
    "summarize": Form(max_sentences=3, min_sentences=1, max_words=90, not_a_quote=True),
    "summarize-bullets": Form(bullets=(3, 5), max_line_words=30, not_a_quote=True),
    "lead": Form(max_words=60, paragraphs=1, max_sentences=3),
    "outline": Form(bullets=(4, 7), max_line_words=25),
    "interview-story": Form(prose_with_quotes=True),
}


def _words(text: str) -> int:
    """English words, or Chinese characters / 2.2 (a rough word count that treats both alike)."""
    cjk = len(HAN_CHAR.findall(text))
    return len(_LATIN_WORD.findall(text)) + round(cjk / 2.2)


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(text.replace("\n", " ")) if s.strip(" \"“”")]


def foreign_sentences(text: str, language: str) -> list[str]:
    """Sentences not written in ``language`` (English target: any Chinese character;
    Chinese target: English words left untranslated)."""
    if language == "en":
        return [s for s in sentences(text) if HAN_CHAR.search(s)]
    return [s for s in sentences(text) if _untranslated_english(s)]


def _untranslated_english(sentence: str) -> bool:
    """English left in a Chinese sentence: a run of three English words, or an ordinary
    lower-case English word ("billion美元"). Names and acronyms (Alan Reed, GDP) are fine."""
    if not HAN_CHAR.search(sentence):
        return len(_LATIN_WORD.findall(sentence)) >= 3
    if re.search(r"[A-Za-z]{2,}(?:[\s,]+[A-Za-z]{2,}){2,}", sentence):
        return True
    from desktop.engine.drafting.guard_people import english_words

    common = english_words()
    return any(w in common for w in re.findall(r"(?<![A-Za-z])[a-z]{3,}(?![A-Za-z])", sentence))


def language_ok(text: str, language: str) -> bool:
    """The whole answer is in ``language`` (a stricter test than the share of characters)."""
    if not text.strip():
        return True
    if language == "zh" and han_share(text, CJK_CHAR) < 0.5:
        return False
    return not foreign_sentences(text, language)


def _is_bullet(line: str) -> bool:
    return bool(_BULLET.match(line))


def problems(task_id: str, text: str, options: list[str] | None = None, language: str = "en",
             source: str = "") -> list[str]:
    """Plain-English names of the ways ``text`` breaks its task's form (empty: it is fine)."""
    form = FORMS.get(task_id)
    found: list[str] = []
    if form is None:
        return found
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if form.lines is not None:
        items = options if options else lines
        if len(items) != form.lines:
            found.append(f"{len(items)} lines instead of {form.lines}")
        for line in items:
            if form.max_line_words and _words(line) > form.max_line_words:
                found.append("a line is too long")
                break
        if form.no_quotes and any(_QUOTE_MARKS.search(line) for line in items):
            found.append("quote marks or escapes in a line")
    if form.bullets is not None:
        low, high = form.bullets
        bullets = [ln for ln in lines if _is_bullet(ln)]
        if not low <= len(bullets) <= high or len(bullets) != len(lines):
            found.append(f"{len(bullets)} bullet points instead of {low}–{high}")
    if form.max_sentences is not None or form.min_sentences is not None:
        count = len(sentences(text))
        if form.max_sentences is not None and count > form.max_sentences:
            found.append(f"{count} sentences, more than {form.max_sentences}")
        if form.min_sentences is not None and count < form.min_sentences:
            found.append("no complete sentence")
    if form.max_words is not None and _words(text) > form.max_words * 1.15:
        found.append("too long")
    if form.paragraphs is not None and len([p for p in re.split(r"\n\s*\n", text) if p.strip()]) > form.paragraphs:
        found.append("more than one paragraph")
    if form.not_a_quote and _mostly_quote(text):
        found.append("it is a quotation, not a summary")
    if form.prose_with_quotes:
        speaker_lines = sum(1 for ln in lines if _SPEAKER_LINE.match(ln) and not re.search(r"说[：:]|said:", ln))
        if lines and speaker_lines * 3 >= len(lines):
            found.append("it copies the transcript instead of telling the story")
        if not re.search(r"[“\"「]", text):
            found.append("no quotation")
        prose = [ln for ln in lines if not re.match(r"^\s*[^“\"「]{0,30}(?:说|said)[：:]?\s*[“\"「]", ln)]
        if not prose:
            found.append("no prose besides the quotes")
    return found


def _mostly_quote(text: str) -> bool:
    inside = sum(len(m.group(0)) for m in re.finditer(r"“[^”]*”|\"[^\"]*\"|「[^」]*」", text))
    return len(text.strip()) > 0 and inside >= 0.6 * len(text.strip())


def clean_headline(line: str) -> str:
    """No quote marks, no escapes, no end stop: a headline is a line of plain words."""
    line = re.sub(r"\\[\"'nt]", " ", line)
    line = re.sub(r"[\"“”「」『』]", "", line)
    line = re.sub(r"(?<!\w)'|'(?!\w)", "", line)
    line = re.sub(r"\s+", " ", line).strip(" -–—:：;；,，")
    return line.rstrip("。.")


def enforce(task_id: str, text: str, options: list[str], language: str) -> tuple[str, list[str]]:
    """Fixes that change form, never facts. Returns (text, options)."""
    form = FORMS.get(task_id)
    if form is None:
        return text, options
    if form.no_quotes and options:
        seen: list[str] = []
        for option in (clean_headline(o) for o in options):
            if option and option.lower() not in (s.lower() for s in seen):
                seen.append(option)
        options = seen[:form.lines] if form.lines else seen
        text = "\n".join(options)
    if form.max_sentences is not None and form.bullets is None and not form.prose_with_quotes:
        found = sentences(text)
        if len(found) > form.max_sentences:
            joiner = "" if language == "zh" else " "
            text = joiner.join(found[:form.max_sentences])
    if form.bullets is not None:
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        if lines and not all(_is_bullet(ln) for ln in lines) and len(lines) > 1:
            lines = [ln if _is_bullet(ln) else f"- {ln}" for ln in lines if not ln.endswith((":", "："))]
        text = "\n".join(f"- {_BULLET.sub('', ln).strip()}" for ln in lines[:form.bullets[1]])
    return text, options


def retry_note(found: list[str], task_id: str, language: str) -> str:
    """One sentence added to the prompt when the first answer broke the form."""
    form = FORMS.get(task_id, Form())
    if language == "zh":
        parts = ["注意格式："]
        if form.lines:
            parts.append(f"正好写{form.lines}行，每行一个简短标题，不要引号，不要照抄原文。")
        if form.bullets:
            parts.append(f"写{form.bullets[0]}到{form.bullets[1]}个要点，每行以“- ”开头。")
        if form.max_sentences:
            parts.append(f"不超过{form.max_sentences}句话，用自己的话概括，不要只引用原话。")
        if form.prose_with_quotes:
            parts.append("用叙述性的新闻语言写，不要照抄转写稿的行；用标记引用原话。")
        return "".join(parts)
    parts = ["Mind the form:"]
    if form.lines:
        parts.append(f"write exactly {form.lines} lines, one short headline each, no quotation marks, "
                     "not copied from the text.")
    if form.bullets:
        parts.append(f"write {form.bullets[0]} to {form.bullets[1]} bullet points, each line starting with '- '.")
    if form.max_sentences:
        parts.append(f"at most {form.max_sentences} sentences in your own words, not a quotation.")
    if form.prose_with_quotes:
        parts.append("write news prose, do not copy transcript lines; cite quotes by their tags.")
    return " ".join(parts)

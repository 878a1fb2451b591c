"""Second chances for a drafting answer: the form it promised, the facts it must keep
(:mod:`task_facts`), the language it must be in.

:func:`tasks.run_task` calls these after the first answer. Each costs one more generation
at most (per sentence, then per phrase, for a translation that slipped into the source
language; a scale slip such as 186.5万 → "186.5 million" is put right by value), and only
when the answer is actually wrong, so a good first answer costs nothing extra. Whatever
cannot be repaired is returned as a problem the panel and the CLI show, never hidden.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Generator

from desktop.engine.core.events import OutputReset, TokenDelta
from desktop.engine.core.i18n import pick
from desktop.engine.core.jobs import Progress
from desktop.engine.drafting import guard_quantities as qty
from desktop.engine.drafting import task_facts, task_form
from desktop.engine.drafting.textclean import clean_output

Generate = Callable[[list[dict[str, str]], int, str], Generator[Progress, None, str]]
Finish = Callable[[str], tuple[str, list[str]]]  # raw answer → (text, options), cleaned and enforced

_LANGUAGE_NAMES = {"en": ("English", "英文"), "zh": ("Chinese", "中文")}
MAX_SENTENCE_RETRIES = 6
MAX_SPAN_RETRIES = 8
_CJK_SPAN = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff\u3000-\u303f\uff0c\uff1a·]*")
_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?\s*(?:thousand|million|billion|trillion|万亿|万|亿|千)?", re.I)


def fix_form(generate: Generate, messages: list[dict[str, str]], answer_tokens: int, task_id: str,
             text: str, options: list[str], language: str, source: str,
             finish: Finish) -> Generator[Progress, None, tuple[str, list[str], list[str]]]:
    """Retry once, with the form spelled out when the answer breaks it and the facts named
    when it lost some (:mod:`task_facts`); keep the retry only when it is better: no more
    form problems, and fewer problems or more of the facts kept."""
    found = task_form.problems(task_id, text, options, language, source)
    lost = task_facts.missing(task_id, source, text)
    if not found and not lost:
        return text, options, []
    yield Progress(0, None, pick("Reworking the answer into the requested form…", "正在按要求的格式重写…") if found
                   else pick("Rewriting to keep the names and figures…", "正在重写以保留人名和数字…"),
                   OutputReset())
    note = " ".join(n for n in (task_form.retry_note(found, task_id, language) if found else "",
                                task_facts.keep_note(lost, language) if lost else "") if n)
    strict = [{"role": "system", "content": messages[0]["content"] + " " + note}, *messages[1:]]
    raw = yield from generate(strict, answer_tokens, "output")
    new_text, new_options = finish(raw)
    again = task_form.problems(task_id, new_text, new_options, language, source)
    lost_again = task_facts.missing(task_id, source, new_text)
    better = len(again) <= len(found) and (len(again) < len(found) or len(lost_again) < len(lost))
    if better or (len(again) <= len(found) and found and not lost):
        text, options, found = new_text, new_options, again
    else:  # the first text is shown again when it was the better one: say so in the stream
        yield Progress(0, None, "", OutputReset())
        yield Progress(0, None, "", TokenDelta(text))
    return text, options, found


def fix_language(generate: Generate, system: str, text: str, language: str,
                 source: str = "") -> Generator[Progress, None, tuple[str, list[str]]]:
    """Translate again, one by one, the sentences left in the wrong language (then, for an
    English answer, the Chinese words still left), and put right figures translated with the
    wrong scale (:func:`fix_scales`, against ``source``).

    Returns the repaired text and the problems left (empty when all of it is now in ``language``).
    """
    if source:
        text = fix_scales(text, source, language)
    foreign = task_form.foreign_sentences(text, language)
    if not foreign and task_form.language_ok(text, language):
        return text, []
    name_en, name_zh = _LANGUAGE_NAMES[language]
    for i, sentence in enumerate(foreign[:MAX_SENTENCE_RETRIES]):
        yield Progress(i, len(foreign), pick(f"Translating a sentence left untranslated ({i + 1}/{len(foreign)})…",
                                             f"正在补译未译的句子（{i + 1}/{len(foreign)}）…"))
        ask = (f"Translate into {name_en}. Output only the translation.\n\n{sentence}" if language == "en"
               else f"翻译成简体中文，只输出译文。\n\n{sentence}")
        messages = [{"role": "system", "content": system}, {"role": "user", "content": ask}]
        raw = yield from generate(messages, max(48, len(sentence) * 2), "map")
        fixed = clean_output(raw).strip()
        if fixed and not task_form.foreign_sentences(fixed, language):
            text = text.replace(sentence, fixed, 1)
    if language == "en" and not task_form.language_ok(text, language):
        text = yield from _translate_spans(generate, text)
    if language == "zh" and not task_form.language_ok(text, language):
        text = yield from _translate_words_to_zh(generate, text)
    text = fix_scales(text, source, language) if source else text  # a re-translated sentence may slip again
    if task_form.language_ok(text, language):
        return text, []
    return text, [pick(f"Parts of the answer are not in {name_en}.", f"回答中有部分内容不是{name_zh}。")]


def _translate_spans(generate: Generate, text: str) -> Generator[Progress, None, str]:
    """Translate the Chinese words still left in an English answer one phrase at a time.

    A small model asked again for a whole mixed sentence ("During the国庆 holiday…") tends to
    copy it back; a bare phrase (国庆, 西湖景区, a name) it translates reliably. A phrase whose
    answer still holds Chinese, or runs far longer than a phrase, is left for the flag.
    """
    spans = list(dict.fromkeys(m.group(0).strip("，：·。、 ") for m in _CJK_SPAN.finditer(text)))
    for i, span in enumerate(spans[:MAX_SPAN_RETRIES]):
        yield Progress(i, len(spans), pick(f"Translating words left in Chinese ({i + 1}/{len(spans)})…",
                                           f"正在补译残留的中文词语（{i + 1}/{len(spans)}）…"))
        ask = ("Translate this Chinese phrase into English. Write Chinese personal names in pinyin. "
               f"Output only the English words, nothing else.\n\n{span}")
        messages = [{"role": "system", "content": "You translate Chinese into English."},
                    {"role": "user", "content": ask}]
        raw = yield from generate(messages, max(16, len(span) * 4), "map")
        words = clean_output(raw).strip().strip("\"“”.。").splitlines()
        english = words[0].strip() if words else ""
        if not english or task_form.foreign_sentences(english, "en") or len(english.split()) > 3 * len(span) + 2:
            continue
        pattern = re.compile(rf"\s*{re.escape(span)}\s*")

        def spaced(m: re.Match[str], english: str = english) -> str:
            before = m.string[m.start() - 1] if m.start() else ""
            after = m.string[m.end()] if m.end() < len(m.string) else ""
            lead = " " if before and not before.isspace() and before not in "(“\"" else ""
            tail = " " if after and after not in " .,;:!?)”\"'" else ""
            return lead + english + tail

        text = pattern.sub(spaced, text)
    return text


def fix_scales(text: str, source: str, language: str) -> str:
    """Put right a figure translated with the wrong scale, by value.

    186.5万 is 1.865 million; small models write "186.5 million" (and 1.2 billion as 1.2亿).
    When a translated figure has exactly the digits of a source figure but another scale,
    and no source figure supports it as it stands, it is rewritten in the target language's
    words for the source value: a mechanical conversion, not a judgement, so it is made
    rather than only flagged. Any other unsupported figure is left for the guard.
    """
    known = qty.quantities(source)
    for q in sorted(qty.quantities(text), key=lambda q: q.start, reverse=True):
        if qty.supported(q, known):
            continue
        other = qty.wrong_scale(q, known)
        if other is None:
            continue
        m = _FIGURE.search(text, q.start, q.end)
        if m is None:
            continue
        said = qty.say_value(other.value, language)
        end = m.end() - (len(m.group(0)) - len(m.group(0).rstrip()))
        text = text[:m.start()] + said + text[end:]
    return text


# English words left in a Chinese answer ("吸引了各地的 runners"): lower-case words, so names and
# acronyms (Alan Reed, GDP) are not touched.
_EN_SPAN = re.compile(r"(?<![A-Za-z])[a-z][a-z'\-]*(?:\s+[a-z][a-z'\-]*){0,3}(?![A-Za-z])")


def _translate_words_to_zh(generate: Generate, text: str) -> Generator[Progress, None, str]:
    """Translate the English words still left in a Chinese answer one phrase at a time (the
    mirror of :func:`_translate_spans`). A phrase whose answer still holds Latin letters, or is
    far longer than the phrase, is left for the flag."""
    from desktop.engine.drafting.guard_people import english_words

    common = english_words()
    spans = list(dict.fromkeys(m.group(0) for m in _EN_SPAN.finditer(text)
                               if any(w in common for w in re.findall(r"[a-z]{3,}", m.group(0)))))
    for i, span in enumerate(spans[:MAX_SPAN_RETRIES]):
        yield Progress(i, len(spans), pick(f"Translating words left in English ({i + 1}/{len(spans)})…",
                                           f"正在补译残留的英文词语（{i + 1}/{len(spans)}）…"))
        ask = f"把这个英文词语翻译成简体中文，只输出中文词语，不要解释。\n\n{span}"
        messages = [{"role": "system", "content": "你把英文翻译成简体中文。"}, {"role": "user", "content": ask}]
        raw = yield from generate(messages, max(12, len(span)), "map")
        lines = clean_output(raw).strip().strip("\"“”。.").splitlines()
        chinese = lines[0].strip() if lines else ""
        if not chinese or re.search(r"[A-Za-z]", chinese) or len(chinese) > len(span) + 4:
            continue
        text = re.sub(rf"\s*(?<![A-Za-z]){re.escape(span)}(?![A-Za-z])\s*", chinese, text)
    return text

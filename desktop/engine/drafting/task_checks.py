"""Second chances for a drafting answer: the form it promised, the language it must be in.

:func:`tasks.run_task` calls these after the first answer. Each costs one more generation
at most (per sentence for a translation that slipped into the source language), and only
when the answer is actually wrong, so a good first answer costs nothing extra. Whatever
cannot be repaired is returned as a problem the panel and the CLI show, never hidden.
"""

from __future__ import annotations

from collections.abc import Callable, Generator

from desktop.engine.core.events import OutputReset, TokenDelta
from desktop.engine.core.i18n import pick
from desktop.engine.core.jobs import Progress
from desktop.engine.drafting import task_form
from desktop.engine.drafting.textclean import clean_output

Generate = Callable[[list[dict[str, str]], int, str], Generator[Progress, None, str]]
Finish = Callable[[str], tuple[str, list[str]]]  # raw answer → (text, options), cleaned and enforced

_LANGUAGE_NAMES = {"en": ("English", "英文"), "zh": ("Chinese", "中文")}
MAX_SENTENCE_RETRIES = 6


def fix_form(generate: Generate, messages: list[dict[str, str]], answer_tokens: int, task_id: str,
             text: str, options: list[str], language: str, source: str,
             finish: Finish) -> Generator[Progress, None, tuple[str, list[str], list[str]]]:
    """Retry once with the form spelled out when the answer breaks it; keep the better one."""
    found = task_form.problems(task_id, text, options, language, source)
    if not found:
        return text, options, []
    yield Progress(0, None, pick("Reworking the answer into the requested form…", "正在按要求的格式重写…"),
                   OutputReset())
    note = task_form.retry_note(found, task_id, language)
    strict = [{"role": "system", "content": messages[0]["content"] + " " + note}, *messages[1:]]
    raw = yield from generate(strict, answer_tokens, "output")
    new_text, new_options = finish(raw)
    again = task_form.problems(task_id, new_text, new_options, language, source)
    if len(again) <= len(found):
        text, options, found = new_text, new_options, again
    if found:  # the first text is shown again when it was the better one: say so in the stream
        yield Progress(0, None, "", OutputReset())
        yield Progress(0, None, "", TokenDelta(text))
    return text, options, found


def fix_language(generate: Generate, system: str, text: str,
                 language: str) -> Generator[Progress, None, tuple[str, list[str]]]:
    """Translate again, one by one, the sentences left in the wrong language.

    Returns the repaired text and the problems left (empty when all of it is now in ``language``).
    """
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
    if task_form.language_ok(text, language):
        return text, []
    return text, [pick(f"Parts of the answer are not in {name_en}.", f"回答中有部分内容不是{name_zh}。")]

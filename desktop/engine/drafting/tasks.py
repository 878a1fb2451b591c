"""Drafting tasks as data, and the one job that runs any of them on the local model.

A :class:`TaskSpec` is what a plugin registers: names, a prompt per language, sampling
parameters, how to treat an input longer than the context, and post-processing steps.
:func:`run_task` turns (task, text, language) into a streamed, cleaned, checked
:class:`DraftResult`: quotes re-attached verbatim for interview→story, and names, numbers,
dates and places the sources do not contain flagged by the hallucination guard.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from desktop.engine.core.errors import CopydeskError, EmptyInputError, InputError
from desktop.engine.core.events import NoteDelta, OutputReset, TokenDelta
from desktop.engine.core.i18n import pick
from desktop.engine.core.jobs import CancelToken, Job, Progress, relay
from desktop.engine.core.text import detect_language
from desktop.engine.drafting import guard, quotes, task_checks, task_form
from desktop.engine.drafting.llm import (
    DEFAULT_N_CTX,
    GenerationParams,
    LocalModel,
)
from desktop.engine.drafting.long_input import check_local_limit, split_into_chunks
from desktop.engine.drafting.model_cache import open_model
from desktop.engine.drafting.task_spec import DraftResult, PromptSpec, TaskSpec
from desktop.engine.drafting.textclean import (
    POSTPROCESSORS,
    StreamCleaner,
    clean_output,
    language_matches,
    parse_options,
    simplified,
)

LANGUAGES = ("en", "zh")


class UnknownTaskError(InputError):
    en = "There is no drafting task called '{task_id}'."
    zh = "没有名为“{task_id}”的写作任务。"
    hint_en = "Run 'copydesk draft --list' to see the tasks."
    hint_zh = "运行 copydesk draft --list 查看可用任务。"


class UnsupportedLanguageError(InputError):
    en = "The language '{language}' is not supported here; use zh or en."
    zh = "不支持语言“{language}”，请使用 zh 或 en。"


class WrongInputLanguageError(InputError):
    en = "'{task}' expects {expected} text, but this looks like {found}."
    zh = "“{task}”需要{expected_zh}文字，但这段看起来是{found_zh}。"


_LANG_NAMES = {"en": ("English", "英文"), "zh": ("Chinese", "中文")}


class TranscriptRequiredError(InputError):
    en = "'{task}' needs an interview transcript (or 'Speaker: words' lines)."
    zh = "“{task}”需要采访转写稿（或“说话人：内容”格式的文字）。"


# --- language -----------------------------------------------------------------------------

def postprocess(task: TaskSpec, text: str, language: str) -> tuple[str, list[str]]:
    text = clean_output(text)
    for step in task.postprocess:
        func = POSTPROCESSORS[step] if isinstance(step, str) else step
        text = func(text, language)
    text = simplified(text, language)
    options: list[str] = []
    if task.options > 1:
        options = parse_options(text, task.options)
        text = "\n".join(options) if options else text
    return text, options


# --- running a task ---------------------------------------------------------------------------

def get_task(task_id: str | TaskSpec) -> TaskSpec:
    if isinstance(task_id, TaskSpec):
        return task_id
    from desktop.engine.core.plugins import registry

    task = registry().tasks.get(task_id)
    if task is None:
        raise UnknownTaskError(task_id=task_id)
    return task


def list_tasks() -> list[TaskSpec]:
    from desktop.engine.core.plugins import registry

    return list(registry().tasks.values())


def instruction_task(instruction: str) -> TaskSpec:
    """A one-off task from the reporter's own words ("make this friendlier")."""
    if not instruction.strip():
        raise EmptyInputError(what="The instruction", what_zh="指令")
    prompt = PromptSpec("You are a careful newsroom editor. Follow the instruction. Output only the result.",
                        "Instruction: {instruction}\n\nText:\n{text}")
    prompt_zh = PromptSpec("你是严谨的新闻编辑。按照指令处理文字，只输出结果。", "指令：{instruction}\n\n文字：\n{text}")
    return TaskSpec("custom", "Custom instruction", "自定义指令", {"en": prompt, "zh": prompt_zh},
                    max_tokens=500, output_ratio=1.5)


_MAP_PROMPTS = {
    "en": "Write brief notes with the key facts (names, numbers, dates, places) of this part of a longer "
          "text. Output only the notes.\n\n{text}",
    "zh": "为下面这部分长文写简短笔记，保留关键事实（人名、数字、日期、地点）。只输出笔记。\n\n{text}",
}


def _messages(prompt: PromptSpec, user_template: str, text: str, instruction: str) -> list[dict[str, str]]:
    user = user_template.replace("{instruction}", instruction).replace("{text}", text)
    return [{"role": "system", "content": prompt.system}, {"role": "user", "content": user}]


def _params(task: TaskSpec, max_tokens: int) -> GenerationParams:
    return GenerationParams(max_tokens=max_tokens, temperature=task.temperature,
                            repeat_penalty=task.repeat_penalty)


def _answer_tokens(task: TaskSpec, input_tokens: int) -> int:
    if task.output_ratio is None:
        return task.max_tokens
    return max(64, min(task.max_tokens, int(input_tokens * task.output_ratio) + 32))


@dataclass
class _Run:
    """Book-keeping across the passes of one task (map, reduce, chunks)."""

    model: LocalModel
    task: TaskSpec
    cancel: CancelToken
    prompt_tokens: int = 0
    completion_tokens: int = 0
    first_token_s: float | None = None
    started: float = field(default_factory=time.perf_counter)

    def generate(self, messages: list[dict[str, str]], max_tokens: int, phase: str, seed: int = 0) -> Job[str]:
        cleaner = StreamCleaner()
        params = _params(self.task, max_tokens)
        if seed:
            params = replace(params, seed=params.seed + seed, temperature=min(1.0, params.temperature + 0.3))
        stream = self.model.stream_chat(messages, params, self.cancel, phase)

        def shown(event: Progress) -> Progress | None:
            if self.first_token_s is None:
                self.first_token_s = time.perf_counter() - self.started
            text = cleaner.feed(event.data.text)
            return Progress(event.done, event.total, event.message, TokenDelta(text)) if text else None

        def note(event: Progress) -> Progress | None:  # intermediate notes: progress only, no text
            return Progress(event.done, event.total, event.message) if event.done % 16 == 1 else None

        completion = yield from relay(stream, {TokenDelta: shown, NoteDelta: note})
        tail = cleaner.finish()
        if tail and phase == "output":
            yield Progress(completion.completion_tokens, None, "", TokenDelta(tail))
        self.prompt_tokens += completion.prompt_tokens
        self.completion_tokens += completion.completion_tokens
        return completion.text


def run_task(task_id: str | TaskSpec, text: str, language: str | None = None, model: str | Path | None = None,
             *, cancel: CancelToken, transcript_id: int | None = None, store: object | None = None,
             instruction: str = "", cloud_allowed: bool = False, n_ctx: int = DEFAULT_N_CTX,
             threads: int | None = None, sources: Sequence[str] = ()) -> Job[DraftResult]:
    """Run a drafting task on the local model. A job: token events carry ``TokenDelta``.

    ``text`` is the selection or document; for interview→story it may be empty when
    ``transcript_id`` (with ``store``) names the transcript. ``sources`` are extra texts the
    guard accepts facts from.
    """
    task = instruction_task(instruction) if task_id in ("", "custom") else get_task(task_id)
    segments: list[quotes.Segment] = []
    if task.needs_transcript:
        if transcript_id is not None and store is not None:
            segments = quotes.load_segments(store, transcript_id)
        elif text.strip():
            segments = quotes.segments_from_text(text)
        if not segments:
            raise TranscriptRequiredError(task=task.name())
        text = quotes.format_segments(segments)
    if not text.strip():
        raise EmptyInputError(what="The text to work on", what_zh="要处理的文字")
    if task.input_language and detect_language(text) != task.input_language:
        found = detect_language(text)
        raise WrongInputLanguageError(task=task.name(), expected=_LANG_NAMES[task.input_language][0],
                                      expected_zh=_LANG_NAMES[task.input_language][1],
                                      found=_LANG_NAMES[found][0], found_zh=_LANG_NAMES[found][1])
    if language is None or language in ("", "auto"):
        language = task.output_language or detect_language(text)
    if language not in LANGUAGES:
        raise UnsupportedLanguageError(language=language)
    if task.output_language:
        language = task.output_language
    prompt = task.prompts.get(language) or next(iter(task.prompts.values()))
    local = yield from open_model(model, n_ctx=n_ctx, threads=threads, cancel=cancel)
    run = _Run(local, task, cancel)
    input_tokens = local.count_tokens(text)
    check_local_limit(input_tokens, cloud_allowed)
    frame = local.count_messages(_messages(prompt, prompt.user, "", instruction))
    answer = _answer_tokens(task, input_tokens)
    budget = local.input_budget(answer, frame)
    chunks = 1
    if input_tokens <= budget:
        raw = yield from run.generate(_messages(prompt, prompt.user, text, instruction), answer, "output")
    else:
        raw, chunks = yield from _long_input(run, prompt, text, instruction, language, frame)
    def finish(answer_raw: str) -> tuple[str, list[str]]:
        cleaned, found = postprocess(task, answer_raw, language)
        return task_form.enforce(task.id, cleaned, found, language)

    def in_language(answer: str) -> bool:
        strict = task.output_language is not None
        return task_form.language_ok(answer, language) if strict else language_matches(answer, language)

    messages = _messages(prompt, prompt.user, text, instruction)
    result_text, options = finish(raw)
    if not in_language(result_text) and chunks == 1 and len(result_text) > 20:
        # one retry, told plainly which language to answer in
        yield Progress(0, None, pick("Answer came back in the wrong language; retrying…", "回答语言不对，正在重试…"),
                       OutputReset())
        strict = PromptSpec(prompt.system + _LANGUAGE_NOTE[language], prompt.user)
        raw = yield from run.generate(_messages(strict, strict.user, text, instruction), answer, "output")
        result_text, options = finish(raw)
    seed = 1
    while task.options > 1 and len(options) < task.options and seed <= 2 and chunks == 1:
        # a small model often gives one headline instead of three: ask again, a little warmer
        yield Progress(len(options), task.options, pick("Looking for more options…", "正在寻找更多备选…"))
        extra = yield from run.generate(messages, answer, "map", seed=seed)
        for option in finish(extra)[1] or parse_options(clean_output(extra), task.options):
            if option.lower() not in (o.lower() for o in options) and len(options) < task.options:
                options.append(option)
        result_text, options = task_form.enforce(task.id, "\n".join(options), options, language)
        seed += 1
    problems: list[str] = []
    if chunks == 1 and not task.needs_transcript:
        result_text, options, problems = yield from task_checks.fix_form(
            run.generate, messages, answer, task.id, result_text, options, language, text, finish)
    if task.output_language or not task_form.language_ok(result_text, language):  # not only translations
        result_text, left = yield from task_checks.fix_language(run.generate, prompt.system, result_text, language,
                                                                text)
        problems += left
    if task.needs_transcript and quotes.looks_echoed(raw, segments):
        # the model copied the transcript out: ask only for the news in plain words, then set the
        # key statements under it as tagged quotes (attached verbatim below)
        yield Progress(0, None, pick("Writing the story around the key quotes…", "正在围绕关键引语成稿…"),
                       OutputReset())
        lead_prompt = PromptSpec(prompt.system, _LEAD_FROM_INTERVIEW[language])
        lead = yield from run.generate(_messages(lead_prompt, lead_prompt.user, text, instruction), 200, "output")
        lead = clean_output(quotes._ECHO.sub("", lead)).strip()
        said = "说：" if language == "zh" else " said: "
        picks = "\n\n".join(f"{segments[i].speaker or '?'}{said}[S{i + 1}]" for i in quotes.key_segments(segments))
        result_text = f"{lead}\n\n{picks}".strip()
    links: list[quotes.QuoteLink] = []
    if task.needs_transcript:
        result_text, links, unverified = quotes.attach_quotes(result_text, segments, transcript_id)
    else:
        unverified = []
    if task.needs_transcript:
        problems += task_form.problems(task.id, result_text, options, language, text)
    guard_sources = [text, *sources, *(s.text for s in segments)]
    flags = guard.check(result_text, guard_sources, mode=task.guard) if task.guard != "off" else []
    seen = {(f.start, f.end) for f in flags}
    flags = sorted([*flags, *(guard.GuardFlag(a, b, result_text[a:b], "quote") for a, b in unverified
                              if (a, b) not in seen)], key=lambda f: f.start)
    return DraftResult(task.id, result_text, language, local.model_id, local.display_name, options, links,
                       flags, chunks, run.prompt_tokens, run.completion_tokens, run.first_token_s,
                       time.perf_counter() - run.started, in_language(result_text), problems=problems)


_LEAD_FROM_INTERVIEW = {
    "en": "Transcript:\n{text}\n\nIn two or three sentences of plain news prose, report the main news from this "
          "interview. Do not use quotation marks and do not copy transcript lines.",
    "zh": "转写稿：\n{text}\n\n用两三句新闻语言报道这次采访的主要内容。不要用引号，不要照抄转写稿。",
}
_LANGUAGE_NOTE = {"en": " Answer in English only.", "zh": " 必须只用简体中文回答。"}


def _long_input(run: _Run, prompt: PromptSpec, text: str, instruction: str, language: str,
                frame: int) -> Job[tuple[str, int]]:
    """Map-reduce for summaries and the like, chunk by chunk for rewrites, the tail for continuing."""
    local, task = run.model, run.task
    if task.long_input == "per_chunk":
        ratio = task.output_ratio or 1.0
        budget = int((local.n_ctx - frame - 64) / (1 + ratio))
        parts = split_into_chunks(text, budget, local.count_tokens)
        outputs = []
        for i, part in enumerate(parts):
            yield Progress(i, len(parts), pick(f"Part {i + 1} of {len(parts)}", f"第 {i + 1}/{len(parts)} 部分"))
            if i:
                yield Progress(i, len(parts), "", TokenDelta("\n\n"))
            answer = _answer_tokens(task, local.count_tokens(part))
            outputs.append((yield from run.generate(_messages(prompt, prompt.user, part, instruction),
                                                     answer, "output")))
        return "\n\n".join(clean_output(o) for o in outputs), len(parts)
    answer = _answer_tokens(task, 0)
    budget = local.input_budget(answer, frame)
    if task.long_input == "tail":
        parts = split_into_chunks(text, budget, local.count_tokens)
        tail = parts[-1]
        raw = yield from run.generate(_messages(prompt, prompt.user, tail, instruction), answer, "output")
        return raw, 1
    map_template = prompt.map_user or _MAP_PROMPTS[language]
    notes_tokens = min(256, max(96, budget // 4))
    map_frame = local.count_messages(_messages(prompt, map_template, "", instruction))
    total = 0
    for _round in range(3):
        parts = split_into_chunks(text, local.input_budget(notes_tokens, map_frame), local.count_tokens)
        total += len(parts)
        notes = []
        for i, part in enumerate(parts):
            yield Progress(i, len(parts), pick(f"Reading part {i + 1} of {len(parts)}",
                                               f"正在阅读第 {i + 1}/{len(parts)} 部分"))
            note = yield from run.generate(_messages(prompt, map_template, part, instruction), notes_tokens, "map")
            notes.append(clean_output(note))
        text = "\n".join(n for n in notes if n)
        if local.count_tokens(text) <= budget:
            break
    else:
        raise CopydeskError(en="The notes from this long text are still too long to combine.",
                            zh="这篇长文的笔记仍然太长，无法合并。")
    yield Progress(total, total, pick("Writing from the notes", "正在根据笔记写作"))
    raw = yield from run.generate(_messages(prompt, prompt.user, text, instruction), answer, "output")
    return raw, total

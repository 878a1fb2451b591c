"""Drafting tasks: the built-in set, output cleaning, and run_task on a real small model."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest

from desktop.engine.core.errors import EmptyInputError, JobCancelled
from desktop.engine.core.events import TokenDelta
from desktop.engine.core.jobs import CancelToken, run_job
from desktop.engine.core.plugins import registry
from desktop.engine.core.text import detect_language
from desktop.engine.drafting.long_input import InputTooLongForLocalError
from desktop.engine.drafting.tasks import (
    StreamCleaner,
    TranscriptRequiredError,
    UnknownTaskError,
    UnsupportedLanguageError,
    WrongInputLanguageError,
    clean_output,
    parse_options,
    run_task,
)

# A short Chinese news item written for this test (the LCSTS figures are in bench/llm_quality.py).
ZH_STORY = ("市政府昨天宣布，将在明年投入二十亿元改造全市一百二十个老旧小区，重点更换供水管道、加装电梯、"
            "增加停车位。负责人表示，改造方案将先征求居民意见，预计惠及约八万户家庭。部分居民担心施工期间"
            "出行不便，有关部门承诺分批施工，并在每个小区设立咨询点。")
STORY = ("The city council voted on Monday to extend metro line 3 until 11 pm from March 5. "
         "Mayor Jane Doe said the change costs 2 million dollars a year and will help 40,000 night workers.")
BUILTIN = {"continue", "polish", "shorten", "expand", "summarize", "headlines", "lead", "translate-zh-en",
           "translate-en-zh", "outline", "interview-story"}


def _spec(task_id: str, **changes):
    """A built-in task with a shorter answer, so SmolLM2 plumbing tests stay fast."""
    from dataclasses import replace

    from desktop.engine.drafting.tasks import get_task

    return replace(get_task(task_id), **changes)


def _run(task, text: str, model, **kw):
    deltas: list[str] = []
    result = run_job(run_task(task, text, kw.pop("language", None), model, cancel=kw.pop("cancel", CancelToken()),
                              n_ctx=kw.pop("n_ctx", 2048), threads=1, **kw),
                     lambda e: deltas.append(e.data.text) if isinstance(e.data, TokenDelta) else None)
    return result, "".join(deltas)


def test_builtin_tasks_are_registered_with_both_languages() -> None:
    tasks = registry().tasks
    assert set(tasks) >= BUILTIN
    for task in (tasks[t] for t in BUILTIN):
        assert task.name("en") and task.name("zh_CN") and task.name("en") != task.name("zh_CN")
        assert all("{text}" in p.user for p in task.prompts.values())
        if not task.output_language:
            assert set(task.prompts) == {"en", "zh"}
    assert tasks["headlines"].options == 3
    assert tasks["polish"].diff_view and tasks["shorten"].diff_view
    assert tasks["interview-story"].needs_transcript


@pytest.mark.parametrize(("raw", "clean"), [
    ("Sure! Here is the polished text:\n\nThe mayor spoke.", "The mayor spoke."),
    ("Certainly. Here's a summary: The council met.", "The council met."),
    ("当然，以下是润色后的文字：\n市长发表讲话。", "市长发表讲话。"),
    ("好的！这是摘要：市议会开会。", "市议会开会。"),
    ("Summary:\nThe council met.", "The council met."),
    ("<|im_start|>assistant\nThe council met.<|im_end|>", "The council met."),
    ("```\nThe council met.\n```", "The council met."),
    ("The council met.\n\nI hope this helps! Let me know if you need more.", "The council met."),
    ('"The council met."', "The council met."),
    ("The council met. Sure enough, it rained.", "The council met. Sure enough, it rained."),
])
def test_clean_output(raw: str, clean: str) -> None:
    assert clean_output(raw) == clean


def test_stream_cleaner_hides_preamble_and_split_markers() -> None:
    cleaner = StreamCleaner()
    shown = "".join(cleaner.feed(p) for p in ["Sure", ", here", " is the text:\n", "The mayor", " spoke<|im",
                                               "_end|>", " today."]) + cleaner.finish()
    assert shown == "The mayor spoke today."


def test_parse_options_and_language_detection() -> None:
    assert parse_options('Three headlines:\n1. "Metro runs later"\n2) **Night trains**\n- Night trains\n3、地铁延时。') \
        == ["Metro runs later", "Night trains", "地铁延时"]
    assert detect_language("本市交通管理部门宣布延长地铁运营时间") == "zh"
    assert detect_language(STORY) == "en"


# --- bad input ---------------------------------------------------------------------------------

def test_unknown_task_empty_input_and_bad_language(smollm2_path: Path) -> None:
    with pytest.raises(UnknownTaskError) as err:
        _run("no-such-task", STORY, smollm2_path)
    assert "copydesk draft --list" in err.value.full_message()
    for empty in ("", "   \n\t "):
        with pytest.raises(EmptyInputError):
            _run("summarize", empty, smollm2_path)
    with pytest.raises(UnsupportedLanguageError):
        _run("summarize", STORY, smollm2_path, language="fr")
    with pytest.raises(WrongInputLanguageError) as wrong:
        _run("translate-zh-en", STORY, smollm2_path)
    assert "Chinese" in wrong.value.message() and "中文" in wrong.value.message("zh_CN")
    with pytest.raises(TranscriptRequiredError):
        _run("interview-story", "   ", smollm2_path)
    with pytest.raises(EmptyInputError):
        _run("custom", STORY, smollm2_path, instruction="   ")


def test_input_far_beyond_the_context_is_refused_with_a_typed_error(smollm2_path: Path) -> None:
    huge = (STORY + "\n") * 2000  # about 90,000 tokens
    started = time.perf_counter()
    with pytest.raises(InputTooLongForLocalError) as err:
        _run("summarize", huge, smollm2_path, cloud_allowed=True)
    assert time.perf_counter() - started < 15
    assert err.value.cloud_allowed


def test_cancel_in_the_middle_of_a_task(smollm2_path: Path) -> None:
    token = CancelToken()
    seen: list[str] = []
    box: dict = {}

    def on_event(event) -> None:
        if isinstance(event.data, TokenDelta):
            seen.append(event.data.text)
            if len(seen) == 3:
                token.cancel()

    def target() -> None:
        try:
            run_job(run_task(_spec("expand", max_tokens=300), STORY * 3, None, smollm2_path, cancel=token,
                             n_ctx=2048, threads=1), on_event)
        except JobCancelled as err:
            box["error"] = err

    thread = threading.Thread(target=target)
    thread.start()
    thread.join(60)
    assert "error" in box and len(seen) == 3


# --- real runs (SmolLM2: plumbing, not quality) ---------------------------------------------------

def test_summarize_streams_a_clean_answer(smollm2_path: Path) -> None:
    result, streamed = _run(_spec("summarize", max_tokens=80), STORY, smollm2_path)
    assert result.text and result.language == "en" and result.model_id
    assert not result.text.lower().startswith(("sure", "here is", "certainly"))
    assert "<|" not in result.text and "<|" not in streamed
    assert streamed.strip()[:20] == result.text[:20]
    assert result.completion_tokens > 0 and result.route == "local"
    for flag in result.flags:  # every flagged span points at real text of the answer
        assert result.text[flag.start:flag.end] == flag.text


def test_headlines_give_distinct_options(smollm2_path: Path) -> None:
    result, _ = _run(_spec("headlines", max_tokens=60), STORY, smollm2_path)
    assert 1 <= len(result.options) <= 3
    assert len({o.lower() for o in result.options}) == len(result.options)
    assert result.text == "\n".join(result.options)


def test_long_input_goes_through_map_reduce(smollm2_path: Path) -> None:
    long_text = "\n\n".join(f"Item {i}: the council discussed the budget for district {i} and approved it."
                            for i in range(28))
    result, streamed = _run(_spec("summarize", max_tokens=48), long_text, smollm2_path, n_ctx=512)
    assert result.chunks > 1 and result.text and streamed


def test_long_input_is_rewritten_chunk_by_chunk(smollm2_path: Path) -> None:
    long_text = "\n\n".join(f"Item {i}: the council discussed the budget for district {i} and approved it."
                            for i in range(16))
    result, _ = _run(_spec("polish", max_tokens=64), long_text, smollm2_path, n_ctx=512)
    assert result.chunks > 1 and result.text


def test_custom_instruction(smollm2_path: Path) -> None:
    result, _ = _run("custom", STORY, smollm2_path, instruction="Rewrite this as one short sentence.")
    assert result.task_id == "custom" and result.text


def test_interview_story_quotes_are_verbatim_and_linked(smollm2_path: Path, store) -> None:
    from desktop.engine.drafting.quotes import check_quotes, load_quote_links, save_quote_links

    now = time.time()
    lines = [(0.0, 4.5, "Mayor Doe", "We will run the trains until eleven at night from March 5."),
             (4.5, 6.0, "Reporter", "What will it cost?"),
             (6.0, 11.2, "Mayor Doe", "About two million dollars a year, and forty thousand night workers benefit.")]
    with store.transaction() as c:
        c.execute("INSERT INTO transcripts(id, title, created, modified) VALUES (5, 'Doe interview', ?, ?)", (now, now))
        for i, (start, end, speaker, text) in enumerate(lines):
            c.execute("INSERT INTO transcript_segments(transcript_id, idx, start, end, text, speaker, words) "
                      "VALUES (5, ?, ?, ?, ?, ?, ?)", (i, start, end, text, speaker, json.dumps([])))
    result, _ = _run(_spec("interview-story", max_tokens=160), "", smollm2_path, transcript_id=5, store=store)
    assert result.quotes, "an interview story carries at least one linked quote"
    originals = {text for *_x, text in lines}
    for link in result.quotes:
        assert link.original in originals or any(link.original in o for o in originals)
        assert result.text[link.char_start:link.char_end] == link.original
        assert link.transcript_id == 5 and link.speaker in {"Mayor Doe", "Reporter"} and link.end > link.start
    doc = store.create_document("Draft", result.text, "en")
    save_quote_links(store, doc.id, result.quotes)
    checks = check_quotes(result.text, load_quote_links(store, doc.id))
    assert checks and all(c.status == "ok" for c in checks)


# --- quality spot checks with the default model (slow) -------------------------------------------

@pytest.mark.slow
def test_zh_headlines_with_qwen(qwen_path: Path) -> None:
    result, _ = _run("headlines", ZH_STORY, qwen_path, n_ctx=4096)
    assert len(result.options) == 3
    assert all(detect_language(o) == "zh" for o in result.options)
    assert result.language == "zh" and result.language_ok


@pytest.mark.slow
def test_en_to_zh_translation_with_qwen(qwen_path: Path) -> None:
    result, _ = _run("translate-en-zh", STORY, qwen_path, n_ctx=4096)
    assert detect_language(result.text) == "zh"
    assert "40,000" in result.text or "4万" in result.text or "40000" in result.text or "四万" in result.text

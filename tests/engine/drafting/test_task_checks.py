"""Second chances for an answer: figures translated with the wrong scale, Chinese left in English."""

from __future__ import annotations

from pathlib import Path

from desktop.engine.core.jobs import CancelToken, run_job
from desktop.engine.drafting import task_form
from desktop.engine.drafting.task_checks import fix_language, fix_scales
from desktop.engine.drafting.tasks import _Run, get_task, open_model

VISITORS_ZH = "国庆假期期间，西湖景区共接待游客186.5万人次，比去年同期增加12%。"


def test_wrong_scale_is_put_right_by_value() -> None:
    assert fix_scales("West Lake received 186.5 million visitors, up 12%.", VISITORS_ZH, "en") == \
        "West Lake received 1.865 million visitors, up 12%."
    assert fix_scales("州政府将花费1.2亿美元。", "The state will spend $1.2 billion.", "zh") == "州政府将花费12亿美元。"
    # supported figures and figures with no source counterpart are left alone (the guard flags those)
    assert fix_scales("West Lake received 1,865,000 visitors.", VISITORS_ZH, "en") == \
        "West Lake received 1,865,000 visitors."
    assert fix_scales("It received 2 million visitors.", VISITORS_ZH, "en") == "It received 2 million visitors."


def test_chinese_words_left_in_an_english_translation_are_translated(qwen_path: Path) -> None:
    model = run_job(open_model(qwen_path, n_ctx=2048, threads=1, cancel=CancelToken()))
    run = _Run(model, get_task("translate-zh-en"), CancelToken())
    mixed = "During the国庆 holiday, West Lake welcomed 186.5 million visitors, up 12%."
    text, left = run_job(fix_language(run.generate, "You translate Chinese into English.", mixed, "en",
                                      VISITORS_ZH))
    assert task_form.language_ok(text, "en"), text
    assert left == []
    assert "1.865 million visitors, up 12%." in text
    assert text.startswith("During the ") and " holiday," in text  # spaced like English


def test_english_words_left_in_a_chinese_answer_are_translated(qwen_path: Path) -> None:
    model = run_job(open_model(qwen_path, n_ctx=2048, threads=1, cancel=CancelToken()))
    run = _Run(model, get_task("expand"), CancelToken())
    mixed = "西湖景区国庆期间接待了大量 visitors，比去年同期增加12%。讲解员 Alan Reed 也在场。"
    assert not task_form.language_ok(mixed, "zh")
    text, left = run_job(fix_language(run.generate, "你是新闻编辑。", mixed, "zh"))
    assert "visitors" not in text, text
    assert "Alan Reed" in text and "12%" in text  # names and figures are not touched
    assert task_form.language_ok(text, "zh") and left == [], text

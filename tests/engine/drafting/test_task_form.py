"""The form each drafting task promises: problems found, and the fixes that never touch facts."""

from __future__ import annotations

from desktop.engine.drafting import task_form


def test_headlines_are_short_plain_lines() -> None:
    raw = ['\\"We will hire six nurses,\\" Lopez says', "“Clinic short of staff”", "Nurses ask city for help."]
    assert "quote marks or escapes in a line" in task_form.problems("headlines", "\n".join(raw), raw)
    text, options = task_form.enforce("headlines", "\n".join(raw), raw, "en")
    assert options == ["We will hire six nurses, Lopez says", "Clinic short of staff", "Nurses ask city for help"]
    assert task_form.problems("headlines", text, options) == []
    one = ["Clinic short of staff"]
    assert task_form.problems("headlines", one[0], one) == ["1 lines instead of 3"]
    long = ["word " * 30, "b c", "d e"]
    assert "a line is too long" in task_form.problems("headlines", "\n".join(long), long)


def test_summaries_respect_length_and_are_not_a_quote() -> None:
    four = "One thing happened. Then another. And a third. Finally a fourth."
    assert task_form.problems("summarize", four) == ["4 sentences, more than 3"]
    text, _ = task_form.enforce("summarize", four, [], "en")
    assert text == "One thing happened. Then another. And a third."
    quote = "“We need six more nurses before next winter, that is all we ask,” she said."
    assert "it is a quotation, not a summary" in task_form.problems("summarize", quote)
    zh = "市交通委宣布地铁5号线延长运营。每晚增加12个班次。预计每天多服务3.2万名乘客。年增成本1800万元。"
    assert task_form.enforce("summarize", zh, [], "zh")[0].count("。") == 3


def test_bullets_are_bullets() -> None:
    text = "Shelter approved\n- 42 beds\n- Costs $3.8 million"
    fixed, _ = task_form.enforce("summarize-bullets", text, [], "en")
    assert fixed == "- Shelter approved\n- 42 beds\n- Costs $3.8 million"
    assert task_form.problems("summarize-bullets", fixed) == []
    assert task_form.problems("summarize-bullets", "- only one") == ["1 bullet points instead of 3–5"]


def test_translations_are_entirely_in_the_target_language() -> None:
    mixed = "Visits reached 1.865 million. 景区管委会增派了300名志愿者。"
    assert task_form.foreign_sentences(mixed, "en") == ["景区管委会增派了300名志愿者。"]
    assert not task_form.language_ok(mixed, "en")
    assert task_form.language_ok("Visits reached 1.865 million, up 12%.", "en")
    assert task_form.language_ok("州政府将在三年内投入12亿美元修建农村道路，交通部长Alan Reed说。", "zh")
    assert not task_form.language_ok("州政府将投入12亿美元。The minister said roads will be repaired soon.", "zh")


def test_an_interview_story_is_prose_with_quotes() -> None:
    copy = "Reporter: How long?\nMaria Lopez: Eleven years now.\nReporter: And now?\nMaria Lopez: Hire six."
    found = task_form.problems("interview-story", copy)
    assert "it copies the transcript instead of telling the story" in found and "no quotation" in found
    story = ("Night nurse Maria Lopez has worked at the clinic for eleven years.\n\n"
             "Maria Lopez said: “Hire six more nurses before next winter.”")
    assert task_form.problems("interview-story", story) == []
    assert "no prose besides the quotes" in task_form.problems("interview-story", "Lopez said: “Hire six.”")


def test_english_left_inside_a_chinese_translation_is_found() -> None:
    half = "政府将花费1.2 billion美元修复农村道路和交通 Minister Alan Reed表示。他说4,300公里的路将被修复。"
    assert task_form.foreign_sentences(half, "zh") == ["政府将花费1.2 billion美元修复农村道路和交通 Minister Alan Reed表示。"]
    assert task_form.language_ok("交通部长Alan Reed周五表示，GDP增长了5%。", "zh")

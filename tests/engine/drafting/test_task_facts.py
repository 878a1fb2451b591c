"""The facts a rewrite or a summary must keep: people named, and for rewrites every figure."""

from __future__ import annotations

from desktop.engine.drafting.task_facts import keep_note, missing

WATER = ("Oakdale's water board will raise bills by 6 percent from July to replace 120 km of old pipes. "
         "Board chair Priya Nair said families would pay about $4 more a month.")
METRO = "地铁公司副总经理王丽华介绍，5号线日均客流3.2万人次。"


def test_shortening_keeps_people_and_figures() -> None:
    short = "Oakdale water bills will rise by 6% from July to replace 120 km of pipes."
    assert missing("shorten", WATER, short) == ["Nair", "$4"]
    assert missing("shorten", WATER, short.replace("from July", "soon")) == ["Nair", "July", "$4"]
    full = "Oakdale bills rise 6% in July for 120 km of pipes; families pay $4 more, said Nair."
    assert missing("shorten", WATER, full) == []
    assert missing("polish", METRO, "5号线日均客流3.2万人次。") == ["王丽华"]


def test_summaries_keep_who_but_choose_their_figures() -> None:
    assert missing("summarize", WATER, "Oakdale water bills will rise from July, Nair said.") == []
    assert missing("summarize", WATER, "Oakdale water bills will rise from July.") == ["Nair"]
    assert missing("summarize", WATER, "Oakdale water bills will rise, Nair said.") == ["July"]
    assert missing("lead", "市政府周一宣布，王芳任局长。", "王芳任局长。") == ["周一"]
    assert missing("headlines", WATER, "Water Bills Rise") == []  # headlines name whom they like


def test_retry_note_names_the_facts() -> None:
    assert keep_note(["Nair", "$4"], "en") == "Be sure to keep these facts from the text: Nair; $4."
    assert keep_note(["王丽华"], "zh") == "请务必保留原文中的这些事实：王丽华。"

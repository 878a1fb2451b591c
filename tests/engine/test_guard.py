"""Hallucination guard: facts in generated text that the sources do not contain."""

from __future__ import annotations

from desktop.engine.guard import check, cn_to_number

SOURCE_EN = ("Mayor Jane Doe said on Monday that the city will spend $3.5 million on 12 new buses "
             "from March 5. The line serves Springfield.")
SOURCE_ZH = "本市交通管理部门周一宣布，地铁三号线将于3月5日起延长运营至23点，投资两千万元。张伟表示欢迎。"


def _flags(text: str, sources: list[str], mode: str = "full") -> list[tuple[str, str]]:
    found = check(text, sources, mode)
    for flag in found:
        assert text[flag.start:flag.end] == flag.text
    return [(f.kind, f.text) for f in found]


def test_supported_facts_pass_in_other_formats() -> None:
    text = ("On Monday, Mayor Doe said the city will spend 3,500,000 dollars on twelve buses from 5 March. "
            "However, Springfield riders were pleased.")
    assert _flags(text, [SOURCE_EN]) == []


def test_invented_numbers_dates_and_names_are_flagged() -> None:
    text = "Mayor Jane Doe said on Tuesday the city will spend $4 million on 15 buses, said John Smith in Boston."
    assert _flags(text, [SOURCE_EN]) == [("date", "Tuesday"), ("number", "4 million"), ("number", "15"),
                                         ("name", "John Smith"), ("name", "Boston")]


def test_chinese_facts() -> None:
    ok = "市交通管理部门周一宣布，三号线3月5日起延长运营，投资2000万元，张伟表示欢迎。"
    assert _flags(ok, [SOURCE_ZH]) == []
    bad = "北京市交通部门周三宣布，地铁三号线将于3月6日起延长运营，投资3000万元。李强表示欢迎。"
    kinds = _flags(bad, [SOURCE_ZH])
    assert ("date", "周三") in kinds and ("date", "3月6日") in kinds
    assert ("number", "3000万") in kinds and ("name", "李强") in kinds
    assert any(kind == "place" and "北京" in word for kind, word in kinds)


def test_numbers_mode_ignores_names_for_translations() -> None:
    assert _flags("李市长周一说，将花费350万美元购买12辆公交车。", [SOURCE_EN], mode="numbers") == []
    assert _flags("李市长说将花费400万美元。", [SOURCE_EN], mode="numbers") == [("number", "400万")]


def test_chinese_numerals_and_edge_cases() -> None:
    assert cn_to_number("两千万") == 20_000_000
    assert cn_to_number("三千五百") == 3500
    assert cn_to_number("十二") == 12
    assert cn_to_number("一亿两千万") == 120_000_000
    assert check("", [SOURCE_EN]) == []
    assert check("Anything at all 99.", [SOURCE_EN], mode="off") == []
    assert _flags("It may rain. I think so.", [""]) == []

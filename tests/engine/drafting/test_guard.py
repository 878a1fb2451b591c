"""Hallucination guard: facts in generated text that the sources do not contain."""

from __future__ import annotations

from desktop.engine.drafting.guard import check, cn_to_number

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
    assert _flags(text, [SOURCE_EN]) == [("date", "Tuesday"), ("number", "$4 million"), ("number", "15"),
                                         ("name", "John Smith"), ("name", "Boston")]


def test_chinese_facts() -> None:
    ok = "市交通管理部门周一宣布，三号线3月5日起延长运营，投资2000万元，张伟表示欢迎。"
    assert _flags(ok, [SOURCE_ZH]) == []
    bad = "北京市交通部门周三宣布，地铁三号线将于3月6日起延长运营，投资3000万元。李强表示欢迎。"
    kinds = _flags(bad, [SOURCE_ZH])
    assert ("date", "周三") in kinds and ("date", "3月6日") in kinds
    assert ("number", "3000万元") in kinds and ("name", "李强") in kinds
    assert any(kind == "place" and "北京" in word for kind, word in kinds)


def test_numbers_mode_ignores_names_for_translations() -> None:
    assert _flags("李市长周一说，将花费350万美元购买12辆公交车。", [SOURCE_EN], mode="numbers") == []
    assert _flags("李市长说将花费400万美元。", [SOURCE_EN], mode="numbers") == [("number", "400万美元")]


def test_chinese_numerals_and_edge_cases() -> None:
    assert cn_to_number("两千万") == 20_000_000
    assert cn_to_number("三千五百") == 3500
    assert cn_to_number("十二") == 12
    assert cn_to_number("一亿两千万") == 120_000_000
    assert check("", [SOURCE_EN]) == []
    assert check("Anything at all 99.", [SOURCE_EN], mode="off") == []
    assert _flags("It may rain. I think so.", [""]) == []


# --- what a reporter fears (issue 12) --------------------------------------------------------------

EXPORTS_ZH = "国庆假期期间，西湖景区共接待游客186.5万人次，外贸总额186.5亿元，比去年同期增加12%。"


def test_unit_conversions_are_checked_by_value() -> None:
    assert _flags("The West Lake area received 1.865 million visits, up 12%.", [EXPORTS_ZH], "numbers") == []
    assert _flags("Trade reached 18.65 billion yuan.", [EXPORTS_ZH], "numbers") == []
    wrong = check("The West Lake area received 186.5 million visits.", [EXPORTS_ZH], "numbers")
    assert [(f.kind, f.text) for f in wrong] == [("unit", "186.5 million")]
    assert "186.5万" in wrong[0].detail and "1.865 million" in wrong[0].detail
    assert "1.865 million" in wrong[0].message("en")
    assert [f.kind for f in check("Trade reached 186.5 billion yuan.", [EXPORTS_ZH], "numbers")] == ["unit"]
    assert _flags("外贸总额达12亿美元。", ["The state will spend $1.2 billion."], "numbers") == []
    assert [f.kind for f in check("将花费1.2亿美元。", ["The state will spend $1.2 billion."], "numbers")] == ["unit"]


def test_invented_ages_amounts_and_units() -> None:
    source = "Maria Lopez has worked night shifts for eleven years. The clinic has 34 beds and costs $2 million."
    assert _flags("Lopez, a 34-year-old nurse, has worked nights for 11 years.", [source]) == [
        ("unit", "34-year-old")]
    assert _flags("Lopez, aged 52, works nights.", [source])[0][0] == "number"
    assert _flags("The clinic costs about $2.1 million and has nearly 35 beds.", [source]) == []
    assert _flags("The clinic costs $5 million.", [source]) == [("number", "$5 million")]
    assert _flags("陈秀芬今年58岁。", ["陈秀芬开了十五年面包店。"]) == [("number", "58岁")]
    assert _flags("房租涨了20%，每天要卖400个面包。", ["房租涨了百分之二十，每天要卖出四百个面包。"]) == []


def test_gender_that_contradicts_the_source() -> None:
    source = ("Maria Lopez has worked at the clinic for eleven years. She said the city must hire six more nurses. "
              "Mr David Osei runs the hospital.")
    bad = "Lopez has worked there for eleven years. He said the city must hire six more nurses."
    assert _flags(bad, [source]) == [("gender", "He")]
    assert _flags("Mr Lopez said the city must hire six more nurses.", [source]) == [("gender", "Mr")]
    good = "Maria Lopez's clinic needs six more nurses, she said. Osei said he agreed."
    assert _flags(good, [source]) == []
    zh_source = "护士王芳在医院工作了十一年。她说，医院需要再招六名护士。"
    assert _flags("王芳说，他希望医院再招六名护士。", [zh_source]) == [("gender", "他")]
    assert _flags("王芳说，她希望医院再招六名护士。", [zh_source]) == []


def test_quotes_must_be_word_for_word() -> None:
    source = "Maria Lopez: Hire six more nurses before next winter. That is all we ask."
    assert _flags("Lopez said: “Hire six more nurses before next winter.”", [source]) == []
    assert _flags("Lopez said: “We need ten more nurses right now.”", [source]) == [
        ("quote", "We need ten more nurses right now.")]
    assert _flags("她说：“我们希望把云山茶做成品牌。”", ["赵敏说：“我们希望把云山茶做成一个响亮的品牌。”"])[0][0] == "quote"
    assert _flags("The “night shift” is hard.", [source]) == []  # a two-word scare quote is not a quotation


def test_title_case_headlines_and_possessives_are_not_names() -> None:
    source = ("The Riverside city council voted on Tuesday to build a night shelter. Councillor Maria Lopez "
              "proposed the plan, and the shelter will open in November.")
    assert _flags("Riverside Council Approves Night Shelter Proposed by Lopez", [source]) == []
    assert _flags("Maria Lopez's Shelter Plan Wins Council Vote", [source]) == []
    assert _flags("Riverside Mayor Kwame Mensah Backs Shelter", [source]) == [("name", "Kwame Mensah")]


def test_scale_words_glued_to_chinese() -> None:
    assert _flags("政府将花费1.2 billion美元。", ["The state will spend $1.2 billion."], "numbers") == []


def test_translations_keep_he_and_she() -> None:
    source = "景区管委会主任孙晓梅表示，她在高峰时段增派了300名志愿者。"
    assert _flags("Director Sun Xiaomei said she sent 300 volunteers.", [source], "numbers") == []
    assert _flags("Director Sun Xiaomei said he sent 300 volunteers.", [source], "numbers") == [("gender", "he")]
    assert _flags("他说，他们增派了300名志愿者。", ["He and she said they sent 300 volunteers."], "numbers") == []


# --- times of day and relations between days ------------------------------------------------------

ROADWORKS_EN = "The council said Elm Road will be closed on Monday for resurfacing, from 9 a.m., and buses will divert."
ROADWORKS_ZH = "市政部门表示，人民路将于周一晚上8点起封闭施工，公交线路临时绕行。"


def test_invented_time_relations_are_flagged() -> None:
    bad = "Elm Road will be closed from midnight on Monday to the next day for resurfacing, the council said."
    assert _flags(bad, [ROADWORKS_EN]) == [("date", "midnight"), ("date", "the next day")]
    assert "time" in check(bad, [ROADWORKS_EN])[0].message("en")
    assert _flags("Elm Road will be closed until 5 p.m. on Monday.", [ROADWORKS_EN]) == [("date", "5 p.m.")]
    assert _flags("Buses divert yesterday evening.", [ROADWORKS_EN]) == [("date", "yesterday"), ("date", "evening")]
    zh_bad = "人民路将于周一凌晨起封闭，次日上午10点恢复通行。"
    assert _flags(zh_bad, [ROADWORKS_ZH]) == [("date", "凌晨"), ("date", "次日"), ("date", "上午10点")]
    assert _flags("人民路星期二晚上封闭。", [ROADWORKS_ZH]) == [("date", "星期二")]


def test_restated_times_are_not_findings() -> None:
    assert _flags("On Monday, Elm Road will be closed from 9am for resurfacing.", [ROADWORKS_EN]) == []
    assert _flags("Elm Road closes on Monday morning for resurfacing.", [ROADWORKS_EN]) == []
    assert _flags("人民路星期一20时起封闭施工，公交绕行。", [ROADWORKS_ZH]) == []
    assert _flags("人民路周一晚间起封闭。", [ROADWORKS_ZH]) == []
    # across languages, for a translation
    assert _flags("Renmin Road will close from 8 p.m. on Monday evening.", [ROADWORKS_ZH], "numbers") == []
    assert _flags("人民路次日恢复通行。", ["The road reopens the following day."], "numbers") == []
    # "three points" and "night shift" are not times
    assert _flags("他提出三点建议。", ["他提出三点建议。"]) == []
    assert _flags("第2点是公交绕行。", ["公交绕行，共有2项说明。"]) == []
    assert _flags("She works the night shift.", ["She works the night shift."]) == []


def test_a_part_of_the_day_does_not_support_a_clock_time() -> None:
    source = "The vote is on Tuesday evening."
    assert _flags("The vote is at 7 p.m. on Tuesday.", [source]) == [("date", "7 p.m.")]
    assert _flags("The vote is on Tuesday at midnight.", ["The vote closes at 12 a.m. on Tuesday."]) == []
    assert _flags("投票于周二午夜结束。", ["投票于周二0点结束。"]) == []


def test_list_counters_are_not_facts() -> None:
    text = "要点：\n1. 地铁三号线延长运营至23点\n2、投资两千万元\n(3) 共投入15辆新车"
    assert _flags(text, [SOURCE_ZH]) == [("number", "15")]
    assert _flags("1. The city will spend $3.5 million.\n2. It buys 14 buses.", [SOURCE_EN]) == [("number", "14")]

"""The shipped term tables: 审校 risk categories fire on risky copy and stay silent on clean news."""

from __future__ import annotations

import pytest

from desktop.engine.core import i18n
from desktop.engine.proofread.issue import RISK, CheckContext
from desktop.engine.proofread.terms import checker_from_file, default_tables, load_terms

ZH = next(p for p in default_tables() if p.stem == "zh_default")
EN = next(p for p in default_tables() if p.stem == "en_default")

CLEAN_ZH = [
    # 第一 / 第一次 / 第一季度 in their plain, factual sense
    "国家统计局今天发布数据，今年第一季度国内生产总值同比增长5.3%，其中第一产业增加值增长3.3%。",
    "这是他第一次参加全国人大会议。会议第一天，代表们审议了政府工作报告，并分组讨论了第一批议案。",
    "市第一人民医院急诊科主任说，事故发生后医护人员第一时间赶到现场，全力救治伤员。",
    # 国家级 / 最佳 / 绝对 / 万能 where news uses them factually
    "该县共有3处国家级自然保护区和1项国家级非物质文化遗产，今年新增一个国家级经济技术开发区。",
    "在昨晚的颁奖典礼上，这部影片获得最佳影片奖，主演获得最佳女主角。专家说，现在是播种的最佳时机。",
    "我国已历史性地消除绝对贫困。统计显示，城镇人口占绝对多数。",
    "专家提醒，补贴不是万能的，也不存在零风险的投资；目前尚无治疗该病的特效药。",
    # courts and police, legal terms used correctly
    "警方已对犯罪嫌疑人刑事拘留，检察院随后批准逮捕。法院一审以故意伤害罪判处被告人有期徒刑三年。",
    "监狱对服刑罪犯开展职业技能培训，环保部门和卫生健康委员会派员参加。",
    "国家市场监督管理总局通报了第二批抽检结果，生态环境部部长出席发布会。",
    "残疾人运动员在比赛中获得金牌，盲人按摩师和聋人志愿者也参与了活动。",
]

CLEAN_EN = [
    "Output grew 5.3% in the first quarter, the statistics bureau said on Monday, the first time in two years.",
    "The world No. 1 beat her rival in straight sets to reach the final for the first time.",
    "The film won best picture, and the director said it was the best ever night of her career.",
    "She studied at Peking University and later worked for the Bombay Stock Exchange.",
    "The defendant pleaded not guilty. Police said the suspect was arrested on Tuesday.",
    "Doctors warned there is no miracle cure, and that the drug has side effects in some patients.",
]

RISKY_ZH = [
    ("这款产品是史上最好的净水器，销量全国第一。", {"史上最好", "第一"}),
    ("本品采用国家级配方，绝对安全，是送礼首选。", {"国家级", "绝对", "首选"}),
    ("该保健品包治百病，无副作用，可根治糖尿病。", {"包治百病", "无副作用", "根治"}),
    ("警方昨日批捕了嫌疑犯，这名罪犯被检察院判处罚款。", {"批捕", "嫌疑犯", "罪犯", "判处"}),
    ("他嘲笑对方是瞎子、瘸子和剩女。", {"瞎子", "瘸子", "剩女"}),
    ("国家食品药品监督管理总局和保监会发布通知。", {"国家食品药品监督管理总局", "保监会"}),
    ("该男子自杀成功前曾多次自杀失败。", {"自杀成功", "自杀失败"}),
]

RISKY_EN = [
    ("Our best ever price on the No. 1 brand in skin care!", {"best ever", "No. 1"}),
    ("A miracle cure with no side effects that cures cancer.", {"miracle cure", "no side effects", "cures cancer"}),
    ("The man pleaded innocent; he is wheelchair-bound.", {"pleaded innocent", "wheelchair-bound"}),
    ("Officials from the Ministry of Environmental Protection flew to Bombay.",
     {"Ministry of Environmental Protection", "Bombay"}),
    ("After a failed suicide attempt he spoke out.", {"failed suicide attempt"}),
]


def _risks(path, text: str, language: str) -> set[str]:
    return {i.text for i in checker_from_file(path).check(text, CheckContext(language)) if i.category == RISK}


@pytest.mark.parametrize("text", CLEAN_ZH)
def test_clean_chinese_news_gets_no_risk_mark(text: str) -> None:
    assert _risks(ZH, text, "zh") == set()


@pytest.mark.parametrize("text", CLEAN_EN)
def test_clean_english_news_gets_no_risk_mark(text: str) -> None:
    assert _risks(EN, text, "en") == set()


def test_clean_news_through_the_whole_quick_check() -> None:
    """The full proofreader (every built-in checker and table) marks no risk on clean copy."""
    from desktop.engine.proofread.runner import make_proofreader

    reader = make_proofreader()
    for text in CLEAN_ZH + CLEAN_EN:
        assert [i.text for i in reader.check(text) if i.category == RISK] == [], text


@pytest.mark.parametrize("text, expected", RISKY_ZH)
def test_risky_chinese_copy_is_marked(text: str, expected: set[str]) -> None:
    assert _risks(ZH, text, "zh") == expected


@pytest.mark.parametrize("text, expected", RISKY_EN)
def test_risky_english_copy_is_marked(text: str, expected: set[str]) -> None:
    assert _risks(EN, text, "en") == expected


def test_every_risk_row_has_a_level_and_both_explanations() -> None:
    for path in (ZH, EN):
        for term in load_terms(path):
            if term.category == "risk":
                assert term.risk in ("high", "medium", "low"), term
                assert term.explanation_zh and term.explanation_en, term


def test_explanation_follows_the_interface_language() -> None:
    checker = checker_from_file(ZH)
    issue = checker.check("销量全国第一", CheckContext("zh"))[0]
    assert "advertising" in issue.message and "low risk" in issue.message
    i18n.set_language("zh_CN")
    issue = checker.check("销量全国第一", CheckContext("zh"))[0]
    assert "广告法" in issue.data["explanation"] and "低风险" in issue.message

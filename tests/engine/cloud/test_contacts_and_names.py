"""E-mails, messenger IDs and the name finders on their own."""

from __future__ import annotations

import pytest

from desktop.engine.cloud import names, names_en, names_zh
from desktop.engine.cloud.contacts import find_emails, find_handles
from desktop.engine.cloud.digits import shadow


def found(finder, text: str) -> list[str]:
    return [text[s:e] for s, e, *_ in finder(shadow(text) if finder in (find_emails, find_handles) else text)]


@pytest.mark.parametrize(("text", "value"), [
    ("write to anna.berg@example.se today", "anna.berg@example.se"),
    ("it is anna dot berg at example dot se", "anna dot berg at example dot se"),
    ("wang [at] qq [dot] com", "wang [at] qq [dot] com"),
    ("邮箱 liming 艾特 126 点 com 收", "liming 艾特 126 点 com"),
])
def test_emails_written_and_spelled(text, value):
    assert value in found(find_emails, text)


def test_a_sentence_with_at_and_dot_is_not_an_email():
    assert found(find_emails, "We met at noon. The dot on the map is at the station.") == []


@pytest.mark.parametrize(("text", "value"), [
    ("微信号是 hanxue_1990", "hanxue_1990"), ("QQ：827364519", "827364519"),
    ("Telegram @mlopez", "@mlopez"), ("WeChat ID: lily_w88", "lily_w88"),
])
def test_messenger_ids(text, value):
    assert found(find_handles, text) == [value]


@pytest.mark.parametrize("text", ["We talked on WeChat yesterday.", "The Signal strength was poor.",
                                  "She posted on Telegram channels."])
def test_words_after_a_messenger_name_are_not_ids(text):
    assert found(find_handles, text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("家长韩立新说孩子很好。", "韩立新"), ("受害人郭婷婷称，她被骗了。", "郭婷婷"), ("户名何俊杰。", "何俊杰"),
    ("“太晚了。”欧阳明轩说。", "欧阳明轩"), ("The note was signed by 陈思远, the tenant.", "陈思远"),
    ("她叫林雨桐，今年十九岁。", "林雨桐"), ("韩立新今天上午到了现场。", "韩立新"),
    ("昨天，郭婷婷把材料交给了派出所。", "郭婷婷"), ("记者见到何俊杰时，他正在修车。", "何俊杰"),
    ("李明（音）说他不知道。", "李明"), ("王小虎（音译）表示反对。", "王小虎"),
    ("他以鲁迅自励。", "鲁迅"),
    ("她把钱转给了黄志明。", "黄志明"), ("他打给郑晓光求助。", "郑晓光"),  # a two-character dictionary name on pycorrector's list of real names
])
def test_chinese_names_in_context(text, name):
    assert name in found(names_zh.find_zh_names, text)


@pytest.mark.parametrize("text", ["王女士说她很满意。", "张某表示不知情。", "小李（化名）说不清楚。",
                                  "新华社称会议已结束。", "报告题为《城市更新白皮书》。", "他们同时表示反对。",
                                  # jieba tags these words as names; with no sign of a person they stay
                                  "虽然我明白他是不得不那样。", "我祝福你们幸福快乐。", "所有的学生都很安静。",
                                  "毕业找高薪的工作。", "韩方应对路径可以概括为三点。", "他接受媒体采访时表示同意。"])
def test_forms_of_address_pseudonyms_and_words_stay(text):
    assert found(names_zh.find_zh_names, text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Tom O'Brien called.", "Tom O'Brien"), ("Łukasz Wróbel, 41, drives.", "Łukasz Wróbel"),
    ("May Chen runs it.", "May Chen"), ("Park Ji-hoon says no.", "Park Ji-hoon"),
    ("\"No,\" said Okonkwo.", "Okonkwo"), ("Her son Theo left.", "Theo"), ("Ms Haddad agreed.", "Haddad"),
    ("Her boss, Marcus, fired her.", "Marcus"), ("According to Sgt. Luis Ortega, it was stolen.", "Luis Ortega"),
    ("Cllr Bernadette Flynn chaired it.", "Bernadette Flynn"),
    ("Okafor, a teacher at the school, was injured.", "Okafor"), ("Chen, who runs the shop, refused.", "Chen"),
    ("When we met Mbeki at the port, he was tired.", "Mbeki"), ("Asked about it, Lindqvist shrugged.", "Lindqvist"),
])
def test_english_names_in_any_script(text, name):
    assert name in found(names_en.find_en_names, text)


@pytest.mark.parametrize("text", ["Prices rose in May.", "Summer visitors to Central Park.", "Police said no.",
                                  "The New York Times reported it.", "Officials told reporters.",
                                  "Hurricane Helene hit Florida.", "Scores: 21-18, 19-21.",
                                  "Police, who arrived late, said nothing.", "London, the capital, was quiet.",
                                  "They hired Deloitte to audit the books.", "Officials met Tuesday.",
                                  "The Summer Olympics in Paris.", "Red Cross volunteers helped.",
                                  "The World Health Organization said so."])
def test_months_places_and_common_words_stay(text):
    assert found(names_en.find_en_names, text) == []


def test_a_title_before_a_name_is_not_part_of_it():
    from desktop.engine.cloud.redact import redact

    # (a councillor is an elected official and stays: "Cllr X" is tested in test_blind27_fixes.py)
    assert redact("Sgt. Luis Ortega and Rev. Bernadette Flynn").sent == "Sgt. [PERSON_1] and Rev. [PERSON_2]"


def test_variants_of_a_masked_name():
    assert {"Delgado", "DELGADO", "Maria", "MARIA DELGADO"} <= names.variants("Maria Delgado")
    assert "May" not in names.variants("May Chen")  # never the month
    assert {"Han Lixin", "Lixin Han"} <= names.variants("韩立新")

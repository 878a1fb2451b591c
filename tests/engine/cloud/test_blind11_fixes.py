"""Classes of misses the eleventh blind set showed on its first run, each tested with lines of our own."""

from __future__ import annotations

import pytest

from desktop.engine.cloud.redact import redact


@pytest.mark.parametrize(("text", "names"), [
    ("The engagement is announced between Oliver, younger son of Mr and Mrs Ian Pritchard of Ripon, "
     "and Zainab, daughter of Dr Musa Bello.", ("Oliver", "Zainab", "Pritchard")),
    ("Births: To Kemal and Ayla Demir (née Sorensen), a son, on 3 May. A brother for Selin.",
     ("Kemal", "Sorensen", "Selin")),
])
def test_people_in_family_notices(text, names):
    sent = redact(text).sent
    assert not [name for name in names if name in sent]


def test_a_message_signed_with_a_dash_on_its_own_line():
    assert "Jomo" not in redact("SMS 7.10pm: they left by the back door\n- Jomo").sent


def test_a_source_naming_themselves_in_chinese_with_a_latin_name():
    assert "Brandon" not in redact("[WeChat] 哥，我是Brandon。那个老板一直不接电话。").sent


def test_a_mayor_named_before_the_office():
    text = "Priya Shah, the Mayor of Leicester, said the plan had cut waiting times."
    assert redact(text).sent == text


@pytest.mark.parametrize("text", [
    "昨晚8时许，一栋居民楼三楼起火，无人受伤。",
    "The report, the result of two years of work, was published.",
])
def test_what_only_looks_like_a_name_stays(text):
    assert redact(text).sent == text


@pytest.mark.parametrize(("text", "name"), [
    ("昨晚，住户檀明杰发现浓烟后报警。", "檀明杰"),
    ("申请人危海燕与公司劳动争议一案已裁决。", "危海燕"),
    ("城市联赛中，前锋母志远打进两球。", "母志远"),
])
def test_rarer_surnames_after_a_role(text, name):
    assert name not in redact(text).sent


@pytest.mark.parametrize("text", ["他是危险人物。", "前锋线上的配合很好。", "母亲节那天商场人很多。"])
def test_the_rarer_surnames_as_ordinary_characters(text):
    assert redact(text).sent == text


@pytest.mark.parametrize(("text", "name"), [
    ("她把钱转入户名为“文海波”的账户，对方随后失联。", "文海波"),
    ("收款人是「常有福」，转账备注写着货款。", "常有福"),
])
def test_an_account_holder_in_quotes_after_the_field(text, name):
    assert name not in redact(text).sent


def test_a_company_in_quotes_after_the_field_stays():
    text = "款项转入户名为“某某贸易公司”的账户。"
    assert redact(text).sent == text

"""Numbers in every written and spoken form, and the public numbers that must stay."""

from __future__ import annotations

import pytest

from desktop.engine.cloud.digits import find_numbers, shadow


def kinds(text: str) -> dict[str, str]:
    return {text[s:e]: k for s, e, k in find_numbers(text)}


def test_shadow_keeps_offsets_and_reads_spoken_digits():
    text = "号码是一三九，零一二三，四五六七，一个人。１２３"
    sh = shadow(text)
    assert len(sh) == len(text)
    assert sh.startswith("号码是139 0123 4567") and "一个人" in sh and sh.endswith("123")


@pytest.mark.parametrize(("text", "value", "kind"), [
    ("身份证 320102 19680229 0450 已核实", "320102 19680229 0450", "ID"),
    ("证件号１１０１０５１９４９１２３１００２Ｘ", "１１０１０５１９４９１２３１００２Ｘ", "ID"),
    ("卡号 6222-0212-3456-7890-128", "6222-0212-3456-7890-128", "CARD"),
    ("电话 138 1234 5678", "138 1234 5678", "PHONE"),
    ("拨打 +86 138-1234-5678", "+86 138-1234-5678", "PHONE"),
    ("手机幺三八幺二三四五六七八", "幺三八幺二三四五六七八", "PHONE"),
    ("call (212) 555-0143 now", "(212) 555-0143", "PHONE"),
    ("phone 7946 0958", "7946 0958", "PHONE"),
    ("+33 1 42 68 53 00 is the office", "+33 1 42 68 53 00", "PHONE"),
])
def test_every_form_is_found(text, value, kind):
    assert kinds(text).get(value) == kind, kinds(text)


@pytest.mark.parametrize("text", [
    "报警请拨110，市民热线12345，客服热线400-820-8820。",
    "案号(2023)京0105民初12345号，订单号 6222021234567890128。",
    "Flight CA1831 and BA249 left gate 12; GDP grew 5.2% to 1,234,567 million in 2024.",
    "Tracking number 1Z999AA10123456784, invoice 2024-118-553, case 2024-CV-01877.",
    "The 5G network covers 13,812 villages; 3 kids, 12kg each.",
])
def test_public_and_ordinary_numbers_stay(text):
    assert find_numbers(text) == []


@pytest.mark.parametrize("text", [
    "联系人：逄立军 186-6392-0471",  # 1-866 would be a North American freephone
    "他的手机是18885550123。",
    "请打 188 5550 1234 找我。",
    "电话 183-3721-0093",
])
def test_a_chinese_mobile_is_no_north_american_freephone(text):
    spans = find_numbers(text)
    assert [kind for _s, _e, kind in spans] == ["PHONE"], spans


@pytest.mark.parametrize("text", ["Call 1-800-555-0199 for the helpline.", "Call 1 (866) 555 0199 free.",
                                  "Freephone 1800 555 0199."])
def test_north_american_freephones_grouped_their_way_stay(text):
    assert find_numbers(text) == []

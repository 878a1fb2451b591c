"""National phone formats without a country code, extensions, and messenger IDs in zh and en
phrasing: each form found, and the ordinary numbers and words beside them left alone."""

from __future__ import annotations

import pytest

from desktop.engine.cloud.contacts import find_handles
from desktop.engine.cloud.digits import find_numbers, shadow
from desktop.engine.cloud.phones import valid_international, valid_national
from desktop.engine.cloud.redact import redact


def phones(text: str) -> list[str]:
    return [text[s:e] for s, e, k in find_numbers(text) if k == "PHONE"]


@pytest.mark.parametrize(("text", "value"), [
    ("Reach Fatima Al-Sayed on 07700 900123 or by mail.", "07700 900123"),  # UK mobile, drama range
    ("Office 020 7946 0958 is staffed.", "020 7946 0958"),  # London landline
    ("Her new number 07700-900-456 works.", "07700-900-456"),
    ("Appelez le 06 12 34 56 78 demain.", "06 12 34 56 78"),  # French mobile in pairs
    ("Bureau: 01 42 68 53 00.", "01 42 68 53 00"),
    ("Handy 0171 1234567 oder Büro 030 12345678.", "0171 1234567"),  # German mobile
    ("Ring 0412 345 678 after six.", "0412 345 678"),  # Australian mobile
    ("The Sydney desk is (02) 9876 5432.", "(02) 9876 5432"),
    ("携帯 090-1234-5678 に電話", "090-1234-5678"),  # Japanese mobile
    ("東京 03-1234-5678 のオフィス", "03-1234-5678"),  # Tokyo landline, 2-digit area code
    ("He gave 98765 43210 as his mobile.", "98765 43210"),  # Indian mobile, 5+5
    ("Write down 555.010.4477 now.", "555.010.4477"),  # NANP with dots
    ("US line 212.555.0187 works.", "212.555.0187"),
    ("Call +1-212-555-0187 first.", "+1-212-555-0187"),
    ("Or +1 (646) 555-0133 later.", "+1 (646) 555-0133"),
    ("London +44 (0)20 7946 0958.", "+44 (0)20 7946 0958"),
    ("電話：9123 4567（陳生）", "9123 4567"),  # Hong Kong, 8 digits after the traditional word
    ("港人陳大文電話 6123 4567，住九龍。", "6123 4567"),
    ("联系电话：010-6552 1234", "010-6552 1234"),  # Beijing landline
    ("WhatsApp me on 9123 4567 tonight.", "9123 4567"),  # phone word further back
    ("Try 6552 1234 (mobile) after nine.", "6552 1234"),  # the label after the number
    ("手机：壹叁捌壹贰叁肆伍陆柒捌", "壹叁捌壹贰叁肆伍陆柒捌"),  # financial numerals
    ("He gave 852 9123 4567 to the desk.", "852 9123 4567"),  # a country code without its +
    ("Or (44) 20 7946 0958 in London.", "(44) 20 7946 0958"),
    ("Call 0 7 7 0 0 9 0 0 1 2 3 now", "0 7 7 0 0 9 0 0 1 2 3"),  # one digit at a time, as ASR writes it
    ("电话 1 3 8 1 2 3 4 5 6 7 8", "1 3 8 1 2 3 4 5 6 7 8"),
])
def test_national_formats_without_a_country_code(text, value):
    assert value in phones(text), phones(text)


@pytest.mark.parametrize(("text", "value"), [
    ("座机 (021) 6234-5678 转 8021", "(021) 6234-5678 转 8021"),
    ("Call 020 7946 0958 ext. 204 today.", "020 7946 0958 ext. 204"),
    ("Phone 212-555-0187 x 33.", "212-555-0187 x 33"),
    ("Phone 212-555-0187x33.", "212-555-0187x33"),
    ("他的号码 138-1234-5678 分机 22", "138-1234-5678 分机 22"),
])
def test_an_extension_goes_with_its_number(text, value):
    assert phones(text) == [value]


@pytest.mark.parametrize("text", [
    "In 2024 prices rose 12% to 1,234,567 yuan; 2023-2024 season.",
    "Between 1998 and 2003, 2010 2011 2012.",
    "The population is 1 234 567 people; room 1203, page 212, 555 votes.",
    "Between 09:00 and 17:30 on 01.02.2024.",
    "Order 1234 5678 shipped; ISBN 0-306-40615-2 was cited.",
    "Call 1-800-275-2273 for the airline.",  # toll-free: a business's public line
    "Call 911, 999, 110, 120 or 12345; the verdict came on 2024-05-17 in case 2023-0456.",
    "Scores: 21-18, 19-21, 21-15; the 2010-2015 plan.",
    "旅客可拨打95530咨询，记者拨打了12345市民热线。",
    "Scores 20 30 40 50 60; seats 120 340 560 780; votes 52 312 4801.",
])
def test_ordinary_and_public_numbers_are_not_phones(text):
    assert phones(text) == []


def test_phonenumbers_checks():
    assert valid_national("02079460958") and valid_national("0612345678")
    assert not valid_national("20242025") and not valid_national("0012345678")
    assert valid_international("+4402079460958") and not valid_international("+999")


def handles(text: str) -> list[str]:
    return [text[s:e] for s, e, _k in find_handles(shadow(text))]


@pytest.mark.parametrize(("text", "value"), [
    ("My Skype is live:kwame.osei.", "live:kwame.osei"),
    ("add me on skype live:abc_123", "live:abc_123"),
    ("Skype: live:kwame.osei", "live:kwame.osei"),
    ("my Signal is anna.42", "anna.42"),
    ("Signal username: anna.42", "anna.42"),
    ("Signal: @rafa.99", "@rafa.99"),
    ("find me on Telegram as @mlopez", "@mlopez"),
    ("reach me at t.me/kwame_osei", "t.me/kwame_osei"),
    ("WhatsApp wa.me/447700900123", "wa.me/447700900123"),
    ("LINE ID: kenji_t", "kenji_t"),
    ("加我LINE：kenji_t", "kenji_t"),
    ("加 Line：taro_yamada", "taro_yamada"),
    ("QQ 10293847", "10293847"),
    ("扣扣号是 10293847", "10293847"),
    ("加我微信：hanxue_1990", "hanxue_1990"),
    ("微信搜 hanxue_1990", "hanxue_1990"),
    ("VX: hanxue1990", "hanxue1990"),
    ("微信号 chenli，有事找她。", "chenli"),
    ("微信號：chan_tm", "chan_tm"),
    ("他们约好了，wxid_k83hd02 是他的号。", "wxid_k83hd02"),
    ("add me on WeChat: lily_w88", "lily_w88"),
    ("WeChat me: chen_li_88", "chen_li_88"),
    ("DM me on Instagram @anna.b", "@anna.b"),
])
def test_messenger_ids_in_zh_and_en_phrasing(text, value):
    assert value in handles(text), handles(text)


@pytest.mark.parametrize("text", [
    "The signal is weak here.", "The line is busy.", "Line 105 opens in May.",
    "The show went live: 3 million viewers watched.", "Follow the debate live:the feed starts at 9.",
    "He sent it on WeChat in 2019.", "A WhatsApp group of 2,000 parents formed.", "her WeChat is down",
    "The QQ app has 500 million users.",
])
def test_ordinary_words_after_a_messenger_name_stay(text):
    assert handles(text) == []


def test_labels_before_contacts_are_not_taken_for_speakers():
    for label, value in (("Skype", "live:kwame.osei"), ("Tel", "020 7946 0958"), ("Email", "a.b@example.com")):
        sent = redact(f"{label}: {value}").sent
        assert sent.startswith(f"{label}: [") and value not in sent, sent


@pytest.mark.parametrize(("text", "kept"), [
    ("热线电话 12345678 全天开通", True), ("心理援助热线：010-82951332", True),
    ("The helpline on 0808 800 5000 is free.", True), ("case number 2024 118553 closed", True),
    ("The ship's IMO number 9321483 was logged.", True), ("Version 10.0.19045.3803 was installed.", True),
    ("本次抽检共涉及样品0123456789批次", True),
    ("客服小王的手机 13812345678", False),  # a mobile is somebody's, whatever the label
    ("订单联系电话 13812345678", False), ("phone number 2024 118553", False),
])
def test_published_lines_stay_and_personal_numbers_go(text, kept):
    assert (phones(text) == []) is kept, phones(text)


@pytest.mark.parametrize(("text", "value"), [
    ("hanxue_1990 是她的微信，不要外传。", "hanxue_1990"), ("Find her as lily_w88 on WeChat.", "lily_w88"),
    ("827364519（QQ）", "827364519"), ("anna.berg on Signal", "anna.berg"),
])
def test_an_id_named_after_it(text, value):
    assert value in handles(text), handles(text)


@pytest.mark.parametrize("text", ["The 2024 WeChat report.", "Version 8.0 of WeChat is out.",
                                  "COVID-19 on WeChat", "我们在2019年的微信群里"])
def test_numbers_and_words_before_a_messenger_name_stay(text):
    assert handles(text) == []

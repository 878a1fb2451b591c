"""Classes of misses the sixth blind set showed on its first run, each tested in lines of our own
(invented names, numbers and wording; nothing copied from the data sets).

First run of redact_blind6.jsonl (bench/redact.py): 174/208 masked (83.7 %); leaks: ADDRESS 2, ID 1,
PERSON 30, PHONE 1; 8 of 22 clean lines changed.
"""

from __future__ import annotations

import pytest

from desktop.engine.cloud.redact import redact


def _sent(text: str) -> str:
    return redact(text).sent


# --- Chinese names: rare surnames, new role words, fields of a form or a contract -----------------

@pytest.mark.parametrize(("text", "secret"), [
    ("收件人：亓文博  139 0021 7733", "亓文博"),
    ("报案人雒晓燕称钱包被偷。", "雒晓燕"),
    ("寄件人：庹志强，电话见面单。", "庹志强"),
    ("先母仉秀兰于上月病逝，享年九十岁。", "仉秀兰"),
    ("孝女：满桂芬 敬告", "满桂芬"),
    ("港商鲁嘉俊在深圳开了三家工厂。", "鲁嘉俊"),
    ("19岁小将顾一凡首次参赛就拿了银牌。", "顾一凡"),
    ("办公室干事蒋丽萍负责接待。", "蒋丽萍"),
])
def test_zh_rare_surnames_and_new_roles(text, secret):
    assert secret not in _sent(text)


def test_traditional_characters_after_a_role():
    assert "鄭雅婷" not in _sent("港商鄭雅婷在九龍開了一家茶餐廳。")


@pytest.mark.parametrize(("text", "secret"), [
    ("出卖人（甲方）：鞠海涛\n买受人（乙方）：蒯丽华", "鞠海涛"),
    ("出卖人（甲方）：鞠海涛\n买受人（乙方）：蒯丽华", "蒯丽华"),
    ("3床 嵇秀英 81岁 血压偏高", "嵇秀英"),
    ("9岁的郭思源（小名豆豆）需要换肾。", "郭思源"),
])
def test_zh_names_in_contract_ward_and_age_fields(text, secret):
    assert secret not in _sent(text)


@pytest.mark.parametrize("text", [
    "甲方应当按时支付租金，乙方不得转租。",
    "患者满意度达到九成，大家都很满意。",
    "请家长于下周一上午到校开会。",
    "被告：长沙市某某装饰有限公司。",
    "事故车辆苏E·5K213车主周女士无大碍。",
])
def test_zh_field_words_that_are_not_names_stay(text):
    sent = _sent(text)
    for kept in ("甲方应当", "满意度", "于下周一", "长沙市", "周女士"):
        if kept in text:
            assert kept in sent, sent


def test_bilingual_passport_form_spaced_name_and_its_pinyin():
    sent = _sent("姓名 Name：郝  文  杰　　性别：男\n拼音：HAO WENJIE")
    assert "郝  文  杰" not in sent and "HAO WENJIE" not in sent and "性别：男" in sent


def test_group_chat_with_the_time_after_the_speaker():
    sent = _sent("群主 08:01：都到了吗？\n眭海燕 08:03：到了，在北门。\nKevin 08:04：I'm late, sorry")
    assert "眭海燕" not in sent and "Kevin" not in sent and sent.startswith("群主 08:01")


def test_one_agenda_line_with_a_time_is_no_speaker():
    text = "Lunch 12:30: sandwiches in room 4"
    assert _sent(text) == text


# --- Latin names: chat exports, obituaries, forms, kin -------------------------------------------

def test_whatsapp_export_senders_in_lower_case_and_their_names_in_messages():
    sent = _sent("[03/02/2025, 09:12] meera: is anish coming?\n[03/02/2025, 09:13] anish rao: on my way.\n"
                 "[03/02/2025, 09:14] Meera: ok")
    for secret in ("meera", "Meera", "anish rao", "anish"):
        assert secret not in sent, sent


def test_death_notice_surname_first_nickname_and_kin():
    sent = _sent("KOWALCZYK, Bronisław ('Bronek'), 1941–2025. Wife of the late Zdzisława, mother of "
                 "Grzegorz and of Agnieszka Kowalczyk-Hale. Service at St Mary's Hospice chapel.")
    for secret in ("KOWALCZYK", "Bronisław", "Bronek", "Zdzisława", "Grzegorz", "Agnieszka Kowalczyk-Hale"):
        assert secret not in sent, sent
    assert "St Mary's Hospice" in sent


def test_caps_heading_with_a_comma_is_no_name():
    text = "WARNING, Please read before use. LONDON, Reuters reported the fall."
    assert _sent(text) == text


def test_name_to_ring_before_a_number_read_out():
    assert "Siobhan" not in _sent("If found, ring Siobhan on oh eight seven, two two one, four four nine oh.")


def test_surname_without_its_diacritics_after_the_full_name():
    sent = _sent("Phạm Đức Long runs the bakery. The Pham family moved here in 2009.")
    assert "Pham family" not in sent and "Phạm" not in sent


def test_tenancy_and_kyc_fields():
    sent = _sent("Landlady: Philippa Ormerod-Vance\nLodger: Tunde Adeyemi-Cole\nEmergency contact: Obiageli\n"
                 "Address: 4 Larkspur Gardens, Leeds LS6 2QT\nNIN: 6021 4478 310\nTel: 0803 117 2290")
    for secret in ("Philippa", "Tunde", "Obiageli", "Larkspur Gardens", "6021 4478 310", "0803 117 2290"):
        assert secret not in sent, sent
    for label in ("Landlady:", "Lodger:", "NIN:", "Tel:"):
        assert label in sent, sent


def test_an_organisation_in_a_contact_field_stays():
    text = "Contact: West Yorkshire Police"
    assert _sent(text) == text


def test_chinese_surname_with_english_given_name_in_a_field():
    sent = _sent("收件人 Recipient: 倪 Vivian | 电话：138 6620 1945")
    assert "倪 Vivian" not in sent and "Recipient" in sent


def test_english_name_after_yingwenming():
    assert "Ishaan" not in _sent("8岁的何子墨（英文名 Ishaan）在国际学校读书。")


def test_company_and_club_names_are_not_people():
    text = "Harbour Foods and Riverside Rovers thanked Apollo Hospitals; Funeral Mass follows."
    assert _sent(text) == text


# --- Numbers: spaced digits, IDs after their label, public lines ----------------------------------

def test_phone_and_address_with_digits_spaced_one_by_one():
    sent = _sent("联系电话：1 5 9  0 2 7 7  3 1 4 8\n住址：武汉市江汉区解放大道 3 8 号 5 0 2 室")
    assert "1 5 9" not in sent and "3 8 号" not in sent and "[PHONE_1]" in sent and "[ADDRESS_1]" in sent


def test_two_numbers_in_columns_stay_apart():
    sent = _sent("数量 5  13912345678")
    assert "数量 5" in sent and "[PHONE_1]" in sent


def test_embassy_round_the_clock_line_is_public_but_a_mobile_is_not():
    assert "+86 21 6279 7650" in _sent("领事馆 24 小时电话 +86 21 6279 7650。")
    assert "139 1234 5678" not in _sent("我的手机 24 小时电话 139 1234 5678。")


# --- Public offices -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("区委书记邢志远讲话后，副区长钟明远通报了进展。", "钟明远"),
    ("北京市第三中级人民法院\n审判长　祁国栋\n审判员　尤丽华", "祁国栋"),
    ("北京市第三中级人民法院\n审判长　祁国栋\n审判员　尤丽华", "尤丽华"),
    ("云帆科技 CEO 甘立峰 said sales doubled.", "甘立峰"),
    ("Health Secretary Imogen Rutherford-Lane opened the ward.", "Imogen Rutherford-Lane"),
    ("Marcus Ellingham, chief executive of Brightwater Logistics, said margins fell.", "Marcus Ellingham"),
    ("A spokesperson for Greater Manchester Police, Daniel Okoro, said inquiries continue.", "Daniel Okoro"),
    ("Leeds police spokesperson Sgt. Hannah Moss urged drivers to slow down.", "Hannah Moss"),
])
def test_public_offices_keep_the_name(text, name):
    assert name in _sent(text)


def test_a_private_person_beside_an_office_word_is_still_masked():
    sent = _sent("Company Secretary Tom Vane signed. Police spokesperson Sgt. Ann Ruddock said so.")
    assert "Tom Vane" not in sent and "Ann Ruddock" not in sent

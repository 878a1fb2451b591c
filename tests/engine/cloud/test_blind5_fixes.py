"""Classes of misses the fifth blind set showed on its first run, each tested in lines of our own
(invented names, numbers and wording; nothing copied from the data sets).

First run of redact_blind5.jsonl (bench/redact.py): 200/241 masked (83.0 %); leaks: ADDRESS 1,
HANDLE 5, ID 2, PERSON 32, PLATE 1; 13 of 23 clean lines changed.
"""

from __future__ import annotations

import pytest

from desktop.engine.cloud.redact import redact


def _sent(text: str) -> str:
    return redact(text).sent


# --- Chinese names announced by a role, a title after, a speaker line -----------------------------

@pytest.mark.parametrize(("text", "secret"), [
    ("列席：村会计冯春林、出纳葛丽华。", "冯春林"),
    ("报销人：东门晓川　部门：市场部", "东门晓川"),
    ("经手人：上官宏　日期：2024.05.06", "上官宏"),
    ("82岁的司马桂芬老人昨晚走失。", "司马桂芬"),
    ("猫主人韩雨桐重谢2000元！", "韩雨桐"),
    ("喂，我是上周来看房子的冉海波，嗯，冉庄的冉。", "冉海波"),
    ("赛后山东队主教练贺锋表示还要努力。", "贺锋"),
])
def test_zh_role_and_title_names(text, secret):
    assert secret not in _sent(text)


def test_transcript_speaker_and_lone_surname():
    sent = _sent("记者：您做这行多久了？\n温丽华：二十年了。\n温：欢迎来玩。")
    assert "温丽华" not in sent and "\n温：" not in sent and sent.startswith("记者：")


def test_form_labels_are_not_speakers():
    text = "时间：2024年5月\n地点：会议室\n金额：300元\n单位：某公司"
    assert _sent(text) == text


@pytest.mark.parametrize(("text", "secret"), [
    ("我叫扎西平措，在日喀则放羊。", "扎西平措"),
    ("我的儿子多吉旺堆现在在读书。", "多吉旺堆"),
    ("房东阿苏日伍在她退租时扣了押金。", "阿苏日伍"),
    ("联系人：Ms 古丽娜尔，手机见下。", "古丽娜尔"),
])
def test_transliterated_names_after_a_role(text, secret):
    assert secret not in _sent(text)


@pytest.mark.parametrize("text", ["她是巴西人。", "嘉宾阿拉伯语说得很好。", "房东阿姨说可以。"])
def test_transliteration_characters_in_words_stay(text):
    assert _sent(text) == text


@pytest.mark.parametrize(("text", "secret"), [
    ("收件人: 薛 晓 冬 电话见下", "薛 晓 冬"),
    ("今收到 尉 迟 明 远 交来 押金", "尉 迟 明 远"),
    ("领队是阿强，+86 139 1234 5678，加微信也行。", "阿强"),
    ("| 阮氏梅 Nguyễn Thị Mai | 翻译 |", "阮氏梅"),
])
def test_spaced_nickname_and_vietnamese_names(text, secret):
    assert secret not in _sent(text)


def test_rare_or_compound_surname_alone_but_not_a_common_one():
    sent = _sent("她自称姓禤，另一名姓司马的男子在场，还有一名姓王的男子。他住在朝阳区。")
    assert "姓禤" not in sent and "姓司马" not in sent and "姓王的" in sent and "朝阳区" in sent


def test_mixed_script_names_in_brackets():
    sent = _sent("SATO Yuki（佐藤由纪）：是的。\nKIMURA Sota（木村苍太）：好。")
    assert "佐藤由纪" not in sent and "木村苍太" not in sent and "SATO" not in sent
    kept = _sent("Lucia Bernardi（意大利籍）投诉。Joe Biden（美国总统）表示。")
    assert "（意大利籍）" in kept and "（美国总统）" in kept


def test_pinyin_with_capital_family_name():
    sent = _sent("I, 尉迟敏 (YUCHI Min), state the following. Signed: YUCHI Min.")
    assert "YUCHI Min" not in sent and "尉迟敏" not in sent


# --- over-masking ---------------------------------------------------------------------------------

def test_time_unit_is_no_surname():
    text = "预计9日14时至10日20时，湖南北部有大雨。"
    assert _sent(text) == text


def test_enquiry_landlines_of_an_office_stay_but_mobiles_go():
    kept = "预约咨询请拨打0571-87236000转8，或拨打12320。"
    assert _sent(kept) == kept
    assert "+853 2886 1111" in _sent("查询：+853 2886 1111（澳门交通事务局）。")
    assert "13812345678" not in _sent("咨询请拨打 13812345678。")
    assert "0571-87236001" not in _sent("她的座机 0571-87236001。")


@pytest.mark.parametrize("name", ["Tom Briggs", "Andy Burnham", "Anna Berg-Holm", "Jeremy Hunt", "Mark Carney"])
def test_public_offices_keep_the_name(name):
    text = ("Mayor of Leeds Tom Briggs welcomed it. Mayor of Greater Manchester Andy Burnham spoke. "
            "Commission spokesperson Anna Berg-Holm said so. Chancellor Jeremy Hunt said it. "
            "Bank of England Governor Mark Carney spoke.")
    assert name in _sent(text)


def test_police_spokesperson_stays_masked():
    assert "Ann Cole" not in _sent("Police spokesperson Lt. Ann Cole said the road was shut.")


def test_latin_form_of_a_public_name_is_kept_and_a_private_one_masked():
    assert "Elon Musk" in _sent("特斯拉CEO 马斯克 Elon Musk 将访华。")
    assert "Wang Xiaodong" not in _sent("司机王晓东 Wang Xiaodong 说他没看见。")


# --- Latin-script names -----------------------------------------------------------------------------

def test_hong_kong_romanisation_with_capital_family_name():
    sent = _sent("名字係 WONG Ka-ming 黃嘉明。HKSAR v. TSANG Wai-kit (曾偉傑).")
    assert "WONG Ka-ming" not in sent and "TSANG Wai-kit" not in sent and "曾偉傑" not in sent
    kept = "The EU Anti-fraud office and UN Peace-keeping."
    assert _sent(kept) == kept


def test_minutes_with_initials_and_particles():
    sent = _sent("Present: K. Whitfield (chair), T. Osagie, H. de Vries.\n"
                 "1. Parking: TO reported a blue car. 2. AOB: HdV to write to the council.")
    for secret in ("de Vries", "Osagie", "TO reported", "HdV"):
        assert secret not in sent, sent


def test_court_caption_in_capitals_and_particle_surname():
    sent = _sent("ANNA MARIA DE LOS SANTOS, Plaintiff, v. RIVERBEND HOUSING LLC, Defendant. "
                 "Ms. de los Santos seeks damages.")
    assert "DE LOS SANTOS" not in sent and "de los Santos" not in sent and "RIVERBEND HOUSING LLC" in sent


def test_particle_surname_capitalised_at_sentence_start():
    sent = _sent("Engineer Omar Said al-Qahtani, 51, told the panel. Al-Qahtani's lawyer said it was fair.")
    assert "al-Qahtani" not in sent and "Al-Qahtani" not in sent


def test_name_to_call_before_a_time():
    sent = _sent("Bike for sale, £80. Call or text Dawn after 7pm on 07700 900 456.")
    assert "Dawn" not in sent
    assert "Call or text after 7pm" in _sent("Call or text after 7pm on 07700 900 456.").replace("[PHONE_1]", "")


# --- IDs, handles, plates, OCR addresses ----------------------------------------------------------

@pytest.mark.parametrize(("text", "secret"), [
    ("Her PAN BQRTS5821M was used to open a loan.", "BQRTS5821M"),
    ("Карта: ИИН 870415300127, выдана в 2015.", "870415300127"),
    ("His IIN 870415300127 was on the card.", "870415300127"),
])
def test_pan_and_iin(text, secret):
    assert secret not in _sent(text)


@pytest.mark.parametrize(("text", "secret"), [
    ("[10:12] <kay.lo> anyone here?\n[10:13] <rob_t> yes", "kay.lo"),
    ("[10:12] <kay.lo> anyone here?\n[10:13] <rob_t> yes", "rob_t"),
    ("It was shared by Instagram user nina.cooks (not her).", "nina.cooks"),
    ("骑手ID：rider_wang0311，投诉已受理。", "rider_wang0311"),
    ("她在小红书搜“阿芳手作”就能看到。", "阿芳手作"),
])
def test_handles(text, secret):
    assert secret not in _sent(text)


def test_plain_ids_and_chat_nicks_stay():
    text = "[10:13] <bob> yes, 订单ID：A12345 and Instagram user account."
    assert _sent(text) == text


def test_plate_after_plates_with_hyphen_and_ocr_house_number():
    assert "JKV-5521" not in _sent("a pickup with Texas plates JKV-5521 fled south")
    sent = _sent("地址: 杭州市西湖区文三路3O号1O2室")
    assert "文三路3O号" not in sent and "[ADDRESS_1]" in sent

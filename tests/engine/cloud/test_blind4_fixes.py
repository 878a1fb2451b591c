"""Classes of misses the fourth blind set showed on its first run, each tested in lines of our own
(invented names, numbers and wording; nothing copied from the data sets).

First run of redact_blind4.jsonl (bench/redact.py): 205/244 masked (84.0 %); leaks: ADDRESS 2,
HANDLE 2, ID 4, PERSON 27, PHONE 3; 14 of 23 clean lines changed.
"""

from __future__ import annotations

import pytest

from desktop.engine.cloud.redact import redact


def _masked(text: str, secret: str) -> bool:
    return secret not in redact(text).sent


# --- phones read out in Chinese numerals with 两 and 幺 -------------------------------------------

@pytest.mark.parametrize(("text", "secret"), [
    ("我的手机是幺五八，两三七六，幺零四二，记一下。", "幺五八，两三七六，幺零四二"),
    ("她的号码一八六 两零七三 九九四二，晚上打。", "一八六 两零七三 九九四二"),
    ("电话“一三五，零两两八，四四七一”，随时找我。", "一三五，零两两八，四四七一"),
])
def test_spoken_phone_with_liang(text, secret):
    result = redact(text)
    assert secret not in result.sent and "[PHONE_1]" in result.sent, result.sent


def test_liang_as_a_word_stays():
    text = "两个人买了两三斤苹果，九九四二，两三天后再来。"
    assert redact(text).sent == text


def test_shifu_plus_verb_is_not_a_name():
    assert redact("麻烦师傅回个电话，谢谢。").sent == "麻烦师傅回个电话，谢谢。"
    assert _masked("工程师傅建华说，线路已修好。", "傅建华")  # a full name after the suffix still counts


# --- OCR'd digits and spaced-out names --------------------------------------------------------

def test_ocr_digits_in_phone_and_house_number():
    result = redact("Te1: O7911 2I8 433\n住址：泉州市丰泽区田安路5l2号 l203室")
    assert "O7911 2I8 433" not in result.sent and "5l2号" not in result.sent


def test_ocr_letters_outside_numbers_stay():
    text = "I saw 100 people at the O2 arena; lOOk at Apollo 11."
    assert redact(text).sent == text


def test_spaced_name_after_name_field():
    result = redact("识别结果：姓 名：龙 小 雨  性 别：女")
    assert "龙 小 雨" not in result.sent and "性 别：女" in result.sent


def test_ocr_form_labels_and_name_field():
    text = "SCAN:\nNarne: Bri4n Holloway-Reed\nAddr: 12 Kestrel Mews, Norwich NR2 4PL\nCase ref: NF/22/0917"
    sent = redact(text).sent
    assert "Bri4n Holloway-Reed" not in sent and "Kestrel Mews" not in sent
    assert "Narne:" in sent and "Addr:" in sent and "NF/22/0917" in sent


# --- rare surnames, role words, phrases ----------------------------------------------------------

@pytest.mark.parametrize(("text", "secrets"), [
    ("货车驾驶人帅立群（男，41岁）当场被查获，致骑车人宓新月轻伤。", ["帅立群", "宓新月"]),
    ("主犯籍文涛已被抓获。", ["籍文涛"]),
    ("拟纳入救助对象：毋秀兰（身份证号略）、钮建业（身份证号略）。", ["毋秀兰", "钮建业"]),
    ("稿件请交给编辑部的卜晓彤，她负责审稿。", ["卜晓彤"]),
    ("您好，我是住在阳光小区的宓家俊，想反映个问题。", ["宓家俊"]),
    ("名单\n1. 单于俊熙　快递员\n2. 单于浩宇　保安", ["单于俊熙", "单于浩宇"]),
])
def test_rare_surnames_in_context(text, secrets):
    sent = redact(text).sent
    for secret in secrets:
        assert secret not in sent, sent


def test_member_phrase_needs_a_full_name():
    text = "我是公司的员工。学校的老师说，社区的居民都来了。"
    assert redact(text).sent == text


def test_role_split_across_words_is_not_a_role():
    sent = redact("交警官方微博 @杭州交警 已发通报。").sent
    assert "官方微博" in sent
    assert _masked("警官方明说，事故已处理。", "方明")


# --- mixed-script and traditional names -------------------------------------------------------------

@pytest.mark.parametrize(("text", "secrets"), [
    ("我是Olivia 冯，电话稍后发你。", ["Olivia 冯"]),
    ("请联系助理 Grace 欧阳（欧阳晓雯），她明天到。", ["Grace 欧阳", "欧阳晓雯"]),
    ("高雄市民 Chloe 鄭（鄭雅婷）表示帳號被盜。", ["Chloe 鄭", "鄭雅婷"]),
    ("受害人係Ms. Chan Wing Sze（陳詠詩），佢話好驚。", ["Chan Wing Sze", "陳詠詩"]),
    ("交换生 Kim Min-jun（朴敏俊）说签证过期了。", ["Kim Min-jun", "朴敏俊"]),
    ("消息源是目击者 Kevin，他看到了全过程。", ["Kevin"]),
])
def test_mixed_names(text, secrets):
    sent = redact(text).sent
    for secret in secrets:
        assert secret not in sent, sent


def test_latin_word_before_a_chinese_word_stays():
    text = "Apple 发布会后，Model Y新版和 Summer 活动都开始了。"
    assert redact(text).sent == text


def test_chat_speaker_after_app_tag():
    sent = redact("[Line] 阿珍：我到了\n[Line] 阿姨：好的").sent
    assert "阿珍" not in sent and "阿姨" in sent


# --- English names -----------------------------------------------------------------------------------

def test_name_with_lowercase_particle():
    text = "Youth worker Omar bin-Salman al-Harbi said the club is full. 'We turn kids away,' al-Harbi said."
    sent = redact(text).sent
    assert "al-Harbi" not in sent and "Omar" not in sent


def test_first_name_alone_inside_a_quote():
    sent = redact("Ivy Stone, a baker, said her friend called: 'Ivy is late again.'").sent
    assert "Ivy" not in sent


def test_ambiguous_part_after_the_full_name():
    sent = redact("Dr Hope King arrived; later King told us. King Street was shut.").sent
    assert "later King" not in sent and "King Street" in sent
    text = "Traffic on King Street and in Hyde Park was heavy."
    assert "King Street" in redact(text).sent  # never alone without the full name


# --- IDs ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "secret"), [
    ("She dropped her passport (KW7719302) on the train.", "KW7719302"),
    ("The form had his PPS number 1234567TA on it.", "1234567TA"),
    ("Her MyKad (IC: 880412-14-5568) was kept by the agency.", "880412-14-5568"),
    ("AGENT: What are the last four of your Social?\nCALLER: um, four, one, nine, three.", "four, one, nine, three"),
    ("The last 4 digits of my SSN are 7781.", "7781"),
])
def test_ids(text, secret):
    result = redact(text)
    assert secret not in result.sent and "[ID_1]" in result.sent, result.sent


def test_reference_codes_with_letter_prefix_stay():
    text = "Quote ref XK-55120-73 or claim number CLM-0021-4410 when you call."
    assert redact(text).sent == text
    assert _masked("Call TEL-020 7946 0958 now.", "020 7946 0958")


# --- handles and e-mail -------------------------------------------------------------------------------

def test_weibo_handle_in_chinese_quotes():
    assert _masked("她在抖音发帖，博主“@爱吃辣的小黄”称被骗。", "@爱吃辣的小黄")


def test_id_after_messenger_named_earlier():
    assert _masked("他用 Instagram 联系我，ID 是 ming_cat33。", "ming_cat33")
    assert redact("会员ID是 12345。").sent == "会员ID是 12345。"


def test_email_read_out_with_aite_and_numerals():
    result = redact("投稿请发给编辑，邮箱是 zhou xiao yu 六六 艾特 163 点 com，谢谢。")
    assert "zhou xiao yu" not in result.sent and "[EMAIL_1]" in result.sent


# --- addresses --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "secret"), [
    ("家住李家坝村五组23号。", "李家坝村五组23号"),
    ("住址：泉州市丰泽区田安路7号之3 1201室  签发机关", "田安路7号之3 1201室"),
])
def test_addresses(text, secret):
    assert _masked(text, secret)


# --- over-masking -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "咨询电话：0731-12345（医保热线），或 020-96120。",
    "Call the council on 0300 123 4567 or the bank on 0345 600 1234.",
    "Virgin Airways said flights resumed. Readers of the Tulsa Beacon said so.",
    "Report it to Crime Stoppers on 0800 555 111. The Toledo Board of Health met.",
    "2026 年 Winter Camp 报名将于 7 月开放。",
])
def test_public_lines_and_organisations_stay(text):
    assert redact(text).sent == text


def test_private_lines_next_to_public_ones_still_masked():
    sent = redact("手机 13812345678，座机 0571-8712 3456；his mobile 07700 900123.").sent
    assert "13812345678" not in sent and "8712 3456" not in sent and "07700 900123" not in sent


@pytest.mark.parametrize("text", [
    "外交部发言人毛晓燕表示，谈判仍在进行。",
    "万科集团创始人冯建华表示，项目将按期交付。",
    "乡党委书记龚建国说，路已修好。",
    "Prime Minister Rachel Greaves told the chamber; Greaves said more.",
    "Acme Corp chief executive Dana Whitlock said profits rose.",
    "Harriet Cole, the chief executive of Brightwater, said sales fell.",
])
def test_public_office_holders_are_kept(text):
    assert redact(text).sent == text


@pytest.mark.parametrize(("text", "secret"), [
    ("该公司董事长王建伟说，工资会补发。", "王建伟"),  # no named company
    ("法定代表人李建华称不知情。", "李建华"),
    ("村支书钭建华陪同记者走访。", "钭建华"),  # a village office is not a public office here
    ("班主任邓丽萍说，孩子很懂事。", "邓丽萍"),
    ("Community organiser Priya Natarajan said the hall is full.", "Priya Natarajan"),
    ("The chief executive Ann Lowe said nothing.", "Ann Lowe"),  # no organisation named
    ("Bakery founder Jane Whitlock said sales fell.", "Jane Whitlock"),  # a plain noun opening the sentence
    ("Prices rose. Charity founder Omar Haddad spoke.", "Omar Haddad"),
])
def test_private_people_with_titles_stay_masked(text, secret):
    assert _masked(text, secret)

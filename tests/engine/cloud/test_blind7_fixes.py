"""Classes of misses the seventh blind set showed on its first run, each tested in lines of our own
(invented names, numbers and wording; nothing copied from the data sets).

First run of redact_blind7.jsonl (bench/redact.py): 166/195 masked (85.1 %); leaks: ID 1, PHONE 1,
PERSON 27; 11 of 22 clean lines changed.
"""

from __future__ import annotations

import pytest

from desktop.engine.cloud.redact import redact


def _sent(text: str) -> str:
    return redact(text).sent


# --- Chinese names that are also words, nicknames, real names, Mongolian names --------------------

@pytest.mark.parametrize(("text", "secret"), [
    ("参赛的高一学生江海与同桌一起做了模型。", "江海"),
    ("业主群里，房东安宁则表示押金已经退了。", "安宁"),
    ("走失儿童：秦川，男，9岁，穿红色外套。", "秦川"),
    ("失踪老人高山（男，81岁）于昨日早晨出门。", "高山"),
    ("堂哥吴海涛说，这批货下周就能发完。", "吴海涛"),
    ("果农邓丽华介绍，今年的橙子甜度更高。", "邓丽华"),
    ("草原上的牧民乌力吉说，今年雨水多。", "乌力吉"),
    ("养蜂人的女儿、牧民朝鲁表示羊群已转场。", "朝鲁"),
])
def test_zh_names_that_are_words_or_have_no_surname_after_a_role(text, secret):
    assert secret not in _sent(text)


@pytest.mark.parametrize(("text", "secret"), [
    ("工地上大家都喊他“大刘”，其实他叫刘建业。", "大刘"),
    ("老街坊人称“豆腐西施”的那位，外号“小辣椒”。", "小辣椒"),
    ("这位主播真名邵芃，今年刚满二十岁。", "邵芃"),
])
def test_zh_nicknames_in_quotes_and_real_names(text, secret):
    assert secret not in _sent(text)


def test_a_name_before_a_home_address_stays_one_name_and_its_given_name_later_too():
    sent = _sent("农户于秋菊家住河南省兰考县城关镇五里村36号。秋菊说，今年的蒜价不好。")
    assert "秋菊" not in sent and "五里村36号" not in sent


def test_verbs_that_lead_to_a_name_do_not_make_a_word_a_name():
    text = "受访者说，可以先发邮件约采访时间。"
    assert _sent(text) == text


# --- Not private people: institutions and brands, history, authors, offices ------------------------

@pytest.mark.parametrize("text", [
    "巴金故居的讲解员说，这里每周一闭馆。",
    "商场二楼新开了一家乔丹体育用品专卖店，开业当天打八折。",
    "展柜里陈列着茅盾1932年的手稿，旁边是《子夜》的初版本。",
    "The museum's new room shows letters Charles Dickens wrote in 1843, beside a first edition of his novel.",
    "Jane Austen's \"Emma\" and Mark Twain's \"Roughing It\" are the book club's picks; the library has 12 copies.",
    "Crowds gathered at the statue of Winston Churchill in the square.",
    "Harbour City Fire Chief Maria Lindqvist said the blaze was under control by 6 a.m.",
    "Mercer County spokesperson Joel Arkwright said the road would reopen on Monday.",
    "星河电池盘前上涨；公司首席财务官 Henrik Aaltonen 表示，订单同比增长三成。",
    "Police said a 30-year-old man surnamed Wang was detained at the scene.",
    "老舍的《骆驼祥子》英译本 Rickshaw Boy 于 1945 年在纽约出版。",
])
def test_public_figures_institutions_and_titles_stay(text):
    assert _sent(text) == text


def test_a_public_line_of_an_organisation_is_kept():
    text = "学校的公开电话 0571-8802 3311 一直占线。"
    assert _sent(text) == text


def test_a_recent_year_or_no_exhibit_keeps_the_name_masked():
    assert "王建华" not in _sent("展厅里陈列着村民王建华2019年捐出的旧照片。")  # a recent year: not history
    assert "Nora Blake" not in _sent("Nora Blake, 44, said she had lent her copy to a neighbour.")
    assert "Tom Reed" not in _sent("Tom Reed's \"famous\" chili won the street fair again.")


def test_a_common_surname_after_surnamed_is_kept_but_a_full_name_is_not():
    sent = _sent("A woman surnamed Chen and her neighbour, Dolores Vance, were taken to hospital.")
    assert "surnamed Chen" in sent and "Dolores Vance" not in sent


# --- Latin names: kin in apposition, self-naming, nicknames inside a name, ages, speakers ------------

@pytest.mark.parametrize(("text", "secret"), [
    ("The car belonged to the driver's neighbour and his wife, Juniper.", "Juniper"),
    ("Her brother in Manila, Arnel, sent the money on Tuesday.", "Arnel"),
    ("她说那是她表哥 Kiptoo 的车。", "Kiptoo"),
    ("A man who introduced himself as Dario offered to carry her bags.", "Dario"),
    ("the message read: \"its me, Wren from the depot, call later\"", "Wren"),
    ("\"please dont tell Solveig about this\"", "Solveig"),
])
def test_latin_given_names_marked_by_kin_or_self_naming(text, secret):
    assert secret not in _sent(text)


def test_a_nickname_inside_a_full_name_masks_the_surname_alone_later():
    sent = _sent('The caller told Robert "Bobby" Tan to read out the code. Tan, 68, lost $9,000.')
    assert "Tan" not in sent and "Bobby" not in sent


def test_a_full_name_before_an_age_even_when_its_words_are_words():
    sent = _sent("Jury told that Grace Field, 52, of Redcar, had been speeding. Field denies the charge.")
    assert "Grace Field" not in sent and "Field denies" not in sent and "Redcar" in sent


def test_a_word_surname_alone_is_taken_as_a_subject_only():
    assert "Church said" not in _sent("Tom Church, 39, was fined. Church said he would appeal.")
    text = "Tom Church, 39, was fined. The Church of England said nothing."
    assert "Church of England" in _sent(text)  # no sentence has the surname as its subject


def test_a_car_and_a_mileage_are_no_name_and_age():
    text = "Offers over £3,000: 2014 Toyota Yaris, 72,000 miles, one owner."
    assert _sent(text) == text


def test_a_time_stamped_transcript_speaker_in_capitals():
    sent = _sent("[00:01:02] INTERVIEWER: When did it start?\n[00:01:09] IVY THORNE: In the spring.\n"
                 "[00:01:20] THORNE: Nobody listened.")
    assert "IVY THORNE" not in sent and "THORNE:" not in sent and "INTERVIEWER" in sent


def test_a_chat_export_with_no_year_and_an_app_tag():
    sent = _sent("[WhatsApp] 3/14 09:02 - Bartosz: 到了吗\n3/14 09:03 - Leena: 马上，谢谢 Bartosz")
    assert "Bartosz" not in sent and "Leena" not in sent


def test_a_korean_name_in_hangul_inside_chinese_text():
    assert "박서연" not in _sent("来交换的韩国学生 박서연 说她很喜欢上海。")


# --- Numbers: a Mexican CURP after its label, a phone after "contact number in <city>" --------------

def test_a_curp_after_its_label():
    assert "GOML850312HDFRRS04" not in _sent("Her papers show CURP GOML850312HDFRRS04 and a bus ticket.")


def test_a_contact_number_after_a_city():
    assert "81 2234 9910" not in _sent("The form gives a contact number in Monterrey, 81 2234 9910, for her son.")

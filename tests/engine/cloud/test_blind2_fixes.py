"""Bugs the second blind set showed on its first run, each in lines of our own (not the blind data).

First run of redact_blind2.jsonl (bench/redact.py, 2026-12-03): 137/160 masked (85.6 %), no ID,
card, phone or e-mail leaked; 16 names, 4 addresses and 2 handles leaked; 3 of 16 clean lines changed.
"""

from __future__ import annotations

import pytest

from desktop.engine.cloud.redact import redact


@pytest.mark.parametrize(("text", "secret"), [
    ("据目击者邝志远回忆，火是从二楼烧起来的。", "邝志远"),  # any word ending in 者 is a role
    ("涉事店员阎丽华已被停职。", "阎丽华"),  # ends in 员; 阎 was missing from the surnames
    ("药剂师万晓东核对了处方。", "万晓东"),  # ends in 师
    ("乘客蔡健可以证明司机没有减速。", "蔡健"),  # 蔡健 is also a jieba word, but a role names a person
    ("被告人史文斌当庭认罪，曾用名史小斌。", "史小斌"),  # 曾用名 is a role word, not a name
    ("她和主治医师欧阳立平一起走进病房：护士长黄敏和主治医师欧阳立平。", "欧阳立平"),  # a role after 和
    ("入选名单：谭悦、鲍子涵和施嘉禾，明天公示。", "施嘉禾"),  # 禾 ends a list item although rare in names
    ("营业执照上的地址是杭州市西湖区文三路 90 号 4 幢 1203 室。", "文三路 90 号 4 幢 1203 室"),  # spaced numbers
    ("他现住南京市鼓楼区中山北路二段 12 号。", "中山北路二段 12 号"),  # 二段 after the road
    ("抖音网友 @山城阿福 昨晚发布了视频。", "@山城阿福"),  # a mention in Chinese characters
    ("Reach her on Signal (username kestrel.07) after six.", "kestrel.07"),  # the label in brackets
    ("The tenant, T. K. Adeyemi, moved out in March.", "T. K. Adeyemi"),  # initials before a surname
    ("Witness Oyelaran (Bisi) saw the van.", "Bisi"),  # a second name in brackets after the first
])
def test_found(text, secret):
    assert secret not in redact(text).sent, redact(text).sent


@pytest.mark.parametrize("text", [
    "Shares of Contemporary Amperex (300750) rose 2%.",  # a company with its stock code
    "The Nikkei Index fell while the Straits Times Index rose.",  # an index
    "请把稿件寄给 News Desk，注明投稿。",  # a desk, not a person
    "The UPS tracking number is 1Z 9X2 R41 02 7716 3390.",  # digits inside an alphanumeric code
    "Officers towed the driver's Toyota Camry.",  # a car
    "PROSECUTOR: No further questions.\nINTERVIEWER: Thank you.",  # parts, not people
    "街道网格员刘女士介绍，今年共收到 12 份申请。",  # a surname and a form of address
])
def test_left_alone(text):
    assert redact(text).sent == text

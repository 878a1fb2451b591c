"""Traditional Chinese read through the simplified finders, addresses with their town and
postcode, and mailboxes named by their provider."""

from __future__ import annotations

import pytest

from desktop.engine.cloud.redact import redact
from desktop.engine.cloud.simplified import simplified


def test_simplified_keeps_offsets():
    text = "港人陳大文說，他住在九龍彌敦道123號。"
    out = simplified(text)
    assert len(out) == len(text) and out.startswith("港人陈大文说") and "号" in out
    assert simplified("plain ASCII") == "plain ASCII"


@pytest.mark.parametrize(("text", "secret"), [
    ("港人陳大文說，他不會搬走。", "陳大文"),
    ("受害人黃美玲稱被騙了十萬元。", "黃美玲"),
    ("「我們很失望，」居民張志強說。", "張志強"),
    ("他住在九龍彌敦道123號8樓A室。", "九龍彌敦道123號8樓A室"),
    ("車牌粵B12345的貨車", "粵B12345"),
])
def test_traditional_chinese(text, secret):
    sent = redact(text).sent
    assert secret not in sent, sent


def test_a_simplified_speaker_name_masks_its_traditional_form():
    assert redact("陳大文說他不會搬。", speakers=["陈大文"], detect_names=False).sent == "[PERSON_1]說他不會搬。"


@pytest.mark.parametrize(("text", "sent"), [
    ("Her address is 221B Baker Street, London NW1 6XE.", "Her address is [ADDRESS_1]."),
    ("She lives at 1600 Pennsylvania Avenue NW, Washington, DC 20500.", "She lives at [ADDRESS_1]."),
    ("Flat 3, 45 Kingsland Road, London E2 8AA.", "[ADDRESS_1]."),
    ("Send it to jdoe at gmail.", "Send it to [EMAIL_1]."),
    ("邮箱 wangfang 艾特 qq，记得回。", "邮箱 [EMAIL_1]，记得回。"),
])
def test_addresses_and_provider_mailboxes(text, sent):
    assert redact(text).sent == sent


@pytest.mark.parametrize("text", ["他知道3号楼在哪里。", "频道12号节目和跑道3号", "He is at QQ at the moment.",
                                  "The meeting at 163 was at 9.", "She works at Google at night."])
def test_words_that_look_like_parts_stay(text):
    assert redact(text).sent == text


@pytest.mark.parametrize(("text", "sent"), [
    ("卡号６２２２　０２１２　３４５６　７８９０　１２８", "卡号[CARD_1]"),  # ideographic spaces
    ("车牌 沪 A12345 的车", "车牌 [PLATE_1] 的车"),
    ("DR. OKAFOR: We treated eleven people.", "DR. [PERSON_1]: We treated eleven people."),
    ("Okonkwo's sister Adaeze said no.", "[PERSON_1]'s sister [PERSON_2] said no."),
    ("The nurse, named only as Precious, said the ward was full.",
     "The nurse, named only as [PERSON_1], said the ward was full."),
    ("O'Neill and McCarthy were both arrested.", "[PERSON_1] and [PERSON_2] were both arrested."),
    ("户主分别是刘长贵、赵金花和孙德胜。", "户主分别是[PERSON_1]、[PERSON_2]和[PERSON_3]。"),
])
def test_more_forms(text, sent):
    assert redact(text).sent == sent


@pytest.mark.parametrize("text", ["发票号码 044031900111，金额 1,200 元。", "We ate at McDonald's near the station.",
                                  "家住城东的退休工人老周说，他每天都去。"])
def test_labels_brands_and_forms_of_address_stay(text):
    assert redact(text).sent == text


def test_initials_given_after_a_name_are_its_speaker_label():
    sent = redact("Speakers: Maria Delgado (MD), Tom O'Brien (TO)\nMD: I never saw him.\nTO: Nor me.").sent
    assert "MD" not in sent and "TO:" not in sent and sent.endswith(": Nor me.")


@pytest.mark.parametrize(("text", "sent"), [
    ("她住在阳光花园小区3栋2单元501室。", "她住在[ADDRESS_1]。"),
    ("家住幸福家园7号楼302的王女士", "家住[ADDRESS_1]的王女士"),
    ("Apt 4B, 350 W 42nd Street, New York, NY 10036", "[ADDRESS_1]"),
])
def test_estates_and_numbered_streets(text, sent):
    assert redact(text).sent == sent


@pytest.mark.parametrize("text", ["他租住在城中村的一间房里。", "第3期工程于2024年完工。", "小区2期在建设中。",
                                  "the 2nd Avenue subway"])
def test_phases_and_street_names_alone_stay(text):
    assert redact(text).sent == text

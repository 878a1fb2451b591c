"""The classes the twenty-first and twenty-second blind sets' first runs showed, on lines of our own
(not from the sets).

Masked: a name written with a full-width space in quotes (“尹　浩然”), a compound surname alone before
a verb of saying (上官说; 上官女士 stays), 宛 as a given-name character, a passport number in brackets
after "passport (No. …)", a card holder's name in capitals after 持卡人, a phone number broken across a
line, a name that is a word between a role and a title (发起人白雪阿姨) or before 后, a Welsh "Ll."
initial, a nickname in single quotes. Kept: an author writing in a named work (鲁迅在《…》里写), a
channel's name (… Watch), a coroner, "the author X", Samaritans, a named tribunal's judge (…法庭法官),
a byline, a council's leader or cabinet member, a force's chief constable, 师傅.
"""

from __future__ import annotations

import pytest

from desktop.engine.cloud.redact import redact


@pytest.mark.parametrize(("text", "masked"), [
    ("名单上写着“龚　子涵”和“闵　欣怡”。", ["子涵", "欣怡"]),
    ("欧阳丽华哭着挂了电话。欧阳说，她不会放弃。", ["欧阳丽华", "欧阳说"]),
    ("我们的受访者陈宛如说，她已经报警。", ["陈宛如"]),
    ("Her employer kept her passport (No. B7261934) for a year.", ["B7261934"]),
    ("卡面照片：持卡人 LIU JIAHUI，有效期至 2028 年。", ["LIU JIAHUI"]),
    ("他把电话写成两行：\n139 0571\n2846，让我打给他。", ["2846"]),
    ("Ring the organiser on 617-555-\n0192 tonight.", ["0192"]),
    ("发起人白云阿姨每天来浇水。", ["白云"]),
    ("撞倒外卖员石磊后逃逸。石磊说他腿疼。", ["石磊"]),
    ("Gwenllian Ll. Morgan ran the 10k for the hospice.", ["Gwenllian", "Morgan"]),
    ("Tributes were paid to Kathleen 'Kitty' Byrne, 88. Kitty ran the shop.", ["Kathleen", "Byrne", "Kitty"]),
])
def test_masked(text: str, masked: list[str]) -> None:
    sent = redact(text).sent
    for value in masked:
        assert value not in sent, (value, sent)


@pytest.mark.parametrize(("text", "kept"), [
    ("上官雪梅来了。上官女士说她很好。", ["上官女士"]),
    ("鲁迅在《故乡》里写过闰土。", ["鲁迅"]),
    ("The Telegram channel Odesa Watch posted the video.", ["Odesa Watch"]),
    ("HM Assistant Coroner for Avon, Peter Harrowing, recorded a conclusion of misadventure.", ["Peter Harrowing"]),
    ("The novelist Hilary Mantel once lived in the village.", ["Hilary Mantel"]),
    ("Call Samaritans free on 116 123.", ["Samaritans"]),
    ("鼓楼区人民法院宁海路法庭法官陈静上门调解。", ["陈静"]),
    ("By Tom Waite, Local Democracy Reporter. The council met on Monday.", ["Tom Waite", "Local Democracy Reporter"]),
    ("Councillor Amy Shah, cabinet member for housing at Leeds City Council, said the plan would change.",
     ["Amy Shah"]),
    ("Thames Valley Police's Chief Constable, Jason Hogg, said crime had fallen.", ["Jason Hogg"]),
    ("他的师傅陈师傅也没拿到工资。", ["师傅陈师傅"]),
])
def test_kept(text: str, kept: list[str]) -> None:
    sent = redact(text).sent
    for value in kept:
        assert value in sent, (value, sent)


def test_a_rare_surname_alone_stays_masked() -> None:
    assert "乜" not in redact("她自称姓乜，住在附近。").sent.replace("[PERSON_1]", "")


def test_numbers_on_lines_of_a_table_stay_apart() -> None:
    text = "合计 120\n2024 年度"
    assert redact(text).sent == text

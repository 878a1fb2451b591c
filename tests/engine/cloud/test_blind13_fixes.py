"""The classes the thirteenth blind set's first run showed, on lines of our own (not from the set).

A Chinese mobile grouped 3-4-4 read as North America's 1-866 freephone (tests in test_digits.py);
a nickname 阿 + the given name's last character after the full name; a hotel guest (房客) or a fan
club's leader (团长) before a reduplicated or compound-surname name; the children listed in a family
notice and its surname in capitals; a Welsh "ap" inside a name; a press office's landline; 和 as
a conjunction between two words taken for a surname.
"""

from __future__ import annotations

import pytest

from desktop.engine.cloud.redact import redact


@pytest.mark.parametrize(("text", "masked"), [
    ("骆文杰：几点到？\n欧阳倩：九点。收到阿杰。", ["骆文杰", "阿杰"]),
    ("前台登记单显示，房客苗菲菲的证件号码已被拍下。", ["苗菲菲"]),
    ("应援团团长欧阳蕾蕾 (微博: @ouyang_ll) 说，她们准备了横幅。", ["欧阳蕾蕾"]),
    ("PENHALIGON, Morwenna Jane (Wenna). Peacefully in Truro, aged 91. Mum to Tamsin and Kerensa.",
     ["PENHALIGON", "Morwenna Jane", "Wenna", "Tamsin", "Kerensa"]),
    ("She was grandmother to Isla, Callum and Freya.", ["Isla", "Callum", "Freya"]),
    ("[09:12] Dafydd ap Rhodri: the bus is late", ["Dafydd ap Rhodri"]),
    ("Call the press office on 07700 900 461 after six.", ["07700 900 461"]),  # a mobile, whatever the label
])
def test_masked(text: str, masked: list[str]) -> None:
    sent = redact(text).sent
    for value in masked:
        assert value not in sent, (value, sent)


@pytest.mark.parametrize("text", [
    "For media enquiries ring the Tynebridge Water press office on 0191 496 0732.",
    "区疾控中心提醒，老人和儿童应尽早接种流感疫苗。",
    "家长和女儿一起来到了现场。",
    "在戒毒所工作的社工阿明（化名）告诉记者，学员大多完成了培训。",
    "咨询电话0716-8412120（住院部）。",
    "为周杰伦 Carnival 世界巡回演唱会组织应援的歌迷很多。",
    "He is the father of three and a keen cyclist.",
])
def test_left_alone(text: str) -> None:
    assert redact(text).sent == text


def test_a_familiar_form_that_starts_a_word_or_names_a_shop_stays() -> None:
    sent = redact("店主彭国强说，“阿强修车行”开了三十年，阿强出门了。").sent
    assert "彭国强" not in sent and "“阿强修车行”" in sent and "阿强出门" not in sent

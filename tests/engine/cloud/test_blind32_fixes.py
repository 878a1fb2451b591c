"""The classes the thirty-second and thirty-third blind sets' first runs showed (technology and cybercrime;
agriculture and rural life), on lines of our own.

Masked: a caller's number in full-width digits after 号码显示为 (a courier's name earlier in the sentence makes
it no tracking number), a SIN after "gave his SIN as", an estate named 名都, a Telegram alias in quotes, a Thai
name's Chinese form in brackets after it, a quoted nickname right before a full name (“蜂哥”胡振宇), a Mongolian
name of three syllables or more after a herder's or a vet's role, 阿 and a given name as a chat member (阿梅：),
a record's holder=NAME, a deed's numbered party in capitals, a spreadsheet's quoted "Surname, Given" cell, a
caller who claims to be a courier's customer service. Kept: a police unit's chief with the force named
(市公安局…副支队长X), a company's 发言人 after its Latin name, an international body's 总干事, an inspector
"speaking for" a named force, "the court's chairman", a company named by its trade (安平化工), Alibaba Cloud,
Europol, a website after "filed at", 爱尔兰 (no 向爱), Social Security (no person).
"""

from __future__ import annotations

import pytest

from desktop.engine.cloud.redact import redact


@pytest.mark.parametrize(("text", "masked"), [
    ("自称“快递客服”的来电号码显示为０２０－８７６５４３２１，陈女士没多想。", ["８７６５４３２１"]),
    ("The tenant gave his SIN as 046 454 286 on the form.", ["046 454 286"]),
    ("收件人住在合肥市蜀山区天鹅湖名都5幢802室。", ["5幢802室"]),
    ("They sold access under the Telegram alias \"n1ghtcrawl3r\" for months.", ["n1ghtcrawl3r"]),
    ("缅甸工人 Aung Kyaw Min（昂觉敏）在工地受伤。", ["Aung Kyaw Min", "昂觉敏"]),
    ("Farm worker Niran Chaiyaphum（尼兰）was injured.", ["尼兰"]),
    ("果农“桃哥”邓志明在快手上卖桃。", ["桃哥", "邓志明"]),
    ("牧民乌力吉巴图骑着摩托去找羊。", ["乌力吉巴图"]),
    ("果农群聊天记录：\n杨庆福：明天来拉苹果\n阿兰：我家还没摘完", ["阿兰："]),
    ('Row 12 reads: "Adeyemi, Folasade",fola@example.net,gold', ["Adeyemi", "Folasade"]),
    ("第 9 行：card_no=[redacted], holder=LIU XIAOMEI；", ["LIU XIAOMEI"]),
    ("THIS LEASE is made between (1) MORAG ELSPETH GUNN of 4 Shore Road and (2) the Tenant.", ["MORAG ELSPETH GUNN"]),
])
def test_masked(text: str, masked: list[str]) -> None:
    sent = redact(text).sent
    for value in masked:
        assert value not in sent, (value, sent)


@pytest.mark.parametrize(("text", "kept"), [
    ("市公安局刑侦支队副支队长王建军在发布会上表示，案件已告破。", ["王建军"]),
    ("Google 发言人 Anna Reyes 在声明中说，漏洞已修复。", ["Anna Reyes"]),
    ("世界卫生组织（WHO）总干事谭德塞在日内瓦表示", ["谭德塞"]),
    ("Sergeant Paul Rigby, speaking for Cumbria Police, said two men were arrested.", ["Paul Rigby"]),
    ("Lady Arden, the court's president, reserved judgment.", ["Arden"]),
    ("涉事企业宏达化工已被责令停产。", ["宏达化工"]),
    ("腾讯云（Tencent Cloud）和 Europol 都表示已介入；reports can be filed at ic3.gov.",
     ["Tencent Cloud", "Europol", "filed at ic3.gov"]),
    ("Meta 已向爱尔兰数据保护委员会提交通报。", ["向爱尔兰"]),
    ("She read out his Social Security number on stream.", ["Social Security number"]),
    ("快递单号显示为 SF1428093765512，她的歌曲“青花瓷”王芳唱过。", ["SF1428093765512", "青花瓷"]),
    ('He said "Yes, Please", and left. (1) THE COUNCIL of the borough', ['"Yes, Please"', "THE COUNCIL"]),
    ("拨打快递客服电话 95338 查询；顺丰客服 0755-83395338", ["95338", "0755-83395338"]),
    ("群聊天记录：\n杨庆福：明天来拉苹果\n小王：好的", ["小王："]),
])
def test_kept(text: str, kept: list[str]) -> None:
    sent = redact(text).sent
    for value in kept:
        assert value in sent, (value, sent)

"""The classes the thirty-first blind set's first run showed (politics and civic life), on lines of our own.

Masked: a group chat's members by their familiar names (阿辉：, 小斌：), a nomination paper's fields (surname in
capitals, other names), senders after a bracketed time ([08:15] Tariq:), a relative's name in brackets ("his
daughter (Meera)"), a flat in a Hong Kong estate's tower (太古城中心2座18楼C室), the given name and 叔 or 姨 of a
masked name (强叔 … 李志强). Kept: a form's own labels (Proposer:, Seconder:), a people's congress deputy and
what else the deputy is (区人大代表、医生X), a minister as 大臣, a member of a parliament by the letters after the
name (X MP), a councillor's speaker tag in capitals (CLLR X:), a council service's mailbox made of service words,
a class chat's teacher and 小王 (a surname: no one in particular), a title with a common Singapore surname (Mr Lim).
"""

from __future__ import annotations

import pytest

from desktop.engine.cloud.redact import redact


@pytest.mark.parametrize(("text", "masked"), [
    ("【业主群】\n阿辉：明早八点物业门口见\n小斌：我带横幅", ["阿辉", "小斌"]),
    ("Candidate surname: PEMBERTON   Other names: Alice Mary\nProposer: Gareth Lowe", ["PEMBERTON", "Alice Mary", "Lowe"]),
    ("[08:15] Tariq: running late\n[08:16] Jo K: same here", ["Tariq", "Jo K"]),
    ("Records show $250 from his daughter (Meera), a student.", ["Meera"]),
    ("他住太古城中心2座18楼C室，已投诉三次。", ["18楼C室"]),
    ("Driver 强叔（李志强）said the car was towed.", ["强叔", "李志强"]),
    ("From: j.hale@westfield-council.example", ["j.hale"]),
])
def test_masked(text: str, masked: list[str]) -> None:
    sent = redact(text).sent
    for value in masked:
        assert value not in sent, (value, sent)


@pytest.mark.parametrize(("text", "kept"), [
    ("Proposer: Gareth Lowe   Seconder: Imran Patel", ["Proposer:", "Seconder:"]),
    ("区人大代表、医生林晓东表示，将提交书面建议。", ["林晓东"]),
    ("英国卫生大臣 Tom Birch 在议会表示，法案下周二读。", ["Tom Birch"]),
    ("Dear Jane Holloway MP,\nI am writing about the library.", ["Jane Holloway MP"]),
    ("CLLR OKORO: I'll chase it.\nRESIDENT: Thank you.", ["CLLR OKORO"]),
    ("To: licensing.enquiries@westfield-council.example", ["licensing.enquiries@westfield-council.example"]),
    ("老师：明天交作业\n小王：好的", ["老师：", "小王："]),
    ("Mr Lim, the shopkeeper, agreed to talk.", ["Mr Lim"]),
])
def test_kept(text: str, kept: list[str]) -> None:
    sent = redact(text).sent
    for value in kept:
        assert value in sent, (value, sent)

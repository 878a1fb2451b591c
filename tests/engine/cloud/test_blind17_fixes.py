"""The classes the seventeenth and eighteenth blind sets' first runs showed, on lines of our own (not
from the sets).

Masked: parties in capitals in a court heading ("X (Claimant)", "X,\\n Plaintiff,"), the English name
beside a Chinese one (陈嘉豪 Kevin：, 叫 Kevin 谭志鹏), names in a table's name column and spaced out by
OCR (瞿 晓 东), the familiar 伟哥 of a masked 张伟, a nickname in initials (known as T.J.), a middle
initial inside a name (John A. Smith), a LinkedIn profile, a Singapore plate, a flat's number with no 室
or written 房. Kept: switchboards (总机), a PO number, an organisation whose name starts like a person's
(明信律师事务所, 华中科技大学), official accounts (@北京地铁, @gmpolice), stars by what only stars do
(an Olympic champion, stadium dates, millions of followers), a historical figure on a plaque, a listed
company's chairman, a police commissioner, the line beside 999 in a police appeal, a university office's
landline, 陈生 (Cantonese for Mr Chan), 师傅, a Malay street (Jalan …), form labels (Employer:).
"""

from __future__ import annotations

import pytest

from desktop.engine.cloud.redact import redact


@pytest.mark.parametrize(("text", "masked"), [
    ("BETWEEN: ALISON MARY PRENTICE (Claimant) and ROHAN DESAI (Defendant).", ["ALISON MARY PRENTICE", "ROHAN DESAI"]),
    ("UNITED STATES DISTRICT COURT\n\nMARCUS J. BELL,\n        Plaintiff,\n    v.\nACME LLC,\n        Defendant.",
     ["MARCUS J. BELL"]),
    ("[09:14] 林志伟 Jason：明早的会取消。[09:15] 好的，Jason 你通知一下。", ["林志伟", "Jason"]),
    ("线人叫 Vincent 黄国栋，在工厂做 QC。", ["Vincent", "黄国栋"]),
    ("序号　姓名　工种　金额\n1　冉桂芝　杂工　3,200\n2　上官建业　木工　8,600", ["冉桂芝", "上官建业"]),
    ("2022级 荀 立 新\n2023级 何静", ["荀 立 新"]),
    ("李强：房子漏水了\n王芳 回复 李强：强哥别急", ["强哥"]),
    ("Marisol Vega, 15, known to family as M.J., has not been seen since Friday.", ["M.J."]),
    ("The tenant, John A. Whitcombe, said the boiler failed.", ["John A. Whitcombe"]),
    ("Profile: linkedin.com/in/anand-k-menon, open to offers.", ["linkedin.com/in/anand-k-menon"]),
    ("他的车牌 SGX 1234 J 被拍到闯红灯。", ["SGX 1234 J"]),
    ("住址：广州市越秀区东风中路338号2座1203房。", ["2座1203房"]),
    ("收件地址：佛山市禅城区季华五路21号3栋1502", ["3栋1502"]),
])
def test_masked(text: str, masked: list[str]) -> None:
    sent = redact(text).sent
    for value in masked:
        assert value not in sent, (value, sent)


@pytest.mark.parametrize(("text", "kept"), [
    ("如有疑问请致电公司总机020-3866 1000。", ["020-3866 1000"]),
    ("The PO number is 4500291187, please quote it.", ["4500291187"]),
    ("代理人是北京德衡律师事务所律师，毕业于华中科技大学。", ["德衡律师事务所", "华中科技大学"]),
    ("网友在微博@了@北京地铁，Greater Manchester Police replied from @gmpolice.", ["@北京地铁", "@gmpolice"]),
    ("The 10k was started by Olympic champion Mo Farah.", ["Mo Farah"]),
    ("Ed Sheeran added two more Wembley dates.", ["Ed Sheeran"]),
    ("Cristiano Ronaldo shared the clip with his 600 million followers.", ["Cristiano Ronaldo"]),
    ("A blue plaque records that Virginia Woolf lived here from 1907 to 1911.", ["Virginia Woolf"]),
    ("宁德时代（300750.SZ）三季度营收增长，董事长曾毓群表示将扩产。", ["曾毓群"]),
    ("Victoria Police Commissioner Mike Bush urged drivers to slow down.", ["Mike Bush"]),
    ("Call Tulsa Police at 918-596-9222 or 911.", ["918-596-9222"]),
    ("如有异议请致电学生工作处 0571-8827 1000。", ["0571-8827 1000"]),
    ("业主陳生话会同业主立案法团商量。", ["陳生"]),
    ("他的师傅陈师傅也没拿到工资。", ["陈师傅"]),
    ("The stall is on Jalan Petaling, near the market.", ["Jalan Petaling"]),
    ("Employer: Harbourside Foods Ltd", ["Employer"]),
])
def test_kept(text: str, kept: list[str]) -> None:
    sent = redact(text).sent
    for value in kept:
        assert value in sent, (value, sent)


@pytest.mark.parametrize("text", [
    "Sam Hill added two more dates to the school fair.",  # no venue: anyone can add dates
    "Ann Lee posted the clip to her 300 followers.",
    "记者了解到，该公司宣布裁员，董事长周国栋表示歉意。",
    "call her on 07700 900123 or 999",
])
def test_ordinary_people_stay_masked(text: str) -> None:
    sent = redact(text).sent
    assert sent != text, sent

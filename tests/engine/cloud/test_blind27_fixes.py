"""The classes the twenty-seventh and twenty-eighth blind sets' first runs showed, on lines of our own (not
from the sets).

Masked: an e-mail typed with ＠ and the ideographic full stop (163。com), a 20-digit disability card number
(an ID number and two digits), a platform's numeric UID, a Discord tag, a Reddit user, a channel of one's
own (twitch.tv/…, youtube.com/@…), a comment thread's usernames at the start of lines, a nickname in quotes
before 本名 (Latin or mixed too), a name right before （本名…）, a stage name (艺名X), a form's 姓名 field,
"bint", "X" to the followers of a channel, an estate named 华庭 (and 湾, 郡, 邸, 阁, 山庄…), a parents' group's
display name (Lily妈妈：), a sign-off ("signed off only as 'X'"), a given name joined to a full name with
particles (Rob and Denise van der Berg). Kept: 本名 in brackets is a label, not a name's other form; r/
forums, PR#123, youtube.com/watch; 王经理 in a field; officials at work (a named force's spokesperson with a
rank, a league's commissioner, 警务处's senior superintendent, a councillor); a school, a bursary or a unit named
by what it is; an account said to be official (官方 Instagram @…); the words before a city (家里卖掉了).
"""

from __future__ import annotations

import pytest

from desktop.engine.cloud.redact import redact


@pytest.mark.parametrize(("text", "masked"), [
    ("家长留的邮箱是 chenxiaoyu2001＠126。com，请尽快回复。", ["chenxiaoyu2001"]),
    ("残疾人证号：11010519491231002X11，联系电话另附。", ["11010519491231002X11"]),
    ("抖音用户李小北（UID 2847719305）被人盗号。", ["2847719305"]),
    ("Moderators banned a user tagged nightowl_99#2048 for the leak.", ["nightowl_99#2048"]),
    ("He posted as u/dad_of_three_ok on r/parenting.", ["u/dad_of_three_ok"]),
    ("Her channel twitch.tv/mayaplays and youtube.com/@MayaCooksLeeds grew fast.", ["mayaplays", "MayaCooksLeeds"]),
    ("tom_h88: saw her at the gym\nlisa.w: stop posting this", ["tom_h88", "lisa.w"]),
    ("剧组场工“大B”（本名潘永强）说工钱没结。", ["大B", "潘永强"]),
    ("主播“SkyWalker_Li”（真名李天行）直播时念出了电话。", ["SkyWalker_Li", "李天行"]),
    ("【驻唱招聘】小蜜桃（本名钟晓彤），档期请私信。", ["小蜜桃", "钟晓彤"]),
    ("乐队贝斯手艺名Pancake，本名吴俊豪，在后台接受了采访。", ["Pancake", "吴俊豪"]),
    ("姓名：符家乐\n身份证号：另附", ["符家乐"]),
    ("Fan Maryam bint Saleh al-Harbi travelled to every race.", ["Maryam bint Saleh al-Harbi", "al-Harbi"]),
    ('Owen Price - "Pricey" to the 3,000 followers of his channel - lost his job.', ["Pricey"]),
    ("他们卖掉了成都市武侯区科华北路62号蓝光华庭5栋1单元903室的房子。", ["蓝光华庭5栋1单元903室", "科华北路62号"]),
    ("【大一班家长群】Tommy妈妈：老师，孩子今天发烧了。", ["Tommy"]),
    ('A reader who signed off only as "Bea" wrote in about the ward.', ["Bea"]),
    ("Foster carers Pat and Linda van den Bosch took in two boys.", ["Pat", "Linda van den Bosch"]),
])
def test_masked(text: str, masked: list[str]) -> None:
    sent = redact(text).sent
    for value in masked:
        assert value not in sent, (value, sent)


@pytest.mark.parametrize(("text", "kept"), [
    ("【驻唱招聘】小蜜桃（本名钟晓彤），档期请私信。", ["（本名"]),
    ("See r/chess, PR#5678 and youtube.com/watch?v=abc for the clip.", ["r/chess", "PR#5678", "youtube.com/watch"]),
    ("联系人：王经理，电话请拨总机。", ["王经理"]),
    ("Metropolitan Police spokesperson Chief Inspector Dawn Hale said 212 reports came in.", ["Dawn Hale"]),
    ("NBA commissioner Adam Silver said the league would review it.", ["Adam Silver"]),
    ("香港警务处高级警司陈嘉怡在记者会上说，三人已被起诉。", ["陈嘉怡"]),
    ("Note: the venue opens at 6pm.\nQ: Is parking free?\n10.30: doors open", ["Note:", "Q:", "10.30:"]),
    ("The panel, chaired by Cllr Helen Marsh, upheld 14 appeals; Councillor Ravi Patel agreed.", ["Helen Marsh", "Ravi Patel"]),
    ("The drive at Riverside High funds the Hartley Bursary; ask the Welfare Rights Unit.",
     ["Riverside High", "Hartley Bursary", "Welfare Rights Unit"]),
    ("流感疫苗预约请关注官方 Instagram @hkdepthealth。", ["@hkdepthealth"]),
    ("为了凑钱，家里卖掉了长沙市雨花区香樟路88号的房子。", ["家里卖掉了"]),
])
def test_kept(text: str, kept: list[str]) -> None:
    sent = redact(text).sent
    for value in kept:
        assert value in sent, (value, sent)

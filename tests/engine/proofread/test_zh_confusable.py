"""Reporter typos among 在/再, 以/已, 即/既, 做/作, 象/像, 部署/布署, 的/地/得 — and silence on clean copy."""

from pathlib import Path

import pytest

from desktop.engine.proofread import zh_lm
from desktop.engine.proofread.dictionary import UserDictionary
from desktop.engine.proofread.issue import ERROR, GRAMMAR, TYPO, CheckContext, apply_fixes
from desktop.engine.proofread.runner import Proofreader, default_checkers
from desktop.engine.proofread.zh_confusable import ZhConfusableChecker

CTX = CheckContext("zh")


@pytest.fixture(scope="module", autouse=True)
def model():
    if zh_lm.load_model() is None:
        pytest.skip("pycorrector data files are not installed")


@pytest.fixture(scope="module")
def proofreader(tmp_path_factory):
    path = tmp_path_factory.mktemp("dict") / "d.json"
    return Proofreader(default_checkers(), language="zh", dictionary=UserDictionary(path=path))


def fixes(text):
    return [(i.start, i.text, i.suggestions[0]) for i in ZhConfusableChecker().check(text, CTX)]


@pytest.mark.parametrize(("wrong", "right"), [
    ("王市长再接受采访时说，部署工作己经开始。", "王市长在接受采访时说，部署工作已经开始。"),
    ("他再学校里学习。", "他在学校里学习。"),
    ("我门需要更多的帮助。", "我们需要更多的帮助。"),
    ("这个公圆很漂亮。", "这个公园很漂亮。"),
    ("这件事以经结束了。", "这件事已经结束了。"),
])
def test_reporter_sentences_fixed_end_to_end(proofreader, wrong, right):
    assert apply_fixes(wrong, proofreader.check(wrong))[0] == right


@pytest.mark.parametrize(("text", "expected"), [
    ("他再北京工作了三年。", (1, "再", "在")),
    ("记者再现场看到了这一幕。", (2, "再", "在")),
    ("代表们再会议上发言。", (3, "再", "在")),
    ("他在次强调了这一点。", (1, "在", "再")),
    ("我在也不去那里了。", (1, "在", "再")),
    ("现再的情况不同了。", (1, "再", "在")),
    ("问题的关键再于落实。", (5, "再", "在")),
    ("这种做法可已推广。", (5, "已", "以")),
    ("所已我们决定推迟。", (1, "已", "以")),
    ("双方早以达成共识。", (3, "以", "已")),
    ("他只顾自已。", (4, "已", "己")),
    ("既使下雨，比赛也照常进行。", (0, "既", "即")),
    ("新规定既将实施。", (3, "既", "即")),
    ("警方立既赶到现场。", (3, "既", "即")),
    ("即然如此，我们就不等了。", (0, "即", "既")),
    ("这一现象即有历史原因，也有现实因素。", (4, "即", "既")),
    ("他做为代表发言。", (1, "做", "作")),
    ("这项工做很重要。", (3, "做", "作")),
    ("这部做品获了奖。", (2, "做", "作")),
    ("他在家作饭。", (3, "作", "做")),
    ("他好象没听见。", (2, "象", "像")),
    ("他就象一座山一样。", (2, "象", "像")),
    ("象大海一样宽广。", (0, "象", "像")),
    ("监控录象已经调取。", (3, "象", "像")),
    ("我们要布署下一步工作。", (3, "布", "部")),
])
def test_confusable_rules(text, expected):
    assert expected in fixes(text)
    issue = next(i for i in ZhConfusableChecker().check(text, CTX) if i.start == expected[0])
    assert issue.category == TYPO and issue.severity == ERROR and issue.safe


@pytest.mark.parametrize(("text", "expected"), [
    ("他高兴的说：“我们赢了。”", (3, "的", "地")),
    ("她认真的研究了这份报告。", (3, "的", "地")),
    ("他跑的非常快。", (2, "的", "得")),
    ("工人们正在紧张的施工。", (7, "的", "地")),
    ("我得朋友是记者。", (1, "得", "的")),
])
def test_de_di_de_clear_cases(text, expected):
    found = ZhConfusableChecker().check(text, CTX)
    assert expected in [(i.start, i.text, i.suggestions[0]) for i in found]
    assert all(i.category == GRAMMAR for i in found)


CLEAN_NEWS = [
    "市长今天在记者会上表示，明年将再投入三亿元改善交通。",
    "他再次强调，在次日的会议上不会讨论这个问题。",
    "这一现象引起了专家的关注，调查对象是三百名大学生。",
    "部队已后撤至安全地带，当地居民已经疏散。",
    "公司将做用户调研，以便改进产品。",
    "我们已经部署了下一阶段的工作，以后会继续推进。",
    "即使下雨，比赛也照常进行，既定方针不会改变。",
    "他作为代表发言，大家都认真地听着。",
    "这座雕像象征着和平，看上去就像一位老人。",
    "他说得很清楚，高兴的事情要和大家分享。",
    "实在也没有别的办法，只能等到明天再说。",
    "他们得到了社会各界的帮助，我的书也找到了。",
    "再过三天，代表团将在北京举行会谈。",
    "等他再来北京时，我们一起去公园。",
    "下次再见面时告诉我结果。",
    "他们以认真的学习态度和紧张的工作节奏完成了任务。",
    "这部电影再现了当年的场景，他得奖了，我得分了。",
    "我得去医院看看，你得早点回家。",
]


def test_no_false_alarms_on_clean_news(proofreader):
    for sentence in CLEAN_NEWS:
        assert ZhConfusableChecker().check(sentence, CTX) == [], sentence
        flagged = [i for i in proofreader.check(sentence) if i.severity == ERROR]
        assert flagged == [], (sentence, flagged)


CLEAN_ZH = Path(__file__).with_name("clean_zh.txt")


def clean_sentences() -> list[str]:
    """Correct news sentences kept in the repo (the eval corpora's 1 % figure is in bench/proofread.py)."""
    lines = CLEAN_ZH.read_text("utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def test_rare_alarms_on_correct_sentences():
    """The construction rules stay quiet on correct text (bench/proofread.py measures ≤ 1 % on SIGHAN/MuCGEC)."""
    targets = clean_sentences()
    checker = ZhConfusableChecker()
    flagged = [t for t in targets if checker.check(t, CTX)]
    assert len(targets) >= 50
    assert flagged == [], flagged

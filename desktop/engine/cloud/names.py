"""Person-name finders for redaction: known names, and detectors for Chinese and English.

Why detectors at all: the speaker list and the user dictionary only cover names the reporter
already typed in; interviews mention other people. The detectors are deliberately eager
(masking a place by mistake costs a little answer quality; leaking a name costs a source).
Each finder returns ``(start, end)`` spans over the input text; nothing here mutates state.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable
from functools import lru_cache

Span = tuple[int, int]

# Speaker labels produced by diarization ("SPEAKER_00", "Speaker 2", "说话人1") are not names.
_GENERIC_SPEAKER = re.compile(r"^(?:speaker|spk|voice|说话人|发言人|讲者)[\s_-]*\d+$", re.IGNORECASE)
# jieba user-dictionary style entries: "word", "word tag", "word freq tag".
_PERSON_TAGS = {"nr", "nrfg", "nrt", "person", "name", "人名"}
_CJK = re.compile(r"[\u3400-\u9fff]")

# Common single-character surnames: a jieba 'nr' word must start with one (or a compound
# surname) to count, which drops frequent mis-tags such as "银行卡".
_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武"
    "戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯"
    "纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪"
    "简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎"
    "甄丛仲虞敖巩明佘池查麻苑迟邝")
_COMPOUND_SURNAMES = {"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙",
                      "宇文", "司徒", "夏侯", "轩辕", "令狐", "端木", "独孤", "南宫", "西门", "申屠"}

# Capitalised words that start or belong to non-person names; a run containing one is skipped.
_EN_STOP_WORDS = """
The A An This That These Those It Its He She They We You I Our Their His Her My Your
And Or But If When While After Before Since Because Although Though So Then Also However
In On At By For From Of To With Without About Into Over Under As Per Via
Monday Tuesday Wednesday Thursday Friday Saturday Sunday
January February March April May June July August September October November December
Mon Tue Wed Thu Fri Sat Sun Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
New York Times Post News Daily Herald Journal Press Agency Reuters Xinhua
University College School Institute Academy Hospital Clinic Bank Police Court Council
Ministry Department Bureau Office Agency Committee Commission Party Government Army Navy
Company Corporation Corp Inc Ltd Group Holdings Foundation Association Union Society Club
Street Road Avenue Lane Drive Boulevard Square Park Bridge Station Airport Center Centre
City County State States Province District Town Village Island Lake River Mountain Valley
North South East West Northern Southern Eastern Western Central Upper Lower Great Greater
United Kingdom Republic People Peoples National International Federal Royal Public
China Chinese Beijing Shanghai Shenzhen Guangzhou Hong Kong Taiwan Japan America American
Europe European Britain British London Paris Washington Asia Africa England France Germany
Christmas Easter Spring Summer Autumn Fall Winter Festival Day Year Month Week Today
Mr Mrs Ms Miss Dr Prof Professor Sir Madam Mme Mx President Minister Chairman Director
God Lord Internet Web Twitter Facebook Google Apple Microsoft Weibo WeChat
Q A OK Yes No Not Please Thanks Thank Hello Hi Dear Chapter Section Figure Table
Yesterday Tomorrow Tonight Later Earlier Meanwhile According Last Next Every Each Some Many Most All Both
Several Asked Told Said Says Interview Speaking Reporting Update Breaking Editor Note
"""
_EN_STOP = set(_EN_STOP_WORDS.split())
_HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Madam|Judge|Senator|Governor|Mayor|Officer|Detective|Captain)"
_CAP_WORD = r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?"
_HONORIFIC_NAME = re.compile(rf"\b{_HONORIFIC}\.?\s+((?:{_CAP_WORD})(?:\s+{_CAP_WORD}){{0,2}})")
_CAP_RUN = re.compile(rf"\b{_CAP_WORD}(?:\s+(?:[A-Z]\.\s+)?{_CAP_WORD}){{1,3}}\b")


def parse_dictionary_entry(entry: str) -> tuple[str, bool]:
    """``(word, is_person)`` for a user-dictionary line. Untagged entries count as names."""
    parts = entry.strip().split()
    if not parts:
        return "", False
    if len(parts) == 1:
        return parts[0], True
    tag = parts[-1].lower()
    if len(parts) >= 2 and ((tag.isalpha() and tag.isascii()) or tag in _PERSON_TAGS):
        word = " ".join(parts[:-1])
        if len(parts) >= 3 and parts[-2].isdigit():
            word = " ".join(parts[:-2])
        return word, tag in _PERSON_TAGS
    return entry.strip(), True


def known_names(speakers: Iterable[str], dictionary: Iterable[str]) -> list[str]:
    """Names to mask literally: real speaker names, tagged-person dictionary words, and for
    multi-word Latin names also the surname on its own ("Smith said")."""
    names: set[str] = set()
    for raw in speakers:
        name = raw.strip()
        if name and not _GENERIC_SPEAKER.match(name):
            names.add(name)
    for entry in dictionary:
        word, is_person = parse_dictionary_entry(entry)
        if word and is_person:
            names.add(word)
    for name in list(names):
        words = name.split()
        if len(words) >= 2 and not _CJK.search(name):
            names.update(w for w in (words[0], words[-1]) if len(w) >= 3 and w[0].isupper()
                         and w not in _EN_STOP)
    return sorted(names, key=len, reverse=True)


def find_known(text: str, names: Iterable[str]) -> list[Span]:
    """Literal occurrences; Latin names must sit on word boundaries, CJK names anywhere."""
    spans: list[Span] = []
    for name in names:
        pattern = re.escape(name) if _CJK.search(name) else rf"(?<![\w]){re.escape(name)}(?![\w])"
        spans.extend(m.span() for m in re.finditer(pattern, text))
    return spans


_jieba_lock = threading.Lock()


@lru_cache(maxsize=1)
def _pos_tokenizer():
    """A private jieba tokenizer (its dictionary loads once, ~1 s); global jieba state is untouched."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.posseg.POSTokenizer(jieba.Tokenizer())
    tokenizer.tokenizer.initialize()
    return tokenizer


def find_zh_names(text: str) -> list[Span]:
    """Chinese person names tagged 'nr'/'nrfg'/'nrt' by jieba, with compound surnames joined."""
    if not _CJK.search(text):
        return []
    with _jieba_lock:
        pairs = [(w.word, w.flag) for w in _pos_tokenizer().cut(text)]
    spans: list[Span] = []
    pos = 0
    previous: tuple[int, str, str] | None = None  # (start, word, flag) of the previous token
    for word, flag in pairs:
        start = text.find(word, pos)
        if start < 0:
            continue
        end = start + len(word)
        pos = end
        is_name = (flag in ("nr", "nrfg", "nrt") and 2 <= len(word) <= 6 and _CJK.search(word) is not None
                   and (flag != "nr" or word[0] in _SURNAMES or word[:2] in _COMPOUND_SURNAMES))
        if previous is not None and previous[1] in _COMPOUND_SURNAMES and flag.startswith("nr") \
                and previous[0] + len(previous[1]) == start:
            spans.append((previous[0], end))
        elif is_name:
            spans.append((start, end))
        previous = (start, word, flag)
    return spans


def find_en_names(text: str) -> list[Span]:
    """English names: an honorific plus capitalised words, or a run of 2-4 capitalised words
    with no stop word in it ("Maria Lopez", "Zhang Wei"; not "New York Times")."""
    spans: list[Span] = []
    for m in _HONORIFIC_NAME.finditer(text):
        words = m.group(1).split()
        while words and words[-1] in _EN_STOP:
            words.pop()
        if words:
            spans.append((m.start(1), m.start(1) + len(" ".join(words))))
    for m in _CAP_RUN.finditer(text):
        words = [w for w in re.split(r"\s+", m.group(0)) if not re.fullmatch(r"[A-Z]\.", w)]
        if any(w in _EN_STOP or w.split("-")[0] in _EN_STOP for w in words):
            # keep the longest stop-free sub-run of two or more words
            _sub_runs(m.group(0), m.start(), spans)
            continue
        spans.append(m.span())
    return spans


def _sub_runs(chunk: str, offset: int, spans: list[Span]) -> None:
    run: list[re.Match[str]] = []
    for w in [*re.finditer(r"\S+", chunk), None]:
        if w is not None and w.group(0) not in _EN_STOP and re.fullmatch(_CAP_WORD, w.group(0)):
            run.append(w)
            continue
        if len(run) >= 2:
            spans.append((offset + run[0].start(), offset + run[-1].end()))
        run = []

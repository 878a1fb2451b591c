"""Chinese person names: dictionary names, and surname + given name where the sentence says so.

Why context and not only jieba's 'nr' tag: jieba's HMM finds unknown names but costs ~30 µs a character
(10,000 characters would take 0.3 s), and without it an unknown name such as 韩立新 or 郭婷婷 falls apart into
single characters. So jieba runs without the HMM (names it knows, 8× faster) and the unknown ones are found
by what surrounds them: a role word before (户名、联系人、家长、受害人、记者…), a verb of saying or a title after
(说、称、表示、女士…), or a conjunction next to a name already found (韩立新和郭婷婷). A candidate must start with a
surname; its given-name characters must occur in given names (pycorrector's 13,000 names, or a built-in
fallback), and it must not be a jieba word. 王女士, 张某 and pseudonyms (化名) stay.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from functools import lru_cache

from desktop.engine.cloud.first_char import guarded
from desktop.engine.cloud.names_zh_dotted import find_dotted_names
from desktop.engine.cloud.names_zh_pinyin import pinyin_forms
from desktop.engine.cloud.names_zh_words import (
    BORROWED,
    COMPOUND_SURNAMES,
    FALLBACK_GIVEN,
    NOT_NAME_END,
    RARE_COMPOUNDS,
    RARE_SURNAMES,
    ROLE_SUFFIXES,
    ROLE_WORDS,
    ROLE_WORDS_SET,
    SAY_WORDS,
    SAYING_VERBS,
    SOFT_TITLES,
    STOP_CHARS,
    SURNAMES,
    THING_ENDS,
    TITLES,
    VERB_LEADS,
    surname_starts,
)
from desktop.engine.core.text import HAN_CHAR

Span = tuple[int, int]

# After the role: an age put in between (队长、11岁的), a label (是, 叫, ：), an opening quote (姓名“…”).
_ROLE_TAIL = (r"\s*(?:[、，,]\s*(?:年仅|今年)?\d{1,3}岁的?)?\s*(?:分别是|分别为|分别叫|包括|即|是|为|叫|：|:|\s)?"
              r"\s*[“\"「『]?\s*")
_ROLE_RE = re.compile("(?P<role>" + "|".join(sorted(ROLE_WORDS, key=len, reverse=True)) + ")" + _ROLE_TAIL)
# The same for any word ending in a role suffix; anchored on the suffix, so it stays cheap.
_SUFFIX_ROLE_RE = re.compile(rf"(?<=[\u4e00-\u9fff])(?P<role>[{ROLE_SUFFIXES}])" + _ROLE_TAIL)
# After one of the roles above (not a verb), a two-character name may also be a word: 村民付强.
_PERSON_ROLES = "|".join(sorted(set(ROLE_WORDS) - set(VERB_LEADS), key=len, reverse=True))  # roles, not verbs
_PERSON_ROLE_END = re.compile("(?:" + _PERSON_ROLES
                              + rf"|[{ROLE_SUFFIXES}])\s*(?:是|为|叫|：|:)?\s*$")
_SAY_RE = re.compile("|".join(sorted(SAY_WORDS, key=len, reverse=True)))
_ROLE_BEFORE_RE = re.compile("(?:" + "|".join(sorted(ROLE_WORDS, key=len, reverse=True)) + ")$")
_ROLE_AT = re.compile(f"(?:{_PERSON_ROLES})")
# Adverbs between a name and its verb of saying (张伟又说, 李娜当时表示).
_ADVERB_RE = re.compile(r"(?:又|也|还|则|就|曾|便|却|再|仍|都|当时|随后|接着|后来|笑着|哭着|首先|最后|坚持|一再|再次)$")
_ADVERB_PREFIX_RE = re.compile(r"(?:又|也|还|则|就|曾|便|却|再|仍|都|当时|随后|接着|后来|笑着|哭着|首先|最后|坚持|一再|再次)")
_ISOLATED_RE = guarded(r"(?:^|(?<=[\sA-Za-z0-9,.;:!?()\"']))([\u4e00-\u9fff]{2,4})"
                       r"(?=$|[\sA-Za-z0-9,.;:!?()\"'，。；：！？、（）])")
_AND_CHARS = "和与及跟同"
_AND_RE = re.compile(r"[和与及跟、]")
_SOUND_NOTE = re.compile(r"[（(]\s*音译?\s*[)）]$")
_PSEUDONYM_AFTER = re.compile(r"[”\"」』]?\s*[（(]\s*化名\s*[)）]|[”\"」』]?\s*，?\s*化名")  # (“李大柱”（化名）)
_PSEUDONYM_BEFORE = re.compile(r"化名(?:为|叫|是)?\s*$")
_ASIDE = re.compile(r"[（(][^（）()]{1,60}[)）]")
_STOP_GIVEN_FIRST = set("可若以")  # stop characters that still begin given names (可欣, 若曦, 以恒)


@lru_cache(maxsize=1)
def name_list() -> frozenset[str]:
    """pycorrector's list of 13,000 real Chinese names (empty if it is missing)."""
    names: set[str] = set()
    try:
        from desktop.engine.proofread.zh_lm import pycorrector_data_dir

        folder = pycorrector_data_dir()
        if folder is not None:
            for line in (folder / "person_name.txt").read_text("utf-8").splitlines():
                names.add(line.split("\t", 1)[0].strip())
    except (OSError, ImportError, UnicodeDecodeError):
        pass
    return frozenset(n for n in names if n)


@lru_cache(maxsize=1)
def given_counts() -> Counter[str]:
    """How many names on pycorrector's list each given-name character occurs in."""
    return Counter(ch for name in name_list() if 2 <= len(name) <= 3 and name[0] in SURNAMES for ch in set(name[1:]))


@lru_cache(maxsize=1)
def given_chars() -> frozenset[str]:
    """Characters that occur in given names, from pycorrector's name list (fallback: built in)."""
    return frozenset((set(FALLBACK_GIVEN) | set(given_counts())) - STOP_CHARS)


@lru_cache(maxsize=1)
def pos_tokenizer():
    """A private jieba tokenizer (its dictionary loads once, ~1 s); global jieba state is untouched."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.posseg.POSTokenizer(jieba.Tokenizer())
    tokenizer.tokenizer.initialize()
    return tokenizer


def is_plain_word(word: str) -> bool:
    """An ordinary dictionary word (not tagged as a name): 同时, 高兴, 立新 alone."""
    tag = pos_tokenizer().word_tag_tab.get(word)
    return tag is not None and not tag.startswith("nr")


def _surname_len(text: str, i: int, rare: bool = False) -> int:
    """Length of the surname at ``i`` (0: none). ``rare``: the context already says a person is
    meant (a role before, a verb of saying after), so the rarer surnames (禤, 万俟…) count too."""
    if text[i:i + 2] in COMPOUND_SURNAMES or (rare and text[i:i + 2] in RARE_COMPOUNDS):
        return 2
    return 1 if i < len(text) and (text[i] in SURNAMES or (rare and text[i] in RARE_SURNAMES)) else 0


@lru_cache(maxsize=65536)
def _given_ok(given: str) -> bool:
    if not given or given[-1] in NOT_NAME_END or given in SAYING_VERBS:
        return False
    if given.startswith(TITLES) and not (len(given) == 2 and given[0] in SOFT_TITLES and not is_plain_word(given)):
        return False  # 王女士, 张某, 陈家 stay; 陈家豪 and 李家明 are names (家人 is a word)
    chars = given_chars()
    if len(given) == 2 and given[0] in _STOP_GIVEN_FIRST and given[1] in chars:
        return not is_plain_word(given)  # 可欣, 可馨: 可 starts given names, though 可以 is a word
    return all(ch in chars for ch in given)


# 于 before a time (家长于本周五, 于3月): a preposition, not a surname (于明华 still is one).
_NOT_A_NAME = re.compile(r"于(?:(?:本|下|上|今|昨|当|次|近|每)(?:周|月|年|日|天|次|午|晚|前|后|星期|季度)|"
                         r"明(?:天|日|年|晨|早)|\d|[一二三四五六七八九十〇零]+[月日年时点])")


def _is_place(word: str) -> bool:
    """A place's name with its administrative suffix (常德市), as jieba knows it."""
    tag = pos_tokenizer().word_tag_tab.get(word) if word[-1:] in "市省县州镇乡" else None
    return tag is not None and tag.startswith("ns")


def _pseudonym(text: str, start: int, end: int) -> bool:
    return bool(_PSEUDONYM_AFTER.match(text, end) or _PSEUDONYM_BEFORE.search(text[max(0, start - 6):start]))


def _forward(text: str, i: int, right_hint: int | None = None, person_role: bool = False) -> Span | None:
    """A name starting at ``i`` (after a role word): surname + one or two given characters.

    ``person_role``: the word before names a person (村民, 被告人), so a surname and one given
    character that jieba also knows as a word (付强) is still a name when the clause goes on."""
    s = _surname_len(text, i, rare=True)
    if not s or (text.startswith(TITLES, i + s) and not _given_ok(text[i + s:i + s + 2])) or _NOT_A_NAME.match(text, i):
        return None  # 网格员黄女士: a surname and a form of address; 家长于本周五: 于 a preposition
    if right_hint is not None and 1 <= right_hint - i - s <= 2 and _given_ok(text[i + s:right_hint]):
        return i, right_hint
    if any(_is_place(text[i:i + k]) for k in (3, 4)):
        return None  # 被告：常德市鑫源物业: the start of a place's name (常德市), not a person
    if text[i] in _AND_CHARS and s == 1 and is_plain_word(text[i + 1:i + 3]):
        return None  # 老人和儿童: 和 joins two words, it is no surname
    for size in (2, 1):
        given = text[i + s:i + s + size]
        plain = is_plain_word(text[i:i + s + size])
        if plain and person_role and size == 1 and s == 1 and _given_ok(given) and _clause_goes_on(text, i + 2) \
                and not is_plain_word(text[i:i + 3]):
            return i, i + 2
        if len(given) == size and _given_ok(given) and not plain:
            if size == 2 and is_plain_word(given[1] + text[i + s + 2:i + s + 3]):
                continue  # 王明天来: "天来"… the second character starts the next word
            return i, i + s + size
        if size == 2 and len(given) == 2 and _given_ok(given[0]) and _rare_second_char(text, i + s + 1):
            return i, i + s + 2  # 尹嘉禾，: 禾 is in no name on the list, but the name ends at the comma
    return None


def _rare_second_char(text: str, at: int) -> bool:
    """A given name's last character missing from the name list, at a clear end of the name:
    a character that is not a function word, followed by punctuation or 和/与/、."""
    ch = text[at]
    return HAN_CHAR.match(ch) is not None and ch not in STOP_CHARS and ch not in NOT_NAME_END \
        and (at + 1 >= len(text) or text[at + 1] in "，。、；：！？（(,.;:和与及") \
        and not is_plain_word(text[at - 1:at + 1])


def _clause_goes_on(text: str, at: int) -> bool:
    """What follows a name: punctuation, a verb of saying, or a new dictionary word (可以, 表示)."""
    return at >= len(text) or text[at] in "，。、；：！？（(,.;:" or bool(_SAY_RE.match(text, at)) \
        or is_plain_word(text[at:at + 2])


def _backward(text: str, end: int) -> Span | None:
    """A name ending at ``end`` (before a verb of saying or a title)."""
    sizes = (4, 3, 2) if text[max(0, end - 4):end - 2] in COMPOUND_SURNAMES else (3, 2, 4)
    for size in sizes:
        start = end - size
        if start < 0:
            continue
        s = _surname_len(text, start, rare=True)
        if not s or not 1 <= size - s <= 2 or (text[start] in _AND_CHARS and text[start + 1] in SURNAMES):
            continue
        if size in (2, 3) and start and is_plain_word(text[start - 1:start + 1]) and not _AND_RE.match(text, start - 1):
            continue  # 对方自称: 方 ends the word 对方, it is not a surname here
        given = text[start + s:end]
        if size == 3 and s == 1 and text[start + 1] in SURNAMES and text[start + 1] not in given_chars():
            continue
        if text[start:start + 2] in ROLE_WORDS_SET:
            continue  # 车主唐女士: a role, then a surname and a title
        if _given_ok(given) and not is_plain_word(text[start:end]) and not _tail_of_word(text, start, end):
            return start, end
    return None


def _tail_of_word(text: str, start: int, end: int) -> bool:
    """新华社称: "华社" is the end of a longer dictionary word, not a name."""
    return any(start - k >= 0 and is_plain_word(text[start - k:end]) for k in (1, 2))


def _name_context(text: str, start: int, end: int) -> bool:
    """Some sign of a person around a dictionary name: a role word before, a verb of saying or
    和/与/、 after it or before it."""
    return bool(_ROLE_BEFORE_RE.search(text, max(0, start - 6), start) or _SAY_RE.match(text, end)
                or _AND_RE.match(text, end) or (start and _AND_RE.match(text, start - 1)))


def find_dictionary_names(text: str) -> list[Span]:
    """Names jieba's dictionary knows (tag nr*), looked up at each surname, without segmenting.

    Segmenting 10,000 characters with jieba takes ~150 ms even without its HMM; a dictionary
    lookup at each surname takes a few. A found word must not start inside the word before it
    (学习成绩: not 习成) and a two-character one must not end inside the word after it.
    """
    tags = pos_tokenizer().word_tag_tab
    spans: list[Span] = []
    after = 0  # the end of the last name found: the next starts there or later
    for i in surname_starts(text):
        if i < after:
            continue
        for size in (4, 3, 2):
            word = text[i:i + size]
            tag = tags.get(word) if len(word) == size else None
            if tag is None or not tag.startswith("nr") or not HAN_CHAR.match(word[-1]):
                continue
            s = _surname_len(word, 0)
            if not ((s and _given_ok(word[s:])) or (tag == "nrfg" and size >= 3)):
                continue
            if i and is_plain_word(text[i - 1:i + 1]) and not _AND_RE.match(text, i - 1):
                continue
            if size == 2 and is_plain_word(text[i + 1:i + 3]):
                continue
            if word in ROLE_WORDS_SET:
                continue  # 曾用名: jieba tags it as a name (曾 is a surname)
            if size == 2 and word not in name_list() and not _name_context(text, i, i + size):
                continue  # jieba tags 明白, 祝福 and 安静 as names too: a known real name, or context
            if size == 3 and word not in name_list() and not _name_context(text, i, i + size) and (
                    is_plain_word(word[:2]) or word[2] in THING_ENDS or all(ch in BORROWED for ch in word[1:])):
                continue  # ... and 黄金周, 王府井, 马拉松
            spans.append((i, i + size))
            after = i + size
            break
    return spans


# The start of a clause, with a time word that may open it (昨天，郭婷婷把…).
_CLAUSE_START = re.compile(r"(?:^|(?<=[，。！？；：\n“”「」（）]))(?:(?:昨天|今天|前天|当天|当晚|随后|此前|后来|目前|"
                           r"据悉|如今|那天|当时)[，,]?)?")
# What follows a person who is the subject of the clause: 把/被/在…, a time word, 的 + kin.
_SUBJECT_NEXT = re.compile(r"(?:把|被|在|到|从|向|给|也|都|曾|已|正|刚|将|今天|昨天|今年|去年|上午|下午|晚上|当天|"
                           r"一直|已经|正在|随即|立即|连忙|带着|独自|的(?:父亲|母亲|儿子|女儿|妻子|丈夫|家人|孩子))")


def find_subjects(text: str) -> list[Span]:
    """韩立新今天上午到了现场: a three-character name opening a clause, followed by what follows
    a person (把, 被, 在, 今天, 的母亲…). Two-character candidates are too often words."""
    spans: list[Span] = []
    for m in _CLAUSE_START.finditer(text):
        i = m.end()
        s = _surname_len(text, i)
        end = i + s + 2
        if not s or s + 2 < 3 or end > len(text):
            continue
        given = text[i + s:end]
        if _given_ok(given) and not is_plain_word(text[i:end]) and not is_plain_word(text[i:i + s + 1]) \
                and _SUBJECT_NEXT.match(text, end) and not _tail_of_word(text, i, end) \
                and not is_plain_word(text[end - 1:end + 1]):  # 韩方应对: 应对 is the next word
            spans.append((i, end))
    return spans


def find_zh_names(text: str) -> list[Span]:
    """Chinese names found by jieba's dictionary and by their context; pseudonyms left out."""
    if not HAN_CHAR.search(text):
        return []
    spans = find_dictionary_names(text)
    words = pos_tokenizer().word_tag_tab
    for m in [*_ROLE_RE.finditer(text), *_SUFFIX_ROLE_RE.finditer(text)]:
        say = _SAY_RE.search(text, m.end(), m.end() + 5)
        role = m.group("role")
        # 麻烦师傅回个电话: the suffix starts a word (师傅), so only a full three-character name
        # after it counts (工程师傅建华 still does), never the surname and a verb (傅回).
        word_after_suffix = len(role) == 1 and text[m.start("role"):m.start("role") + 2] in words
        person = _PERSON_ROLE_END.search(text, m.start("role"), m.end("role")) is not None
        found = _forward(text, m.end(), say.start() if say else None, person_role=person)
        if found and role.endswith(VERB_LEADS) and (found[1] - found[0] < 3 or is_plain_word(text[found[0]:found[0] + 2])):
            continue  # after a verb (采访时间定在), only a full name that does not start with a word
        if found and role in ("男子", "女子") and is_plain_word(text[found[0]:found[0] + 2]):
            continue  # 男子全程前两名, 女子单打冠军: men's and women's events, not 男子张伟
        # 交警官方微博: the role's characters belong to the words on both sides (交警, 官方), so
        # the segmentation is 交警/官方/微博, not 警官 + a name
        rs, re_ = m.start("role"), m.end("role")
        overlap = rs > 0 and text[rs - 1:rs + 1] in words and text[re_ - 1:re_ + 1] in words
        if found and not (word_after_suffix and found[1] - found[0] < 3) and not overlap:
            spans.append(found)
    for m in _SAY_RE.finditer(text):
        end = m.start()
        note = _SOUND_NOTE.search(text, max(0, end - 5), end)
        if note:
            end = note.start()  # 李明（音）说: a name transcribed by its sound is still a name
        adverb = _ADVERB_RE.search(text, max(0, end - 3), end)
        found = _backward(text, end) or (_backward(text, adverb.start()) if adverb else None)
        if found:
            spans.append(found)
    spans += find_isolated(text)
    spans += find_subjects(text)
    spans += find_dotted_names(text)
    spans = _with_coordinated(text, spans)
    return [sp for sp in spans if not _pseudonym(text, *sp)]


def _with_coordinated(text: str, spans: list[Span]) -> list[Span]:
    """韩立新和郭婷婷: a name joined by 和/与/、 to a found name is a name too, along a whole
    list (刘长贵、赵金花和孙德胜)."""
    out = list(spans)
    seen = set(spans)
    todo = list(spans)
    while todo:
        start, end = todo.pop()
        near: list[Span] = []
        aside = _ASIDE.match(text, end)  # 褚某某（身份证号…）、毋某某: a bracketed aside before the 、
        m = _AND_RE.match(text, aside.end() if aside else end)
        if m:
            role = _ROLE_AT.match(text, m.end())  # 樊静和主治医师诸葛明远: a role between
            near.append(_forward(text, role.end() if role else m.end()))
        lead = start
        role = _ROLE_BEFORE_RE.search(text, max(0, start - 6), start)
        if role:
            lead = role.start()
        if lead and _AND_RE.match(text, lead - 1):
            near.append(_backward(text, lead - 1))
        for found in near:
            if found and found not in seen:
                seen.add(found)
                out.append(found)
                todo.append(found)
    return out


def find_isolated(text: str) -> list[Span]:
    """陈思远 in an English sentence: a short run of Chinese characters between Latin text."""
    spans: list[Span] = []
    for m in _ISOLATED_RE.finditer(text):
        word = m.group(1)
        if m.end(1) < len(text) and not text[m.end(1)].isascii() and not (
                m.start(1) and (text[m.start(1) - 1] == " " or text[m.start(1) - 1].isalpha())):
            continue  # before "，": only after a space or a Latin word (11.2万人， is a number)
        s = _surname_len(word, 0)
        if s and 1 <= len(word) - s <= 2 and _given_ok(word[s:]) and not is_plain_word(word):
            spans.append(m.span(1))
    return spans


def find_given_in_context(text: str, given: str) -> list[Span]:
    """A given name that is also a word (立新, 建国) alone: only right before a verb of saying."""
    spans: list[Span] = []
    for m in re.finditer(re.escape(given), text):
        after = text[m.end():m.end() + 6]
        adverb = _ADVERB_PREFIX_RE.match(after)
        rest = after[adverb.end():] if adverb else after
        if _SAY_RE.match(rest) and not (m.start() and HAN_CHAR.match(text[m.start() - 1])
                                         and text[m.start() - 1] not in "，。；：、“”"):
            spans.append(m.span())
    return spans


def variants(name: str) -> set[str]:
    """The given name alone (立新 for 韩立新), when it is not an ordinary word, and pinyin forms."""
    out: set[str] = set()
    s = _surname_len(name, 0, rare=True)
    given = name[s:]
    if len(given) == 2 and not is_plain_word(given):
        out.add(given)
    out.update(pinyin_forms(name, s))
    return out


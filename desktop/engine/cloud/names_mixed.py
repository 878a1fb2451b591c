"""Names that mix scripts, or a Latin name in a Chinese sentence.

- An English given name and a Chinese surname, as colleagues and clients sign themselves in
  mainland, Hong Kong and Singapore offices: "Jessica 宋", "我是Olivia 冯", "Grace 欧阳". The
  Latin word must be name-like and not an ordinary English word, and no Chinese character may
  follow the surname (then it is "Apple 王者…", a word).
- A lone Latin name after a Chinese role word: 目击者 Daniel, 司机是 Kevin; a Chinese surname and an
  English given name filling a field: "收货人 Receiver: 欧 Winnie".
- The Chinese name in brackets right after a name already masked: "Ms. Chan Wing Sze（陳詠詩）",
  "Kim Min-jun（朴敏俊）", "Olivia 冯（冯雅琪）", a transliteration ("Maria Delgado（玛丽亚）"), or the
  familiar form the person goes by ("Funmilayo Adebisi（阿黛）", "王芳（芳姐）", "周建国（老周）").

Runs on the simplified text (same offsets), so 鄭 is read as 郑.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.engine.cloud import names_en, names_zh
from desktop.engine.cloud.names_en_extra import given_like
from desktop.engine.cloud.names_zh_words import NOT_NAME_END, ROLE_WORDS, VERB_LEADS

Span = tuple[int, int]

_LATIN_THEN_HAN = re.compile(r"(?<![A-Za-z'’-])([A-Z][a-z]{1,14})[ \u00a0]?(?=[\u4e00-\u9fff])")
_PERSON_ROLES = "|".join(sorted(set(ROLE_WORDS) - set(VERB_LEADS), key=len, reverse=True))
_ROLE_THEN_LATIN = re.compile(rf"(?:{_PERSON_ROLES})\s*(?:是|叫|为|：|:)?\s*([A-Z][a-z]{{1,14}})(?![A-Za-z'’-])"
                              r"(?!\s+[A-Z])(?!\s*[:：])")  # 收货人 Receiver: the role's translation, a label
_ROLE_THEN_CAPS = re.compile(rf"(?:{_PERSON_ROLES})\s*(?:是|叫|为|：|:)?\s*([A-Z]{{2,}}(?:[ \t]+[A-Z]{{2,}}){{1,2}})(?![A-Za-z])")
# Two Latin words right after a person's role: 被告人 SATO Kenji, 韩国游客Seo Jun-ho.
_ROLE_THEN_PAIR = re.compile(rf"(?:{_PERSON_ROLES})[ \t]*(?:是|叫|为|：|:)?[ \t]*"
                             r"([A-Z][a-z]{1,14}|[A-Z]{2,9})[ \t]+([A-Z][a-z]{1,12}(?:-[a-z]{2,6})?)(?![A-Za-z'’-])"
                             r"(?![ \t]+[A-Z])")  # 被告 Ningbo Haixin Trading: a third capital makes a firm's name
# A Chinese surname, then an English given name, filling a field or after a role: "收货人: 欧 Winnie".
_HAN_THEN_LATIN = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{1,2})[ \u00a0]([A-Z][a-z]{1,14})(?![A-Za-z'’-])")
_FIELD_BEFORE = re.compile(rf"(?:(?:{_PERSON_ROLES})|[：:])[ \t]*(?:[A-Za-z]+[ \t]*[：:][ \t]*)?$")
# A Chinese given name romanised with a hyphen, as Hong Kong and Taiwan write them (Li-Ming, Ka-yan,
# Wing-hong): two syllables of pinyin or Cantonese, which no English word is.
_HYPHENATED = re.compile(r"(?<![A-Za-z0-9-])([A-Z][a-z]{0,5})-([A-Za-z][a-z]{1,5})(?![A-Za-z0-9-])")
_CANTONESE = {"wing", "kwok", "sze", "kit", "yee", "hin", "fai", "lok", "ching", "hung", "kwan", "yuk", "tsz", "chak",
              "pui", "shing", "yiu", "tung", "kin", "wah", "kam", "chung", "keung", "siu", "kei", "lun", "yin", "fung",
              "cheuk", "hok", "yat", "suet", "shan", "sheung", "kiu", "choi", "mei", "yung", "tak", "wai", "yeung"}
_HYPHENATED_WORDS = {"hong-kong", "ping-pong", "kung-fu", "tai-chi", "yin-yang", "feng-shui", "dim-sum", "ding-dong",
                     "ha-ha", "he-he", "la-la", "chi-chi", "ma-ma", "ba-ba", "pa-pa", "no-no", "so-so", "pin-up",
                     "mu-shu", "chow-chow", "wan-tan", "ya-ya"}
_BRACKETED_HAN = re.compile(r"[ \u00a0]?[（(]\s*([\u4e00-\u9fff]{2,6})\s*[)）]")


def find_mixed_names(zh: str) -> list[Span]:
    spans: list[Span] = []
    for m in _LATIN_THEN_HAN.finditer(zh):
        at = m.end()
        s = names_zh._surname_len(zh, at, rare=True)
        if s and (at + s >= len(zh) or not names_zh.HAN_CHAR.match(zh[at + s])) and given_like(m.group(1)):
            spans.append((m.start(1), at + s))
    for m in _HAN_THEN_LATIN.finditer(zh):
        surname = m.group(1)
        if names_zh._surname_len(surname, 0, rare=True) == len(surname) and given_like(m.group(2)) \
                and _FIELD_BEFORE.search(zh, max(0, m.start() - 24), m.start()):
            spans.append((m.start(1), m.end(2)))
    for m in _ROLE_THEN_LATIN.finditer(zh):
        if names_en._single(m.group(1)):
            spans.append(m.span(1))
    spans += [m.span(1) for m in _ROLE_THEN_CAPS.finditer(zh)]  # 持卡人 CHEN WANRONG
    spans += [(m.start(1), m.end(2)) for m in _ROLE_THEN_PAIR.finditer(zh)
              if m.group(1).capitalize() not in names_en.STOP and not names_en.is_common_word(m.group(1).lower())
              # (a given name of hyphenated syllables, Jun-ho, is a romanised name's shape on its own)
              and (("-" in m.group(2) and m.group(2).lower() not in _HYPHENATED_WORDS) or given_like(m.group(2)))]
    for m in _HYPHENATED.finditer(zh):
        if all(_pinyin_syllable(p.lower()) or p.lower() in _CANTONESE for p in m.groups()) \
                and m.group(0).lower() not in _HYPHENATED_WORDS:
            spans.append(m.span())
    return spans


def bracketed_chinese(zh: str, end: int) -> Span | None:
    """The Chinese form of a name in brackets right after it ends at ``end``."""
    m = _BRACKETED_HAN.match(zh, end)
    if not m:
        return None
    word = m.group(1)
    if word.startswith(("本名", "真名", "原名", "化名", "艺名")):
        return None  # 小芒果（本名龚雨桐）: a label and the name, found on their own
    s = names_zh._surname_len(word, 0, rare=True)
    if s and 1 <= len(word) - s <= 2 and not names_zh.is_plain_word(word):
        return m.span(1)
    # a transliterated or Japanese name (佐藤由纪, 古隆巴哈杜尔): no Chinese surname, not a word,
    # not a nationality or an age (意大利籍, 42岁)
    if len(word) >= 3 and not names_zh.is_plain_word(word) and not names_zh.is_plain_word(word[-2:]) \
            and word[-1] not in _NOT_NAME_TAIL:
        return m.span(1)  # 木村苍太 (木村 is also a word); not 美国总统 (总统 is a word)
    if _familiar(word) or (word not in _KIN_FORMS and _tagged_name(word)):
        return m.span(1)
    if len(word) == 2 and not names_zh.is_plain_word(word) and all(ch in names_zh.given_chars() for ch in word):
        return m.span(1)  # Pauline Mercer（宝琳）: the Chinese name a person goes by, no surname in it
    return None


# Forms of address that are kin or roles, not a person's own familiar name.
_KIN_FORMS = {"阿姨", "阿婆", "阿公", "阿伯", "阿叔", "阿哥", "阿姐", "阿妹", "阿弟", "阿爸", "阿妈", "老婆", "老公",
              "老师", "老板", "老乡", "老人", "小孩", "小姐", "小伙", "大姐", "大哥", "表哥", "表姐", "堂哥", "堂姐"}


def _familiar(word: str) -> bool:
    """阿黛, 小李, 老周, 芳姐: 阿 and a character, 小/老 and a surname, a character and 姐/哥."""
    if len(word) != 2 or word in _KIN_FORMS or word in names_zh.ROLE_WORDS_SET:
        return False
    if word[0] == "阿":
        return word[1] not in NOT_NAME_END
    if word[0] in "小老":
        return names_zh._surname_len(word, 1) == 1
    return word[1] in "姐哥叔姨" and not names_zh.is_plain_word(word) and word[0] not in NOT_NAME_END


def _tagged_name(word: str) -> bool:
    """A name jieba's dictionary knows (玛丽亚, 约翰: tags nr, nrt, nrfg)."""
    tag = names_zh.pos_tokenizer().word_tag_tab.get(word)
    return tag is not None and tag.startswith("nr")


_NOT_NAME_TAIL = set("籍人族语国省市县州岁男女方队部图照") | NOT_NAME_END


_HAN_BEFORE_BRACKET = re.compile(r"([\u4e00-\u9fff]{2,8})[ \u00a0]?[（(][ \t]*$")
_PARTS = re.compile(r"[^\W\d_]+")


def chinese_before(zh: str, start: int, latin: str) -> list[Span]:
    """The Chinese or Japanese form right before a masked romanised name in brackets (阮氏兰（Nguyễn Thị
    Lan）, 佐藤健太（Sato Kenta）, 陈嘉欣（Chan Ka-yan）), and a Japanese surname alone (佐藤). Its length
    comes from the romanisation: the characters whose pinyin it is, else one character a syllable, or two
    a word for a Japanese name (two words that are no pinyin syllables)."""
    m = _HAN_BEFORE_BRACKET.search(zh, max(0, start - 12), start)
    parts = _PARTS.findall(latin)
    if not m or not 2 <= len(parts) <= 4:
        return []
    run, end = m.group(1), m.end(1)
    flat = "".join(parts).lower()
    for size in (4, 3, 2):
        if size <= len(run) and _pinyin(run[-size:]) == flat:
            return [(end - size, end)]
    japanese = len(parts) == 2 and not any(_pinyin_syllable(p.lower()) for p in parts)
    size = 4 if japanese else len(parts)
    if size > len(run) or names_zh.is_plain_word(run[-size:]) or (end > size and zh[end - size - 1] in "·•・"):
        return []  # (玛丽亚·冈萨雷斯 is a transliteration, the dotted names' finder has it whole)
    return [(end - size, end), (end - size, end - 2)] if japanese else [(end - size, end)]


def _pinyin(han: str) -> str:
    from pypinyin import Style, lazy_pinyin

    return "".join(lazy_pinyin(han, style=Style.NORMAL))


def _pinyin_syllable(word: str) -> bool:
    return word in _syllables()


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    """Every toneless pinyin syllable (about 420)."""
    from pypinyin.constants import PINYIN_DICT
    from pypinyin.contrib.tone_convert import to_normal

    return frozenset(to_normal(p) for value in PINYIN_DICT.values() for p in value.split(","))


# The English name a person goes by, written beside the Chinese one: "陈嘉豪 Kevin：" in a chat's speaker
# label, "source 叫 Kevin 谭志鹏" in notes.
_LATIN_AFTER_LABEL = re.compile(r"[ \t]+([A-Z][a-z]{2,12})(?=[ \t]*[：:])")
_LATIN_BEFORE = re.compile(r"(?:叫|是|名叫|名为)[ \t]*([A-Z][a-z]{2,12})[ \t]+$")  # (not "Buyer 周楠", a label)


def latin_beside(zh: str, start: int, end: int) -> list[Span]:
    """The Latin given name right beside a masked Chinese name at ``zh[start:end]``."""
    out: list[Span] = []
    after = _LATIN_AFTER_LABEL.match(zh, end)
    if after and given_like(after.group(1)):
        out.append(after.span(1))
    before = _LATIN_BEFORE.search(zh, max(0, start - 16), start)
    if before and given_like(before.group(1)):
        out.append(before.span(1))
    return out


_HAN_AFTER = re.compile(r"[ \t]+([\u4e00-\u9fff]{2,4})(?![\u4e00-\u9fff])")


def chinese_after(zh: str, end: int) -> Span | None:
    """The Chinese name right after a masked Latin one, a space between (1. Ethan Zhou 周以恒；)."""
    m = _HAN_AFTER.match(zh, end)
    if not m:
        return None
    word = m.group(1)
    s = names_zh._surname_len(word, 0, rare=True)
    ok = s and 1 <= len(word) - s <= 2 and names_zh._given_ok(word[s:]) and not names_zh.is_plain_word(word)
    return m.span(1) if ok else None  # (not "Elon Musk 宣布": 宣布 is a word)


def other_script_forms(zh: str, start: int, end: int) -> list[Span]:
    """The same person written in the other script beside a masked name at ``zh[start:end]``: the Chinese
    form in brackets after it (Chan Wing Sze（陈咏诗）) or, for a Latin name, before it in brackets (阮氏兰
    （Nguyễn Thị Lan）) or after it (Ethan Zhou 周以恒); for a Chinese name, its English one (陈嘉豪 Kevin：)."""
    starts_han = names_zh.HAN_CHAR.match(zh, start) is not None
    out = latin_beside(zh, start, end) if starts_han else []
    if not names_zh.HAN_CHAR.search(zh, start, end):
        out += chinese_before(zh, start, zh[start:end])
    bracketed = bracketed_chinese(zh, end) or (None if starts_han else chinese_after(zh, end) or _transliterated(zh, end))
    return [*out, bracketed] if bracketed else out


def _transliterated(zh: str, end: int) -> Span | None:
    """Somchai Wongsakul（颂猜）: two characters in brackets after a Latin name, no word, are its Chinese form."""
    m = _BRACKETED_HAN.match(zh, end)
    word = m.group(1) if m else ""
    if len(word) == 2 and not names_zh.is_plain_word(word) and word[-1] not in _NOT_NAME_TAIL and word not in _KIN_FORMS:
        return m.span(1)
    return None

"""Three-character Chinese names with no context around them, told by their own characters.

The other Chinese rules need a sign of a person around the name (a role word before, a verb
of saying after, a list). A name in object position has none: 记者联系到了王晓彤，她表示… A
probe of 408 surnames × 5 plain sentences (居民X说, 记者联系到了X，她…, 据X回忆…) missed 407 of
408 in that sentence and about 11 % in the others; jieba's HMM found only half of them.

So a surname followed by two given-name characters is a name on its own when the three
characters cannot be read as words: each given character occurs in at least ``MIN_NAMES``
real names (pycorrector's list), and no dictionary word joins the surname to the character
before it (提高峰值), the surname to its first given character (高峰, 黄金), or the last given
character to what follows (张明天下午: 天下). A given name that is itself a word (建国, 立新)
counts only when the whole name is on the name list. On 21,700 characters of LCSTS news this
finds 68 names, about 60 of them real people (public figures then go through public_office).
"""

from __future__ import annotations

from desktop.engine.cloud.names_zh import _AND_CHARS, _given_ok, given_counts, is_plain_word, name_list
from desktop.engine.cloud.names_zh_words import BORROWED, RARE_SURNAMES, ROLE_WORDS_SET, SURNAMES
from desktop.engine.core.text import HAN_CHAR

Span = tuple[int, int]

MIN_NAMES = 5  # a given character must occur in this many names on the list
# A name set off on both sides: after punctuation or a short function word, before punctuation,
# 的/和/与 or a verb of saying. Only then do a rarer surname (水, 云, 花…: also common words) and a
# given name that is a word itself (建国, 婷婷) count without the name on the list.
_LEFT_EDGE = set("，。、；：！？“”「」（）()\n 了到给和与跟同及是叫找问约见对向把被让请")
_RIGHT_EDGE = set("，。、；：！？“”「」（）()\n 的和与跟及等说称讲道")


def _word_across(text: str, start: int, end: int) -> bool:
    return start >= 0 and end <= len(text) and is_plain_word(text[start:end])


def _reads_as_words(text: str, i: int) -> bool:
    """The characters at i..i+3 join their neighbours or each other into dictionary words."""
    if i and HAN_CHAR.match(text[i - 1]) and (_word_across(text, i - 1, i + 1) or _word_across(text, i - 2, i + 1)):
        return True  # 提高峰值: 高 ends 提高
    if i and (_word_across(text, i - 1, i + 2) or _word_across(text, i - 1, i + 3)):
        return True  # 乌鲁木齐: the surname is inside a word
    if any(_word_across(text, i, i + k) for k in (2, 3, 4)):
        return True  # 高峰, 黄金周: the surname starts a word
    if _word_across(text, i + 1, i + 4):
        return True  # 和西班牙: the given name starts a longer word
    if i + 3 < len(text) and text[i + 3] in "了着过":
        return True  # 张伟来了: the third character is a verb with its aspect particle
    return any(_word_across(text, i + 2, i + k) for k in (4, 5))  # 张明天下午: 天下


def _set_off(text: str, i: int) -> bool:
    left = i == 0 or not HAN_CHAR.match(text[i - 1]) or text[i - 1] in _LEFT_EDGE
    return left and (i + 3 >= len(text) or text[i + 3] in _RIGHT_EDGE)


def find_open_names(text: str) -> list[Span]:
    counts = given_counts()
    if not counts:
        return []
    names = name_list()
    spans: list[Span] = []
    n = len(text)
    i = 0
    while i + 3 <= n:
        rare = text[i] not in SURNAMES
        if rare and text[i] not in RARE_SURNAMES:
            i += 1
            continue
        given = text[i + 1:i + 3]
        if not _given_ok(given) or any(counts.get(ch, 0) < MIN_NAMES for ch in given) \
                or (text[i] in _AND_CHARS and text[i + 1] in SURNAMES) or _reads_as_words(text, i) \
                or text[i:i + 3] in ROLE_WORDS_SET:  # 张先生 (a title), 和尹嘉禾 (and + a name), 曾用名
            i += 1
            continue
        candidate = text[i:i + 3]
        if candidate not in names and (((rare or is_plain_word(given)) and not _set_off(text, i))
                                       or all(ch in BORROWED for ch in given)):
            i += 1
            continue
        spans.append((i, i + 3))
        i += 3
    return spans

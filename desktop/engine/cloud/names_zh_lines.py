"""Chinese names that the layout of a line marks: chat speakers and numbered contact lists.

``[10:02] 韩雪：谁有电话？`` (a chat export or a screenshot copied out) and ``1. 郗堃 — 工人，手机…``
(a contact list): the name is the first thing on the line, and what follows it (a colon after a
timestamp, a dash or comma after a list number) says a person is meant. There the context is
strong enough for the rarer surnames and for given-name characters missing from the name list.
"""

from __future__ import annotations

import re

from desktop.engine.cloud import names_zh
from desktop.engine.cloud.names_zh_words import NOT_NAME_END, ROLE_WORDS_SET, STOP_CHARS, TITLES

Span = tuple[int, int]

# A timestamp or an app's tag at the start of a line ("[10:02]", "[WhatsApp]", "【微信】"), then the
# speaker and a colon.
_CHAT_LINE = re.compile(r"(?m)^[ \t]*(?:[\[【(（]?\d{1,2}:\d{2}(?::\d{2})?[\]】)）]?|"
                        r"[\[【](?:[A-Za-z][A-Za-z ]{1,14}|微信|微信群|群聊|短信|钉钉|飞书)[\]】])"
                        r"[ \t]*([\u4e00-\u9fff]{2,4})[ \t]*[：:]")
# A group chat copied out with the time after the speaker: "满晓彤 21:05：八点见".
_SPEAKER_TIME = re.compile(r"(?m)^[ \t]*([\u4e00-\u9fff]{2,4})[ \t]+(?:\d{4}[/.-]\d{1,2}[/.-]\d{1,2}[ \t]+)?"
                           r"\d{1,2}:\d{2}(?::\d{2})?[ \t]*[：:]")
# A chat speaker may go by a nickname: 阿 and a given-name character (阿强, 阿珍).
_NICKNAME = re.compile(r"阿[\u4e00-\u9fff]{1,2}")
# A list number at the start of a line, then the name and a dash, colon, comma or bracket.
_LIST_LINE = re.compile(r"(?m)^[ \t]*(?:\d{1,3}|[一二三四五六七八九十]{1,3})[.．、)）][ \t]*([\u4e00-\u9fff]{2,4})"
                        r"(?=[ \t]*(?:[—–\-－:：，,（(|｜/]|$)|\u3000|[ \t]{2})")  # or a column gap: 1. 郗堃　工人


def _looks_like_name(word: str) -> bool:
    s = names_zh._surname_len(word, 0, rare=True)
    given = word[s:]
    return bool(s) and 1 <= len(given) <= 2 and not any(ch in STOP_CHARS for ch in given) \
        and given[-1] not in NOT_NAME_END and not given.startswith(TITLES) and word not in ROLE_WORDS_SET \
        and not names_zh.is_plain_word(word) \
        and not (len(given) == 2 and s == 1 and names_zh.is_plain_word(given))  # 单于浩然: 浩然 is a word


# A transcript or a chat with no timestamps: the speaker opens the line, then a colon and what
# they said (冼秀梅：我十六岁…); only where two lines or more of the text are written so.
_SPEAKER_LINE = re.compile(r"(?m)^[ \t]*([\u4e00-\u9fff]{2,4})[ \t]*[：:](?=[ \t]*[^\s\d])")
_ANY_SPEAKER = re.compile(r"(?m)^[ \t]*[^\s：:]{1,12}[ \t]*[：:]")


# An interview written as questions and answers: 记者：… then 黄：…, the interviewee by surname alone.
_INTERVIEWER = re.compile(r"(?m)^[ \t]*(?:记者|記者|问|問|主持人|采访者|採訪者)[ \t]*[：:]")
_SURNAME_SPEAKER = re.compile(r"(?m)^[ \t]*((?![问問答注按男女甲乙丙丁])[\u4e00-\u9fff])[ \t]*[：:](?=[ \t]*\S)")


_NOT_FAMILIAR = frozenset(("老师", "老板", "小编", "老公", "老婆", "阿婆", "阿公", "老总", "小哥", "小妹", "老大", "老弟",
                           "老哥", "老伴", "小二"))


def _familiar_speaker(word: str) -> bool:
    """阿强, 小军, 阿梅: 阿 and a given name's character, or 小/老 and one that is no surname (小王 and 老张 name
    no one, as 王女士 does not)."""
    return len(word) == 2 and word[0] in "阿小老" and word not in _NOT_FAMILIAR and word not in ROLE_WORDS_SET \
        and names_zh._given_ok(word[1]) and (word[0] == "阿" or not names_zh._surname_len(word, 1))


def find_line_names(text: str) -> list[Span]:
    """Chat speakers after a timestamp and names heading a numbered list line."""
    transcript = len(_ANY_SPEAKER.findall(text)) >= 2
    patterns = (_CHAT_LINE, _LIST_LINE, _SPEAKER_TIME, _SPEAKER_LINE) if transcript else (_CHAT_LINE, _LIST_LINE, _SPEAKER_TIME)
    spans = [m.span(1) for pattern in patterns for m in pattern.finditer(text)
             if _looks_like_name(m.group(1))]
    if transcript:  # 阿强：… 小军：…: a group chat's members by their familiar names
        spans += [m.span(1) for m in _SPEAKER_LINE.finditer(text) if _familiar_speaker(m.group(1))]
    if _INTERVIEWER.search(text):
        spans += [m.span(1) for m in _SURNAME_SPEAKER.finditer(text) if names_zh._surname_len(m.group(1), 0) == 1]
    spans += [m.span(1) for m in _CHAT_LINE.finditer(text) if _NICKNAME.fullmatch(m.group(1))
              and m.group(1) not in names_zh.pos_tokenizer().word_tag_tab and m.group(1)[-1] not in STOP_CHARS]
    return spans


def speaker_surnames(text: str, names: set[str]) -> list[Span]:
    """冼： opening a line of a transcript where 冼秀梅 speaks: the surname alone is the same person."""
    surnames = {name[:names_zh._surname_len(name, 0, rare=True)] for name in names if 2 <= len(name) <= 4}
    surnames.discard("")
    if not surnames:
        return []
    pattern = re.compile(r"(?m)^[ \t]*(" + "|".join(map(re.escape, surnames)) + r")[ \t]*[：:]")
    return [m.span(1) for m in pattern.finditer(text)]

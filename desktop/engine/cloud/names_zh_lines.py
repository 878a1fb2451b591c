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

# A timestamp at the start of a line, then the speaker and a colon.
_CHAT_LINE = re.compile(r"(?m)^[ \t]*[\[【(（]?\d{1,2}:\d{2}(?::\d{2})?[\]】)）]?[ \t]*([\u4e00-\u9fff]{2,4})[ \t]*[：:]")
# A list number at the start of a line, then the name and a dash, colon, comma or bracket.
_LIST_LINE = re.compile(r"(?m)^[ \t]*(?:\d{1,3}|[一二三四五六七八九十]{1,3})[.．、)）][ \t]*([\u4e00-\u9fff]{2,4})"
                        r"(?=[ \t]*(?:[—–\-－:：，,（(|｜/]|$))")


def _looks_like_name(word: str) -> bool:
    s = names_zh._surname_len(word, 0, rare=True)
    given = word[s:]
    return bool(s) and 1 <= len(given) <= 2 and not any(ch in STOP_CHARS for ch in given) \
        and given[-1] not in NOT_NAME_END and not given.startswith(TITLES) and word not in ROLE_WORDS_SET \
        and not names_zh.is_plain_word(word) \
        and not (len(given) == 2 and names_zh.is_plain_word(given))


def find_line_names(text: str) -> list[Span]:
    """Chat speakers after a timestamp and names heading a numbered list line."""
    return [m.span(1) for pattern in (_CHAT_LINE, _LIST_LINE) for m in pattern.finditer(text)
            if _looks_like_name(m.group(1))]

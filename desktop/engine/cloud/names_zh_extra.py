"""Chinese names that a phrase marks, beyond the role words of names_zh.py.

- A member of a named unit or a resident of a place, joined by 的: 编辑部的X, 住在某小区的X, and
  a caller naming themselves (我是住在…的X). After 的 only a full three-character name counts
  (the surname and two given characters, not a dictionary word) and it must end the phrase.
- The name field of a scanned card, its characters spaced out by OCR: 姓 名：龙 小 雨, 姓名 Name：龙  小  雨.

Kept apart from names_zh.py, which stays the home of the role-word rules.
"""

from __future__ import annotations

import re

from desktop.engine.cloud import names_zh

Span = tuple[int, int]

# A unit or a place, then 的, then the name; or 我是/我叫 and a short description ending in 的.
_MEMBER_OF = re.compile(r"(?:(?:编辑部|办公室|中心|公司|学校|医院|小区|社区|村|部|科|处|组|队|站|所|社|局|院|团)的|"
                        r"我(?:是|叫)[^，。！？；\n]{1,16}?的)(?=[\u4e00-\u9fff])")
# What ends the name: punctuation or a verb of saying.
_NAME_END = re.compile(r"[，。、；：！？（(,.;:!?\s]|说|称|表示|打来|来电|留言|投诉")
# The name field of an ID card read by OCR, spaced out: 姓 名：龙 小 雨.
# The gap may be wider (桂  晓  岚) and an English label may follow (姓名 Name：), but it stays the
# same between the characters, so the next field (　　　性 别) is not read into the name.
_SPACED_NAME = re.compile(r"姓\s*名(?:[ \t]*[A-Za-z][A-Za-z ]{1,12}?)?\s*[：:]\s*"
                          r"([\u4e00-\u9fff](?P<gap>[ \u3000]{1,3})[\u4e00-\u9fff](?:(?P=gap)[\u4e00-\u9fff]){0,2})"
                          r"(?![\u4e00-\u9fff])")


def _full_name(text: str, i: int) -> Span | None:
    s = names_zh._surname_len(text, i, rare=True)
    end = i + s + 2
    if not s or end > len(text) or not _NAME_END.match(text, end):
        return None
    given = text[i + s:end]
    ok = names_zh._given_ok(given) or (names_zh._given_ok(given[0]) and names_zh._rare_second_char(text, end - 1))
    if ok and not names_zh.is_plain_word(text[i:end]) and not names_zh.is_plain_word(given):
        return i, end
    return None


def find_phrase_names(text: str) -> list[Span]:
    spans: list[Span] = []
    for m in _MEMBER_OF.finditer(text):
        found = _full_name(text, m.end())
        if found:
            spans.append(found)
    for m in _SPACED_NAME.finditer(text):
        compact = re.sub(r"[ \u3000]", "", m.group(1))
        s = names_zh._surname_len(compact, 0, rare=True)
        if s and 1 <= len(compact) - s <= 2:
            spans.append(m.span(1))
    return spans

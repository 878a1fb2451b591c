"""Chinese names that the field they fill marks: a contract's parties, a ward list, an age before.

- A contract or a notice names its parties in labelled fields: 出租方（甲方）：X, 承租方：X,
  买受人：X, 孝子：X. The label and its colon say a person follows (a company may fill the field
  too, but then no surname and given name are found). Only with the colon: 甲方应当… is a clause.
- A nurses' handover or a ward list opens each entry with the bed: 12床 X 78岁.
- An account holder's name in quotes after the field (户名为“X”): the quotes mark where it ends, so
  a surname first is enough.
- An age right before: 6岁的X（…）, 17岁的X说: a full three-character name that ends there.

Kept apart from names_zh.py, which stays the home of the role-word rules.
"""

from __future__ import annotations

import re

from desktop.engine.cloud import names_zh, names_zh_extra
from desktop.engine.cloud.first_char import guarded
from desktop.engine.cloud.names_zh_words import ROLE_WORDS_SET, TITLES

Span = tuple[int, int]

_PARTIES = ("出租方", "承租方", "出租人", "承租人", "甲方", "乙方", "丙方", "买方", "卖方", "出卖人", "买受人",
            "借款方", "贷款方", "出借人", "委托方", "受托方", "委托人", "转让方", "受让方", "担保方", "保证人",
            "孝子", "孝女", "孝孙", "联系人", "经办人", "签收人", "收货人", "寄件人", "收件人",
            # a transfer slip's or an account's holder: 收款人：X, 户名：X
            "收款人", "付款人", "汇款人", "领款人", "缴款人", "户名", "开户名", "账户名", "持卡人", "申请人", "被申请人",
            "姓名")  # a form's own field: 姓名：符家乐
# The label, a bracketed second label (（甲方）, （乙方）), and the colon.
_PARTY_FIELD = re.compile("(?:" + "|".join(sorted(_PARTIES, key=len, reverse=True)) + r")"
                          r"[ \t]*(?:[（(][\u4e00-\u9fff]{1,4}[)）])?[ \t]*[：:][ \t]*(?=[\u4e00-\u9fff])")
# A bed number at the start of an entry: 12床, 3号床, 加5床.
_BED = guarded(r"(?<![\d\u4e00-\u9fff])(?:加)?\d{1,3}(?:号)?床[ \t\u3000]*(?=[\u4e00-\u9fff])")
# 户名为“X”, 收款人是「X」: the account holder's name set in quotes after the field.
_QUOTED_HOLDER = re.compile(r"(?:户名|开户名|账户名|收款人|收款方|持卡人|姓名)(?:为|是|叫)?[ \t]*[：:]?[ \t]*[“\"「『]"
                            r"([\u4e00-\u9fff]{2,4})[”\"」』]")
# An age just before the name: 6岁的, 年仅17岁的.
_AGE = re.compile(r"(?<!\d)\d{1,3}岁的(?=[\u4e00-\u9fff])")


def find_field_names(text: str) -> list[Span]:
    if not names_zh.HAN_CHAR.search(text):
        return []
    spans: list[Span] = []
    for pattern in (_PARTY_FIELD, _BED):
        for m in pattern.finditer(text):
            found = names_zh._forward(text, m.end()) or (_bounded_value(text, m.end()) if pattern is _PARTY_FIELD else None)
            if found:
                spans.append(found)
    spans += [m.span(1) for m in _QUOTED_HOLDER.finditer(text) if names_zh._surname_len(m.group(1), 0, rare=True)]
    if "岁的" in text:
        spans += [found for m in _AGE.finditer(text) if (found := _aged_name(text, m.end()))]
    return spans


# The end of a field's value: 收款人：吴有田｜, 申请人：X，女
_VALUE_END = re.compile(r"[ \t]*(?:[｜|，,、；;。）)\n]|$)")
_LINE_END = re.compile(r"[ \t]*(?:[｜|\n]|$)")  # the value is the field's whole line or cell


def _bounded_value(text: str, i: int) -> Span | None:
    """A field's value that is a surname and one or two characters, the field's end right after: the
    label says a person and the delimiter where the name stops, though 有田 is in no name list."""
    s = names_zh._surname_len(text, i, rare=True)
    if not s:
        return None
    for size in (2, 1):
        end = i + s + size
        if text[i + s:end] in TITLES:
            continue  # 联系人：王经理 is 王女士's kind: a surname and a form of address
        # (a word is a name too when the field holds nothing else, 寄件人：甘露, but not a role: 联系人：司机)
        if end <= len(text) and all(names_zh.HAN_CHAR.fullmatch(ch) for ch in text[i:end]) \
                and _VALUE_END.match(text, end) and text[i:end] not in ROLE_WORDS_SET \
                and (not names_zh.is_plain_word(text[i:end]) or _LINE_END.match(text, end)):
            return i, end
    return None


def _aged_name(text: str, i: int) -> Span | None:
    """A surname and two given characters after an age, ending the phrase; the given name may be a
    word (思源), the whole may not (高龄老人 is no name)."""
    s = names_zh._surname_len(text, i, rare=True)
    end = i + s + 2
    if not s or end > len(text) or not names_zh_extra._NAME_END.match(text, end):
        return None
    if names_zh._given_ok(text[i + s:end]) and not names_zh.is_plain_word(text[i:end]) \
            and not names_zh.is_plain_word(text[i:i + s + 1]):
        return i, end
    return None

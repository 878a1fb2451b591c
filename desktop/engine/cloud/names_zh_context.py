"""Chinese-script names with no Han surname, and names spaced out, where a role word announces them.

- Transliterated names (Uyghur, Kazakh, Uzbek, Tibetan, Yi: 古丽娜尔, 扎西平措, 阿比日伍) have no
  surname from the 百家姓. After a word that says a person follows (我叫, 妻子, 房东, 联系人, Ms),
  a run of three to six characters all drawn from the syllables such names are written with is
  a name, unless it starts with a dictionary word.
- A surname spelled out by a word it starts (我是…的禤国平，嗯，禤山的禤), and the name before it.
- A nickname to ring (联系人是阿珍，139…); a Vietnamese name with 氏 (阮氏梅) beside its Latin form.
- A rare or compound surname named alone (她自称姓乜, 姓欧阳的男子).
- A name spaced out by OCR or typing after a role word (收件人: 薛 晓 冬, 今收到 尉 迟 明 远):
  a surname (compound and rare ones too) and one or two given characters.
"""

from __future__ import annotations

import re

from desktop.engine.cloud import names_zh
from desktop.engine.cloud.names_zh_words import COMPOUND_SURNAMES, RARE_COMPOUNDS, RARE_SURNAMES, ROLE_WORDS

Span = tuple[int, int]

# Characters of transliterated names; ordinary words seldom run three of them together.
TRANSLIT = set("阿迪尔诺扎帕丽达古娜热依汗买提江艾克拜合曼吐逊努巴哈别萨木罕妮莎孜斯穆塔法伊布拉音卡德亚森库班"
               "玛祖菲耶西次仁央金卓嘎多吉措旺堆娃尼白格桑曲珍索朗丹增普边强琼姆顿珠群培贡益洛土登才让青"
               "苏呷日伍且俄比则沙马尕莫里米麦夏平")
TRANSLIT = "".join(sorted(TRANSLIT))
_PLACE_END = "人语族国省州市县城山河湖岛港"  # 索马里人, 阿拉伯语: a people or a place, not a person
_ROLES = sorted((*ROLE_WORDS, "我是", "Ms", "Mr", "Mrs", "Miss"), key=len, reverse=True)
_TRANSLIT_LEAD = re.compile("(?:" + "|".join(map(re.escape, _ROLES)) + r")[ \t]*(?:[：:][ \t]*)?(?=[\u4e00-\u9fff])")
_SPACED_LEAD = re.compile("(?:" + "|".join(map(re.escape, (*_ROLES, "今收到", "收到"))) + r")[ \t]*[：:]?[ \t]*"
                          r"([\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff]){2,3})(?![\u4e00-\u9fff])")


# "自称姓乜", "一名姓欧阳的男子": a rare or compound surname narrows a story to a few people, so it
# is masked even alone; a common one (姓王的) stays, as 王女士 does.
_SURNAME_SAID = re.compile(r"(?<![百贵])姓([\u4e00-\u9fff]{1,2}?)(?=[的，。、,；;\s]|$)")


# A caller spelling their surname by a word it starts (佘山的佘, 弓长张 is not covered): the name
# just before, that surname and one or two given characters, is a person's.
_SPELL_OUT = re.compile(r"([\u4e00-\u9fff])[\u4e00-\u9fff]{1,2}的\1(?=[，。,；\s]|$)")


def _spelled_name(text: str, m: re.Match[str]) -> Span | None:
    surname = m.group(1)
    at = text.rfind(surname, max(0, m.start() - 24), m.start())
    if at < 0 or not names_zh._surname_len(text, at, rare=True):
        return None
    for size in (2, 1):
        given = text[at + 1:at + 1 + size]
        if len(given) == size and names_zh._given_ok(given) and not names_zh.is_plain_word(surname + given):
            return at, at + 1 + size
    return None


# A nickname (阿杰, 阿珍) given as the person to ring: 是/叫/找 before it, a phone number right after.
_NICKNAME_PHONE = re.compile(r"(?:是|叫|找|问|联系)(阿[\u4e00-\u9fff])(?=[ \t]*[，,：:][ \t]*[+\d])")
# Vietnamese names written in Chinese: surname, 氏 (Thị) and the given name, where the text gives
# the Vietnamese form too (黎氏秋 Lê Thị Thu).
_VIET_THI = re.compile(r"\bTh[iị]\b")
_VIET_NAME = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]氏[\u4e00-\u9fff]{1,2})(?![\u4e00-\u9fff])")


def _translit_run(text: str, i: int) -> Span | None:
    j = i
    while j < len(text) and text[j] in TRANSLIT and j - i < 7:
        j += 1
    if not 3 <= j - i <= 6 or (j < len(text) and text[j] in TRANSLIT + _PLACE_END):
        return None
    tags = names_zh.pos_tokenizer().word_tag_tab
    whole, head = tags.get(text[i:j], "nr"), tags.get(text[i:i + 2], "nr")
    if not whole.startswith(("nr", "nz")) or not head.startswith(("nr", "nz", "ns")):
        return None  # 索马里, 巴比伦: a place or a word, not a name (拉巴次仁 is a known name, nz)
    return i, j


def find_context_names(text: str) -> list[Span]:
    if not names_zh.HAN_CHAR.search(text):
        return []
    spans: list[Span] = []
    for m in _TRANSLIT_LEAD.finditer(text):
        found = _translit_run(text, m.end())
        if found:
            spans.append(found)
    for m in _SPELL_OUT.finditer(text):
        found = _spelled_name(text, m)
        if found:
            spans.append(found)
    spans += [m.span(1) for m in _NICKNAME_PHONE.finditer(text) if not names_zh.is_plain_word(m.group(1))]
    if _VIET_THI.search(text):
        spans += [m.span(1) for m in _VIET_NAME.finditer(text)
                  if names_zh._surname_len(m.group(1), 0, rare=True) == 1 and names_zh._given_ok(m.group(1)[2:])]
    for m in _SURNAME_SAID.finditer(text):
        word = m.group(1)
        if word in COMPOUND_SURNAMES or word in RARE_COMPOUNDS or word in RARE_SURNAMES:
            spans.append(m.span(1))
    for m in _SPACED_LEAD.finditer(text):
        compact = re.sub(r"[ \u3000]", "", m.group(1))
        s = names_zh._surname_len(compact, 0, rare=True)
        if s and 1 <= len(compact) - s <= 2 and names_zh._given_ok(compact[s:]):
            spans.append(m.span(1))
    return spans

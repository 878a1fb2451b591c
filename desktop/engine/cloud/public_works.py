"""Names that are not a private person's, told by what stands around them (no list of famous people).

- A name that is part of an institution's or a brand's name: right before 纪念馆, 故居, 博物馆,
  体育用品, 专柜, 旗舰店 (上海X纪念馆, X体育用品旗舰店), or the subject of a statue or a memorial
  ("the statue of X", X铜像): a person honoured that way is a public figure, and a brand is no person.
- Historical figures: in a sentence about an exhibit or an old edition (陈列, 展出, 手稿, 初版, "first
  edition", "on display") that names a year long past (before 1960), the people named are history,
  like the writers in a museum exhibit (the data README's rule).
- The author of a book named with it: "X's "Title"" or ""Title", X" in a sentence about books (novel,
  classic, edition, ISBN, library…), and X的《…》 beside 出版/小说/译本.
- The Latin title of a book after 英译本/英文版 (英译本 Fortress Besieged) is a title, not a name.
- A common Chinese surname alone after "surnamed" (a man surnamed Li) is kept, as 姓李的男子 is; a
  rare one is masked elsewhere (names_zh_context).
"""

from __future__ import annotations

import re

from desktop.engine.cloud.first_char import guarded
from desktop.engine.cloud.names_en_lexicon import COMMON_CHINESE_SURNAMES

_ZH_INSTITUTION = re.compile(r"[ \t]?(?:纪念馆|纪念堂|纪念碑|故居|旧居|博物馆|陵园|铜像|雕像|塑像|体育用品|专柜|专卖店|"
                             r"旗舰店|品牌|文学奖)")
_EN_HONOURED = re.compile(r"\b(?:[Ss]tatue|[Mm]onument|[Mm]emorial|[Bb]ust|[Mm]ausoleum)[ \t]+(?:of|to)[ \t]+$")
_SENTENCE_END = re.compile(r"[。！？!?\n]|\.(?=\s|$)")
_OLD_YEAR = guarded(r"(?<![\d,])(?:1[5-8]\d\d|19[0-5]\d)(?!\d|,\d)(?:[ \t]*年)?")
_EXHIBIT = re.compile(r"陈列|展出|展品|展厅|展览|馆藏|藏品|手稿|信札|书信|初版|首版|遗作|纪念馆|故居|\bfirst edition|"
                      r"\bon display|\bexhibit(?:ion|ed)?\b|\bmanuscripts?\b|\bmuseum\b|\barchives?\b", re.I)
_BOOKS = guarded(r"\bnovels?\b|\bclassics?\b|\bbooks?\b|\bedition\b|\bISBN\b|\blibrary['’]?s?\b|\bpublished\b|"
                 r"\breprint\b|\bpoems?\b|\bauthor\b|\bborrowed\b|小说|出版|译本|名著|作品|著作", re.I)
_QUOTED_AFTER = re.compile(r"['’]s[ \t]+[\"“][A-Z][^\"”\n]{1,60}[\"”]")
_QUOTED_BEFORE = re.compile(r"[\"“][A-Z][^\"”\n]{1,60}[\"”][ \t]*,?[ \t]*$")
_ZH_WORK_AFTER = re.compile(r"的?《[^》\n]{1,30}》")
_TITLE_LABEL = re.compile(r"(?:英译本|英文版|英译名|英文书名|译名|英文片名|原著)[ \t]*[：:]?[ \t]*$")
_SURNAMED = re.compile(r"\bsurnamed[ \t]+$")


def _sentence(text: str, start: int, end: int) -> str:
    left = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)), default=max(0, start - 300))
    right = _SENTENCE_END.search(text, end)
    return text[left:right.start() if right else min(len(text), end + 300)]


def is_not_private(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is an institution's, a brand's, a historical figure's
    or a book's author, by the rules above."""
    before = text[max(0, start - 40):start]
    if _ZH_INSTITUTION.match(text, end) or _EN_HONOURED.search(before) or _TITLE_LABEL.search(before):
        return True
    if _SURNAMED.search(before) and text[start:end] in COMMON_CHINESE_SURNAMES:
        return True
    sentence = _sentence(text, start, end)
    if _OLD_YEAR.search(sentence) and _EXHIBIT.search(sentence):
        return True
    if not _BOOKS.search(sentence):
        return False
    return bool(_QUOTED_AFTER.match(text, end) or _QUOTED_BEFORE.search(before) or _ZH_WORK_AFTER.match(text, end))

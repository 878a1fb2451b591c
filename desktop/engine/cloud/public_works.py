"""Names that are not a private person's, told by what stands around them (no list of famous people).

- A name that is part of an institution's or a brand's name: right before 纪念馆, 故居, 博物馆,
  体育用品, 专柜, 旗舰店 (上海X纪念馆, X体育用品旗舰店), or the subject of a statue or a memorial
  ("the statue of X", X铜像): a person honoured that way is a public figure, and a brand is no person.
- Historical figures: in a sentence about an exhibit or an old edition (陈列, 展出, 手稿, 初版, "first
  edition", "on display") that names a year long past (before 1960), the people named are history,
  like the writers in a museum exhibit (the data README's rule).
- The author of a book named with it: "X's "Title"" or ""Title", X" in a sentence about books (novel,
  classic, edition, ISBN, library…), "X's new novel" in one, and X的《…》 beside 出版/小说/译本.
- The Latin title of a book after 英译本/英文版 (英译本 Fortress Besieged) is a title, not a name.
- A common Chinese surname alone after "surnamed" (a man surnamed Li) is kept, as 姓李的男子 is; a
  rare one is masked elsewhere (names_zh_context).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from desktop.engine.cloud.first_char import guarded
from desktop.engine.cloud.names_en_lexicon import COMMON_CHINESE_SURNAMES

_ZH_INSTITUTION = re.compile(r"[ \t]?(?:纪念馆|纪念堂|纪念碑|故居|旧居|博物馆|陵园|铜像|雕像|塑像|体育用品|专柜|专卖店|"
                             r"旗舰店|品牌|文学奖|直播间)")  # 李佳琦直播间: a livestream channel's host
_EN_HONOURED = re.compile(r"\b(?:[Ss]tatue|[Mm]onument|[Mm]emorial|[Bb]ust|[Mm]ausoleum)[ \t]+(?:of|to)[ \t]+$")
_SENTENCE_END = re.compile(r"[。！？!?\n]|\.(?=\s|$)")
_OLD_YEAR = guarded(r"(?<![\d,])(?:1[5-8]\d\d|19[0-5]\d)(?!\d|,\d)(?:[ \t]*年)?")
_EXHIBIT = re.compile(r"陈列|展出|展品|展厅|展览|馆藏|藏品|手稿|信札|书信|初版|首版|遗作|纪念馆|故居|\bfirst edition|"
                      r"\bon display|\bexhibit(?:ion|ed)?\b|\bmanuscripts?\b|\bmuseum\b|\barchives?\b|\bplaque\b|牌匾|纪念牌", re.I)
_BOOKS = guarded(r"\bnovels?\b|\bclassics?\b|\bbooks?\b|\bedition\b|\bISBN\b|\blibrary['’]?s?\b|\bpublished\b|"
                 r"\breprint\b|\bpoems?\b|\bauthor\b|\bborrowed\b|小说|出版|译本|名著|作品|著作", re.I)
_QUOTED_AFTER = re.compile(r"['’]s[ \t]+[\"“][A-Z][^\"”\n]{1,60}[\"”]")
_QUOTED_BEFORE = re.compile(r"[\"“][A-Z][^\"”\n]{1,60}[\"”][ \t]*,?[ \t]*$")
# "X's new novel sold 210,000 copies": the author of a book out now, in a sentence about its sales.
_NEW_WORK_AFTER = re.compile(r"['’]s[ \t]+(?:new|latest|debut|forthcoming|bestselling|best-selling|next)[ \t]+"
                             r"(?:novel|book|memoir|thriller|biography|collection|poetry collection)\b")
_PUBLISHED = re.compile(r"\b(?:copies|publishers?|published|bestsell\w*|best-sell\w*|ISBN|hardback|paperback|"
                        r"book ?shops?|bookstores?|imprint)\b", re.I)
# 鲁迅在《狂人日记》里写下…: the author of the work named
_ZH_WROTE_IN = re.compile(r"在《[^》\n]{1,30}》(?:里|中)?(?:写|说|提到|描写|记下)")
_ZH_WORK_AFTER = re.compile(r"的?《[^》\n]{1,30}》")
_TITLE_LABEL = re.compile(r"(?:英译本|英文版|英译名|英文书名|译名|英文片名|原著)[ \t]*[：:]?[ \t]*$")
_SURNAMED = re.compile(r"\bsurnamed[ \t]+$")


class Sentences:
    """The sentences of one text, for telling many names in it apart: where each sentence ends is
    found once, and each sentence is read for exhibits, old years and books once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._ends = [m.end() for m in _SENTENCE_END.finditer(text)]
        self._read: dict[tuple[int, int], tuple[bool, bool]] = {}

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """The sentence around ``text[start:end]``: after the last sentence end in the 300 characters
        before it (a full stop right before it counts, whatever follows), up to the first one after it."""
        lo = max(0, start - 300)
        if start > lo and self.text[start - 1] == ".":
            left = start
        else:
            before = self._ends[bisect_right(self._ends, lo):bisect_right(self._ends, start)]
            left = before[-1] if before else lo
        at = bisect_right(self._ends, end)
        return left, self._ends[at] - 1 if at < len(self._ends) else min(len(self.text), end + 300)

    def is_not_private(self, start: int, end: int) -> bool:
        """Whether the name at ``text[start:end]`` is an institution's, a brand's, a historical figure's
        or a book's author, by the rules above."""
        text = self.text
        before = text[max(0, start - 40):start]
        if _ZH_INSTITUTION.match(text, end) or _EN_HONOURED.search(before) or _TITLE_LABEL.search(before) \
                or _ZH_WROTE_IN.match(text, end):
            return True
        if _SURNAMED.search(before) and text[start:end] in COMMON_CHINESE_SURNAMES:
            return True
        bounds = self.bounds(start, end)
        if bounds not in self._read:
            sentence = text[bounds[0]:bounds[1]]
            self._read[bounds] = (bool(_OLD_YEAR.search(sentence) and _EXHIBIT.search(sentence)),
                                  bool(_BOOKS.search(sentence)))
        historical, books = self._read[bounds]
        if historical:
            return True
        if not books:
            return False
        return bool(_QUOTED_AFTER.match(text, end) or _QUOTED_BEFORE.search(before) or _ZH_WORK_AFTER.match(text, end)
                    or (_NEW_WORK_AFTER.match(text, end) and _PUBLISHED.search(text, *bounds)))


def is_not_private(text: str, start: int, end: int) -> bool:
    """:meth:`Sentences.is_not_private` for one name (for many in one text, make one Sentences)."""
    return Sentences(text).is_not_private(start, end)

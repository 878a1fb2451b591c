"""Foreign names written in Chinese, their parts joined by a middle dot: 约翰·史密斯.

Kept apart from names_zh.py (which calls it) so that module stays readable.
"""

from __future__ import annotations

import re

from desktop.engine.core.text import HAN_CHAR

Span = tuple[int, int]

# Foreign names written in Chinese, their parts joined by a middle dot: 约翰·史密斯, 玛丽亚·德尔加多.
_NAME_DOT = re.compile(r"(?<=[\u4e00-\u9fff])[·•・‧](?=[\u4e00-\u9fff])")
# Where the part before the first dot starts: after a role noun (撰稿人, 摄影师) or a function word.
_BEFORE_PART = re.compile(r"[\u4e00-\u9fff]*(?:人|师|员|者|家|手|长|生|工|的|和|与|及|是|叫|为|给|向|对|在|、|，)"
                          r"(?=[\u4e00-\u9fff]{1,7}$)")  # (Uyghur given names run to six or seven: 阿卜杜热合曼)
# Where the part after the last dot ends: a word that follows a name.
_AFTER_PART_END = re.compile(r"当天|当时|今天|昨天|也|都|在|是|和|与|跟|的|说|称|表示|等|曾|已|将|被|把|对|向|从|于|告诉|认为|"
                             r"王子|公主|国王|女王|先生|女士|博士|教授|总统|总理|首相|主席|议员|部长|大使|医生|律师|记者|教练")


def find_dotted_names(text: str) -> list[Span]:
    """约翰·史密斯和玛丽亚·德尔加多: a transliterated name is CJK parts joined by middle dots."""
    spans: list[Span] = []
    pos = 0
    for dot in _NAME_DOT.finditer(text):
        if dot.start() < pos:
            continue
        run_start = dot.start()
        while run_start > 0 and HAN_CHAR.match(text[run_start - 1]) and dot.start() - run_start < 12:
            run_start -= 1
        lead = _BEFORE_PART.match(text, run_start, dot.start())
        # no word before: the run's start when it stands alone (2. 阿卜杜热合曼·吐尔逊), else five characters
        start = lead.end() if lead else (run_start if dot.start() - run_start <= 7 else dot.start() - 5)
        end = dot.end()
        while True:  # the parts after each dot
            part_end = end
            while part_end < len(text) and HAN_CHAR.match(text[part_end]) and part_end - end < 8 \
                    and not _AFTER_PART_END.match(text, part_end):
                part_end += 1
            end = part_end
            nxt = _NAME_DOT.match(text, end)
            if not nxt:
                break
            end = nxt.end()
        first, last = dot.start() - start, end - (text.rfind(text[dot.start()], start, end) + 1)
        if first >= 2 and last >= 2:  # 他说·不 is not a name
            spans.append((start, end))
            pos = end
    return spans

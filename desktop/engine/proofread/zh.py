"""Chinese checkers: character typos, 的/地/得, duplicated characters/words, script mixing.

Punctuation, dates/numbers and redundant phrases live in ``zh_rules.py``. Every checker here
prefers silence to a guess: a proofreader that cries wolf gets switched off.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.engine.core.i18n import pick
from desktop.engine.core.text import HAN_CHAR
from desktop.engine.proofread import zh_lm
from desktop.engine.proofread.issue import ERROR, GRAMMAR, INFO, TYPO, WARNING, CheckContext, Issue

_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")


class ZhTypoChecker:
    """同音/近音/形近字 typos found with confusion sets scored by the word-frequency model."""

    name = "zh.typo"
    languages = frozenset({"zh"})
    scope = "paragraph"

    def __init__(self, threshold: float = zh_lm.THRESHOLD) -> None:
        self.threshold = threshold

    def check(self, text: str, ctx: CheckContext) -> list[Issue]:
        model = zh_lm.load_model()
        if model is None:
            return []
        issues: list[Issue] = []
        for run in _CJK_RUN.finditer(text):
            for cand in model.corrections(run.group(), self.threshold):
                pos = run.start() + cand.index
                msg = pick(f"Possible typo: “{cand.original}” → “{cand.replacement}” (as in “{cand.word}”).",
                           f"疑似错别字：“{cand.original}”应为“{cand.replacement}”（“{cand.word}”）。")
                issues.append(Issue(pos, pos + 1, cand.original, TYPO, ERROR, msg, (cand.replacement,),
                                    "zh-confusion", self.name, {"confidence": round(cand.score, 3)}))
        return issues


# --- 的/地/得 --------------------------------------------------------------------------------

_DEGREE = ("很", "非常", "十分", "特别", "太", "极", "真", "不错", "清楚", "干净")
_NOT_DE_VERBS = {"是", "有", "要", "会", "能", "在", "像", "说", "想", "觉", "叫", "让", "给", "做", "为", "用"}


class ZhDeDiDeChecker:
    """的/地/得 misuse in the clear cases: ``V的很…`` → 得, ``AA的V`` / ``副词的V`` → 地."""

    name = "zh.dedide"
    languages = frozenset({"zh"})
    scope = "paragraph"

    def check(self, text: str, ctx: CheckContext) -> list[Issue]:
        if "的" not in text:
            return []
        model = zh_lm.load_model()
        if model is None:
            return []
        issues: list[Issue] = []
        for m in re.finditer("的", text):
            after = text[m.end():m.end() + 3]
            if not after.startswith(_DEGREE) and not any(
                    model.pos.get(after[:k]) == "v" for k in (1, 2, 3)):
                continue  # neither a degree word nor a verb follows: nothing to decide
            # Segment only a window around each 的: cheap, and context beyond it does not matter.
            a, b = max(0, m.start() - 6), min(len(text), m.end() + 8)
            window = text[a:b]
            words = model.segment(window)
            offset = a
            for k, word in enumerate(words):
                if word == "的" and offset == m.start() and 0 < k < len(words) - 1:
                    found = self._judge(model, words[k - 1], words[k + 1], words[k + 2] if k + 2 < len(words) else "")
                    if found is not None:
                        rule, right = found
                        msg = (pick("Use “得” between a verb and its complement (跑得快).",
                                    "动词后接补语应用“得”（如“跑得快”）。") if right == "得" else
                               pick("Use “地” between an adverbial and its verb (认真地学习).",
                                    "状语修饰动词应用“地”（如“认真地学习”）。"))
                        issues.append(Issue(offset, offset + 1, "的", GRAMMAR, WARNING, msg, (right,), rule, self.name))
                offset += len(word)
        return issues

    @staticmethod
    def _judge(model: zh_lm.ZhLanguageModel, prev: str, nxt: str, after: str) -> tuple[str, str] | None:
        prev_pos, next_pos = model.pos.get(prev, ""), model.pos.get(nxt, "")
        if (nxt.startswith(_DEGREE) and prev_pos == "v" and len(prev) == 1 and prev not in _NOT_DE_VERBS
                and model.pos.get(after, "") in ("a", "ad", "d", "")):
            return "zh-de-complement", "得"
        reduplicated = (len(prev) == 2 and prev[0] == prev[1]) or (
            len(prev) == 4 and prev[0] == prev[1] and prev[2] == prev[3])
        if next_pos == "v" and len(nxt) >= 1 and nxt not in _NOT_DE_VERBS and (reduplicated or prev_pos == "ad"):
            return "zh-di-adverbial", "地"
        return None


# --- duplicated characters and words ----------------------------------------------------------

# Characters that never double up in standard Chinese (我我们, 的的, 了了 outside 不了了之).
_NO_DOUBLE = set("的了是在和与对把被从我你他她它们这那就都也还而及或并将已于向给让为")
_WORD_DOUBLE_POS = ("r", "p", "c", "u", "n", "ns", "nr", "nt", "nz", "m")


class ZhDuplicateChecker:
    """Accidentally doubled characters and words (我我们, 的的, 我们我们)."""

    name = "zh.duplicate"
    languages = frozenset({"zh"})
    scope = "paragraph"

    def check(self, text: str, ctx: CheckContext) -> list[Issue]:
        model = zh_lm.load_model()
        issues: list[Issue] = []
        n = len(text)
        i = 0
        while i < n - 1:
            ch = text[i]
            if ch == text[i + 1] and ch in _NO_DOUBLE and not self._in_long_word(model, text, i):
                msg = pick(f"“{ch}” is repeated.", f"“{ch}”重复。")
                issues.append(Issue(i, i + 2, ch * 2, TYPO, ERROR, msg, (ch,), "zh-double-char", self.name))
                i += 2
                continue
            if i + 4 <= n and HAN_CHAR.match(ch) and text[i:i + 2] == text[i + 2:i + 4] and model is not None:
                word = text[i:i + 2]
                if word[0] != word[1] and model.pos.get(word, "") in _WORD_DOUBLE_POS \
                        and text[i:i + 4] not in model.freq:
                    msg = pick(f"“{word}” is repeated.", f"“{word}”重复。")
                    issues.append(Issue(i, i + 4, word * 2, TYPO, ERROR, msg, (word,), "zh-double-word", self.name))
                    i += 4
                    continue
            i += 1
        return issues

    @staticmethod
    def _in_long_word(model: zh_lm.ZhLanguageModel | None, text: str, i: int) -> bool:
        """True when the doubled pair is part of a dictionary word such as 不了了之 or 他他她她."""
        if model is None:
            return False
        for a in range(max(0, i - 2), i + 1):
            for b in range(i + 2, min(len(text), a + 4) + 1):
                if b - a >= 2 and text[a:b] in model.freq and (b - a > 2 or a == i):
                    return True
        return False


# --- simplified / traditional mixing -------------------------------------------------------------

@lru_cache(maxsize=2)
def _converter(config: str):
    import opencc

    return opencc.OpenCC(config)


class ZhScriptMixChecker:
    """Traditional characters inside simplified text (or the reverse), fixed with OpenCC."""

    name = "zh.script"
    languages = frozenset({"zh"})
    scope = "document"

    def check(self, text: str, ctx: CheckContext) -> list[Issue]:
        if not HAN_CHAR.search(text):
            return []
        simplified = _converter("t2s").convert(text)
        if len(simplified) != len(text):
            return []
        trad_positions = [i for i, (a, b) in enumerate(zip(text, simplified, strict=True)) if a != b]
        if not trad_positions:
            return []
        traditional = _converter("s2t").convert(text)
        simp_positions = ([i for i, (a, b) in enumerate(zip(text, traditional, strict=True)) if a != b]
                          if len(traditional) == len(text) else [])
        # Whichever script has more script-specific characters is the one the writer meant.
        if len(trad_positions) <= len(simp_positions):
            return self._report(text, simplified, trad_positions, to_simplified=True)
        return self._report(text, traditional, simp_positions, to_simplified=False)

    def _report(self, text: str, target: str, positions: list[int], to_simplified: bool) -> list[Issue]:
        issues: list[Issue] = []
        k = 0
        while k < len(positions):
            start = end = positions[k]
            while k + 1 < len(positions) and positions[k + 1] == end + 1:
                k += 1
                end = positions[k]
            k += 1
            orig, fixed = text[start:end + 1], target[start:end + 1]
            msg = (pick(f"Traditional “{orig}” in simplified text; use “{fixed}”.",
                        f"简体文本中混有繁体字“{orig}”，应为“{fixed}”。") if to_simplified else
                   pick(f"Simplified “{orig}” in traditional text; use “{fixed}”.",
                        f"繁体文本中混有简体字“{orig}”，应为“{fixed}”。"))
            severity = ERROR if to_simplified else INFO
            issues.append(Issue(start, end + 1, orig, TYPO, severity, msg, (fixed,), "zh-script-mix", self.name))
        return issues

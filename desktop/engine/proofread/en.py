"""English checkers: spelling (pyspellchecker), doubled words, a/an, its/it's, there/their,
capitalization, AP-style numbers, and (optional) the quire ONNX grammar tagger.

Proper nouns are the main source of false alarms in news copy, so capitalized words inside a
sentence are never spell-checked; names from transcripts come in through the dictionary.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

from desktop.engine.core.errors import ModelError
from desktop.engine.core.i18n import pick
from desktop.engine.proofread.issue import ERROR, GRAMMAR, INFO, STYLE, TYPO, WARNING, CheckContext, Issue

_WORD = re.compile(r"[A-Za-z][A-Za-z']*[A-Za-z]|[A-Za-z]")
_SENT_START = re.compile(r"(?:^|[.!?]\s+|\n)[\"'“‘(]?([a-z][a-z']*)\b")
_spell_lock = threading.Lock()


@lru_cache(maxsize=1)
def _spellchecker():
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=2)


@lru_cache(maxsize=1)
def _words_by_length() -> dict[int, list[str]]:
    """Dictionary words bucketed by length, for the fast distance-2 search."""
    buckets: dict[int, list[str]] = {}
    for word in _spellchecker().word_frequency.dictionary:
        buckets.setdefault(len(word), []).append(word)
    return buckets


@lru_cache(maxsize=20000)
def _spelling(word: str) -> tuple[bool, tuple[str, ...], int]:
    """(known, suggestions best first, how many known words are one edit away). Cached: the same words recur constantly.

    Same ranking as pyspellchecker (known words at edit distance 1, else 2, by frequency),
    but distance 2 is searched with rapidfuzz over length buckets: pyspellchecker's own
    distance-2 expansion takes ~200 ms for a long word, which would stall as-you-type checks.
    """
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    with _spell_lock:
        sc = _spellchecker()
        if sc.known([word]):
            return True, (), 0
        near = set(sc.known(sc.edit_distance_1(word)))
        if not near:
            buckets = _words_by_length()
            pool = [w for n in range(len(word) - 2, len(word) + 3) for w in buckets.get(n, ())]
            near2 = process.extract(word, pool, scorer=OSA.distance, score_cutoff=2, limit=None)
            far = {w for w, _, _ in near2}
        else:
            far = set()
        freq = sc.word_frequency
        ranked = sorted(near or far, key=lambda w: (-freq[w], w))[:3]
    return False, tuple(ranked), len(near)


class EnSpellingChecker:
    name = "en.spelling"
    languages = frozenset({"en"})
    scope = "paragraph"

    # Text where most words are unknown is not English prose (code, another language, noise):
    # flagging it all helps nobody and would cost a dictionary search per word.
    MAX_UNKNOWN_SHARE = 0.4

    def check(self, text: str, ctx: CheckContext) -> list[Issue]:
        words = [w.lower() for w in _WORD.findall(text) if 3 <= len(w) <= 30]
        if len(words) >= 10:
            with _spell_lock:
                unknown = len(_spellchecker().unknown(words))
            if unknown > self.MAX_UNKNOWN_SHARE * len(words):
                return []
        issues = []
        for m in _WORD.finditer(text):
            word = m.group()
            if len(word) < 3 or len(word) > 30 or "'" in word:
                continue
            if not word.islower() and not self._sentence_start(text, m.start()):
                continue  # names, acronyms, iPhone
            if word.lower() in ctx.accepted or word in ctx.accepted:
                continue
            if m.end() < len(text) and text[m.end()] in "@.-_/\\" and m.end() + 1 < len(text) and text[m.end() + 1].isalnum():
                continue  # e-mail, URL, file name, hyphenated compound
            if m.start() > 0 and text[m.start() - 1] in "@/_\\-":
                continue
            known, suggestions, near = _spelling(word.lower())
            if known or (word[0].isupper() and not near):
                continue  # a capitalized word nothing like a known word is most likely a name
            confident = near == 1
            if word[0].isupper():
                suggestions = tuple(s[:1].upper() + s[1:] for s in suggestions)
            severity = ERROR if confident and suggestions else WARNING
            msg = pick(f"Unknown word “{word}”.", f"未知单词“{word}”。")
            if suggestions:
                msg += pick(f" Did you mean “{suggestions[0]}”?", f"是否应为“{suggestions[0]}”？")
            issues.append(Issue(m.start(), m.end(), word, TYPO, severity, msg, suggestions, "en-spelling", self.name))
        return issues

    @staticmethod
    def _sentence_start(text: str, pos: int) -> bool:
        before = text[:pos].rstrip(" \"'“‘(")
        return not before or before[-1] in ".!?\n"


_DOUBLE_OK = {"had", "that", "is", "do", "bye", "no", "very", "so", "really", "ha", "yeah", "knock", "blah"}
_DOUBLED = re.compile(r"\b([A-Za-z]+)(\s+)(\1)\b", re.IGNORECASE)
_ARTICLE = re.compile(r"\b([Aa]n?)\s+([A-Za-z][\w-]*)")
# Sound, not spelling, decides: "an hour", "a university", "a one-off", "an MP".
_AN_EXCEPTIONS = ("hour", "honest", "honor", "honour", "heir", "herb")
_A_EXCEPTIONS = ("uni", "use", "usu", "uti", "eu", "ewe", "one", "once", "ubiq", "ufo", "ura", "uro", "euro")
_ITS = re.compile(r"\b(its)\s+(a|an|the|not|been|going|time|about|just|very|too|so|also|only|still|clear|true|hard|easy|likely|unclear|important)\b", re.IGNORECASE)
_IT_IS_OWN = re.compile(r"\b(it's)\s+(own)\b", re.IGNORECASE)
_THEIR_BE = re.compile(r"\b(their)\s+(is|are|was|were|will be|has been|have been)\b", re.IGNORECASE)
_THERE_OWN = re.compile(r"\b(there)\s+(own)\b", re.IGNORECASE)
_NAMES = {n.lower(): n for n in (
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December", "English", "Chinese", "French", "German", "Spanish", "Japanese", "American", "British", "European", "African", "Asian", "Christmas", "Beijing", "Shanghai", "London", "Paris"])}


def _case_like(template: str, word: str) -> str:
    return word[:1].upper() + word[1:] if template[:1].isupper() else word


class EnPatternChecker:
    """Doubled words, a/an, its/it's, there/their, capital letters at sentence starts and in names."""

    name = "en.patterns"
    languages = frozenset({"en"})
    scope = "paragraph"

    def check(self, text: str, ctx: CheckContext) -> list[Issue]:
        issues: list[Issue] = []
        for m in _DOUBLED.finditer(text):
            if m.group(1).lower() in _DOUBLE_OK or (m.group(1) != m.group(3) and not m.group(1).istitle()):
                continue
            issues.append(Issue(m.start(), m.end(), m.group(), TYPO, ERROR,
                                pick(f"“{m.group(1)}” is repeated.", f"“{m.group(1)}”重复。"),
                                (m.group(1),), "en-doubled-word", self.name))
        issues.extend(self._articles(text))
        for pattern, fix, rule, en, zh in (
                (_ITS, "it's", "en-its", "“its” here should be “it's” (it is).", "此处应为 it's（it is）。"),
                (_IT_IS_OWN, "its", "en-its-own", "Use the possessive “its”.", "此处应为所有格 its。"),
                (_THEIR_BE, "there", "en-their-there", "Use “there” before a form of “to be”.", "此处应为 there。"),
                (_THERE_OWN, "their", "en-there-their", "Use the possessive “their”.", "此处应为所有格 their。")):
            for m in pattern.finditer(text):
                word = m.group(1)
                issues.append(Issue(m.start(1), m.end(1), word, GRAMMAR, ERROR, pick(en, zh),
                                    (_case_like(word, fix),), rule, self.name))
        issues.extend(self._capitals(text, ctx))
        return issues

    def _articles(self, text: str) -> list[Issue]:
        out = []
        for m in _ARTICLE.finditer(text):
            article, word = m.group(1), m.group(2)
            low = word.lower()
            if word.isupper() and len(word) > 1:
                continue  # acronyms depend on how they are read (an MP, a NATO)
            vowel = low[0] in "aeiou"
            if vowel and low.startswith(_A_EXCEPTIONS):
                vowel = False
            if not vowel and low.startswith(_AN_EXCEPTIONS):
                vowel = True
            want = "an" if vowel else "a"
            if article.lower() != want and not word[0].isdigit():
                fix = _case_like(article, want)
                out.append(Issue(m.start(1), m.end(1), article, GRAMMAR, ERROR,
                                 pick(f"Use “{fix}” before “{word}”.", f"“{word}”前应用“{fix}”。"),
                                 (fix,), "en-a-an", self.name))
        return out

    def _capitals(self, text: str, ctx: CheckContext) -> list[Issue]:
        out = []
        for m in _SENT_START.finditer(text):
            word = m.group(1)
            if m.start(1) == 0 and len(text) < 3:
                continue
            fixed = word[:1].upper() + word[1:]
            out.append(Issue(m.start(1), m.end(1), word, TYPO, ERROR,
                             pick("A sentence starts with a capital letter.", "句首字母应大写。"),
                             (fixed,), "en-sentence-capital", self.name))
        accepted = {w.lower(): w for w in ctx.accepted if w[:1].isupper()}
        done = {i.start for i in out}
        for m in _WORD.finditer(text):
            word = m.group()
            if m.start() in done:
                continue
            proper = _NAMES.get(word) or accepted.get(word)
            if word == "i" or (proper and word.islower() and proper != word):
                fix = "I" if word == "i" else proper
                out.append(Issue(m.start(), m.end(), word, TYPO, ERROR,
                                 pick(f"“{fix}” is written with a capital letter.", f"“{fix}”应大写。"),
                                 (fix,), "en-name-capital", self.name))
        return out


_SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_DIGIT_WORD = re.compile(r"(?<![\w.,$€£%/:-])([1-9])\s+(?!(?:percent|%|a\.m\.|p\.m\.|am|pm|million|billion|"
                         r"trillion|years?[ -]old|year-old|inches|feet|foot|meters?|metres?|km|kg|mph|degrees?|"
                         r"points?|to|of|and|or|times|minutes?\b|seconds?\b))([a-z])")
_NAMED_NUMBER_WORDS = {"no", "number", "page", "line", "route", "room", "chapter", "section", "article",
                       "grade", "level", "phase", "gate", "platform", "exit", "channel", "step", "version"}
_WORD_NUMBER = re.compile(r"\b(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
                          r"nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b(?![- ](?:one|two|"
                          r"three|four|five|six|seven|eight|nine)\b)")
_TENS = dict(zip(["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"],
                 range(10, 20), strict=True)) | dict(zip(
                     ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"], range(20, 100, 10), strict=True))


class EnNumberStyleChecker:
    """AP style: spell out one to nine, use figures for 10 and up (ages, money, % excepted)."""

    name = "en.ap-numbers"
    languages = frozenset({"en"})
    scope = "paragraph"

    def check(self, text: str, ctx: CheckContext) -> list[Issue]:
        out = []
        for m in _DIGIT_WORD.finditer(text):
            digit = m.group(1)
            before = text[:m.start(1)].rstrip().split()
            if before and (before[-1][:1].isupper() or before[-1].lower().rstrip(".") in _NAMED_NUMBER_WORDS):
                continue  # "Line 3", "Route 9", "No. 5", "page 2": figures that are names or labels
            out.append(Issue(m.start(1), m.end(1), digit, STYLE, INFO,
                             pick("AP style spells out numbers below 10.", "美联社体例：10 以下的数字用英文单词。"),
                             (_SMALL[int(digit)],), "en-ap-small-number", self.name))
        for m in _WORD_NUMBER.finditer(text):
            word = m.group(1)
            if m.start() == 0 or text[:m.start()].rstrip()[-1:] in ".!?":
                continue  # AP spells out numbers that start a sentence
            out.append(Issue(m.start(1), m.end(1), word, STYLE, INFO,
                             pick("AP style uses figures for 10 and above.", "美联社体例：10 及以上用阿拉伯数字。"),
                             (str(_TENS[word.lower()]),), "en-ap-figures", self.name))
        return out


class GrammarModelMissingError(ModelError):
    en = "The English grammar model (quire-grammar) is not installed; the other checks still run."
    zh = "英文语法模型（quire-grammar）未安装；其他检查照常进行。"
    hint_en = "Install it with: pip install 'quire-grammar[model]==0.3.4' quire-grammar-model==0.3.2"
    hint_zh = "请安装：pip install 'quire-grammar[model]==0.3.4' quire-grammar-model==0.3.2"


class EnGrammarModelChecker:
    """The quire ONNX grammar tagger. Off by default (a setting): see bench/proofread.py for its JFLEG figures."""

    name = "en.grammar-model"
    languages = frozenset({"en"})
    scope = "paragraph"

    def __init__(self, min_confidence: float = 0.7) -> None:
        self.min_confidence = min_confidence

    @staticmethod
    def available() -> bool:
        import importlib.util

        return importlib.util.find_spec("quire_grammar") is not None

    def check(self, text: str, ctx: CheckContext) -> list[Issue]:
        if not text.strip() or not self.available():
            return []
        import quire_grammar

        out = []
        for c in quire_grammar.check(text, min_confidence=self.min_confidence):
            if text[c.start:c.end] != c.original:
                continue
            if all("".join(s.split()) == "".join(c.original.split()) for s in c.suggestions):
                continue  # spacing-only edits (e.g. "car ." → "car."): left to the rule checkers
            out.append(Issue(c.start, c.end, c.original, GRAMMAR, WARNING, c.message, tuple(c.suggestions),
                             f"quire-{c.rule_id}", self.name, {"confidence": c.confidence}))
        return out

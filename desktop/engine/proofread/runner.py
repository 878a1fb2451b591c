"""Runs the checkers over a text: per paragraph, cached by paragraph content, as a job.

Typing changes one paragraph, so re-checking costs one paragraph: every other paragraph's
issues come from the cache (keyed by language + paragraph text). Very long lines are cut at
sentence ends into units of at most ``UNIT_CHARS`` so that a 1 MB single line neither blocks
nor defeats the cache. Document-scope checkers (number consistency, script mixing) are cheap
and see the whole text each time. Offsets in the result are indices into the whole text.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Iterable
from typing import Any

from desktop.engine.core.errors import CopydeskError, InputTooLargeError
from desktop.engine.core.i18n import pick
from desktop.engine.core.jobs import CancelToken, Job, Progress
from desktop.engine.core.text import HAN_CHAR
from desktop.engine.proofread.dictionary import UserDictionary
from desktop.engine.proofread.issue import CheckContext, Checker, Issue

UNIT_CHARS = 1000
MAX_CHARS = 8_000_000
_SENTENCE_END = re.compile(r"[。！？!?；;…]|\.(?=\s)")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_CJK_PUNCT = re.compile(r"[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20“”‘’…—]")


class CheckerFailedError(CopydeskError):
    """A checker crashed (a bug in it, usually a plugin's): it is switched off, the rest go on."""

    en = "The checker '{checker}' (from {plugin}) failed and was switched off: {reason}"
    zh = "检查器“{checker}”（来自 {plugin}）出错，已停用：{reason}"
    hint_en = "The other checks still ran. Update or remove the plugin; restarting switches it on again."
    hint_zh = "其他检查照常进行。请更新或移除该插件；重新启动后会再次启用。"


def detect_language(text: str) -> str | None:
    """"zh" when Chinese characters dominate the latin words, "en" for latin text, None otherwise."""
    cjk = len(HAN_CHAR.findall(text))
    latin = len(_LATIN_WORD.findall(text))
    if cjk == 0 and latin == 0:
        return "zh" if _CJK_PUNCT.search(text) else None
    return "zh" if cjk >= latin else "en"


def split_units(text: str) -> list[tuple[int, str]]:
    """(offset, unit) pairs: lines, with long lines cut after sentence ends (or hard-cut)."""
    units: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        start = 0
        while len(line) - start > UNIT_CHARS:
            window = line[start:start + UNIT_CHARS]
            cut = None
            for m in _SENTENCE_END.finditer(window):
                if m.end() > UNIT_CHARS // 4:
                    cut = m.end()
            cut = cut or UNIT_CHARS
            units.append((pos + start, line[start:start + cut]))
            start += cut
        units.append((pos + start, line[start:]))
        pos += len(line) + 1
    return units


def default_checkers() -> list[Checker]:
    """Built-in checkers, used when the plugin registry offers none (e.g. a broken plugin set)."""
    from desktop.engine.proofread.en import EnNumberStyleChecker, EnPatternChecker, EnSpellingChecker
    from desktop.engine.proofread.zh import (
        ZhDeDiDeChecker,
        ZhDuplicateChecker,
        ZhScriptMixChecker,
        ZhTypoChecker,
    )
    from desktop.engine.proofread.zh_confusable import ZhConfusableChecker
    from desktop.engine.proofread.zh_rules import (
        ZhDateNumberChecker,
        ZhPunctuationChecker,
        ZhRedundancyChecker,
    )

    return [ZhTypoChecker(), ZhConfusableChecker(), ZhDeDiDeChecker(), ZhDuplicateChecker(), ZhPunctuationChecker(),
            ZhRedundancyChecker(), ZhScriptMixChecker(), ZhDateNumberChecker(),
            EnSpellingChecker(), EnPatternChecker(), EnNumberStyleChecker()]


class Proofreader:
    """Holds the checkers, the dictionary and the per-paragraph cache. Thread-safe."""

    def __init__(self, checkers: Iterable[Checker] | None = None, *, language: str = "auto",
                 dictionary: UserDictionary | None = None, cache_size: int = 20000) -> None:
        self.problems: list[CopydeskError] = []
        self.checkers = list(checkers) if checkers is not None else registered_checkers((), self.problems)
        self.language = language
        self.dictionary = dictionary if dictionary is not None else UserDictionary()
        self._cache: OrderedDict[tuple[str, str], tuple[Issue, ...]] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()
        self.stats = {"units": 0, "cached": 0}
        # checker name → plugin, for the message when one fails
        self.owners: dict[str, str] = {} if checkers is not None else _registry_owners()
        self._disabled: set[int] = set()  # id() of checkers that raised

    # --- public API ---------------------------------------------------------------------------
    def check(self, text: str, cancel: CancelToken | None = None) -> list[Issue]:
        """Check ``text`` now (on the calling thread); cached paragraphs cost nothing."""
        from desktop.engine.core.jobs import run_job

        return run_job(self.check_job(text, cancel or CancelToken()))

    def check_job(self, text: str, cancel: CancelToken) -> Job[list[Issue]]:
        """The job form, for ``ui.jobs.JobRunner`` and the CLI progress bar."""
        if len(text) > MAX_CHARS:
            raise InputTooLargeError(what="The text", what_zh="文本", size=f"{len(text):,} characters",
                                     limit=f"{MAX_CHARS:,}")
        units = split_units(text)
        accepted = self.dictionary.accepted_words()
        issues: list[Issue] = []
        languages: set[str] = set()
        total = len(units)
        message = pick("Proofreading…", "正在审校…")
        for n, (offset, unit) in enumerate(units):
            if n % 64 == 0:
                cancel.raise_if_cancelled()
                if total > 64:
                    yield Progress(n, total, message)
            if not unit.strip():
                continue
            lang = self.language if self.language in ("zh", "en") else detect_language(unit)
            if lang is None:
                lang = "zh" if HAN_CHAR.search(text[:2000]) else "en"
            languages.add(lang)
            issues.extend(i.shifted(offset) for i in self._unit_issues(unit, lang, accepted))
        for lang in sorted(languages):
            ctx = CheckContext(lang, accepted)
            for checker in self.active_checkers():
                if getattr(checker, "scope", "paragraph") == "document" and _speaks(checker, lang):
                    issues.extend(self._run(checker, text, ctx))
        yield Progress(total, total, message)
        issues = self.dictionary.filter(_dedupe(issues), text)
        issues.sort(key=lambda i: (i.start, i.end, i.rule))
        return issues

    def clear_cache(self) -> None:
        with self._lock:
            self._cache.clear()

    # --- internals ----------------------------------------------------------------------------
    def _unit_issues(self, unit: str, lang: str, accepted: frozenset[str]) -> tuple[Issue, ...]:
        key = (lang, unit)
        with self._lock:
            self.stats["units"] += 1
            hit = self._cache.get(key)
            if hit is not None:
                self._cache.move_to_end(key)
                self.stats["cached"] += 1
                return hit
        ctx = CheckContext(lang, frozenset())  # cache raw findings; the dictionary filters later
        found: list[Issue] = []
        for checker in self.active_checkers():
            if getattr(checker, "scope", "paragraph") != "document" and _speaks(checker, lang):
                found.extend(self._run(checker, unit, ctx))
        result = tuple(found)
        with self._lock:
            self._cache[key] = result
            if len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return result

    def active_checkers(self) -> list[Checker]:
        """The checkers that have not failed."""
        with self._lock:
            disabled = set(self._disabled)
        return [c for c in self.checkers if id(c) not in disabled]

    def _run(self, checker: Checker, text: str, ctx: CheckContext) -> list[Issue]:
        try:
            found = list(checker.check(text, ctx))
            wrong = next((i for i in found if not isinstance(i, Issue)), None)
            if wrong is not None:
                raise TypeError(f"check() returned a {type(wrong).__name__}, not an Issue")
            return [i for i in found if 0 <= i.start <= i.end <= len(text) and text[i.start:i.end] == i.text]
        except CopydeskError as err:
            self._problem(err)
            return []
        except Exception as err:  # a checker's bug must not fail the whole proofread
            self._disable(checker, err)
            return []

    def _disable(self, checker: Checker, err: Exception) -> None:
        name = str(getattr(checker, "name", type(checker).__name__))
        with self._lock:
            if id(checker) in self._disabled:
                return
            self._disabled.add(id(checker))
            # Its findings so far are partial: cached paragraphs are checked again without it.
            self._cache.clear()
        self._problem(CheckerFailedError(checker=name, plugin=self.owners.get(name, "a plugin"),
                                         reason=f"{type(err).__name__}: {err}"))

    def _problem(self, err: CopydeskError) -> None:
        if all(type(p) is not type(err) or p.params != err.params for p in self.problems):
            self.problems.append(err)


def _registry_owners() -> dict[str, str]:
    from desktop.engine.core.plugins import registry

    return dict(registry().owners)


def _speaks(checker: Checker, lang: str) -> bool:
    langs = getattr(checker, "languages", frozenset({"*"}))
    return "*" in langs or lang in langs


def _dedupe(issues: list[Issue]) -> list[Issue]:
    """One issue per span, and term-table findings (the user's intent) win over generic ones."""
    terms = [i for i in issues if i.checker.startswith("terms.")]
    seen: dict[tuple[int, int, str], Issue] = {}
    for issue in issues:
        if not issue.checker.startswith("terms.") and any(
                t.start < issue.end and issue.start < t.end and t.category != "risk" for t in terms):
            continue
        seen.setdefault((issue.start, issue.end, issue.category), issue)
    return list(seen.values())


def registered_checkers(user_tables: Iterable[str] = (),
                        problems: list[CopydeskError] | None = None, plugins: Any = None) -> list[Checker]:
    """Checkers from the plugin registry plus the term tables (built-in, plugin, user).

    A broken table is skipped and its error appended to ``problems``; the others still load.
    """
    from desktop.engine.core.plugins import registry
    from desktop.engine.proofread.terms import checker_from_file, default_tables, user_terms_dir

    reg = plugins if plugins is not None else registry()
    checkers: list[Checker] = [c for c in reg.checkers if hasattr(c, "check")] or default_checkers()
    tables = default_tables() + [t.path for t in reg.term_lists]
    folder = user_terms_dir()
    if folder.is_dir():
        tables += sorted(folder.glob("*.csv"))
    tables += [p for p in user_tables if p]
    seen = set()
    for path in tables:
        if str(path) in seen:
            continue
        seen.add(str(path))
        try:
            checkers.append(checker_from_file(path))
        except CopydeskError as err:
            if problems is not None:
                problems.append(err)
    return checkers


def make_proofreader(language: str = "auto", dictionary: UserDictionary | None = None, *,
                     settings: Any = None, plugins: Any = None) -> Proofreader:
    """A proofreader set up from the settings: user term tables and user dictionary words.

    ``settings`` and ``plugins`` default to the saved settings and the process-wide registry.
    """
    from desktop.engine.core.plugins import registry
    from desktop.engine.core.settings import load_settings

    settings = settings if settings is not None else load_settings().settings
    problems: list[CopydeskError] = []
    checkers = registered_checkers(settings.term_tables, problems, plugins)
    if getattr(settings, "proofread_grammar_model", False):
        from desktop.engine.proofread.en import EnGrammarModelChecker, GrammarModelMissingError

        if EnGrammarModelChecker.available():
            checkers.append(EnGrammarModelChecker())
        else:
            problems.append(GrammarModelMissingError())
    if dictionary is None:
        dictionary = UserDictionary(extra_words=settings.user_dictionary)
    proofreader = Proofreader(checkers, language=language, dictionary=dictionary)
    proofreader.problems.extend(problems)
    proofreader.owners = dict((plugins if plugins is not None else registry()).owners)
    return proofreader

"""User-editable term tables (CSV): wrong → right fixes, house style, and risky wording.

Format (UTF-8 CSV with a header line; every column after ``category`` is optional)::

    term,replacement,category,risk,explanation,language
    布署,部署,typo,,常见错别字,zh
    残废,残疾人,risk,high,带有歧视色彩,zh

``explanation_zh`` / ``explanation_en`` give the explanation in each UI language (``explanation``
is the fallback for both). ``context`` keeps a term from firing where it is harmless, because
news copy uses 第一 in 第一季度 and 国家级 in 国家级自然保护区 all the time. Rules are
separated by ``;``, alternatives by ``|``:

    next:品牌|选择          report only when the term is followed by one of these
    prev:全国|销量          report only when the term comes right after one of these
    not-next:季度|次        never report when followed by one of these
    not-prev:银             never report when it comes right after one of these
    clause:警方|公安        report only when the clause (up to the nearest ，。；) holds one
    not-clause:尚无|没有    never report when the clause holds one (negations: 尚无特效药)

With several positive rules (prev, next, clause), any one is enough. English alternatives match whole
words, ignoring case and the spaces between the term and its neighbour.

``category`` is ``typo`` (safe fix), ``style`` (house style, reviewed by a human) or ``risk``
(sensitive / non-compliant wording; ``risk`` is high/medium/low). A broken table raises
:class:`TermTableError` naming the line; the runner reports it and keeps the other tables.
"""

from __future__ import annotations

import csv
import io
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from desktop.engine.core import paths
from desktop.engine.core.errors import InputError
from desktop.engine.core.i18n import pick
from desktop.engine.proofread.issue import ERROR, INFO, RISK, STYLE, TYPO, WARNING, CheckContext, Issue

HEADER = ("term", "replacement", "category", "risk", "explanation", "language", "explanation_zh", "explanation_en",
          "context")
CONTEXT_KINDS = ("prev", "next", "not-prev", "not-next", "clause", "not-clause")
_CLAUSE_END = re.compile(r"[，。；！？,;!?：:\n]")
RISK_LEVELS = ("high", "medium", "low")
_CATEGORY = {"typo": TYPO, "style": STYLE, "risk": RISK}
_RISK_SEVERITY = {"high": ERROR, "medium": WARNING, "low": INFO}
ASSETS = paths.asset_path("terms")


class TermTableError(InputError):
    en = "The term table {path} cannot be used (line {line}): {reason}"
    zh = "术语表 {path} 无法使用（第 {line} 行）：{reason}"
    hint_en = "Fix the line or remove the table; the built-in tables still work."
    hint_zh = "请修改该行或移除此表；内置术语表仍然有效。"


@dataclass(frozen=True)
class Term:
    term: str
    replacement: str
    category: str  # typo | style | risk
    risk: str  # high | medium | low ("" unless category is risk)
    explanation: str
    language: str  # zh | en | *
    explanation_zh: str = ""
    explanation_en: str = ""
    context: str = ""  # rules as written in the table; see the module docstring

    def explain(self) -> str:
        """The explanation in the UI language (falling back to the other one)."""
        return pick(self.explanation_en or self.explanation or self.explanation_zh,
                    self.explanation_zh or self.explanation or self.explanation_en)


@dataclass(frozen=True)
class ContextRules:
    """Parsed ``context`` column: neighbours that must (or must not) touch the term."""

    prev: tuple[str, ...] = ()
    next: tuple[str, ...] = ()
    not_prev: tuple[str, ...] = ()
    not_next: tuple[str, ...] = ()
    clause: tuple[str, ...] = ()
    not_clause: tuple[str, ...] = ()

    def allows(self, text: str, start: int, end: int) -> bool:
        before, after = text[:start], text[end:]
        if any(_touches_before(before, w) for w in self.not_prev):
            return False
        if any(_touches_after(after, w) for w in self.not_next):
            return False
        rest = _clause_around(text, start, end) if (self.clause or self.not_clause) else ""
        if any(_contains(rest, w) for w in self.not_clause):
            return False
        if not (self.prev or self.next or self.clause):
            return True
        return (any(_touches_before(before, w) for w in self.prev) or any(_touches_after(after, w) for w in self.next)
                or any(_contains(rest, w) for w in self.clause))


def _clause_around(text: str, start: int, end: int) -> str:
    """The clause holding ``text[start:end]`` without the term itself (a NUL marks where it was)."""
    lo = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    found = _CLAUSE_END.search(text, end)
    return text[lo:start] + "\x00" + text[end:found.start() if found else len(text)]


def _contains(clause: str, word: str) -> bool:
    if _is_cjk_text(word):
        return word in clause
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", clause, re.IGNORECASE) is not None


def _touches_before(before: str, word: str) -> bool:
    if _is_cjk_text(word):
        return before.endswith(word)
    head = before.rstrip().lower()
    return head.endswith(word.lower()) and not head[:-len(word)][-1:].isalnum()


def _touches_after(after: str, word: str) -> bool:
    if _is_cjk_text(word):
        return after.startswith(word)
    tail = after.lstrip().lower()
    return tail.startswith(word.lower()) and not tail[len(word):len(word) + 1].isalnum()


def parse_context(text: str) -> ContextRules:
    """``next:品牌|选择; not-prev:银`` → :class:`ContextRules`; ValueError with words when malformed."""
    found: dict[str, tuple[str, ...]] = {}
    for rule in filter(None, (r.strip() for r in text.replace("；", ";").split(";"))):
        kind, sep, words = rule.partition(":")
        kind = kind.strip().lower()
        if not sep or kind not in CONTEXT_KINDS:
            raise ValueError(f"context rule {rule!r} must start with one of {', '.join(CONTEXT_KINDS)} / "
                             f"上下文规则须以 {'、'.join(CONTEXT_KINDS)} 之一开头")
        alternatives = tuple(w.strip() for w in words.split("|") if w.strip())
        if not alternatives:
            raise ValueError(f"context rule {rule!r} names no words / 上下文规则没有列出词语")
        found[kind.replace("-", "_")] = found.get(kind.replace("-", "_"), ()) + alternatives
    return ContextRules(**found)


def _is_cjk_text(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def parse_terms(text: str, source: str = "table") -> list[Term]:
    """Parse CSV text; raise TermTableError with the line number on the first bad row."""
    if "\x00" in text:
        raise TermTableError(path=source, line=1, reason="not a text CSV file / 不是文本 CSV 文件")
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise TermTableError(path=source, line=1, reason="the file is empty / 文件为空") from None
    except csv.Error as err:
        raise TermTableError(path=source, line=1, reason=str(err)) from err
    missing = [h for h in HEADER[:3] if h not in header]
    if missing:
        raise TermTableError(path=source, line=1,
                             reason=f"missing column(s) {', '.join(missing)} / 缺少列 {', '.join(missing)}")
    col = {name: header.index(name) for name in HEADER if name in header}
    terms: list[Term] = []
    try:
        for row in reader:
            line = reader.line_num
            if not row or all(not c.strip() for c in row) or row[0].lstrip().startswith("#"):
                continue
            if len(row) > len(header):
                raise TermTableError(path=source, line=line, reason="too many fields / 字段过多")

            def get(name: str, row: list[str] = row) -> str:
                k = col.get(name)
                return row[k].strip() if k is not None and k < len(row) else ""

            term, category, risk = get("term"), get("category").lower(), get("risk").lower()
            if not term:
                raise TermTableError(path=source, line=line, reason="empty term / 词条为空")
            if category not in _CATEGORY:
                raise TermTableError(path=source, line=line,
                                     reason=f"category must be typo, style or risk, not {category!r} / 类别无效")
            if category == "risk":
                risk = risk or "medium"
                if risk not in RISK_LEVELS:
                    raise TermTableError(path=source, line=line,
                                         reason=f"risk must be high, medium or low, not {risk!r} / 风险等级无效")
            elif category == "typo" and not get("replacement"):
                raise TermTableError(path=source, line=line, reason="a typo needs a replacement / 错别字需填写正确写法")
            language = get("language").lower() or ("zh" if _is_cjk_text(term) else "en")
            if language not in ("zh", "en", "*"):
                raise TermTableError(path=source, line=line, reason="language must be zh, en or * / 语言无效")
            try:
                parse_context(get("context"))
            except ValueError as err:
                raise TermTableError(path=source, line=line, reason=str(err)) from None
            terms.append(Term(term, get("replacement"), category, risk if category == "risk" else "",
                              get("explanation"), language, get("explanation_zh"), get("explanation_en"),
                              get("context")))
    except csv.Error as err:
        raise TermTableError(path=source, line=reader.line_num, reason=str(err)) from err
    return terms


def load_terms(path: Path | str) -> list[Term]:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise TermTableError(path=str(path), line=0, reason=f"{type(err).__name__}") from err
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            from desktop.engine.core.textio import decode_text

            text = decode_text(data, str(path))
        except InputError as err:
            raise TermTableError(path=str(path), line=1, reason="not UTF-8 text / 不是 UTF-8 文本") from err
    return parse_terms(text, str(path))


def dump_terms(terms: list[Term]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    for t in terms:
        writer.writerow((t.term, t.replacement, t.category, t.risk, t.explanation, t.language, t.explanation_zh,
                         t.explanation_en, t.context))
    return out.getvalue()


def export_terms(terms: list[Term], path: Path | str) -> None:
    Path(path).write_text(dump_terms(terms), "utf-8")


def user_terms_dir() -> Path:
    return paths.data_dir() / "terms"


def import_table(src: Path | str, name: str | None = None) -> Path:
    """Validate a CSV and copy it into the user's term folder; returns the stored path."""
    src = Path(src)
    load_terms(src)  # raises TermTableError before anything is copied
    folder = user_terms_dir()
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / f"{name or src.stem}.csv"
    shutil.copyfile(src, dest)
    return dest


def default_tables() -> list[Path]:
    return sorted(ASSETS.glob("*.csv"))


class TermChecker:
    """Finds the terms of one table. Chinese terms match anywhere, English ones as whole words."""

    scope = "paragraph"

    def __init__(self, terms: list[Term], name: str = "terms") -> None:
        self.name = f"terms.{name}"
        self.terms = terms
        self.languages = frozenset({t.language for t in terms} or {"*"})
        self._by_lang: dict[str, tuple[re.Pattern[str], dict[str, Term]]] = {}
        self._rules = {t.term.lower(): parse_context(t.context) for t in terms if t.context}
        for lang in ("zh", "en"):
            chosen = {t.term.lower(): t for t in terms if t.language in (lang, "*")}
            if not chosen:
                continue
            parts = []
            for key in sorted(chosen, key=len, reverse=True):
                esc = re.escape(key)
                parts.append(esc if _is_cjk_text(key) else rf"(?<![\w-]){esc}(?![\w-])")
            self._by_lang[lang] = (re.compile("|".join(parts), re.IGNORECASE), chosen)

    def check(self, text: str, ctx: CheckContext) -> list[Issue]:
        found = self._by_lang.get(ctx.language)
        if found is None:
            return []
        pattern, table = found
        issues = []
        for m in pattern.finditer(text):
            t = table.get(m.group().lower())
            if t is None:
                continue
            rules = self._rules.get(t.term.lower())
            if rules is not None and not rules.allows(text, m.start(), m.end()):
                continue
            issues.append(self._issue(m.start(), m.end(), m.group(), t))
        return issues

    def _issue(self, start: int, end: int, text: str, t: Term) -> Issue:
        replacement = t.replacement
        if replacement and text[:1].isupper() and replacement[:1].islower():
            replacement = replacement[:1].upper() + replacement[1:]
        suggestions = (replacement,) if replacement else ()
        explanation = t.explain()
        why = f" {explanation}" if explanation else ""
        if t.category == "risk":
            level_zh = {"high": "高", "medium": "中", "low": "低"}[t.risk]
            msg = pick(f"Risky wording ({t.risk} risk): “{text}”.{why}", f"风险用语（{level_zh}风险）：“{text}”。{why}")
            return Issue(start, end, text, RISK, _RISK_SEVERITY[t.risk], msg.strip(), suggestions, "term-risk",
                         self.name, {"risk": t.risk, "explanation": explanation})
        if t.category == "typo":
            msg = pick(f"“{text}” should be “{replacement}”.{why}", f"“{text}”应为“{replacement}”。{why}")
            return Issue(start, end, text, TYPO, ERROR, msg.strip(), suggestions, "term-typo", self.name,
                         {"explanation": explanation})
        msg = pick(f"House style: “{text}” → “{replacement}”.{why}", f"体例：“{text}”宜改为“{replacement}”。{why}")
        return Issue(start, end, text, STYLE, WARNING, msg.strip(), suggestions, "term-style", self.name,
                     {"explanation": explanation})


def checker_from_file(path: Path | str) -> TermChecker:
    path = Path(path)
    return TermChecker(load_terms(path), path.stem)

"""The 审校报告 (proofreading report): open issues, fixes made and risks left, as DOCX or HTML.

Editors file it with the story, so it states what was checked, what was changed and what a
human still has to decide (compliance risks are listed on their own).
"""

from __future__ import annotations

import html
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from desktop.engine.core.errors import FileAccessError, InputError
from desktop.engine.core.i18n import pick
from desktop.engine.proofread.issue import CATEGORIES, RISK, Issue

_CATEGORY_NAMES = {"typo": ("Typo", "错别字"), "grammar": ("Grammar", "语法"),
                   "punctuation": ("Punctuation", "标点"), "style": ("Style", "体例"), "risk": ("Compliance risk", "合规风险")}
_RISK_ORDER = {"high": 0, "medium": 1, "low": 2}


class ReportFormatError(InputError):
    en = "Reports can be saved as .docx or .html, not {suffix}."
    zh = "审校报告只能保存为 .docx 或 .html，不能是 {suffix}。"


@dataclass
class FixRecord:
    """A fix that was applied: what the text was, what it became, and why."""

    original: str
    replacement: str
    message: str
    category: str
    line: int = 0


@dataclass
class ProofreadReport:
    title: str
    text: str
    issues: list[Issue]
    fixes: list[FixRecord] = field(default_factory=list)
    created: float = field(default_factory=time.time)

    @property
    def risks(self) -> list[Issue]:
        risky = [i for i in self.issues if i.category == RISK]
        return sorted(risky, key=lambda i: (_RISK_ORDER.get(i.data.get("risk", "medium"), 1), i.start))

    @property
    def open_issues(self) -> list[Issue]:
        return [i for i in self.issues if i.category != RISK]

    def line_of(self, issue: Issue) -> int:
        return self.text.count("\n", 0, issue.start) + 1

    def counts(self) -> Counter[str]:
        return Counter(i.category for i in self.issues)


def fix_record(issue: Issue, text_before: str) -> FixRecord:
    """Record an applied issue (call before the text changes, for the line number)."""
    replacement = issue.suggestions[0] if issue.suggestions else ""
    return FixRecord(issue.text, replacement, issue.message, issue.category,
                     text_before.count("\n", 0, issue.start) + 1)


def _cat(name: str) -> str:
    en, zh = _CATEGORY_NAMES.get(name, (name, name))
    return pick(en, zh)


def _labels() -> dict[str, str]:
    return {
        "title": pick("Proofreading report", "审校报告"),
        "doc": pick("Document", "文档"), "when": pick("Checked", "审校时间"),
        "chars": pick("Characters", "字数"),
        "summary": pick("Summary", "概况"), "issues": pick("Open issues", "待处理问题"),
        "fixes": pick("Fixes made", "已修改"), "risks": pick("Risks left", "遗留风险"),
        "line": pick("Line", "行"), "cat": pick("Category", "类别"), "text": pick("Text", "原文"),
        "sugg": pick("Suggestion", "建议"), "note": pick("Explanation", "说明"),
        "level": pick("Risk", "风险等级"), "before": pick("Before", "修改前"), "after": pick("After", "修改后"),
        "none": pick("None.", "无。"),
    }


def _rows(report: ProofreadReport) -> tuple[list[list[str]], list[list[str]], list[list[str]]]:
    issues = [[str(report.line_of(i)), _cat(i.category), i.text, " / ".join(i.suggestions), i.message]
              for i in report.open_issues]
    fixes = [[str(f.line), _cat(f.category), f.original, f.replacement, f.message] for f in report.fixes]
    risks = [[str(report.line_of(i)), i.data.get("risk", ""), i.text, " / ".join(i.suggestions),
              i.data.get("explanation", "") or i.message] for i in report.risks]
    return issues, fixes, risks


def render_html(report: ProofreadReport) -> str:
    lab = _labels()
    issues, fixes, risks = _rows(report)
    esc = html.escape

    def table(head: list[str], rows: list[list[str]]) -> str:
        if not rows:
            return f"<p>{esc(lab['none'])}</p>"
        th = "".join(f"<th>{esc(h)}</th>" for h in head)
        body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
        return f"<table><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>"

    counts = report.counts()
    summary = "".join(f"<li>{esc(_cat(c))}: {counts.get(c, 0)}</li>" for c in CATEGORIES)
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(report.created))
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{esc(lab['title'])} – {esc(report.title)}</title>
<style>body{{font-family:sans-serif;max-width:60em;margin:2em auto}}table{{border-collapse:collapse;width:100%}}
td,th{{border:1px solid #bbb;padding:4px 6px;text-align:left;vertical-align:top}}th{{background:#eee}}</style>
</head><body>
<h1>{esc(lab['title'])}</h1>
<p>{esc(lab['doc'])}: {esc(report.title)}<br>{esc(lab['when'])}: {when}<br>{esc(lab['chars'])}: {len(report.text)}</p>
<h2>{esc(lab['summary'])}</h2><ul>{summary}<li>{esc(lab['fixes'])}: {len(report.fixes)}</li></ul>
<h2>{esc(lab['issues'])}</h2>{table([lab['line'], lab['cat'], lab['text'], lab['sugg'], lab['note']], issues)}
<h2>{esc(lab['fixes'])}</h2>{table([lab['line'], lab['cat'], lab['before'], lab['after'], lab['note']], fixes)}
<h2>{esc(lab['risks'])}</h2>{table([lab['line'], lab['level'], lab['text'], lab['sugg'], lab['note']], risks)}
</body></html>
"""


def _write_docx(report: ProofreadReport, path: Path) -> None:
    import docx

    lab = _labels()
    issues, fixes, risks = _rows(report)
    d = docx.Document()
    d.add_heading(lab["title"], 0)
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(report.created))
    d.add_paragraph(f"{lab['doc']}: {report.title}\n{lab['when']}: {when}\n{lab['chars']}: {len(report.text)}")
    d.add_heading(lab["summary"], 1)
    counts = report.counts()
    for c in CATEGORIES:
        d.add_paragraph(f"{_cat(c)}: {counts.get(c, 0)}", style="List Bullet")
    d.add_paragraph(f"{lab['fixes']}: {len(report.fixes)}", style="List Bullet")
    for heading, head, rows in (
            (lab["issues"], [lab["line"], lab["cat"], lab["text"], lab["sugg"], lab["note"]], issues),
            (lab["fixes"], [lab["line"], lab["cat"], lab["before"], lab["after"], lab["note"]], fixes),
            (lab["risks"], [lab["line"], lab["level"], lab["text"], lab["sugg"], lab["note"]], risks)):
        d.add_heading(heading, 1)
        if not rows:
            d.add_paragraph(lab["none"])
            continue
        table = d.add_table(rows=1, cols=len(head))
        table.style = "Table Grid"
        for cell, h in zip(table.rows[0].cells, head, strict=True):
            cell.text = h
        for r in rows:
            for cell, value in zip(table.add_row().cells, r, strict=True):
                cell.text = _xml_safe(value)
    d.save(str(path))


def _xml_safe(text: str) -> str:
    """python-docx rejects control characters; a pasted text may contain them."""
    return "".join(ch for ch in text if ch in "\t\n\r" or ord(ch) >= 32)


def export_report(report: ProofreadReport, path: Path | str) -> Path:
    """Write the report; the format follows the file suffix (.docx or .html/.htm)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".docx", ".html", ".htm"):
        raise ReportFormatError(suffix=suffix or "(none)")
    tmp = path.with_name(path.name + ".part")
    try:
        if suffix == ".docx":
            _write_docx(report, tmp)
        else:
            tmp.write_text(render_html(report), "utf-8")
        tmp.replace(path)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise FileAccessError(path=str(path), reason=err.strerror or type(err).__name__) from err
    return path

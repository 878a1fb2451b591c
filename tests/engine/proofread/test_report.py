import pytest

from desktop.engine.core.errors import FileAccessError
from desktop.engine.proofread.dictionary import UserDictionary
from desktop.engine.proofread.issue import apply_fixes
from desktop.engine.proofread.report import ProofreadReport, ReportFormatError, export_report, fix_record
from desktop.engine.proofread.runner import Proofreader


@pytest.fixture
def report(tmp_path):
    pr = Proofreader(dictionary=UserDictionary(tmp_path / "d.json"))
    text = "他布署了工作,残废人士也来了。\nThe the council met."
    issues = pr.check(text)
    fixed, applied = apply_fixes(text, issues)
    fixes = [fix_record(i, text) for i in applied]
    return ProofreadReport("测试稿 <draft>", fixed, pr.check(fixed), fixes)


def test_html_report_lists_issues_fixes_and_risks(report, tmp_path):
    path = export_report(report, tmp_path / "r.html")
    html = path.read_text("utf-8")
    assert "Proofreading report" in html and "&lt;draft&gt;" in html
    assert "Fixes made" in html and "布署" in html and "部署" in html
    risks_section = html.split("Risks left")[1]
    assert "残废" in risks_section and "high" in risks_section
    assert len(report.risks) == 1 and report.fixes


def test_docx_report(report, tmp_path):
    import docx

    path = export_report(report, tmp_path / "r.docx")
    doc = docx.Document(str(path))
    text = "\n".join(p.text for p in doc.paragraphs) + "\n".join(
        c.text for t in doc.tables for row in t.rows for c in row.cells)
    assert "Proofreading report" in text and "残废" in text and "布署" in text


def test_report_in_chinese(report, tmp_path):
    from desktop.engine.core import i18n

    i18n.set_language("zh_CN")
    html = export_report(report, tmp_path / "r.htm").read_text("utf-8")
    assert "审校报告" in html and "遗留风险" in html and "已修改" in html


def test_bad_targets(report, tmp_path):
    with pytest.raises(ReportFormatError):
        export_report(report, tmp_path / "r.pdf")
    with pytest.raises(FileAccessError):
        export_report(report, tmp_path / "no" / "such" / "dir" / "r.html")

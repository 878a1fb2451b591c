"""Headings and bold survive DOCX import → edit → DOCX/HTML export → import again."""

from __future__ import annotations

from pathlib import Path

import docx

from desktop.engine.library.files import export_document, import_file, read_document_file
from desktop.engine.library.markup import bold_runs, parse_line, strip_marks
from desktop.engine.library.store import Store


def _word_story(path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("")  # Word files often start with an empty line above the headline
    d.add_heading("地铁三号线延长运营", level=1)
    d.add_paragraph("市政府今天宣布，")
    p = d.paragraphs[-1]
    p.add_run("三号线").bold = True
    p.add_run("将延长运营至午夜。")
    d.add_heading("市民反应", level=2)
    q = d.add_paragraph("The mayor said: ")
    q.add_run("it is ").bold = True
    q.add_run("done").bold = True  # Word splits runs; neighbours of the same weight merge
    q.add_run(".")
    d.add_heading("细节", level=3)
    d.save(str(path))
    return path


def test_docx_import_keeps_headings_and_bold(tmp_path: Path) -> None:
    title, body = read_document_file(_word_story(tmp_path / "story.docx"))
    assert title == "地铁三号线延长运营"
    assert body == ("市政府今天宣布，**三号线**将延长运营至午夜。\n## 市民反应\n"
                    "The mayor said: **it is done**.\n### 细节")


def test_docx_round_trip_through_export(store: Store, tmp_path: Path) -> None:
    doc = import_file(store, _word_story(tmp_path / "story.docx"))
    out = export_document(store, doc.id, tmp_path / "again.docx")
    word = docx.Document(str(out))
    styles = [(p.style.name, p.text) for p in word.paragraphs]
    assert styles[0] == ("Heading 1", "地铁三号线延长运营")
    assert ("Heading 2", "市民反应") in styles and ("Heading 3", "细节") in styles
    bold = [r.text for p in word.paragraphs for r in p.runs if r.bold]
    assert bold == ["三号线", "it is done"]
    again = import_file(store, out)
    assert (again.title, again.body) == (doc.title, doc.body)


def test_html_export_renders_marks(store: Store, tmp_path: Path) -> None:
    doc = store.create_document("标题", "# 小标题\n正文**加粗**部分\n**未闭合")
    html = export_document(store, doc.id, tmp_path / "x.html").read_text("utf-8")
    assert "<h2>小标题</h2>" in html and "<p>正文<strong>加粗</strong>部分</p>" in html
    assert "<p>**未闭合</p>" in html


def test_markdown_helpers() -> None:
    assert parse_line("## 标题 ##").level == 2 and parse_line("## 标题 ##").text == "标题"
    assert parse_line("#hashtag").level == 0  # a hashtag is not a heading
    assert bold_runs("a **b** c ** d") == [("a ", False), ("b", True), (" c ** d", False)]
    assert strip_marks("# T\n**b** x") == "T\nb x"


def test_plain_docx_unchanged(store: Store, tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("第一段")
    d.add_paragraph("Second paragraph")
    f = tmp_path / "plain.docx"
    d.save(str(f))
    doc = import_file(store, f)
    assert (doc.title, doc.body) == ("plain", "第一段\nSecond paragraph")


def test_lists_round_trip(store: Store, tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("要点：")
    d.add_paragraph("延长运营", style="List Bullet")
    d.add_paragraph("加密**班次**", style="List Bullet")
    d.add_paragraph("第一步", style="List Number")
    d.add_paragraph("Second step", style="List Number")
    f = tmp_path / "list.docx"
    d.save(str(f))
    doc = import_file(store, f)
    assert doc.body == "要点：\n- 延长运营\n- 加密**班次**\n1. 第一步\n2. Second step"
    out = export_document(store, doc.id, tmp_path / "again.docx")
    styles = [(p.style.name, p.text) for p in docx.Document(str(out)).paragraphs]
    assert ("List Bullet", "延长运营") in styles and ("List Number", "Second step") in styles
    assert import_file(store, out).body == doc.body

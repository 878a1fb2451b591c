from desktop.engine.library.textindex import fts_text, match_expression, query_terms, snippet


def test_fts_text_splits_cjk() -> None:
    assert fts_text("地铁line3") .split() == ["地", "铁", "line3"]


def test_match_expression() -> None:
    assert match_expression("地铁 city") == '"地 铁" AND "city"*'
    assert match_expression('a"b') == '"a"* AND "b"*'
    assert match_expression("  ,.;  ") is None


def test_snippet_marks_terms() -> None:
    text, spans = snippet("x" * 100 + "地铁三号线" + "y" * 100, query_terms("地铁"))
    assert text.startswith("…") and text.endswith("…")
    assert [text[a:b] for a, b in spans] == ["地铁"]

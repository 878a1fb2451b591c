import pytest

from desktop.engine.proofread.issue import ERROR, INFO, RISK, STYLE, TYPO, CheckContext
from desktop.engine.proofread.terms import (
    TermChecker,
    TermTableError,
    default_tables,
    dump_terms,
    export_terms,
    import_table,
    load_terms,
    parse_terms,
    user_terms_dir,
)

GOOD = "term,replacement,category,risk,explanation\n布署,部署,typo,,错别字\n涉及到,涉及,style,,\n残废,残疾,risk,high,歧视\nutilize,use,style,,\nmanpower,workforce,risk,low,\n"


def test_parse_and_check_both_languages():
    terms = parse_terms(GOOD)
    checker = TermChecker(terms, "t")
    zh = checker.check("他布署了工作，涉及到残废人士。", CheckContext("zh"))
    assert [(i.text, i.category, i.severity) for i in zh] == [("布署", TYPO, ERROR), ("涉及到", STYLE, "warning"),
                                                             ("残废", RISK, ERROR)]
    assert zh[2].data["risk"] == "high" and not zh[2].safe
    en = checker.check("Utilize the manpower, not utilized.", CheckContext("en"))
    assert [(i.text, i.suggestions[0]) for i in en] == [("Utilize", "Use"), ("manpower", "workforce")]
    assert en[1].severity == INFO


@pytest.mark.parametrize("text, line", [
    ("", 1),
    ("word,fix\nx,y\n", 1),
    ("term,replacement,category\nx,y,spelling\n", 2),
    ("term,replacement,category,risk\n\nx,,risk,extreme\n", 3),
    ("term,replacement,category\nx,,typo\n", 2),
    ("term,replacement,category\n,y,typo\n", 2),
    ("term,replacement,category\nx,y,typo,extra,fields\n", 2),
])
def test_broken_tables_name_the_line(text, line):
    with pytest.raises(TermTableError) as err:
        parse_terms(text, "bad.csv")
    assert err.value.params["line"] == line
    assert "bad.csv" in err.value.message("en") and "术语表" in err.value.message("zh_CN")


def test_binary_and_missing_files(tmp_path):
    binary = tmp_path / "b.csv"
    binary.write_bytes(b"\x00\x01\xff\xfe" * 50)
    with pytest.raises(TermTableError):
        load_terms(binary)
    with pytest.raises(TermTableError):
        load_terms(tmp_path / "missing.csv")


def test_export_import_roundtrip(tmp_path):
    terms = parse_terms(GOOD)
    out = tmp_path / "mine.csv"
    export_terms(terms, out)
    assert load_terms(out) == terms
    stored = import_table(out)
    assert stored.parent == user_terms_dir() and load_terms(stored) == terms
    bad = tmp_path / "bad.csv"
    bad.write_text("nonsense\n", "utf-8")
    with pytest.raises(TermTableError):
        import_table(bad)
    assert not (user_terms_dir() / "bad.csv").exists()
    assert dump_terms(terms).splitlines()[0] == "term,replacement,category,risk,explanation,language"


def test_default_tables_load():
    tables = default_tables()
    assert {p.stem for p in tables} >= {"zh_default", "en_default"}
    for path in tables:
        assert load_terms(path)

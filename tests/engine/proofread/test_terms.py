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
    assert dump_terms(terms).splitlines()[0].startswith("term,replacement,category,risk,explanation,language")


def test_default_tables_load():
    tables = default_tables()
    assert {p.stem for p in tables} >= {"zh_default", "en_default"}
    for path in tables:
        assert load_terms(path)


def test_context_rules_decide_where_a_term_fires():
    table = ("term,replacement,category,risk,explanation,context\n"
             "第一,,risk,low,,prev:全国|销量;next:品牌;not-next:季度\n"
             "保监会,,risk,low,,not-prev:银\n"
             "Peking,Beijing,risk,low,,not-next:University\n")
    checker = TermChecker(parse_terms(table), "t")
    zh = checker.check("第一季度，全国第一，第一品牌，全国第一季度，银保监会，保监会", CheckContext("zh"))
    assert [(i.start, i.text) for i in zh] == [(7, "第一"), (10, "第一"), (27, "保监会")]
    en = checker.check("Peking University, Peking duck, peking  university", CheckContext("en"))
    assert [i.start for i in en] == [19]


@pytest.mark.parametrize("context", ["before:全国", "next:", "prev 全国", "not-next:|"])
def test_broken_context_rule_names_the_line(context):
    with pytest.raises(TermTableError) as err:
        parse_terms(f"term,replacement,category,risk,explanation,context\n第一,,risk,low,,{context}\n", "bad.csv")
    assert err.value.params["line"] == 2 and "context rule" in err.value.params["reason"]

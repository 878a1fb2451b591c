import pytest

from desktop.engine.proofread.en import EnNumberStyleChecker, EnPatternChecker, EnSpellingChecker
from desktop.engine.proofread.issue import ERROR, STYLE, TYPO, CheckContext

CTX = CheckContext("en")


def found(checker, text, ctx=CTX):
    return [(i.text, i.suggestions[:1]) for i in checker.check(text, ctx)]


def test_spelling_suggests_and_skips_names():
    issues = EnSpellingChecker().check("We will recieve the mesage from Zbigniew at example.com tomorow.", CTX)
    assert [(i.text, i.suggestions[0]) for i in issues] == [("recieve", "receive"), ("mesage", "message"),
                                                            ("tomorow", "tomorrow")]
    assert all(i.category == TYPO for i in issues)
    assert EnSpellingChecker().check("Zbigniew and Nakamura met in Shenzhen.", CTX) == []


def test_spelling_accepts_dictionary_words_and_keeps_case():
    ctx = CheckContext("en", frozenset({"blorptastic"}))
    assert EnSpellingChecker().check("it was blorptastic", ctx) == []
    issue = EnSpellingChecker().check("Recieve it.", CTX)[0]
    assert issue.suggestions[0] == "Receive"


def test_doubled_words_and_articles():
    assert found(EnPatternChecker(), "The cat sat on the the mat.") == [("the the", ("the",))]
    assert found(EnPatternChecker(), "He had had enough.") == []
    got = found(EnPatternChecker(), "I saw an man, a apple, an hour, a university and an MP.")
    assert got == [("an", ("a",)), ("a", ("an",))]


def test_its_there_and_capitals():
    got = found(EnPatternChecker(), "Its a fact. The dog wagged it's own tail. Their is hope in there own town.")
    assert ("Its", ("It's",)) in got and ("it's", ("its",)) in got
    assert ("Their", ("There",)) in got and ("there", ("their",)) in got
    got = found(EnPatternChecker(), "this is it. i went there on monday.")
    assert got == [("this", ("This",)), ("i", ("I",)), ("monday", ("Monday",))]
    assert all(i.severity == ERROR for i in EnPatternChecker().check("this is it.", CTX))


def test_ap_numbers_are_style():
    issues = EnNumberStyleChecker().check("He has 5 dogs, 3 percent, 10 cats and twelve birds. Twelve left.", CTX)
    assert [(i.text, i.suggestions[0]) for i in issues] == [("5", "five"), ("twelve", "12")]
    assert all(i.category == STYLE and not i.safe for i in issues)


def test_ap_numbers_leave_labels_alone() -> None:
    from desktop.engine.proofread.en import EnNumberStyleChecker

    checker = EnNumberStyleChecker()
    texts = ["Line 3 will run later.", "Take Route 9 home.", "See page 4 here.", "It is No. 5 today."]
    for text in texts:
        assert checker.check(text, None) == [], text
    assert [i.suggestions for i in checker.check("She had 3 cats.", None)] == [("three",)]


def test_grammar_model_is_opt_in_and_finds_agreement_errors(tmp_path) -> None:
    from desktop.engine.core.settings import Settings
    from desktop.engine.proofread.en import EnGrammarModelChecker
    from desktop.engine.proofread.runner import make_proofreader

    if not EnGrammarModelChecker.available():
        pytest.skip("quire-grammar is not installed")
    text = "She walks to school. It are raining today."
    issues = EnGrammarModelChecker().check(text, CTX)
    assert any(i.text == "are" and i.suggestions[0] == "is" and i.rule.startswith("quire-") for i in issues)
    off = make_proofreader(settings=Settings())
    assert not any(i.checker == "en.grammar-model" for i in off.check(text))
    on = make_proofreader(settings=Settings(proofread_grammar_model=True))
    assert any(i.checker == "en.grammar-model" and i.text == "are" for i in on.check(text))


def test_grammar_model_missing_is_a_message_not_a_failure(monkeypatch) -> None:
    from desktop.engine.core.settings import Settings
    from desktop.engine.proofread.en import EnGrammarModelChecker
    from desktop.engine.proofread.runner import make_proofreader

    monkeypatch.setattr(EnGrammarModelChecker, "available", staticmethod(lambda: False))
    pr = make_proofreader(settings=Settings(proofread_grammar_model=True))
    assert any("quire-grammar" in p.message("en") for p in pr.problems)
    assert [i.text for i in pr.check("The the cat sat.") if i.rule == "en-doubled-word"] == ["The the"]

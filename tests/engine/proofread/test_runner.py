import pytest

from desktop.engine.core.errors import JobCancelled
from desktop.engine.core.jobs import CancelToken, run_job
from desktop.engine.proofread.dictionary import UserDictionary
from desktop.engine.proofread.issue import apply_fixes
from desktop.engine.proofread.runner import (
    UNIT_CHARS,
    Proofreader,
    detect_language,
    make_proofreader,
    registered_checkers,
    split_units,
)
from desktop.engine.proofread.terms import user_terms_dir

ZH = "我很想参家你的舞会,我我们都去。"
EN = "The cat sat on the the mat. Its a nice day."


@pytest.fixture
def proofreader(tmp_path):
    return Proofreader(language="auto", dictionary=UserDictionary(tmp_path / "d.json"))


def _check_offsets(text, issues):
    for i in issues:
        assert text[i.start:i.end] == i.text


def test_language_detection_and_units():
    assert detect_language("我们今天去 Beijing") == "zh"
    assert detect_language("We went to 北京 today") == "en"
    assert detect_language("…！？ 123") == "zh"
    assert detect_language("!?. 123") is None
    text = "a\n\nb"
    assert split_units(text) == [(0, "a"), (2, ""), (3, "b")]
    long = ("这是一个句子。" * 400)
    units = split_units(long)
    assert all(len(u) <= UNIT_CHARS for _, u in units) and "".join(u for _, u in units) == long


def test_mixed_document_offsets_and_fixes(proofreader):
    text = f"{ZH}\n{EN}\n"
    issues = proofreader.check(text)
    _check_offsets(text, issues)
    fixed, applied = apply_fixes(text, issues)
    assert fixed == "我很想参加你的舞会，我们都去。\nThe cat sat on the mat. It's a nice day.\n"
    assert len(applied) == 5


def test_only_the_edited_paragraph_is_rechecked(proofreader):
    paragraphs = [f"第{k}段：我们今天开会，讨论交通政策。" for k in range(50)]
    text = "\n".join(paragraphs)
    proofreader.check(text)
    proofreader.stats.update(units=0, cached=0)
    paragraphs[10] = "第10段：这件事以经结束了。"
    edited = "\n".join(paragraphs)
    issues = proofreader.check(edited)
    assert proofreader.stats == {"units": 50, "cached": 49}
    assert any(i.text.startswith("以") for i in issues)
    _check_offsets(edited, issues)


def test_dictionary_words_silence_issues(tmp_path):
    d = UserDictionary(tmp_path / "d.json")
    pr = Proofreader(dictionary=d)
    assert pr.check("我很想参家你的舞会。")
    d.add_word("参家")
    assert pr.check("我很想参家你的舞会。") == []


@pytest.mark.parametrize("text", ["", "   \n\n", "，。！？……——“”", "!!!???...", "😀😀😀 🎉"])
def test_hostile_texts_without_content(proofreader, text):
    issues = proofreader.check(text)
    _check_offsets(text, issues)
    assert all(i.category in ("punctuation",) for i in issues)


def test_mixed_zh_en_emoji(proofreader):
    text = "今天😀我们去Beijing开会,大家🎉很好。\nEmoji 🎉 are fine in the the meeting 😀."
    issues = proofreader.check(text)
    _check_offsets(text, issues)
    assert {i.text for i in issues} == {",", "the the"}


def test_one_megabyte_single_line_completes_and_cancels(proofreader):
    line = ("记者今天从市政府获悉，新的交通政策将于下月实施。The council met on Monday. " * 20000)[:1_000_000]
    issues = proofreader.check(line)
    _check_offsets(line, issues)
    token = CancelToken()
    token.cancel()
    with pytest.raises(JobCancelled):
        run_job(proofreader.check_job(line + "x", token))


def test_job_reports_progress(proofreader):
    text = "\n".join(f"第{k}段。" for k in range(300))
    events = []
    run_job(proofreader.check_job(text, CancelToken()), events.append)
    assert events[-1].done == events[-1].total and len(events) > 2


def test_broken_user_term_table_keeps_defaults(tmp_path):
    folder = user_terms_dir()
    folder.mkdir(parents=True)
    (folder / "broken.csv").write_text("term,replacement,category\n坏,,typo\n", "utf-8")
    problems = []
    checkers = registered_checkers((), problems)
    assert problems and "broken.csv" in problems[0].message("en")
    assert problems[0].params["line"] == 2
    pr = Proofreader(checkers, dictionary=UserDictionary(tmp_path / "d.json"))
    assert any(i.text == "布署" and i.suggestions == ("部署",) for i in pr.check("他布署了工作。"))


def test_make_proofreader_reads_settings(tmp_path):
    from desktop.engine.core.settings import Settings, save_settings

    table = tmp_path / "house.csv"
    table.write_text("term,replacement,category\n黑客松,编程马拉松,style\n", "utf-8")
    save_settings(Settings(user_dictionary=["参家"], term_tables=[str(table), str(tmp_path / "missing.csv")]))
    pr = make_proofreader()
    assert any("missing.csv" in p.message("en") for p in pr.problems)
    issues = pr.check("我很想参家黑客松。")
    assert [(i.text, i.suggestions[0]) for i in issues] == [("黑客松", "编程马拉松")]


def test_checkers_come_through_the_plugin_registry():
    from desktop.engine.core.plugins import registry

    names = {c.name for c in registry().checkers}
    assert {"zh.typo", "en.spelling"} <= names
    assert {t.name for t in registry().term_lists} >= {"zh_default", "en_default"}


@pytest.mark.timeout(120)
def test_one_megabyte_of_noise_completes(proofreader):
    import random

    rng = random.Random(6)
    words = ["".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=rng.randint(3, 9))) for _ in range(20000)]
    line = " ".join(rng.choice(words) for _ in range(170000))[:1_000_000]
    issues = proofreader.check(line)  # not English prose: the spelling checker stays quiet
    _check_offsets(line, issues)
    assert not any(i.rule == "en-spelling" for i in issues)

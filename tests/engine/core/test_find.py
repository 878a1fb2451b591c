"""Find and replace: case, whole words in English and Chinese, wrapping, replace all."""

from __future__ import annotations

from desktop.engine.core.find import FindOptions, find_all, next_match, replace_all

TEXT = "市长说：这条路很长，长江大桥也很长。The Mayor said the mayoral race is over; mayor."


def test_plain_find_ignores_case_by_default() -> None:
    assert [TEXT[s:e] for s, e in find_all(TEXT, "mayor")] == ["Mayor", "mayor", "mayor"]
    assert [TEXT[s:e] for s, e in find_all(TEXT, "Mayor", FindOptions(match_case=True))] == ["Mayor"]


def test_whole_word_english() -> None:
    hits = find_all(TEXT, "mayor", FindOptions(whole_word=True))
    assert [TEXT[s:e] for s, e in hits] == ["Mayor", "mayor"]  # not the "mayor" of "mayoral"


def test_whole_word_chinese_uses_word_boundaries() -> None:
    every = find_all(TEXT, "长")
    assert len(every) == 4
    whole = FindOptions(whole_word=True)
    assert find_all(TEXT, "长", whole) == []  # inside 市长, 很长 and 长江: never a word of its own
    assert find_all(TEXT, "长江", whole) == [(10, 12)]  # a word inside 长江大桥
    assert find_all(TEXT, "大桥", whole) == [(12, 14)]
    assert find_all(TEXT, "江大", whole) == [] and find_all(TEXT, "江大") == [(11, 13)]


def test_next_and_previous_wrap() -> None:
    hits = [(2, 4), (10, 12), (20, 22)]
    assert next_match(hits, 5) == 1 and next_match(hits, 21) == 0
    assert next_match(hits, 10, backwards=True) == 0 and next_match(hits, 1, backwards=True) == 2
    assert next_match([], 0) is None


def test_replace_all_counts() -> None:
    new, n = replace_all(TEXT, "mayor", "chair", FindOptions(whole_word=True))
    assert n == 2 and "The chair said the mayoral race is over; chair." in new
    assert replace_all("abc", "", "x") == ("abc", 0)
    assert replace_all("地铁三号线，三号线", "三号线", "3号线") == ("地铁3号线，3号线", 2)

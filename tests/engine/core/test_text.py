"""The shared text facts: which characters are Chinese, a text's language, simplification, clocks."""

from __future__ import annotations

from desktop.engine.core import text


def test_han_ranges_and_the_wider_cjk_set() -> None:
    for ch in "中文㐀豈":  # unified block, extension A, compatibility ideograph
        assert text.is_han(ch) and text.CJK_CHAR.fullmatch(ch)
    for ch in "かカ한":  # kana and hangul: CJK for search and alignment, not Chinese
        assert not text.is_han(ch) and text.CJK_CHAR.fullmatch(ch)
    for ch in "a1，。Ａ１":  # Latin, digits, full-width punctuation and full-width Latin
        assert not text.is_han(ch) and not text.CJK_CHAR.fullmatch(ch)
    assert text.has_han("市长 said") and not text.has_han("the mayor said")
    assert text.han_count("2024年3月，李明说") == 5


def test_detect_language_on_real_sentences() -> None:
    assert text.detect_language("市政府周三宣布，地铁三号线将于明年通车。") == "zh"
    assert text.detect_language("The city council approved the budget on Tuesday.") == "en"
    # an English article quoting one Chinese name stays English; a Chinese one quoting "GDP" stays Chinese
    assert text.detect_language("Mayor Li Ming (李明) told reporters the line opens next year.") == "en"
    assert text.detect_language("今年一季度GDP同比增长5.3%，高于预期。") == "zh"


def test_detect_language_edge_cases() -> None:
    assert text.detect_language("") == "en"
    assert text.detect_language("2024 3.5 100%") == "en"  # digits only: no letters at all
    assert text.detect_language("2024年") == "zh"  # the digits do not count against the one character
    assert text.detect_language("ありがとうございます") == "en"  # kana only is not Chinese
    assert text.han_share("東京で会いましょう") == 3 / 9  # kana are letters too; the three kanji count as Han
    assert text.detect_language("ＡＢＣ　ｄｅｆ") == "en"  # full-width Latin
    assert text.han_share("中文abc") == 0.4
    assert text.detect_language("中abcd", threshold=0.1) == "zh"
    assert text.detect_language("中abcd") == "en"  # exactly a fifth: not more than ZH_SHARE
    assert text.detect_language("中文abcd") == "zh"


def test_to_simplified_characters_and_optional_punctuation() -> None:
    assert text.to_simplified("換一首歌,好嗎?") == "换一首歌,好吗?"
    assert text.to_simplified("換一首歌,好嗎?", full_width_punctuation=True) == "换一首歌，好吗？"
    assert text.to_simplified("Version 3.5, ok.", full_width_punctuation=True) == "Version 3.5, ok."
    assert text.to_simplified("") == "" and text.to_simplified("123") == "123"
    assert text.to_simplified("简体不变。") == "简体不变。"


def test_clock_shows_hours_only_when_needed() -> None:
    assert text.clock(0) == "0:00"
    assert text.clock(59.9) == "0:59"  # a clock, not a timestamp: fractions are dropped
    assert text.clock(61) == "1:01"
    assert text.clock(3599) == "59:59"
    assert text.clock(3600) == "1:00:00"
    assert text.clock(36_000 + 62) == "10:01:02"
    assert text.clock(-5) == "0:00"


def test_fixed_hour_clock() -> None:
    assert text.clock(0, hours=True) == "00:00:00"
    assert text.clock(3725.7, hours=True) == "01:02:05"
    assert text.clock(360_000, hours=True) == "100:00:00"

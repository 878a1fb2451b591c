"""Newsroom counts: each Hanzi is one 字, English words are words, Markdown markers count nothing."""

from __future__ import annotations

import pytest

from desktop.engine.core import i18n
from desktop.engine.core.wordcount import TextCount, count_text, format_count


@pytest.mark.parametrize("text, hanzi, words", [
    ("", 0, 0),
    ("新华社北京电", 6, 0),
    ("记者：“我们到了。”", 6, 0),  # punctuation is not a 字
    ("The mayor's well-known plan costs 1,234.5 dollars.", 0, 7),
    ("市长说 OK，地铁 3 号线延长到 2026 年。", 11, 3),
    ("## 标题\n\n**重要**的 e-mail", 5, 1),  # Markdown markers count for nothing
    ("don't stop — don’t", 0, 3),
    ("𠀀𪚥", 2, 0),  # extension-B Han characters are one 字 each
    ("第一季度GDP增长5%", 6, 2),
])
def test_counts(text: str, hanzi: int, words: int) -> None:
    count = count_text(text)
    assert (count.hanzi, count.words) == (hanzi, words)


def test_chars_are_visible_characters() -> None:
    assert count_text("新 华\n社 ab").chars == 5


def test_format_both_languages() -> None:
    assert format_count(TextCount(1234, 56, 2000)) == "1,234 字 · 56 words"
    assert format_count(TextCount(0, 1, 3)) == "1 word"
    assert format_count(TextCount(12, 0, 12)) == "12 字"
    assert format_count(TextCount(0, 0, 0)) == "0 字 · 0 words"
    i18n.set_language("zh_CN")
    assert format_count(TextCount(1234, 56, 2000)) == "1,234 字 · 56 词"


def test_long_document_counts_in_linear_time() -> None:
    text = ("市政府宣布地铁三号线延长运营。The mayor agreed. " * 20000)
    count = count_text(text)
    assert count.hanzi == 14 * 20000 and count.words == 3 * 20000

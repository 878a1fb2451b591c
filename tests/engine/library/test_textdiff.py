"""Version diffs: Chinese character by character, English word by word, exact reconstruction."""

from __future__ import annotations

import random

from desktop.engine.library.textdiff import DELETE, EQUAL, INSERT, diff_texts, summarize


def _sides(ops):
    old = "".join(o.text for o in ops if o.kind != INSERT)
    new = "".join(o.text for o in ops if o.kind != DELETE)
    return old, new


def test_chinese_changes_are_character_level() -> None:
    ops = diff_texts("市政府宣布地铁三号线延长运营。", "市政府昨天宣布地铁五号线延长运营。")
    assert [(o.kind, o.text) for o in ops if o.kind != EQUAL] == [(INSERT, "昨天"), (DELETE, "三"), (INSERT, "五")]


def test_english_changes_are_word_level() -> None:
    ops = diff_texts("The mayor opened the line.", "The new mayor opened line 3.")
    inserted = [o.text.strip() for o in ops if o.kind == INSERT and o.text.strip()]
    deleted = [o.text.strip() for o in ops if o.kind == DELETE and o.text.strip()]
    assert inserted == ["new", "3"] and deleted == ["the"]
    summary = summarize(ops)
    assert summary.inserted.words == 2 and summary.deleted.words == 1


def test_untouched_lines_stay_whole_and_reconstruct() -> None:
    old = "第一段没有变化。\nThe second line changes.\n第三段也不变。\n"
    new = "第一段没有变化。\nThe second line changed today.\n第三段也不变。\n新增一段。\n"
    ops = diff_texts(old, new)
    assert ops[0].kind == EQUAL and ops[0].text.startswith("第一段没有变化。\nThe second line")
    assert _sides(ops) == (old, new)
    assert summarize(ops).inserted.hanzi == 4
    assert summarize(diff_texts(old, old)).unchanged


def test_random_edits_always_reconstruct() -> None:
    rng = random.Random(7)
    alphabet = [*"市政府宣布地铁 the mayor said，。\n", "abc ", "新闻"]
    for _ in range(200):
        old = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        new = list(old)
        for _ in range(rng.randint(0, 6)):
            pos = rng.randint(0, len(new))
            if new and rng.random() < 0.5:
                del new[min(pos, len(new) - 1)]
            else:
                new.insert(pos, rng.choice(alphabet))
        ops = diff_texts(old, "".join(new))
        assert _sides(ops) == (old, "".join(new))


def test_long_document_diff_is_fast_enough() -> None:
    body = "".join(f"第{i}段：市政府宣布地铁三号线延长运营，市民表示欢迎。The mayor agreed.\n" for i in range(3000))
    changed = body.replace("第1500段：市政府", "第1500段：市委和市政府")
    ops = diff_texts(body, changed)
    summary = summarize(ops)
    assert summary.inserted.hanzi == 3 and summary.deleted.chars == 0
    assert sum(len(o.text) for o in ops if o.kind == EQUAL) == len(body)


def test_huge_rewritten_block_falls_back_to_lines() -> None:
    old = "".join(f"旧的第{i}行内容。\n" for i in range(4000))
    new = "".join(f"新写的第{i}句话。\n" for i in range(4000))
    ops = diff_texts(old, new)
    assert _sides(ops) == (old, new) and [o.kind for o in ops] == [DELETE, INSERT]

"""The deep Chinese typo check: pieces, decisions, and the real local model on clear cases."""

from __future__ import annotations

import pytest

from desktop.engine.core.errors import JobCancelled
from desktop.engine.core.jobs import CancelToken, run_job
from desktop.engine.proofread import llm_check, zh_deep, zh_deep_weights, zh_lm


def test_chunks_cover_chinese_sentences_with_their_offsets():
    text = "第一句话。Second sentence only.\n第二句，有逗号！" + "很长的句子，" * 40 + "完。"
    pieces = list(zh_deep.chunks(text))
    assert all(text[o:o + len(p)] == p for o, p in pieces)
    assert all(len(p) <= zh_deep.MAX_CHUNK for _, p in pieces)
    assert not any("Second" in p for _, p in pieces)  # no Chinese, nothing to read
    joined = "".join(p for _, p in pieces)
    assert "第一句话。" in joined and "完。" in joined and joined.count("很长的句子") == 40
    assert list(zh_deep.chunks("")) == [] and list(zh_deep.chunks("Only English.")) == []


def _cand(index: int, delta: float, repl: str = "在") -> zh_deep.DeepCandidate:
    return zh_deep.DeepCandidate(index, "再", repl, 0, 2.0, 3.0, "在学校", 0.0, 0.5, delta)


def test_decide_keeps_confident_non_adjacent_gains():
    weights = (1.0,) + (0.0,) * (len(zh_deep_weights.WEIGHTS) - 1)
    picked = zh_deep.decide([_cand(3, 9.0), _cand(4, 8.0), _cand(10, 7.0, "载"), _cand(10, 9.5), _cand(20, 1.0)],
                            threshold=0.5, weights=weights, bias=-5.0)
    assert [(c.index, c.replacement) for c in picked] == [(3, "在"), (10, "在")]
    assert all(c.score > 0.5 for c in picked)
    assert zh_deep.decide([_cand(3, -1.0)], threshold=0.0, weights=weights, bias=5.0) == []  # never a loss


def test_shipped_weights_fit_the_features():
    assert len(zh_deep_weights.WEIGHTS) == len(_cand(0, 1.0).features())
    assert 0.0 < zh_deep_weights.THRESHOLD < 1.0


@pytest.fixture(scope="module")
def deep(qwen_path):
    if not llm_check.available() or zh_lm.load_model() is None:
        pytest.skip("llama-cpp-python or the Chinese word data is missing")
    return llm_check.get_scorer(qwen_path)


@pytest.mark.slow
def test_deep_check_finds_context_typos_and_leaves_clean_text_alone(deep):
    text = "他再学校里学习。\n今天的天气很好，我们去公园散步。\n我很想参家你的舞会。我真的恨高兴。"
    found = run_job(llm_check.zh_deep_job(text, deep, CancelToken()))
    fixes = {(text[i.start], i.suggestions[0]) for i in found}
    assert {("再", "在"), ("家", "加"), ("恨", "很")} <= fixes
    clean = text.index("今天")
    assert not [i for i in found if clean <= i.start < clean + 16]
    assert all(i.rule == "zh-confusion" and i.data["llm_gain"] > 0 and text[i.start:i.end] == i.text for i in found)


@pytest.mark.slow
def test_deep_check_spares_accepted_names_and_can_be_cancelled(deep):
    text = "我们采访了张再学校长。"
    names = frozenset({"张再学"})
    found = run_job(llm_check.zh_deep_job(text, deep, CancelToken(), names))
    assert not [i for i in found if i.start < 5]
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(JobCancelled):
        run_job(llm_check.zh_deep_job("他再学校里学习。", deep, cancel))


@pytest.mark.slow
def test_deep_check_survives_rare_characters_emoji_and_mixed_text(deep):
    text = ("他再学校里学习" + "\U00020000" * 110 + "。\n" + "😀🎉" * 70 + "\n"
            "The mayor said 我们再学校见面 on Monday.\n")
    found = run_job(llm_check.zh_deep_job(text, deep, CancelToken()))
    assert all(text[i.start:i.end] == i.text for i in found)

import pytest

from desktop.engine.core.jobs import CancelToken, run_job
from desktop.engine.proofread import llm_check
from desktop.engine.proofread.issue import ERROR, TYPO, Issue


def test_filter_rejects_big_edits_numbers_and_names():
    assert llm_check.passes_filter("他布署了工作。", "他部署了工作。")
    assert not llm_check.passes_filter("他布署了工作。", "他布署了工作。")
    assert not llm_check.passes_filter("会议在3月5日举行。", "会议在3月6日举行。")
    assert not llm_check.passes_filter("Smith said so.", "Smyth said so.")
    assert not llm_check.passes_filter("短句子。", "完全不同的一句话。")
    assert not llm_check.passes_filter("张爱文说", "张爱温说", frozenset({"张爱文"}))


@pytest.mark.slow
@pytest.mark.skipif(not llm_check.available(), reason="llama-cpp-python is not installed")
def test_scorer_keeps_only_improving_suggestions(smollm2_path):
    scorer = llm_check.LlmScorer(smollm2_path)
    good = scorer.logprob("The cat sat on the mat.")
    assert good > scorer.logprob("The cat sat on teh mat.")
    text = "The cat sat on teh mat. We meet at 5 pm."
    fix = Issue(15, 18, "teh", TYPO, ERROR, "m", ("the",), "r", "c")
    bad = Issue(15, 18, "teh", TYPO, ERROR, "m", ("xqz",), "r", "c")
    number = Issue(36, 37, "5", TYPO, ERROR, "m", ("6",), "r", "c")
    kept = run_job(llm_check.verify_job(text, [fix, bad, number], scorer, CancelToken(), margin=1.0))
    assert [i.suggestions[0] for i in kept] == ["the"]
    assert kept[0].data["llm_gain"] > 1.0


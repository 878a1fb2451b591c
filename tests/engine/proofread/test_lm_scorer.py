"""The LLM scorer: batched substitution scores and the one-pass next-character read."""

import pytest

from desktop.engine.proofread import lm_scorer


@pytest.mark.slow
@pytest.mark.skipif(not lm_scorer.available(), reason="llama-cpp-python is not installed")
def test_substitution_gains_match_whole_text_scores(smollm2_path):
    scorer = lm_scorer.LlmScorer(smollm2_path)
    text = "The cat sat on tha mat, and the dog slept by the door."
    edits = [(17, "e"), (5, "c"), (len(text) - 2, "r"), (0, "T")]
    gains = scorer.substitution_gains(text, edits)
    # The scorer reads every text after a line break (see LlmScorer._lead).
    whole = [scorer.logprob("\n" + text[:i] + c + text[i + 1:]) - scorer.logprob("\n" + text) for i, c in edits]
    assert gains[3] == 0.0  # replacing a character by itself changes nothing
    assert gains[0] > 2.0  # "tha" → "the"
    assert gains[1] < -2.0  # "cat" → "cct"
    # Batched variants take another numeric path through the quantized weights: close, not identical.
    assert all(abs(g - w) < 1.5 for g, w in zip(gains, whole, strict=True))
    many = scorer.substitution_gains(text, [(k, "x") for k in range(len(text))])  # several batches
    assert len(many) == len(text) and many[:4] == pytest.approx(
        scorer.substitution_gains(text, [(k, "x") for k in range(4)]), abs=1.0)
    assert scorer.substitution_gains(text, []) == []
    scorer.close()


@pytest.mark.slow
@pytest.mark.skipif(not lm_scorer.available(), reason="llama-cpp-python is not installed")
def test_next_char_logprobs_reads_every_position_in_one_pass(qwen_path):
    scorer = lm_scorer.get_scorer(qwen_path)
    text = "我很想参加你的舞会，可是那天我要上班。"
    found = scorer.next_char_logprobs(text, {4: ["家", "佳"], 10: ["课"]}, context="小王说：")
    assert set(found) == {4, 10}
    assert set(found[4]) == {"加", "家", "佳"} and set(found[10]) == {"可", "课"}
    assert all(v < 0 for probs in found.values() for v in probs.values())
    assert found[4]["加"] > max(found[4]["家"], found[4]["佳"])  # 参加, not 参家
    assert found[10]["可"] > found[10]["课"]
    with pytest.raises(ValueError):
        scorer.next_char_logprobs("\U00020000" * 400, {0: ["一"]})  # far too many tokens

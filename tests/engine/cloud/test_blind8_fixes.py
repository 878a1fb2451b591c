"""Classes the eighth blind set (ordinary news copy) missed on its first run, in sentences of our own."""

from __future__ import annotations

import pytest

from desktop.engine.cloud.redact import redact


def test_a_count_of_the_people_named_ends_the_last_name() -> None:
    out = redact("村民李强、赵丽、孙浩三人当晚报了警。孙浩说，门锁被撬坏了。").sent
    assert "孙浩" not in out and "三人" in out
    assert "两人" in redact("周敏和陈斌两人一起开了这家店。").sent
    assert "张三" not in redact("居民张三说，他不同意。").sent  # a name ending in a numeral, with no count after it


@pytest.mark.parametrize("line, name", [
    ('The message ended: "Back on Monday, ring the landline. - Dominic"', "Dominic"),
    ("Thanks for waiting! — Aisha", "Aisha"),
])
def test_a_message_signed_at_its_end(line: str, name: str) -> None:
    assert name not in redact(line).sent


@pytest.mark.parametrize("line", [
    "Final score: 2 - Liverpool",  # a score, not a signature
    "Shares closed 1.2% lower. — Reuters",  # a news agency's credit
    "We met again on the Friday. - Monday",
])
def test_scores_and_credits_after_a_dash_stay(line: str) -> None:
    assert redact(line).sent == line

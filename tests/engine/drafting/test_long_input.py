"""Long inputs: cut into readable pieces within a budget, or refused with the right way out."""

from __future__ import annotations

import pytest

from desktop.engine.drafting.long_input import InputTooLongForLocalError, check_local_limit, split_into_chunks


def test_split_into_chunks_respects_the_budget_and_keeps_all_text() -> None:
    text = "\n\n".join(f"Sentence {i} of the story. Another one here! And a third?" for i in range(40))
    text += "\n" + "x" * 900 + "\n" + "长" * 300 + "。" + "句" * 50
    chunks = split_into_chunks(text, 120, len)
    assert all(len(c) <= 120 for c in chunks)
    squash = lambda s: "".join(s.split())  # noqa: E731
    assert squash("".join(chunks)) == squash(text)
    with pytest.raises(ValueError):
        split_into_chunks("abc", 0, len)


def test_input_far_beyond_local_limit_offers_the_cloud_when_allowed() -> None:
    with pytest.raises(InputTooLongForLocalError) as local_only:
        check_local_limit(100_000, cloud_allowed=False)
    assert "cloud" not in local_only.value.full_message().lower()
    with pytest.raises(InputTooLongForLocalError) as cloud_ok:
        check_local_limit(100_000, cloud_allowed=True)
    assert cloud_ok.value.cloud_allowed and "cloud" in cloud_ok.value.full_message().lower()
    assert "云端" in cloud_ok.value.full_message("zh_CN")
    check_local_limit(1000)

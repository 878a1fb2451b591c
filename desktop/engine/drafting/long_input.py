"""Inputs longer than the local model's context: cut them into readable pieces, or refuse in words.

The tasks map-reduce or run per chunk over these pieces (tasks.py); beyond
:data:`MAX_LOCAL_INPUT_TOKENS` that takes minutes on a laptop, so the reporter is offered
the cloud route (where the document allows it) or asked to select a part.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.engine.core.errors import InputError

MAX_LOCAL_INPUT_TOKENS = 24_000  # beyond this, map-reduce on 2 cores takes minutes: offer the cloud


class InputTooLongForLocalError(InputError):
    """Too long for the on-device model even with chunking. The hint offers the cloud route
    when the document's privacy level allows it (``cloud_allowed``)."""

    en = "This text is too long for the on-device model ({tokens} tokens; the limit is about {limit})."
    zh = "这段文字对本机模型来说太长（{tokens} 个词元，上限约 {limit}）。"

    def __init__(self, *, tokens: int, limit: int, cloud_allowed: bool = False) -> None:
        if cloud_allowed:
            hint_en = "This document may use the cloud model: choose the cloud route to process it in one pass."
            hint_zh = "此文档允许使用云端模型：可选择云端处理，一次完成。"
        else:
            hint_en = "Select a part of the text and run the task on that part."
            hint_zh = "请选中其中一部分文字，再对这部分运行任务。"
        super().__init__(hint_en=hint_en, hint_zh=hint_zh, tokens=tokens, limit=limit)
        self.cloud_allowed = cloud_allowed


_SENTENCE_END = re.compile(r"(?<=[。！？!?；;])|(?<=[.:])\s+")


def split_into_chunks(text: str, budget: int, count: Callable[[str], int]) -> list[str]:
    """Cut ``text`` into pieces of at most ``budget`` tokens, at paragraph, then sentence,
    then character boundaries, so each piece reads on its own."""
    if budget <= 0:
        raise ValueError("budget must be positive")
    units: list[str] = []
    for para in re.split(r"\n\s*\n|\n", text):
        para = para.strip()
        if not para:
            continue
        if count(para) <= budget:
            units.append(para)
            continue
        for sentence in (s.strip() for s in _SENTENCE_END.split(para)):
            if not sentence:
                continue
            if count(sentence) <= budget:
                units.append(sentence)
                continue
            step = max(1, int(len(sentence) * budget / max(1, count(sentence)) * 0.9))
            units.extend(sentence[i:i + step] for i in range(0, len(sentence), step))
    chunks: list[str] = []
    current: list[str] = []
    used = 0
    for unit in units:
        size = count(unit) + 1
        if current and used + size > budget:
            chunks.append("\n".join(current))
            current, used = [], 0
        current.append(unit)
        used += size
    if current:
        chunks.append("\n".join(current))
    return chunks


def check_local_limit(tokens: int, cloud_allowed: bool = False, limit: int = MAX_LOCAL_INPUT_TOKENS) -> None:
    """Refuse, with the cloud route in the hint where allowed, inputs chunking cannot handle in time."""
    if tokens > limit:
        raise InputTooLongForLocalError(tokens=tokens, limit=limit, cloud_allowed=cloud_allowed)

"""Cutting a stream into whisper windows at quiet moments, and what each window is given.

A three-hour file is transcribed in windows of a few minutes so memory stays bounded;
each window ends at the quietest moment near its nominal end so no word is cut in half.
Each window gets the same style prompt (:data:`ZH_PROMPT`) and the vocabulary as hotwords,
and its segments come back shifted to file time and, for Chinese, simplified.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np

from desktop.engine.core.text import to_simplified
from desktop.engine.transcription.audio import SAMPLE_RATE, AudioStream, quiet_cut
from desktop.engine.transcription.transcripts import Segment, Word

# Whisper copies the style of its prompt. An instruction ("use punctuation") gets echoed into
# the transcript; a short punctuated exchange in simplified characters does not, and on the
# DEV clips it restores punctuation (see bench/transcribe_quality.py). The earlier prompt
# "对，是的。嗯，然后呢？" scored lower CER on the DEV clips but made whisper-base write "４" for
# every full stop and loop on a synthetic clip (tests: test_chinese_comes_out_simplified_with_punctuation).
ZH_PROMPT = "嗯，对。我觉得是这样的。"
FIRST_WINDOW_S = 12.0  # first segment on screen (best of 3, bench/transcribe_speed.py): 25 s window 2.97 s, 12 s 2.28 s


def windows(stream: AudioStream, window_s: float, search_s: float = 20.0,
             first_s: float | None = None) -> Iterator[tuple[float, np.ndarray, bool]]:
    """(start seconds, samples, is_last) windows cut at quiet moments; never more than one in memory.

    ``first_s`` makes the first window shorter: whisper runs VAD and features over a whole
    window before its first segment, so a short first window puts text on screen sooner.
    """
    size = int(min(window_s, first_s or window_s) * SAMPLE_RATE)
    search = int(min(search_s, window_s / 2, size / SAMPLE_RATE / 2) * SAMPLE_RATE)
    blocks: list[np.ndarray] = []
    have = 0
    start = stream.start
    for block in stream.blocks():
        blocks.append(block)
        have += block.shape[0]
        while have >= size + search:
            buf = np.concatenate(blocks)
            cut = quiet_cut(buf[: size + search], size - search)
            yield start, buf[:cut], False
            rest = buf[cut:].copy()
            del buf
            blocks, have = [rest], rest.shape[0]
            start += cut / SAMPLE_RATE
            size, search = int(window_s * SAMPLE_RATE), int(min(search_s, window_s / 2) * SAMPLE_RATE)
    if have:
        yield start, np.concatenate(blocks), True


def prompt_for(zh: bool) -> str | None:
    """The initial prompt of every window.

    Each window starts from the style prompt alone, like whisper's first window. Feeding
    the previous window's words in as a prompt was measured to make whisper merge and skip
    sentences on repetitive speech (bench/transcribe_speed.py), so it is not done.
    """
    return ZH_PROMPT if zh else None


def hotwords(vocabulary: Sequence[str], zh: bool) -> str | None:
    return ("、" if zh else ", ").join(vocabulary) or None


def whisper_text(text: str, zh: bool) -> str:
    """Whisper's text as shown: simplified characters with full-width punctuation for Chinese."""
    return to_simplified(text, full_width_punctuation=True) if zh else text


def segment_from(seg: Any, offset: float, idx: int, zh: bool) -> Segment:
    words = [Word(round(w.start + offset, 3), round(w.end + offset, 3),
                  whisper_text(w.word, zh), round(float(w.probability), 4))
             for w in (seg.words or [])]
    text = whisper_text(seg.text, zh)
    return Segment(idx, round(seg.start + offset, 3), round(seg.end + offset, 3), text.strip(), "", words)

"""Decoding one live phrase quickly: whisper's encoder over the phrase, not over 30 seconds.

faster-whisper pads every input to 30 s of features before the encoder, and on two cores
the encoder of whisper base then costs about a second whatever the phrase length, so
live preview of short phrases queued up behind it (bench/live_lag.py: p90 lag 4.3 s).
CTranslate2's encoder accepts shorter inputs. This module feeds it the phrase padded to
at least :data:`MIN_CONTEXT_S` (shorter contexts made whisper repeat itself on the DEV
clips; 10 s decoded them as well as the 30 s path, at about a third of the time) and
decodes greedily without timestamps.

A result that looks like a loop (whisper's own test: text that compresses too well) is
decoded again the standard way, so a preview is never worse than faster-whisper's.
The stored transcript does not come from here: it is the file transcription after Stop.
"""

from __future__ import annotations

import zlib
from typing import Any

import numpy as np

from desktop.engine.transcription.pcm import SAMPLE_RATE

MIN_CONTEXT_S = 10.0
PAD_S = 1.0  # silence after the phrase, so its last word is not at the very edge
FRAMES_PER_S = 100
MAX_FRAMES = 3000  # whisper's 30 s
TOKENS_PER_S = 8  # generous for speech (about 3 tokens/s in English, 4–5 in Chinese)
LOOP_RATIO = 2.4  # faster-whisper's compression_ratio_threshold


def context_frames(samples: int) -> int:
    """Encoder frames for a phrase of ``samples``: whole seconds, at least MIN_CONTEXT_S, at most 30 s."""
    seconds = max(MIN_CONTEXT_S, float(np.ceil(samples / SAMPLE_RATE + PAD_S)))
    return int(min(MAX_FRAMES, seconds * FRAMES_PER_S))


def looks_like_a_loop(text: str) -> bool:
    data = text.encode("utf-8")
    return len(data) > 24 and len(data) / len(zlib.compress(data)) > LOOP_RATIO


def prompt_tokens(tokenizer: Any, initial_prompt: str | None, hotwords: str | None) -> list[int]:
    """The prompt faster-whisper builds for a first window: hotwords and style prompt, then the task."""
    prompt: list[int] = []
    if hotwords or initial_prompt:
        prompt.append(tokenizer.sot_prev)
        if hotwords:
            prompt += tokenizer.encode(" " + hotwords.strip())
        if initial_prompt:
            prompt += tokenizer.encode(" " + initial_prompt.strip())
    return [*prompt, *tokenizer.sot_sequence, tokenizer.no_timestamps]


def decode_phrase(model: Any, audio: np.ndarray, language: str, initial_prompt: str | None = None,
                  hotwords: str | None = None) -> str:
    """Whisper's text for one short phrase (float samples at 16 kHz), greedy."""
    import ctranslate2
    from faster_whisper.tokenizer import Tokenizer

    if audio.size == 0:
        return ""
    tokenizer = Tokenizer(model.hf_tokenizer, model.model.is_multilingual, task="transcribe", language=language)
    frames = context_frames(audio.size)
    feats = model.feature_extractor(audio, padding=0)
    x = np.zeros((1, feats.shape[0], frames), np.float32)
    k = min(frames, feats.shape[1])
    x[0, :, :k] = feats[:, :k]
    encoded = model.model.encode(ctranslate2.StorageView.from_array(x), to_cpu=False)
    max_new = int(audio.size / SAMPLE_RATE * TOKENS_PER_S) + 16
    prompt = prompt_tokens(tokenizer, initial_prompt, hotwords)
    result = model.model.generate(encoded, [prompt], beam_size=1, max_length=len(prompt) + max_new,
                                  suppress_blank=True, suppress_tokens=[-1])
    text = tokenizer.decode([t for t in result[0].sequences_ids[0] if t < tokenizer.eot]).strip()
    if not looks_like_a_loop(text):
        return text
    segments, _info = model.transcribe(audio, language=language, beam_size=1, vad_filter=False,
                                       word_timestamps=False, condition_on_previous_text=False,
                                       without_timestamps=True, initial_prompt=initial_prompt, hotwords=hotwords)
    return ("" if language == "zh" else " ").join(s.text.strip() for s in segments if s.text.strip())

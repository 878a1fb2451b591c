"""Text facts every part of the engine needs the same way: scripts, language, simplification, clocks.

Why one module: the ranges that decide "is this Chinese", the 20 % share that decides a
text's language, the OpenCC converter and the ``m:ss`` clock used to be copied into a
dozen files that drifted apart. The differences that were deliberate are kept as named
constants and parameters here:

* :data:`HAN` is Chinese characters only (extension A, the unified block, compatibility
  ideographs); :data:`CJK` adds kana and hangul, which search and word alignment treat one
  character at a time just like Han.
* :func:`clock` shows hours only when needed unless ``hours=True`` (fixed ``HH:MM:SS`` for
  files other tools read). SRT/VTT exporters format their own millisecond stamps.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

# Han ideographs: extension A, the unified block, compatibility ideographs.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
KANA = "\u3040-\u30ff"  # hiragana and katakana
HANGUL = "\uac00-\ud7af"  # hangul syllables
CJK = HAN + KANA + HANGUL  # scripts written without spaces, indexed/aligned one character at a time
HAN_CHAR = re.compile(f"[{HAN}]")
CJK_CHAR = re.compile(f"[{CJK}]")

ZH_SHARE = 0.2  # a text is Chinese when more than this share of its letters are Han characters


def is_han(ch: str) -> bool:
    """Whether ``ch`` (one character) is a Chinese character."""
    return bool(HAN_CHAR.fullmatch(ch))


def has_han(text: str) -> bool:
    return HAN_CHAR.search(text) is not None


def han_count(text: str) -> int:
    return len(HAN_CHAR.findall(text))


def han_share(text: str) -> float:
    """Share of the letters in ``text`` that are Chinese characters (0.0 when it has no letters)."""
    letters = sum(ch.isalpha() for ch in text)
    return han_count(text) / letters if letters else 0.0


def detect_language(text: str, threshold: float = ZH_SHARE) -> str:
    """'zh' when more than ``threshold`` of the letters are Chinese characters, else 'en'.

    Digits, punctuation and spaces do not count either way, so "2024年" is Chinese and
    "3.5" is English (no letters at all).
    """
    return "zh" if han_share(text) > threshold else "en"


@cache
def _t2s() -> Callable[[str], str]:
    import opencc

    return opencc.OpenCC("t2s").convert


_HALF_PUNCT = re.compile(rf"(?<=[{HAN}])([,?!:;.])|([,?!:;])(?=[{HAN}])")
_FULL = {",": "，", "?": "？", "!": "！", ":": "：", ";": "；", ".": "。"}


def to_simplified(text: str, *, full_width_punctuation: bool = False) -> str:
    """Traditional → simplified characters (OpenCC t2s); Latin text passes unchanged.

    With ``full_width_punctuation`` the half-width , ? ! : ; (and a . after a Chinese
    character) that touch Chinese characters become full-width, as whisper often writes
    them half-width; "3.5" and English sentences are left alone.
    """
    if not text:
        return text
    text = _t2s()(text)
    if full_width_punctuation:
        text = _HALF_PUNCT.sub(lambda m: _FULL[m.group(1) or m.group(2)], text)
    return text


def clock(seconds: float, *, hours: bool = False) -> str:
    """``m:ss``, or ``h:mm:ss`` from one hour on; ``hours=True`` gives a fixed ``HH:MM:SS``.

    Fractions are dropped (a clock, not a timestamp) and negative times show as zero.
    """
    seconds = max(0, int(seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    if hours:
        return f"{h:02d}:{m:02d}:{s:02d}"
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"

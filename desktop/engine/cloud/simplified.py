"""Traditional Chinese read as simplified, character for character, for the finders.

Why: Hong Kong and Taiwan sources write 陳大文說, 記者, 九龍彌敦道123號; the name and address
finders know 说, 记者 and 号. OpenCC's t2s maps the text to simplified; when it keeps the length
(almost always: t2s is a character mapping) the finders run on it and their spans are spans of
the original. If a phrase rule ever changed the length, characters are converted one by one.
"""

from __future__ import annotations

import re
from functools import lru_cache

_CJK = re.compile(r"[\u3400-\u9fff]")


@lru_cache(maxsize=1)
def _converter():
    try:
        import opencc
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=8192)
def _char(ch: str) -> str:
    conv = _converter()
    out = conv.convert(ch) if conv is not None else ch
    return out if len(out) == 1 else ch


def simplified(text: str) -> str:
    """``text`` in simplified characters, same length and offsets."""
    conv = _converter()
    if conv is None or not _CJK.search(text):
        return text
    out = conv.convert(text)
    if len(out) == len(text):
        return out
    return "".join(_char(ch) if _CJK.match(ch) else ch for ch in text)

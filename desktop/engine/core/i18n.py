"""Language of user-facing engine messages.

The engine never imports Qt, so its messages (errors, progress text) carry their own
zh_CN and en text. The UI sets the language once at start-up from the settings.
"""

from __future__ import annotations

import locale
import os

SUPPORTED = ("en", "zh_CN")
_current = "en"


def system_language() -> str:
    """The UI language the operating system asks for, reduced to one we support."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "zh_CN" if value.lower().startswith("zh") else "en"
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return "zh_CN" if loc.lower().startswith("zh") else "en"


def resolve(choice: str) -> str:
    """Turn a settings value ('system', 'en', 'zh_CN') into a supported language."""
    if choice in SUPPORTED:
        return choice
    return system_language()


def set_language(lang: str) -> None:
    global _current
    _current = resolve(lang)


def current_language() -> str:
    return _current


def pick(en: str, zh: str, lang: str | None = None) -> str:
    """Choose between an English and a Chinese text for the current language."""
    return zh if (lang or _current) == "zh_CN" else en

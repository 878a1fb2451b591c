"""E-mail addresses (written, full-width or spelled out) and messenger IDs.

Why spelled-out forms: transcripts write what was said ("maria dot lopez at example dot com",
"hanxue 艾特 163 点 com"), and reporters copy addresses written to dodge spam filters
("wang [at] qq [dot] com"). Messenger IDs have no shape of their own (``hanxue_1990`` is just
a word), so they are found by the word that announces them: 微信/WeChat/QQ/Telegram/….
All finders run on the same-length shadow text from :func:`digits.shadow`, so full-width
characters are matched and spans are the original's.
"""

from __future__ import annotations

import re

Span = tuple[int, int, str]

_EMAIL = re.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_TLDS = (r"com|org|net|edu|gov|mil|int|info|biz|io|co|me|tv|cc|app|dev|news|media|email|online|site|"
         r"cn|hk|tw|mo|jp|kr|sg|uk|us|ca|au|nz|de|fr|es|it|nl|se|no|dk|fi|ch|at|be|ie|pt|pl|ru|in|br|mx|za")
_AT = r"(?:\s*(?:\(at\)|\[at\]|\{at\}|<at>)\s*|\s+at\s+|\s*艾特\s*|\s*@\s*)"
_DOT = r"(?:\s*(?:\(dot\)|\[dot\]|\{dot\}|<dot>)\s*|\s+dot\s+|\s*点\s*|\s*\.\s*)"
_LOCAL_DOT = r"(?:\s*(?:\(dot\)|\[dot\])\s*|\s+dot\s+|\s*点\s*|\.)"
_SPELLED_EMAIL = re.compile(
    rf"(?<![A-Za-z0-9_.])[A-Za-z0-9_%+-]+(?:{_LOCAL_DOT}[A-Za-z0-9_%+-]+){{0,3}}{_AT}"
    rf"[A-Za-z0-9-]+(?:{_DOT}[A-Za-z0-9-]+){{0,3}}{_DOT}(?:{_TLDS})(?![A-Za-z0-9])", re.I)

_MESSENGER = re.compile(
    r"(?:微信号?|微信账号|微信\s*ID|wechat(?:\s*id)?|weixin|QQ号?|QQ\s*number|telegram|电报|TG|skype|whatsapp|"
    r"line\s*id|signal|微博|weibo|抖音号?|小红书号?|钉钉号?|instagram|twitter|推特|facebook|脸书|snapchat|"
    r"discord|kakao(?:talk)?|viber|imessage|handle|username|user\s*name|用户名|昵称|账户名)"
    r"(?P<label>\s*(?:账号|帐号|号码|用户名|handle|username|account|ID|号))?"
    r"\s*(?P<intro>是|为|叫|:|：|=|is|was|it's|name is)?\s*(?:[“\"'‘(（]\s*)?"
    r"(?P<handle>@?[A-Za-z0-9][A-Za-z0-9_.\-]{1,31}[A-Za-z0-9_])(?![A-Za-z0-9_\-@])", re.I)
# Words that follow a messenger name but are not an ID ("on WeChat yesterday").
_NOT_HANDLES = {"yesterday", "today", "and", "or", "but", "the", "group", "groups", "message", "messages", "chat",
                "call", "calls", "video", "account", "accounts", "app", "pay", "post", "posts", "channel", "is",
                "was", "with", "from", "that", "this", "when", "after", "before", "again", "too", "also", "for",
                "about", "said", "says", "user", "users", "moments", "official", "group's", "then", "where"}


def find_emails(sh: str) -> list[Span]:
    """Written and spelled-out e-mail addresses in the shadow text."""
    found: list[Span] = [(*m.span(), "EMAIL") for m in _EMAIL.finditer(sh)]
    for m in _SPELLED_EMAIL.finditer(sh):
        value = m.group(0)
        if "@" in value and not re.search(r"\s|点|\bdot\b|\(|\[", value):
            continue  # a plain address: already found above
        found.append((*m.span(), "EMAIL"))
    return found


def find_handles(sh: str) -> list[Span]:
    """Messenger IDs announced by the messenger's name ("微信号是 hanxue_1990", "Telegram @mlopez")."""
    found: list[Span] = []
    for m in _MESSENGER.finditer(sh):
        handle = m.group("handle")
        if handle.lower().lstrip("@") in _NOT_HANDLES:
            continue
        if handle.isalpha() and not (m.group("label") or m.group("intro") or handle.startswith("@")):
            continue  # "signal strength", "Telegram channels": a word after the name, not an ID
        found.append((*m.span("handle"), "HANDLE"))
    return found

"""E-mail addresses (written, full-width or spelled out) and messenger IDs.

Why spelled-out forms: transcripts write what was said ("maria dot lopez at example dot com",
"hanxue 艾特 163 点 com"), and reporters copy addresses written to dodge spam filters
("wang [at] qq [dot] com"). Messenger IDs have no shape of their own (``hanxue_1990`` is just
a word), so they are found by the word that announces them: 微信/WeChat/QQ/Telegram/….
All finders run on the same-length shadow text from :func:`digits.shadow`, so full-width
characters are matched and spans are the original's.
"""

from __future__ import annotations

import itertools
import re

from desktop.engine.cloud.first_char import guarded

Span = tuple[int, int, str]

# (a domain typed with the ideographic full stop, 163。com, is the same address)
_EMAIL = re.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:[.。][A-Za-z0-9-]+)*[.。][A-Za-z]{2,}")
_TLDS = (r"com|org|net|edu|gov|mil|int|info|biz|io|co|me|tv|cc|app|dev|news|media|email|online|site|"
         r"cn|hk|tw|mo|jp|kr|sg|uk|us|ca|au|nz|de|fr|es|it|nl|se|no|dk|fi|ch|at|be|ie|pt|pl|ru|in|br|mx|za")
_AT = r"(?:\s*(?:\(at\)|\[at\]|\{at\}|<at>)\s*|\s+at\s+|\s*艾特\s*|\s*@\s*)"
# (a full stop with a space after it only between spaces, "gmail . com": "him at Barclays. In May" is a sentence)
_DOT = r"(?:\s*(?:\(dot\)|\[dot\]|\{dot\}|<dot>)\s*|\s+dot\s+|\s*点\s*|\s+[.。]\s+|[.。])"
_LOCAL_DOT = r"(?:\s*(?:\(dot\)|\[dot\])\s*|\s+dot\s+|\s*点\s*|\.)"

_DOMAIN = rf"[A-Za-z0-9-]+(?:{_DOT}[A-Za-z0-9-]+){{0,3}}{_DOT}"  # the labels before the top-level domain


def _spelled_email(at: str, tld: str) -> re.Pattern[str]:
    """A mailbox spelled out: local part, ``at``, the domain's labels and ``tld``, each dot written any way."""
    return re.compile(rf"(?<![A-Za-z0-9_.])[A-Za-z0-9_%+-]+(?:{_LOCAL_DOT}[A-Za-z0-9_%+-]+){{0,3}}{at}"
                      rf"{_DOMAIN}{tld}(?![A-Za-z0-9/])", re.I)


_SPELLED_EMAIL = _spelled_email(_AT, f"(?:{_TLDS})")
# "[at]" in brackets says an address is meant: any country's domain (example [dot] ng)
_BRACKETED_EMAIL = _spelled_email(r"\s*[(\[{<]at[)\]}>]\s*", r"[A-Za-z]{2,6}")

_MESSENGER = guarded(
    r"(?P<app>微信号?|微信號|微信账号|微信帳號|微信\s*ID|威信|薇信|(?-i:V信|VX|vx|WX|wx)|wechat(?:\s*id)?|weixin|"
    r"QQ号?|QQ號|QQ群|扣扣号?|企鹅号|QQ\s*number|telegram|电报|電報|(?-i:TG)|skype|whats\s?app|(?-i:LINE|Line)\s*ID|"
    r"(?-i:LINE|Line)|signal|viber|zalo|旺旺号?|微博|weibo|抖音号?|快手号?|小红书号?|钉钉号?|飞书|instagram|(?-i:IG)|twitter|推特|"
    r"facebook|脸书|臉書|snapchat|discord|kakao(?:talk)?|imessage|threads|tiktok|handle|username|user\s*name|"
    r"用户名|用戶名|昵称|暱稱|账户名|venmo|paypal|cash\s?app|cashtag|zelle|revolut|支付宝|支付寶|alipay)"
    r"(?:\s+(?:me|us)\b)?"  # "WeChat me: chen_li_88"
    r"(?P<label>\s*[(（]?\s*(?:账号|帳號|帐号|号码|號碼|用户名|handle|username|user\s*name|account|name|alias|ID|号|號))?"
    r"(?P<intro>\s*(?:是|为|為|叫|:|：|=|搜索?|添加|is|was|it's|name is|as|at|on)?)\s*(?:[“\"'‘(（「]\s*)?"
    r"(?P<handle>[@$]?[A-Za-z0-9][A-Za-z0-9_.\-]{1,31}[A-Za-z0-9_])(?![A-Za-z0-9_\-@])", re.I)
_ID_AFTER_COMMA = re.compile(r"\b(?:LINE|WeChat|Telegram|Signal|Kakao(?:Talk)?|Skype|Viber|QQ)[ \t]+ID,[ \t]*"
                             r"(?P<handle>[A-Za-z0-9][A-Za-z0-9_.\-]{1,31}[A-Za-z0-9_])(?![A-Za-z0-9_\-@])", re.I)
# Words that name a messenger but are ordinary English too ("the signal is weak", "a handle").
_AMBIGUOUS_APPS = {"signal", "line", "handle", "username", "user name", "threads", "ig", "tg"}
_WEAK_INTROS = {"", "is", "was", "it's", "as", "at", "on"}
# A messenger name that already says "the ID follows" (微信号, QQ号, WeChat ID).
_LABELLED_APP = re.compile(r"(?:号|號|\bid|number|账号|帳號)$", re.I)
# What only an ID looks like: an underscore, dot or @ inside, or letters mixed with digits.
_ID_LIKE = re.compile(r"[_.@]|[A-Za-z].*\d|\d.*[A-Za-z]")
# IDs with a shape of their own, found with no announcing word: Skype's live:…, WeChat's wxid_…,
# links to a Telegram, WhatsApp, LINE or Signal account, and @handles that are not e-mail.
_SHAPED_HANDLE = guarded(
    r"(?<![\w.:/])(?:(?-i:live|skype):[A-Za-z0-9][\w.\-]{1,40}[A-Za-z0-9_]"
    r"|wxid_[A-Za-z0-9_\-]{3,30}"
    r"|(?:https?://)?(?:www\.)?(?:t|telegram)\.me/[A-Za-z0-9_+]{3,40}"
    r"|(?:https?://)?(?:api\.)?wa\.me/\+?\d{6,15}"
    r"|(?:https?://)?line\.me/(?:R/)?(?:ti/p/)?~?[\w.\-@%]{3,40}"
    r"|(?:https?://)?signal\.me/#[\w/=+\-.]{3,120}"
    r"|(?:https?://)?u\.wechat\.com/[\w\-]{3,40}"
    # a LinkedIn, Facebook or Instagram profile path: linkedin.com/in/priyanka-iyer-sg
    r"|(?:https?://)?(?:[a-z]{2,3}\.)?(?:linkedin\.com/in/|(?:facebook|instagram)\.com/(?!(?:events|groups|pages|watch|"
    r"help|login|sharer?|marketplace|explore|p|reels?|stories|tv)\b))[\w.\-%]{3,100})", re.I)
# A channel of one's own (twitch.tv/jojoplaysbad, youtube.com/@KwameCooks, tiktok.com/@…), a Reddit user
# (u/knightfork_dad; r/chess, a forum, stays) and a Discord tag (shadowfox#4471; not PR#5678).
_CHANNEL = re.compile(r"(?:(?<=twitch\.tv/)|(?<=youtube\.com/)|(?<=tiktok\.com/))(?!(?:watch|shorts|playlist|results|embed|live|feed|channel|videos|directory)\b)"
                      r"(?:@|c/|user/)?[A-Za-z0-9_.\-]{3,30}"
                      r"|(?<![\w/])u/[A-Za-z0-9_\-]{3,20}|(?<![\w#])(?=[A-Za-z0-9_.]*[a-z])[A-Za-z0-9_.]{3,32}#\d{4}(?!\d)")
# A Bilibili or other platform's numeric user ID: B站用户…（UID 3493287116501872）
_UID = re.compile(r"(?<![A-Za-z])(?:UID|uid|用户ID|用戶ID)[ \t]*[:：]?[ \t]*(\d{5,19})(?!\d)")
# A comment thread's or a chat export's speaker by account name, at a line's start: "bigmike_77: lol"
# (a word with a digit, an underscore or a dot in it: no "Note:" or "Q:")
_THREAD_SPEAKER = re.compile(r"(?m)^[ \t]*(?=[a-z0-9_.]*[a-z])([a-z0-9][a-z0-9_.]{2,30})(?<![.])[ \t]*:(?=[ \t])")  # (not 10.30:)
# A bare @handle; only an ASCII word before the @ makes it a mailbox (账号@shenzhen_tipster is a handle).
_AT_HANDLE = re.compile(r"(?<![A-Za-z0-9_.%+\-@/])@[A-Za-z0-9_](?:[A-Za-z0-9_.\-]{0,30}[A-Za-z0-9_])?(?![\w@])")
# A Weibo/Douyin mention in Chinese (@江城老陈 发帖称): it ends at a space or punctuation.
_HAN_AT_HANDLE = re.compile(r"(?<![A-Za-z0-9_.%+\-@/])@[\u4e00-\u9fffA-Za-z0-9_\-]*[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9_\-]*"
                            r"(?=[\s，。、；：！？,.;:!?)）”’\"'」』]|$)")
_APPS_AFTER = r"微信号|微信號|微信|QQ|扣扣|Telegram|电报|電報|WeChat|Skype|LINE|WhatsApp|Signal|Viber|KakaoTalk|Kakao|Discord"
# An ID named after it: "hanxue_1990 是她的微信", "lily_w88 on WeChat", "827364519 (QQ)".
_HANDLE_THEN_APP = re.compile(
    r"(?<![A-Za-z0-9_.@\-])(?P<handle>@?[A-Za-z0-9][A-Za-z0-9_.\-]{1,31}[A-Za-z0-9_])"
    r"\s*(?:是|就是|为|is|was)?\s*(?:我|你|他|她|我们|他们|my|his|her|their|our)?\s*(?:的)?\s*"
    r"(?:\(|（|\bon\s+|\bvia\s+|\bfor\s+)?"
    rf"(?:{_APPS_AFTER})$", re.I)
_APP_AFTER_RE = guarded(rf"(?:{_APPS_AFTER})(?![A-Za-z])", re.I)
# A messenger that is also a plain word, written as the word (line, signal), after a number-word
# compound (24-hour, 5-bar, 10-minute): an adjective and its noun, not an ID and its app.
_ORDINARY_BEFORE_APP = re.compile(r"(?:line|signal) \d+(?:-[a-z]+)+$")
# What an ID named only after it must look like: lower-case letters with digits, an underscore,
# @ or a dotted name (COVID-19 and 2024 are not IDs).
_NAMED_ID = re.compile(r"[_@]|[a-z].*\d|\d.*[a-z]|[a-z]\.[a-z]")
# Words that follow a messenger name but are not an ID ("on WeChat yesterday").
_NOT_HANDLES = {"yesterday", "today", "and", "or", "but", "the", "group", "groups", "message", "messages", "chat",
                "call", "calls", "video", "account", "accounts", "app", "pay", "post", "posts", "channel", "is",
                "was", "with", "from", "that", "this", "when", "after", "before", "again", "too", "also", "for",
                "about", "said", "says", "user", "users", "moments", "official", "group's", "then", "where",
                "me", "him", "her", "them", "us", "you", "my", "his", "their", "our", "your"}


# "jdoe at gmail", "wangfang 艾特 qq": a mailbox named by its provider, with no domain ending.
_PROVIDER_EMAIL = re.compile(
    rf"(?<![A-Za-z0-9_.])[A-Za-z0-9_%+-]+(?:{_LOCAL_DOT}[A-Za-z0-9_%+-]+){{0,3}}{_AT}"
    r"(?:gmail|googlemail|hotmail|outlook|yahoo|icloud|protonmail|proton|qq|163|126|sina|sohu|foxmail|aliyun)"
    r"(?![A-Za-z0-9@])", re.I)


# Read out with 艾特 (@) in a transcript, the mailbox is often spaced syllables and numerals:
# "li xiao yu 六六 艾特 163 点 com". 艾特 says an address is meant, so spaces may split the local part.
_CN_NUMERALS = "零一二三四五六七八九幺两"
_SPOKEN_LOCAL_PART = rf"(?:[A-Za-z0-9_]+|[{_CN_NUMERALS}]+)"
_AITE_EMAIL = re.compile(
    rf"(?<![A-Za-z0-9_.{_CN_NUMERALS}]){_SPOKEN_LOCAL_PART}(?:[ ]{_SPOKEN_LOCAL_PART}){{0,5}}\s*艾特\s*"
    rf"{_DOMAIN}(?:{_TLDS})(?![A-Za-z0-9/])", re.I)


def _is_common_word(word: str) -> bool:
    from desktop.engine.cloud.names_en import is_common_word

    return len(word) < 3 or is_common_word(word)


# A mailbox named for a desk or a job, not a person (newsdesk@, press@, entries@): nobody's address, as a
# hotline is nobody's phone. Compared without dots, dashes and underscores (press.office@, news-desk@).
_ROLE_WORDS = """
press pressoffice news newsdesk desk tips editor editors letters info information contact contactus enquiries
inquiries office admin support help helpdesk service services customerservice hello media mediarelations
communications comms pr sales bookings reservations reception courts entries events feedback complaints noreply
webmaster jobs careers recruitment hr accounts billing membership foi dpo privacy legal pictures photos
zhaopin kefu planning consultation consultations licensing housing parking waste highways elections electoral
registrar admissions benefits council democratic services
"""
_ROLE_MAILBOXES = frozenset(_ROLE_WORDS.split())


def is_role_mailbox(address: str) -> bool:
    """A desk's mailbox: newsdesk@, press.office@, and a service's made of such words (planning.consultation@)."""
    local = address.split("@", 1)[0].lower()
    parts = [part for part in re.split(r"[._-]", local) if part]
    return re.sub(r"[._-]", "", local) in _ROLE_MAILBOXES or (len(parts) > 1 and all(p in _ROLE_MAILBOXES for p in parts))


def find_emails(sh: str) -> list[Span]:
    """Written and spelled-out e-mail addresses in the shadow text (a desk's mailbox stays)."""
    found: list[Span] = [(*m.span(), "EMAIL") for m in _EMAIL.finditer(sh) if not is_role_mailbox(m.group(0))]
    for m in _PROVIDER_EMAIL.finditer(sh):
        local = re.split(r"\s|艾特|\(|\[|@", m.group(0), maxsplit=1)[0]
        if "@" not in m.group(0) and not (local.isalpha() and _is_common_word(local)):
            found.append((*m.span(), "EMAIL"))  # "meeting at 163", "is at QQ": words, not a mailbox
    at = sh.find("艾特")
    while at >= 0:  # anchored on 艾特: the spaced form is tried only around one
        m = _AITE_EMAIL.search(sh, max(0, at - 60), at + 80)
        if m and m.start() <= at < m.end():
            found.append((*m.span(), "EMAIL"))
        at = sh.find("艾特", at + 2)
    bracketed = _BRACKETED_EMAIL.finditer(sh) if re.search(r"[(\[{<]at[)\]}>]", sh, re.I) else ()
    for m in itertools.chain(_SPELLED_EMAIL.finditer(sh), bracketed):
        value = m.group(0)
        if "@" in value and not re.search(r"\s|点|\bdot\b|\(|\[", value):
            continue  # a plain address: already found above
        plain_at = re.fullmatch(r"([A-Za-z]+) at [A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+", value)
        if plain_at and _is_common_word(plain_at.group(1).lower()):
            continue  # "reports can be filed at ic3.gov": a website after a verb, no mailbox
        found.append((*m.span(), "EMAIL"))
    return found


def _plain_word_after_colon(value: str, is_common_word) -> bool:
    """"live:the feed starts": a word after a colon, not a Skype ID."""
    head, sep, rest = value.partition(":")
    return bool(sep) and head.lower() in ("live", "skype") and rest.isalpha() and is_common_word(rest)


# The speaker of a chat export written as an account name: "[21:14] night_owl_77: …".
_CHAT_SPEAKER = re.compile(r"(?m)^[ \t]*[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]+(@?[A-Za-z0-9][A-Za-z0-9_.\-]{1,31})[ \t]*:"
                           # IRC style: "[09:14] <kay.lo> …"
                           r"|^[ \t]*[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]+<(@?[A-Za-z0-9][A-Za-z0-9_.\-]{1,31})>")
# "Instagram user nina.cooks", "TikTok account @x", "抖音搜“阿芳手作”": an account on a named platform.
_PLATFORM_USER = guarded(r"(?:Instagram|IG|TikTok|Threads|Twitter|Snapchat|Telegram|Facebook|YouTube|Reddit)"
                         r"[ \t]+(?:user|account|handle|username|channel)[ \t]+(?P<handle>[A-Za-z0-9][A-Za-z0-9_.]{1,29}"
                         r"[A-Za-z0-9_])(?![A-Za-z0-9_@])", re.I)
_HAN_PLATFORM = re.compile(r"(?:抖音|快手|小红书|小紅書|微博|视频号|視頻號|B站|淘宝|淘寶|闲鱼|拼多多)(?:上的?)?(?:搜索?|账号|帳號|号|號|"
                           r"店铺|店舖|昵称|暱稱|ID)(?:叫|是|为|為)?"
                           r"[：:]?\s*[“\"「『](?P<handle>[^”\"」』\n]{2,20})[”\"」』]")


# "通过 KakaoTalk 联系，ID 是 mina_k88": an account ID announced after the messenger was named.
_LATER_ID = guarded(r"(?:(?<![A-Za-z])ID|账号|帳號|帐号|用户名|用戶名)\s*(?:是|为|為|:|：|\bis\b)\s*[“\"'‘]?"
                    r"(?P<handle>[A-Za-z0-9][A-Za-z0-9_.\-]{1,31}[A-Za-z0-9_])(?![A-Za-z0-9_\-@])", re.I)
# An account name no word has: letters, an underscore and digits ("rider_wang0311").
_STRONG_ID = re.compile(r"[A-Za-z]_[A-Za-z]*\d|[A-Za-z]\d*_\d")
_ANY_APP = re.compile(rf"(?:{_APPS_AFTER}|Instagram|Facebook|Snapchat|TikTok|抖音|快手|小红书|微博|Weibo)", re.I)


def find_handles(sh: str) -> list[Span]:
    """Messenger IDs: announced by the messenger's name ("微信号是 hanxue_1990", "Telegram @mlopez",
    "my Skype is live:kwame.osei") or with a shape of their own (``t.me/…``, ``wxid_…``, ``@…``)."""
    from desktop.engine.cloud.names_en import is_common_word

    found: list[Span] = [(*m.span(), "HANDLE") for m in _SHAPED_HANDLE.finditer(sh)
                         if not _plain_word_after_colon(m.group(0), is_common_word)]
    # "his LINE ID, somchai.r88, to …": an ID set off by commas after the messenger's "ID"
    found += [(*m.span("handle"), "HANDLE") for m in _ID_AFTER_COMMA.finditer(sh) if _ID_LIKE.search(m.group("handle"))]
    found += [(*m.span(), "HANDLE") for m in _AT_HANDLE.finditer(sh)]
    if "ID" in sh or "uid" in sh:
        found += [(*m.span(1), "HANDLE") for m in _UID.finditer(sh)]
    if "/" in sh or "#" in sh:
        found += [(*m.span(), "HANDLE") for m in _CHANNEL.finditer(sh)]
    found += [(*m.span(1), "HANDLE") for m in _THREAD_SPEAKER.finditer(sh) if re.search(r"[\d_.]", m.group(1))]
    found += [(*m.span(g), "HANDLE") for m in _CHAT_SPEAKER.finditer(sh) for g in (1, 2)
              if m.group(g) and _NAMED_ID.search(m.group(g))]
    found += [(*m.span("handle"), "HANDLE") for m in _PLATFORM_USER.finditer(sh) if _NAMED_ID.search(m.group("handle"))]
    found += [(*m.span("handle"), "HANDLE") for m in _HAN_PLATFORM.finditer(sh)]
    found += [(*m.span(), "HANDLE") for m in _HAN_AT_HANDLE.finditer(sh) if 3 <= len(m.group(0)) <= 21]
    found += [(*m.span("handle"), "HANDLE") for m in _LATER_ID.finditer(sh)
              if _NAMED_ID.search(m.group("handle")) and (_ANY_APP.search(sh, max(0, m.start() - 60), m.start())
                                                          or _STRONG_ID.search(m.group("handle")))]
    for app_match in _APP_AFTER_RE.finditer(sh):  # anchored on the messenger's name: cheap on long text
        m = _HANDLE_THEN_APP.search(sh, max(0, app_match.start() - 48), app_match.end())
        if m is None:
            continue
        handle, app = m.group("handle"), m.group(0)[m.end("handle") - m.start():].lower()
        qq_number = handle.isdigit() and len(handle) >= 5 and ("qq" in app or "扣扣" in app)
        if _ORDINARY_BEFORE_APP.match(app_match.group(0) + " " + handle):
            continue  # "call our 24-hour line", "a 5-bar signal": a word before a word
        if qq_number or _NAMED_ID.search(handle):
            found.append((*m.span("handle"), "HANDLE"))
    for m in _MESSENGER.finditer(sh):
        handle = m.group("handle")
        app = re.sub(r"\s+", " ", m.group("app").lower())
        intro = m.group("intro").strip().lower()
        labelled = bool(m.group("label")) or _LABELLED_APP.search(app) is not None
        if handle.lower().lstrip("@") in _NOT_HANDLES:
            continue
        if handle.isalpha() and not (labelled or intro or handle.startswith(("@", "$"))):
            continue  # "signal strength", "Telegram channels": a word after the name, not an ID
        weak = intro in _WEAK_INTROS and not labelled
        if weak and app in _AMBIGUOUS_APPS and not _ID_LIKE.search(handle):
            continue  # "the signal is weak", "Line 105 opens"
        if weak and handle.isalpha() and is_common_word(handle):
            continue  # "her WeChat is down"
        start = m.start("handle")
        if sh[m.end("handle"):m.end("handle") + 1] == ":" and _SHAPED_HANDLE.match(sh, start):
            continue  # "Skype live:kwame.osei": the shaped finder has the whole ID
        found.append((start, m.end("handle"), "HANDLE"))
    return sorted({span for span in found if not _official_account(sh[span[0]:span[1]])
                   and not _OFFICIAL_BEFORE.search(sh, max(0, span[0] - 30), span[0])})


# An organisation's own account (@北京地铁, @中国驻英国使馆, @gmpolice) is public, like its hotline.
_OFFICIAL_ZH = re.compile(r"(?:地铁|使馆|领事馆|总领馆|公安|警方|警察|交警|消防|发布|政府|官微|官方|日报|晚报|新闻|电视台|卫视|"
                          r"医院|大学|银行|集团|公司|法院|检察院|气象台?|铁路|航空|机场|博物馆|图书馆|网信办|共青团|"
                          r"新华社|人民网|央视|[局委厅署])$")
_OFFICIAL_EN = re.compile(r"police|council|\bgov|gov(?:uk|\b)|nhs|official|embassy|ministry", re.I)


# "shared by the paper's official account @HiloTribuneNews", "官方账号 @…": said to be an organisation's
_OFFICIAL_BEFORE = re.compile(r"(?:\bofficial (?:account|handle|page|channel|feed)|官方账号|官方帐号|官方微博|官方抖音|"
                              r"官方[ \t]*(?:Instagram|Facebook|Twitter|X|TikTok|YouTube))"
                              r"[ \t]*[:：,，]?[ \t]*$", re.I)


def _official_account(handle: str) -> bool:
    if not handle.startswith("@"):
        return False
    return bool(_OFFICIAL_ZH.search(handle) or _OFFICIAL_EN.search(handle[1:]))

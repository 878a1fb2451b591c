"""ID numbers, bank cards and phone numbers in every way people write and say them.

Why a "shadow" text: a reporter's notes write the same number as ``13812345678``,
``138 1234 5678``, ``１３８１２３４５６７８`` (full-width, from a Chinese IME) or, read out in an
interview, ``一三八，一二三四，五六七八``. :func:`shadow` maps each of those characters to one
ASCII character *in place* (same length, same offsets), so one scanner finds them all and the
spans it reports are spans of the original text.

The scanner joins digit groups split by a space, hyphen, dot or bracket into one run and
classifies the run by what its digits are (an ID passes GB 11643, a card passes Luhn, a phone
has the shape of a Chinese, NANP, national trunk-prefixed or ``+``-international number: see
:mod:`phones`) and by the words around it (电话/電話/phone/WhatsApp make any 7–15 digits a
phone; 订单号/case/flight make a number public, 热线/hotline keep it public). Public numbers stay:
hotlines (110, 12345, 400-/800-, toll-free), case, order and bill numbers, flight numbers.
Numbers read out in English words come from :mod:`spoken`; an extension ("ext. 204", "转 8021")
goes with its phone.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from desktop.engine.cloud import accounts, phones, spoken
from desktop.engine.core.text import HAN_CHAR

Span = tuple[int, int, str]
# A number that is public (a hotline, a toll-free line, a labelled case or order number): kept
# whole, so no shorter window of its digits is taken for a phone either.
PUBLIC = "PUBLIC"

# 两 is how 2 is read out in a number (一八六 两零七三); like every numeral here it counts only
# inside a run of four or more (两个, 两三天 stay words).
_CN_DIGITS = {"零": "0", "〇": "0", "○": "0", "一": "1", "幺": "1", "二": "2", "两": "2", "兩": "2", "三": "3", "四": "4",
              "五": "5", "六": "6", "七": "7", "八": "8", "九": "9",
              # the financial forms (壹贰叁), simplified and traditional
              "壹": "1", "贰": "2", "貳": "2", "叁": "3", "參": "3", "肆": "4", "伍": "5", "陆": "6",
              "陸": "6", "柒": "7", "捌": "8", "玖": "9"}
# Separators people put between Chinese numerals read out one by one.
_CN_SEPARATORS = "，、,  -－—…"


def shadow(text: str) -> str:
    """``text`` with full-width ASCII folded and runs of spoken Chinese digits turned into ASCII.

    Same length as ``text``. Chinese numerals are converted only inside a run of at least four
    (``一个`` stays a word; ``一三九零`` is a number being read out).
    """
    chars = [chr(ord(ch) - 0xFEE0) if "\uff01" <= ch <= "\uff5e" else
             ("-" if ch in "－—" else " " if ch == "\u3000" else ch) for ch in text]
    chars = list(fold_ocr_digits("".join(chars)))
    i, n = 0, len(text)
    while i < n:
        if text[i] not in _CN_DIGITS:
            i += 1
            continue
        j, count, last = i, 0, i
        while j < n and (text[j] in _CN_DIGITS or (text[j] in _CN_SEPARATORS and count
                                                    and _group_follows(text, j + 1))):
            if text[j] in _CN_DIGITS:
                count += 1
                last = j
            j += 1
        if count >= 4:
            for k in range(i, last + 1):
                chars[k] = _CN_DIGITS.get(text[k], " ")
        i = max(j, i + 1)
    return "".join(chars)


# A number read by OCR from a scan: O for 0, I or l for 1 (Te1: O7911 2I8 433, 路5l2号 l203室). Only
# a token of digits and those letters alone, with two digits or more, is a misread number.
_OCR_TOKEN = re.compile(r"(?<![A-Za-z0-9])[0-9OIl]*[0-9][OIl][0-9OIl]*(?![A-Za-z0-9])"
                        r"|(?<![A-Za-z0-9])[0-9OIl]*[OIl][0-9][0-9OIl]*(?![A-Za-z0-9])")
_OCR_TABLE = str.maketrans("OIl", "011")


def _ocr_fix(m: re.Match[str]) -> str:
    token = m.group(0)
    unit = m.string[m.end():m.end() + 1] in "号號室栋棟楼樓层層"  # 5O号: a house number, read as such
    if (len(token) < 3 or sum(ch.isdigit() for ch in token) < 2) and not unit:
        return token
    return token.translate(_OCR_TABLE)


_OCR_HINT = re.compile(r"\d[OIl]|[OIl]\d")


def fold_ocr_digits(text: str) -> str:
    """``text`` with OCR-misread digits inside numbers put right; same length."""
    return _OCR_TOKEN.sub(_ocr_fix, text) if _OCR_HINT.search(text) else text


def _group_follows(text: str, i: int) -> bool:
    """After a separator, another spoken group continues the number: three numerals or more, or
    two that end there. "四五六七，一个人" and "九九四二，两三天后" end at the comma."""
    while i < len(text) and text[i] == " ":
        i += 1
    k = i
    while k < len(text) and text[k] in _CN_DIGITS and k - i < 3:
        k += 1
    return k - i >= 3 or (k - i == 2 and (k >= len(text) or not HAN_CHAR.match(text[k])))


_PHONE_WORDS = re.compile(r"(?:电话|電話|手机|手機|号码|號碼|座机|座機|联系方式|聯絡|联络|聯繫|致电|致電|拨打|撥打|打给|"
                          r"来电|來電|短信|簡訊|传真|傳真|携帯|固定電話|whats\s?app|viber|\bsignal\b|"
                          r"\bcall(?:ed)?|\bphone|\btel\b|\btel\.|\btél|\btelefon|\bhandy\b|\bmob(?:ile)?\b|"
                          r"\bcell|\bfax|\btext(?:ed)?|\bdial(?:led)?|(?<!company )\bnumber(?: in [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)?|\breach (?:her|him|them|me|us)\b|\breached\b|\breachable\b|"
                          r"\bring|(?-i:\bHP\b))[^\d]{0,12}$", re.I)  # HP: a "handphone" in Singapore and Malaysia
# A label just after the number: "9123 4567 (mobile)", "6552 1234（座机）".
_PHONE_AFTER = re.compile(r"^\s*[(（]?\s*(?:mobile|cell|phone|landline|home|office|work|手机|手機|电话|電話|座机|座機)",
                          re.I)
# An extension after a phone number: "ext. 204", "x 33", "转 8021", "分机 12".
_EXTENSION = re.compile(r"[,，]?\s*(?:ext\.?|extn\.?|extension|x|转|轉|分机|分機|内线|內線|#)\s*\d{1,6}(?!\d)", re.I)
_POSING = re.compile(r"自称|冒充|假冒|谎称|假扮|claim(?:ed|ing|s)? to be|pos(?:ed|ing|es) as|pretend(?:ed|ing|s)? to be", re.I)
_CVV = re.compile(r"(?:\bCVV|\bCVC|\bCSC|安全码)\W{0,3}$", re.I)
_ID_WORDS = re.compile(r"(?:身份证|身份證|身分證|证件号|證件號|身份号|公民身份|护照|護照|\bID\b|\bI\.D\.|identity|passport|"
                       r"\bSSN\b|social security|national insurance)", re.I)
_CARD_WORDS = re.compile(r"(?:卡号|银行卡|信用卡|储蓄卡|借记卡|账号|帐号|账户|帐户|\bcard\b|\baccount\b|\biban\b|"
                         r"sort code|routing|\bABA\b|\bBSB\b|\bSWIFT\b|\bCVV\b|\bCVC\b|\bCSC\b|安全码|"
                         r"帳號|帳戶|賬號|賬戶|信用卡號)", re.I)
# Labels that make a number public or non-personal: keep it.
_PUBLIC_WORDS = re.compile(r"(?:热线|服务电话|客服|报警|急救|案号|案件|单号|订单|运单|快递|发票|票号|编号|合同号|航班|"
                           r"车次|批号|文号|序号|工单|\bhotline\b|\bcase\b|\border\b|\binvoice\b|\bflight\b|\bbill\b|"
                           r"\btracking\b|\bref(?:erence)?\b|\bticket\b|\bdocket\b|\bfile no|\bISBN|\bISSN|\bDOI\b|"
                           r"\bpatent\b|\bserial\b|\bmodel\b|\bpostcode\b|\bzip\b|\bIMO\b|\bversion\b|邮编|郵編|"
                           r"(?-i:\bPO\b)|purchase order|采购单|采购订单)", re.I)
# A line an organisation publishes: public even though it is a phone number.
_HOTLINE_WORDS = re.compile(r"(?:热线|熱線|客服|总机|總機|公开电话|公開電話|对外电话|官方电话|服务电话|服務電話|举报电话|舉報電話|监督电话|監督電話|求助电话|援助电话|报警|急救|\bhotline|"
                            r"\bhelpline|\bswitchboard|\bcall cent(?:er|re)|\bcustomer service|"
                            # an embassy's or a service's round-the-clock line: 24 小时电话, 24-hour line
                            r"24 ?(?:小时|小時)(?:值班|服务|服務)?(?:电话|電話)|\b24[- ]hours? (?:line|number|phone))", re.I)
_ENQUIRY = re.compile(r"(?:查询|查詢|咨询|諮詢|预约|預約|\benquir(?:y|ies)|\binquir(?:y|ies)|\bbookings?\b|"
                      r"\bpress office|\bswitchboard|\bnewsdesk|\bmedia (?:line|desk|team)|\bbox office|"
                      r"\bcouncil['’]s (?:\w+ )?(?:line|helpline|number|office|team|desk))"
                      r"[^\d]{0,20}$", re.I)
# The name of a public body or unit right before a number, a phone label at most between
# (…消防救援站：0571-…, 派出所电话 0571-…): the body's own line if it is a landline; a mobile, or a
# number after a person (派出所民警李强：…) or a room (办公室座机), stays masked.
_BODY_BEFORE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:大队|中队|支队|派出所|公安局|分局|交警队|法院|检察院|医院|卫生院|居委会|村委会|街道办事处|"
                          r"街道办|管委会|委员会|办事处|服务中心|管理处|工作处|学生处|教务处|管理局|教育局|民政局|税务局|监管局|"
                          r"消防救援站|消防站|海关|信访办|人民政府|宣传部|新闻办|新闻中心|指挥部)[ \t]*(?:的)?"
                          r"(?:值班|办公|联系|咨询|报警|举报|投诉|服务)?(?:电话|座机|号码)?(?:是|为)?[ \t]*[：:]?[ \t]*$")

_GROUP = re.compile(r"\d+")
# What may sit between two digit groups of one number.
_GAP = re.compile(r"(?: ?[-.·] ?| |\) ?|\( ?| ?\)\(?| \()")


def _groups(sh: str) -> Iterator[list[tuple[int, int]]]:
    """Runs of digit groups in the shadow text, each group as (start, end)."""
    run: list[tuple[int, int]] = []
    for m in _GROUP.finditer(sh):
        if run and m.start() - run[-1][1] <= 3 and not _thousands(sh, run[-1]) \
                and (_GAP.fullmatch(sh, run[-1][1], m.start()) or _ocr_spaced(sh, run[-1], m)
                     or _wrapped(sh, run[-1], m)):
            run.append(m.span())
            continue
        if run:
            yield run
        run = [m.span()]
    if run:
        yield run


_LINE_BREAK = re.compile(r"-?[ \t]*\n[ \t]*")


def _wrapped(sh: str, last: tuple[int, int], m: re.Match[str]) -> bool:
    """A number broken across a line ("136 0298⏎5517", "312-555-⏎0148"): its last four digits below."""
    return last[1] - last[0] in (3, 4) and m.end() - m.start() == 4 and bool(_LINE_BREAK.fullmatch(sh, last[1], m.start()))


def _thousands(sh: str, group: tuple[int, int]) -> bool:
    """The last three digits of an amount ("26,400"): no number goes on from them ("26,400 159-…")."""
    start, end = group
    return end - start == 3 and start >= 2 and sh[start - 1] in ",，" and sh[start - 2].isdigit()


def _ocr_spaced(sh: str, last: tuple[int, int], m: re.Match[str]) -> bool:
    """"1 3 8  5 3 2 1  7 7 0 6": digits spaced one by one (OCR, a form typed in boxes) with a wider
    gap between the groups. Only between single digits, so two numbers in columns stay apart."""
    return last[1] - last[0] == 1 and m.end() - m.start() == 1 and sh[last[1]:m.start()] == "  "


_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _birth_date_ok(number: str) -> bool:
    month, day = int(number[10:12]), int(number[12:14])
    return 1 <= month <= 12 and 1 <= day <= 31 and number[6:8] in ("18", "19", "20")


def cn_id_ok(number: str) -> bool:
    """GB 11643 check: 17 digits, a check character, and a plausible birth date."""
    number = number.upper()
    if len(number) != 18 or not number[:17].isdigit() or not _birth_date_ok(number):
        return False
    total = sum(int(d) * w for d, w in zip(number[:17], _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11] == number[17]


_OR_EMERGENCY = re.compile(r"[ \t]*(?:or|或|或者|及)[ \t]*(?:999|911|110|112|000|101|111|119|120)(?!\d)", re.I)


@dataclass(frozen=True)
class _Labels:
    """What the words before a number say about it (computed once per position: the scanner
    tries several windows of digits that start at the same place)."""

    id_word: bool
    card_word: bool
    cvv: bool
    phone_word: bool
    public: bool  # a public label (case, order, hotline…) that no phone or card word overrides
    hotline: bool
    enquiry: bool  # "预约咨询请拨打", "查询：", "for enquiries call": a desk's line if it is a landline
    body: bool  # "…派出所：": a public body's line if it is a landline


@lru_cache(maxsize=4096)
def _labels(before: str, near: str, wide: str = "") -> _Labels:
    # "case number 2024 118553": the label is "case"; "number" alone does not make it a phone.
    label = re.sub(r"\bnumber\b|\bno\.|号码(?!显示)|號碼(?!顯示)", "", before, flags=re.I)  # (号码显示为: a caller's)
    card = _CARD_WORDS.search(before) is not None
    public = _PUBLIC_WORDS.search(before) is not None and not (_PHONE_WORDS.search(label) or _CARD_WORDS.search(label))
    return _Labels(id_word=_ID_WORDS.search(before) is not None, card_word=card,
                   cvv=card and _CVV.search(before) is not None,
                   phone_word=_PHONE_WORDS.search(near or before) is not None, public=public,
                   hotline=_last(_HOTLINE_WORDS, before) > _last(_CARD_WORDS, before) and not _POSING.search(wide or near),
                   enquiry=_ENQUIRY.search(wide or near or before) is not None, body=_BODY_BEFORE.search(before) is not None)


def _last(pattern: re.Pattern[str], text: str) -> int:
    """Where the last match of ``pattern`` ends (-1: none). The label nearest the number wins:
    in "自称银行客服，让她把卡号…" the number is a card, not the hotline mentioned before it."""
    return max((m.end() for m in pattern.finditer(text)), default=-1)


def _classify(digits: str, lengths: list[int], before: str, *, plus: bool, brackets: bool,
              x_suffix: bool, near: str = "", after: str = "", wide: str = "") -> str | None:
    """``before``: the 14 characters before the number (ID, card and public labels);
    ``near``: the 28 before it ("WhatsApp me on …"); ``wide``: the 40 before it ("the press office can
    be reached on …"); ``after``: what follows it."""
    n = len(digits)
    ctx = _labels(before, near, wide)
    if n == 17 and x_suffix and (cn_id_ok(digits + "X") or (ctx.id_word and _birth_date_ok(digits))):
        return "ID"
    if n == 18 and (cn_id_ok(digits) or (ctx.id_word and _birth_date_ok(digits))):
        return "ID"
    if n == 15 and ctx.id_word:
        return "ID"  # first-generation ID numbers (before 1999) have 15 digits and no check digit
    mobile = re.fullmatch(r"(?:86)?1[3-9]\d{9}", digits) is not None
    # 07700 900 123 is a UK mobile, though 0770 is also a Chinese area code (written 0770-2661338)
    uk_mobile = not plus and re.fullmatch(r"07\d{9}", digits) is not None and lengths[0] != 4
    # "call Sioux Falls Police at 605-367-7000 or 911", "請致電 2860 2000 或 999": the line given beside the
    # emergency number in an appeal is the force's (not a mobile: 07…, or 8 digits from 5, 8 or 9)
    beside_emergency = _OR_EMERGENCY.match(after) is not None and not (mobile or uk_mobile or
                                                                       re.fullmatch(r"[589]\d{7}", digits))
    if (ctx.hotline and not mobile) or ctx.public or beside_emergency or \
            ((ctx.enquiry or ctx.body) and not uk_mobile and phones.is_fixed_line(digits, plus)):
        return PUBLIC  # a mobile is somebody's, whatever the label
    # 186-6392-0471 is a Chinese mobile, not North America's 1-866 freephone: written solid or grouped
    # 3-4-4, a mobile's shape wins
    chinese_mobile = mobile and (lengths[0] == 3 or lengths == [11])
    if digits in phones.HOTLINES or re.fullmatch(r"(?:400|800)\d{7}", digits) or re.fullmatch(r"95\d{3}", digits) \
            or (phones.is_toll_free(digits, lengths) and not chinese_mobile) or phones.is_service_line(digits, lengths):
        return PUBLIC
    if ctx.card_word and (6 <= n <= 19 or (n in (3, 4) and ctx.cvv)):
        return "CARD"  # account and card numbers, sort codes (20-00-00), a card's security code
    if 13 <= n <= 19 and luhn_ok(digits) and len(set(digits)) > 1 and not plus and not digits.startswith("0"):
        return "CARD"
    if 7 <= n <= 15 and phones.shape(digits, lengths, plus, brackets):
        return "PHONE"
    if 7 <= n <= 15 and (ctx.phone_word or _PHONE_AFTER.match(after) is not None):
        return "PHONE"
    if lengths == [3, 2, 4] and not digits.startswith(("000", "666", "9")):
        return "ID"  # a US social security number, 123-45-6789
    if 6 <= n <= 20 and ctx.id_word:
        return "ID"
    return None


def find_numbers(text: str, sh: str | None = None) -> list[Span]:
    """``(start, end, kind)`` for IDs, cards and phones; kinds "ID", "CARD", "PHONE"."""
    sh = shadow(text) if sh is None else sh
    found: list[Span] = []
    for run in _groups(sh):
        found.extend(_best_windows(text, sh, run))
    found.extend(_spoken_numbers(text))
    return found


def _spoken_numbers(text: str) -> list[Span]:
    """Numbers read out in English words. Ten digits or more read one by one are a number
    somebody was meant to write down: a phone unless they classify as an ID or card."""
    out: list[Span] = []
    for start, end, digits, plus in spoken.find_spoken(text):
        kind = _classify(digits, [len(digits)], text[max(0, start - 14):start], plus=plus, brackets=False,
                         x_suffix=False, near=text[max(0, start - 28):start], after=text[end:end + 12])
        if kind is None and len(digits) >= 10:
            kind = "PHONE"
        if kind is not None and kind != PUBLIC:
            out.append((start, end, kind))
    return out


_MAX_GROUPS = 20
# Capital letters and a hyphen just before the digits: a reference code, unless they say "phone".
_CODE_PREFIX = re.compile(r"(?<![A-Za-z0-9])([A-Z]{1,5})-$")
_PHONE_PREFIX = re.compile(r"TEL|TELE|PH|PHONE|MOB|MOBILE|CELL|FAX|WA|HP", re.I)


def _best_windows(text: str, sh: str, run: list[tuple[int, int]]) -> list[Span]:
    """Classify the whole run, else the longest windows of consecutive groups that classify."""
    out: list[Span] = []
    i, n = 0, len(run)
    first = run[0][0]
    if n >= 2 and first and sh[first - 1].isascii() and sh[first - 1].isalpha():
        return out  # "1Z 4F8 W23 03 8817 2045": the digits go on an alphanumeric code, not a number
    code = _CODE_PREFIX.search(sh, max(0, first - 6), first)
    if code and not _PHONE_PREFIX.fullmatch(code.group(1)):
        return out  # "RM-88213-44", "CLM-0093-7715": a reference code with a letter prefix
    while i < n:
        # No number to hide is longer than 20 digits (or groups, read out one digit at a time):
        # wider windows cannot classify, and trying them all would make "1 2 3 4 …" quadratic.
        widest, digits_seen = i, 0
        while widest < n and widest - i < _MAX_GROUPS and digits_seen + run[widest][1] - run[widest][0] <= 20:
            digits_seen += run[widest][1] - run[widest][0]
            widest += 1
        for j in range(max(widest, i + 1), i, -1):
            span = _classify_window(text, sh, run[i:j])
            if span is not None:
                if span[2] != PUBLIC:
                    out.append(span)
                i = j
                break
        else:
            i += 1
    return out


def _classify_window(text: str, sh: str, window: list[tuple[int, int]]) -> Span | None:
    start, end = window[0][0], window[-1][1]
    total = sum(b - a for a, b in window)
    if total < 6 and not (total >= 3 and _CVV.search(text, max(0, start - 14), start)):
        return None  # too short for anything but a card's security code: skip the checks below
    if (start and ((sh[start - 1].isalnum() and sh[start - 1].isascii()) or sh[start - 1] in "_@/")) or \
            (end < len(sh) and sh[end] in "_@/"):
        return None  # part of a word, a code like CA1234, a handle or an e-mail
    if (start >= 2 and sh[start - 1] == "." and sh[start - 2].isdigit()) or \
            (end + 1 < len(sh) and sh[end] == "." and sh[end + 1].isdigit()):
        return None  # the tail of a decimal or a version number (10.0.19045.3803)
    plus, brackets = False, start >= 1 and sh[start - 1] == "("
    lead = start - 1 if brackets else start
    if lead >= 1 and sh[lead - 1] == "+":
        plus, lead = True, lead - 1
    elif lead >= 2 and sh[lead - 2:lead] == "+ ":
        plus, lead = True, lead - 2
    if plus and lead >= 1 and sh[lead - 1] == "(" and len(window) > 1 and ")" in sh[window[0][1]:window[1][0]]:
        brackets, lead = True, lead - 1  # "(+86) 188-1024-6673": the bracket opens the country code
    inner = any(")" in sh[a[1]:b[0]] for a, b in itertools.pairwise(window))
    brackets = brackets or inner
    x_suffix = end < len(sh) and sh[end] in "Xx" and not (end + 1 < len(sh) and sh[end + 1].isalnum()
                                                          and sh[end + 1].isascii())
    extension = end + 1 < len(sh) and sh[end] in "xX" and sh[end + 1].isdigit()
    if end < len(sh) and sh[end].isascii() and sh[end].isalpha() and not (x_suffix or extension):
        return None  # 5G, 3rd, 12kg: a measurement, not a number to hide
    digits = "".join(sh[a:b] for a, b in window)
    lengths = [b - a for a, b in window]
    kind = _classify(digits, lengths, text[max(0, lead - 14):lead], plus=plus, brackets=brackets, x_suffix=x_suffix,
                     near=text[max(0, lead - 28):lead], wide=text[max(0, lead - 40):lead], after=sh[end:end + 12])
    if kind != PUBLIC and accounts.is_account(digits, lengths, "".join(sh[a[1]:b[0]].strip()[:1]
                                                                      for a, b in itertools.pairwise(window))):
        kind = "CARD"  # a bare sort code and account (20-45-18 73046291), a routing and account number
    if sh[lead:start] == "(" and not inner and sh[end:end + 1] == ")":
        lead = start  # "office (094 902 4444)": brackets around the whole number stay outside it
    if kind is None or kind == PUBLIC:
        return None if kind is None else (lead, end, PUBLIC)
    if kind == "ID" and x_suffix and len(digits) == 17:
        end += 1
    if kind == "PHONE" and (ext := _EXTENSION.match(sh, end)):
        end = ext.end()
    return lead, end, kind

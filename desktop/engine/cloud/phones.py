"""Whether a run of digits is a phone number: international, national, or named as one.

Why several regions: a reporter's notes hold a London source's ``07700 900123``, a Paris
office's ``01 42 68 53 00`` and a Tokyo mobile ``090-1234-5678``, none with a country code.
A number that starts with a trunk prefix (``0``) and is a valid (or, for mobile ranges,
possible) number of one of :data:`TRUNK_REGIONS` is a phone on its shape alone: years,
prices and counts never start with ``0`` and have 9–12 digits. Numbers without a trunk prefix
are ambiguous (``2024 2025`` is a valid Hong Kong number), so they count only in a shape no
ordinary figure has (NANP ``212-555-0187``, an Indian mobile ``98765 43210``) or after a word
that announces a phone (电话, 電話, phone, WhatsApp…), which :mod:`digits` checks.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Regions whose national numbers start with the trunk prefix 0.
TRUNK_REGIONS = ("GB", "DE", "FR", "AU", "JP", "IN", "CN", "TW", "KR", "NZ", "IE", "NL", "BE")
# Mobile ranges by shape, for numbers phonenumbers calls possible but not valid (Ofcom's drama
# range 07700 900xxx, Australia's 0491 570 xxx): still somebody's mobile in a story.
_MOBILE_SHAPES = re.compile(r"07\d{9}|04\d{8}|0[67]\d{8}|01[5-7]\d{8,9}|0[789]0\d{8}|0[6-9]\d{9}")
# North American toll-free codes: businesses' public lines, like China's 400/800 numbers.
_NANP_TOLL_FREE = re.compile(r"1?8(?:00|33|44|55|66|77|88)\d{7}")
_UK_FREEPHONE = re.compile(r"080[08]\d{6,7}")


# Short numbers of emergency and public services, and banks' and carriers' service lines.
HOTLINES = {"110", "119", "120", "122", "12345", "12315", "12306", "12110", "12320", "12333", "12348",
            "12358", "12365", "12369", "12388", "10086", "10010", "10000", "95588", "95555", "95533",
            "95566", "95599", "911", "999", "112", "000"}

def _phonenumbers():
    try:
        import phonenumbers
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    return phonenumbers


@lru_cache(maxsize=4096)
def valid_international(number: str) -> bool:
    """``+`` and digits (a ``(0)`` trunk inside already removed or tolerated)."""
    lib = _phonenumbers()
    if lib is None:  # pragma: no cover - a length check still protects
        return 8 <= len(number) <= 16
    try:
        parsed = lib.parse(number, None)
    except lib.NumberParseException:
        return False
    if lib.is_possible_number(parsed):
        return True
    # "+44 (0)20 7946 0958": the national 0 written after the country code.
    code = str(parsed.country_code)
    rest = number[1 + len(code):]
    return rest.startswith("0") and valid_international(f"+{code}{rest[1:]}")


@lru_cache(maxsize=4096)
def valid_national(digits: str) -> bool:
    """A trunk-prefixed national number of one of :data:`TRUNK_REGIONS`."""
    if not (digits.startswith("0") and digits[1:2] != "0" and 9 <= len(digits) <= 12):
        return False
    lib = _phonenumbers()
    if lib is None:  # pragma: no cover
        return True
    possible = False
    for region in TRUNK_REGIONS:
        try:
            parsed = lib.parse(digits, region)
        except lib.NumberParseException:
            continue
        if lib.is_valid_number(parsed):
            return True
        possible = possible or lib.is_possible_number(parsed)
    return possible and _MOBILE_SHAPES.fullmatch(digits) is not None


@lru_cache(maxsize=4096)
def valid_with_country_code(digits: str) -> bool:
    """"852 9123 4567", "(44) 20 7946 0958": a country code written without its +. Strictly valid only."""
    lib = _phonenumbers()
    if lib is None:  # pragma: no cover
        return False
    try:
        parsed = lib.parse("+" + digits, None)
    except lib.NumberParseException:
        return False
    return lib.is_valid_number(parsed)


def indian_mobile(digits: str, lengths: list[int]) -> bool:
    """``98765 43210``: ten digits from 6–9, in the 5+5 grouping Indian mobiles are written in."""
    return len(digits) == 10 and digits[0] in "6789" and lengths == [5, 5]


def nanp(digits: str, lengths: list[int], brackets: bool) -> bool:
    """(212) 555-0187, 212-555-0187, 555.010.4477, 1 212 555 0187 (grouped like a phone)."""
    return bool(re.fullmatch(r"1?[2-9]\d{9}", digits)) and (brackets or lengths[-3:] == [3, 3, 4])


def is_toll_free(digits: str, lengths: list[int] | None = None) -> bool:
    """A freephone line: North American 800/888/877…, UK 0800/0808 (written 0808 223 1133; a
    Japanese mobile 080-8123-4567 is grouped 3-4-4)."""
    if _NANP_TOLL_FREE.fullmatch(digits) is not None:
        return True
    return _UK_FREEPHONE.fullmatch(digits) is not None and (not lengths or len(lengths) == 1 or lengths[0] == 4)


# UK 03 numbers (0300 public bodies and charities, 0330/0333/0344/0345/0370/0371 organisations):
# an organisation's line, never a person's; and a Chinese city's public service line, the area
# code and a five-digit 123xx or 96xxx number (0571-12393, 0755-96338).
_UK_NON_GEOGRAPHIC = re.compile(r"03(?:00|03|30|33|34|44|45|70|71|72|73)\d{7}")
_CN_SERVICE_LINE = re.compile(r"0\d{2,3}(?:123\d{2}|96\d{3})")


def is_service_line(digits: str, lengths: list[int]) -> bool:
    """An organisation's published line: UK 03xx, or a city's 123xx/96xxx service number."""
    if _UK_NON_GEOGRAPHIC.fullmatch(digits):
        return True
    return _CN_SERVICE_LINE.fullmatch(digits) is not None and len(lengths) == 2 and lengths[1] == 5


def shape(digits: str, lengths: list[int], plus: bool, brackets: bool) -> bool:
    """Whether these digits, grouped like this, are a phone number without any label."""
    if plus:
        return valid_international("+" + digits)
    if digits.startswith("00") and len(digits) > 9:
        return valid_international("+" + digits[2:])
    if re.fullmatch(r"(?:86)?1[3-9]\d{9}", digits):
        return True  # a Chinese mobile
    if re.fullmatch(r"0[1-9]\d{8,10}", digits) and ((len(lengths) > 1 and 3 <= lengths[0] <= 4) or brackets):
        return True  # CN landline with its area code set apart: 010-62345678, (021) 1234 5678
    if valid_national(digits) and (len(lengths) > 1 or brackets or _MOBILE_SHAPES.fullmatch(digits)):
        return True  # written solid, only a mobile's shape counts: 0123456789 may be a batch number
    if len(lengths) >= 3 and 2 <= lengths[0] <= 3 and max(lengths[1:]) >= 3 and not digits.startswith(("0", "1")) \
            and valid_with_country_code(digits):  # a list of two-digit figures (20 30 40 50) is not a number
        return True
    return nanp(digits, lengths, brackets) or indian_mobile(digits, lengths)


@lru_cache(maxsize=4096)
def is_fixed_line(digits: str, plus: bool) -> bool:
    """A landline by its number plan (+853 2886 …, 0571-8723 …), never a mobile or a number that
    may be either (North America): what an office or a desk answers, not a person's phone."""
    lib = _phonenumbers()
    if lib is None:  # pragma: no cover
        return False
    for region in ((None,) if plus else ("CN", "GB", "IE", "AU", "NZ")):  # 0571-8723 …, 0191 419 6600, 094 902 4444
        try:
            parsed = lib.parse(("+" if plus else "") + digits, region)
        except lib.NumberParseException:
            continue
        if lib.is_valid_number(parsed):
            return lib.number_type(parsed) == lib.PhoneNumberType.FIXED_LINE
    return False

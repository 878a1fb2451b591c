"""Identity and account numbers that are not Chinese resident IDs: Hong Kong, Macau and Taiwan IDs,
US social security numbers, UK National Insurance numbers and driving licences, passports, IBANs,
and any code announced as an ID.

Why a finder of its own: these mix letters and digits (``A123456(7)``, ``QQ 12 34 56 C``,
``E12345678``), which the digit scanner rightly skips as codes like flight numbers. Shapes with
a check digit (HKID, Taiwan ID, IBAN) are taken on their own; shapes without one only after a
word that says what they are (passport, 护照, ID number, 证件号), so model numbers and flight
codes stay. Runs on the same-length shadow text (:func:`digits.shadow`).
"""

from __future__ import annotations

import re

from desktop.engine.cloud.digits import cn_id_ok, luhn_ok
from desktop.engine.cloud.first_char import guarded

Span = tuple[int, int, str]

_HKID = re.compile(r"(?<![A-Za-z0-9])([A-Z]{1,2})(\d{6})\s?[(（]\s?([0-9A])\s?[)）]")
_TWID = re.compile(r"(?<![A-Za-z0-9])[A-Z][12]\d{8}(?![A-Za-z0-9])")
# Any two letters: HMRC's sample prefix QQ is invalid but is what stories and forms print.
_NINO = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D](?![A-Za-z0-9])")
_IBAN = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?(?![A-Za-z0-9])")
# An ID announced by its name: "passport number E12345678", "证件号码：M1234567", "ID No. X-12345".
# Latin words are bounded by letters and digits only, not by \b: 报出SIN 527 183 941, 和PAN BKRPM4827L的
# (a Han character counts as a word character for \b). ID keeps \b: 订单ID and 微博ID are no identity.
_L, _R = r"(?<![A-Za-z0-9])", r"(?![A-Za-z0-9])"
_ANNOUNCED = guarded(
    r"(?:护照|護照|passport|通行证|通行證|回乡证|回鄉證|驾照|駕照|驾驶证|駕駛證|driver'?s licen[cs]e|"
    rf"身份证|身份證|身分證|证件|證件|\bID{_R}|identity card|national id|{_L}SSN{_R}|social security|"
    rf"(?-i:{_L}SIN{_R})|social insurance|"  # Canada's social insurance number
    rf"national insurance|{_L}NI{_R}|{_L}NINO{_R}|tax id|税号|稅號|社保(?:卡)?号?|社会保障(?:卡)?号?|医保(?:个人|卡)?|醫保|"
    # Korea's resident registration number, India's Aadhaar
    rf"住民登录|住民登錄|주민등록번호|resident registration|(?-i:{_L}RRN{_R})|aadhaa?r|{_L}UIDAI?{_R}|残疾人证|残疾证|"
    # Irish PPS, Malaysian, Singapore, Indian PAN, Kazakh IIN, Nigerian NIN and BVN
    # Mexican CURP and RFC, Spanish DNI and NIE
    rf"(?-i:{_L}(?:PPSN?|IC|NRIC|PAN|IIN|NIN|BVN|CURP|RFC|DNI|NIE){_R}|MyKad|MYKAD|ИИН))"
    r"(?:\s*[,，]?\s*[(（]?\s*(?:个人编号|號碼|号码|编号|編號|卡号|卡號|号|號|字号|字號|number|no\.?|#|card|num))?"
    r"\s*(?:是|为|為|:|：|,|，|is|was|as)?\s*"  # ("gave his SIN as 627 183 049")
    r"[(（]?\s*"  # "her passport (TZ4830917)"
    r"(?P<id>\d{3,6}(?: \d{2,6}){1,4}(?! ?\d)|"  # digits in groups: "NIN: 7482 1036 195"
    r"(?=[A-Z0-9\-]*\d)[A-Z0-9][A-Z0-9\-]{4,18}[A-Z0-9](?:\s?[(（][0-9A][)）])?)(?![A-Za-z0-9])", re.I)
# A Macau resident ID: 1, 5 or 7, six digits, the check digit in brackets (1376529(3)).
_MOID = re.compile(r"(?<![A-Za-z0-9])[1578]\d{6}[ \t]?[(（]\d[)）]")
# A UK driving licence number: five letters of the surname (9s pad it), the birth date with the month
# +50 for a woman, two initials, a digit and two letters (CARTW907212LJ9AB).
_UK_LICENCE = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Z9]{4}\d[0156]\d{4}[A-Z9]{2}\d[A-Z]{2}(?![A-Za-z0-9])")
# A Malaysian MyKad number: the holder's birth date, a place-of-birth code, four digits (YYMMDD-PB-####).
_MYKAD = re.compile(r"(?<![\w-])\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-\d{2}-\d{4}(?![\w-])")
# A Chinese disability card number: the holder's ID number and two digits, the kind (1–7) and grade (1–4).
_CN_DISABILITY = guarded(r"(?<![0-9])(\d{17}[\dXx])([1-7][1-4])(?![0-9])")
# A Korean resident registration number: the birth date, a dash, a digit for sex and century, six more,
# the last a check digit (880419-1234568). Taken alone when the date and the check digit hold.
_KR_RRN = guarded(r"(?<![\w-])(\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))[-–](\d{7})(?![\w-])")
# An Indian Aadhaar number: twelve digits in groups of four, not starting with 0 or 1, its last digit a
# Verhoeff check (7391 5248 0627). Bank cards run to sixteen, so a run of three groups is no card.
_AADHAAR = guarded(r"(?<![A-Za-z0-9-])(?<![0-9][ -])[2-9]\d{3}([ -])\d{4}\1\d{4}(?![\d-]| \d)")
# "the last four of your Social", "last 4 digits of my SSN": the four digits that answer it,
# written or read out, within the next line or two.
_LAST_FOUR = re.compile(r"\blast (?:four|4)(?: digits)?(?: of)? (?:your|my|his|her|their|the)?\s*"
                        r"(?:social(?: security)?|SSN|SIN)\b", re.I)
_FOUR_DIGITS = re.compile(r"(?<![\w-])\d{4}(?![\w-])")
_HKID_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2)


def hkid_ok(letters: str, digits: str, check: str) -> bool:
    """The Hong Kong ID check digit (mod 11 over the letters, as 10–35, and six digits)."""
    values = ([36] if len(letters) == 1 else []) + [ord(c) - 55 for c in letters] + [int(d) for d in digits]
    total = sum(v * w for v, w in zip(values, _HKID_WEIGHTS, strict=True))
    expected = (11 - total % 11) % 11
    return check == ("A" if expected == 10 else str(expected))


_TW_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"


def twid_ok(number: str) -> bool:
    """Taiwan national ID: the letter maps to 10–35, weighted sum mod 10."""
    code = _TW_LETTERS.find(number[0]) + 10
    values = [code // 10, code % 10] + [int(d) for d in number[1:]]
    weights = (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1)
    return sum(v * w for v, w in zip(values, weights, strict=True)) % 10 == 0


def iban_ok(value: str) -> bool:
    compact = value.replace(" ", "")
    if not 15 <= len(compact) <= 34:
        return False
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def rrn_ok(front: str, back: str) -> bool:
    """The Korean RRN check digit: weights 2–9, 2–5 over the first twelve digits, mod 11."""
    values = [int(d) for d in front + back]
    total = sum(v * w for v, w in zip(values, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5), strict=False))
    return back[0] in "12345678" and (11 - total % 11) % 10 == values[12]


def _dihedral(j: int, k: int) -> int:
    """The product j·k in the dihedral group D5, elements 0–4 rotations and 5–9 reflections."""
    if j < 5:
        return (j + k) % 5 if k < 5 else 5 + (j + k) % 5
    return 5 + (j - k) % 5 if k < 5 else (j - k) % 5


_VERHOEFF_STEP = (1, 5, 7, 6, 2, 8, 3, 0, 9, 4)  # the permutation, applied once more per position
_VERHOEFF_P = [list(range(10))]
for _ in range(7):
    _VERHOEFF_P.append([_VERHOEFF_STEP[d] for d in _VERHOEFF_P[-1]])


def verhoeff_ok(number: str) -> bool:
    """The Verhoeff check over a string of digits, its last digit the check digit."""
    check = 0
    for i, ch in enumerate(reversed(number)):
        check = _dihedral(check, _VERHOEFF_P[i % 8][int(ch)])
    return check == 0


def find_ids(sh: str) -> list[Span]:
    found: list[Span] = []
    for m in _HKID.finditer(sh):
        if hkid_ok(m.group(1), m.group(2), m.group(3)):
            found.append((*m.span(), "ID"))
    found += [(*m.span(), "ID") for m in _TWID.finditer(sh) if twid_ok(m.group(0))]
    found += [(*m.span(), "ID") for m in _NINO.finditer(sh)]
    found += [(*m.span(), "CARD") for m in _IBAN.finditer(sh) if iban_ok(m.group(0))]
    # (社保卡 6217-0028-…: China's social security card is a bank card too, and its number a card's)
    found += [(*m.span("id"), "CARD" if "社" in m.group(0) and _luhn_card(m.group("id")) else "ID")
              for m in _ANNOUNCED.finditer(sh)]
    found += [(*m.span(), "ID") for m in _MYKAD.finditer(sh)]
    found += [(*m.span(), "ID") for m in _MOID.finditer(sh)]
    found += [(*m.span(), "ID") for m in _UK_LICENCE.finditer(sh)]
    if "-" in sh or "–" in sh:
        found += [(*m.span(), "ID") for m in _KR_RRN.finditer(sh) if rrn_ok(m.group(1), m.group(2))]
    found += [(*m.span(), "ID") for m in _CN_DISABILITY.finditer(sh) if cn_id_ok(m.group(1))]
    found += [(*m.span(), "ID") for m in _AADHAAR.finditer(sh) if verhoeff_ok(re.sub(r"\D", "", m.group(0)))]
    if "last" in sh or "Last" in sh:
        found += _last_four(sh)
    return found


def _luhn_card(value: str) -> bool:
    digits = re.sub(r"[ \-]", "", value)
    return digits.isdigit() and 16 <= len(digits) <= 19 and luhn_ok(digits)


def _last_four(sh: str) -> list[Span]:
    """The answer to "the last four of your Social": four digits, written or read out one by one."""
    from desktop.engine.cloud.spoken import find_spoken

    out: list[Span] = []
    for m in _LAST_FOUR.finditer(sh):
        window = sh[m.end():m.end() + 120]
        spoken = next(iter(find_spoken(window, min_digits=4)), None)
        written = _FOUR_DIGITS.search(window)
        spans = [(m.end() + s, m.end() + e) for s, e in ([spoken[:2]] if spoken and len(spoken[2]) == 4 else [])]
        spans += [(m.end() + written.start(), m.end() + written.end())] if written else []
        if spans:
            out.append((*min(spans), "ID"))
    return out

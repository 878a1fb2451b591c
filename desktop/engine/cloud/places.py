"""Vehicle plates and street addresses, for the redactor (redact.py).

Plates: Chinese (京A12345, new-energy 粤B·D12345, 沪A 1234挂), UK (AB12 CDE), and any shape right after
the words that announce one ("plate 7ABC123", 车牌 粤B12345), with the next ones of a list. Addresses:
Chinese roads with a house number and estates with building, unit and flat (read on the simplified
text, same offsets), and English street addresses with a flat, a town and a postcode. A head of
government's official residence (10 Downing Street) is a public place, not anyone's home.
"""

from __future__ import annotations

import re

from desktop.engine.cloud.first_char import guarded

Span = tuple[int, int, str]

_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_PLATE_PATTERNS = (
    # 京A12345, 粤B·D12345 (new energy), 沪A 1234挂
    re.compile(rf"[{_PROVINCES}] ?[A-HJ-NP-Z][\s·•.-]?(?:[A-HJ-NP-Z0-9]{{5,6}}|[A-HJ-NP-Z0-9]{{4}}[挂学警港澳])"
               r"(?![A-Za-z0-9])"),
    # UK: AB12 CDE
    re.compile(r"\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b"),
    # Korean: 38나 4172, 123가4567
    re.compile(r"(?<![0-9])\d{2,3}[\uac00-\ud7a3] ?\d{4}(?![0-9])"),
)
# Any plate format right after the words that announce one ("plate 7ABC123", "车牌 粤B12345").
_PLATE_CONTEXT = guarded(r"(?:licen[cs]e plates?|number plates?|plates?(?: number)?|registration|\brego\b|车牌号?码?)"
                         r"\s*(?:number|no\.?|is|:|：|为|是)?\s*"
                         # German first (B-KX 4821: district, letters, digits), then any one- or two-part shape
                         # and Singapore's, with its check letter (SKL 4821 C)
                         r"(?-i:([A-ZÄÖÜ]{1,3}-[A-Z]{1,2} ?\d{1,4}[EH]?|S[A-Z]{1,2} ?\d{1,4} ?[A-Z](?![A-Za-z0-9])|"
                         r"[A-Z0-9]{1,4}[ ·-]?[A-Z0-9]{2,6}))(?![A-Za-z0-9])",
                         re.IGNORECASE)
# A plate right after 的车/车子 in Chinese copy (他的车 WXY 8821): letters, then digits.
_CAR_PLATE = re.compile(r"(?:的车|车子|座驾)[ \t]*(?:是|为|：|:)?[ \t]*([A-Z]{1,3}[ ·-]?\d{1,4}[A-Z]{0,2})(?![A-Za-z0-9])")
# More plates joined to one found after "plates": "plates 粤Z·A238港 and LV 8821".
_MORE_PLATES = re.compile(r"\s*(?:,|，|/|&|and|or|和|及|、)\s*([A-Z]{1,3}[ ·-]?\d{1,4}[A-Z]{0,2})(?![A-Za-z0-9])")
_PLATES_WORD = re.compile(r"\b(?:plates|registrations)\b", re.IGNORECASE)
# A house number, its digits spaced out by OCR or a form typed in boxes too: 香港中路 7 6 号 1 2 0 3 室.
_CN_NUM = r"[0-9０-９一二三四五六七八九十百零〇]+(?: [0-9０-９](?![0-9０-９]))*"
# Province, city, district: 广东省深圳市南山区
# (a city's name runs to four characters before 市, 乌鲁木齐市; a district's or county's to five)
_ZH_ADMIN = (r"(?:[\u4e00-\u9fa5]{2,7}?(?:省|自治区|特别行政区))?(?:[\u4e00-\u9fa5]{1,4}?(?:市|州|盟))?"
             r"(?:[\u4e00-\u9fa5]{1,5}?(?:区|县|旗))?")
# A flat's number with no 室 after the block or unit: 2座705, 3栋1502
_FLAT_NO = r"(?:(?<=[栋幢座元])[0-9０-９]{3,4}(?![0-9０-９]))?"
_ZH_ADDRESS = re.compile(
    _ZH_ADMIN + r"(?:[\u4e00-\u9fa5]{1,7}?(?:镇|乡|街道))?"
    r"[\u4e00-\u9fa5A-Za-z0-9]{1,12}?(?:路|街|大道|大街|巷|胡同|弄|里|村|(?<![知报频味渠跑赛轨管街])道)"
    # 人民南路四段, 中山大道西 8 号, a village's group: 李家坝村五组23号
    r"(?:[一二三四五六七八九十]{1,3}段|[东南西北中](?= ?[0-9０-９])|(?<=村)(?:[一二三四五六七八九十]{1,3}|\d{1,2})[组社队])?"
    # with or without spaces: 科苑路 118 号; 12号之3, 276号之三1503室
    rf" ?{_CN_NUM} ?(?:号|弄|巷)(?:院)?(?:之(?:[一二三四五六七八九十]{{1,3}}|[0-9０-９]{{1,3}}(?![0-9０-９])))?"
    rf"(?: ?(?:{_CN_NUM}|[A-Za-z]) ?(?:号楼|号院|栋|幢|座|单元|层|楼|室|房|号|户))*{_FLAT_NO}")
# A housing estate and the building, unit and flat in it: 阳光花园小区3栋2单元501室, 幸福里7号楼302.
_ZH_ESTATE = re.compile(
    _ZH_ADMIN + rf"[\u4e00-\u9fa5]{{2,8}}?(?:小区|花园|公寓|大厦|新村|家园|社区|山庄|公馆|华庭|名都|名苑|苑|府|园|城|湾|郡|邸|阁|轩)"
    r"(?:[东南西北中]区)?"  # 碧桂园南区3栋
    # (丹溪花苑 12 幢 3 单元 602 室, 锦绣华庭3栋2单元1702室)
    rf" ?(?:{_CN_NUM}|[A-Za-z]) ?(?:号楼|号院|栋|幢|座|期|区)(?:(?:{_CN_NUM}|[A-Za-z])(?:号楼|单元|层|楼|室|房|号|户)?"
    rf"| (?:{_CN_NUM}|[A-Za-z]) ?(?:号楼|单元|层|楼|室|房|号|户))*"
    rf"(?:(?<=[0-9０-９])(?:栋|幢|座)(?:(?:{_CN_NUM}|[A-Za-z]) ?(?:单元|层|楼|室|房|号|户)?)*)?"  # 凤凰城C区12栋1单元802室
    rf"{_FLAT_NO}")
# A flat in a named building with no block: 华康大厦1708室, 富安大廈12樓B室 (a room, so no hall's 3楼).
# (a Hong Kong estate's tower first: 和富中心3座12楼B室)
_ZH_BUILDING_FLAT = re.compile(r"[\u4e00-\u9fa5]{2,8}?(?:大厦|公寓|花园|花苑|小区|苑|中心)(?:[0-9０-９]{1,2} ?座 ?)?"
                               r"(?:[0-9０-９]{1,3} ?(?:层|楼|F) ?[A-Za-z0-9]{0,4}|[0-9０-９]{3,4}) ?(?:室|房)")
# A Japanese address: 東京都武蔵野市吉祥寺本町2丁目14番7号, 大阪市北区梅田1-2-3 is too bare to tell.
_JP_ADDRESS = re.compile(r"(?:[\u4e00-\u9fff]{1,3}[都道府县縣])?[\u4e00-\u9fff\u30a0-\u30ff]{1,12}?"
                         r"[0-9０-９]{1,2}丁目[0-9０-９]{1,4}(?:番地?|-)[0-9０-９]{1,4}(?:号|號)?")
# Words that lead into an address but are not part of it ("他住在", "地址是").
_ZH_ADDRESS_LEAD = re.compile(r"^.*?(?:送达|送至|寄至|寄到|请寄|寄往|发往|住在|住于|家住|租住在|现住|暂住|居住在|居住于|住|位于|搬到|搬离|搬出|搬入|迁往|迁至|卖掉了|买下了|了|来自|地址是|地址为|地址|在|于|是|到|从|往|去|的|，|、|：|:)")
_STREET_TYPES = (r"Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Way|"
                 r"Terrace|Square|Sq|Highway|Hwy|Parkway|Pkwy|Close|Crescent|Row|Mews|Grove|Walk|Rise|"
                 r"Gardens|Gdns|Green|Hill|Gate|View|Vale|Parade|Circus")
# The street type and, after an abbreviation only, its dot: "9 Elm St." but "to 9 Tŷ Coch Close." keeps the
# sentence's full stop
_STREET_END = (rf"(?:{_STREET_TYPES})\b(?:(?<=St|Rd|Dr|Ct|Pl|Ln|Sq)\.|(?<=Ave|Hwy)\.|(?<=Blvd|Pkwy|Gdns)\.)?")
# A capitalised word of a street's name, accents and Welsh circumflexes too (9 Tŷ Coch Close)
_CAP_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ\u0100-\u017f]+"
# A Malaysian address: No. 23, Jalan SS 2/64 (the town after it stays, as in English)
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}"
# (and Welsh, 7 Heol y Felin: with a full postcode after the town, which narrows it to a few homes, the postcode too)
_MY_STREET = re.compile(r"(?<![A-Za-z0-9])(?:(?:No|Lot)\.?[ \t]?)?\d{1,5}[A-Z]?,?[ \t]+(?:Jalan|Jln\.?|Lorong|Lrg\.?|"
                        r"Persiaran|Lebuh|Heol|Ffordd)[ \t]+[A-Za-z0-9/ ]{1,30}?(?=[ \t]*(?:[,.;)]|$))"
                        rf"(?:,[ \t]*{_CAP_WORD}(?:[ \t]+{_CAP_WORD})?[ \t]+{_UK_POSTCODE}\b)?", re.M)
_US_ZIP = r"[A-Z]{2}\s\d{5}(?:-\d{4})?"
_AU_POSTCODE = r"(?:NSW|VIC|QLD|SA|WA|TAS|ACT|NT)\s\d{4}"
_CA_POSTCODE = r"(?:ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|YT|NU)\s[A-Z]\d[A-Z]\s?\d[A-Z]\d"
# A Singapore HDB flat: Blk 215 Ang Mo Kio Ave 3 #08-1123
_SG_BLOCK = re.compile(rf"(?<![A-Za-z])(?:Blk|Block)\.?[ \t]?\d{{1,4}}[A-Z]?[ \t]+(?:[A-Z][a-z]+[ \t]+){{1,4}}{_STREET_END}"
                       r"(?:[ \t]+\d{1,2}(?!\d))?(?:,?[ \t]+#\d{2}-\d{2,4})?(?:,?[ \t]+(?:Singapore[ \t]+)?\d{6}(?!\d))?")
_OWN_ADDRESS_BEFORE = re.compile(r"(?:(?:本报|本刊|本台|本社|编辑部|編輯部)的?(?:地址|社址|台址)|(?:来信|来函|来稿|來信)请?寄)"
                                 r"[^。；;\n]{0,10}$")
_SEAT_OF_GOVERNMENT = re.compile(r"(?:在|于|位于)?(?:(?:10|11)[ \t]+Downing[ \t]+Street|唐宁街(?:10|11)号|"
                                 r"1600[ \t]+Pennsylvania[ \t]+Avenue(?:[ \t]+NW)?)")
_EN_ADDRESS = guarded(
    r"(?:(?<![A-Za-z])(?:Flat|Apt|Apartment|Unit|Suite|Room)\.?\s+\w{1,5},?\s+)?"
    # particles inside a street's name: 88 Ponce de Leon Ave
    rf"(?<![A-Za-z0-9])\d{{1,5}}[A-Za-z]?\s+(?:(?:{_CAP_WORD}|[NSEW]|[NS][EW]|\d{{1,3}}(?:st|nd|rd|th))\.?\s+(?:(?:de|la|del|van|von|du|le)\s+)?){{1,4}}"
    rf"{_STREET_END}"
    r"(?:\s(?:NW|NE|SW|SE|North|South|East|West)\b)?"
    r"(?:,?\s+(?:Apt|Apartment|Suite|Unit|Flat|Floor|#)\.?\s*#?\s*\w{1,6})?"
    # the town and postcode after it: ", London NW1 6XE", ", Washington, DC 20500", ", Ultimo NSW 2007",
    # ", Toronto, ON M6J 1J3" (a town alone stays: the story needs it and it points to no one)
    rf"(?:,?\s+(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,?\s+)?(?:{_UK_POSTCODE}|{_US_ZIP}|{_AU_POSTCODE}|{_CA_POSTCODE})\b)?")


def find_plates(zh: str, found: list[Span]) -> list[Span]:
    """Plates in ``zh`` (the simplified text); ``found``: what the other finders found before."""
    out: list[Span] = []
    for pattern in _PLATE_PATTERNS:
        out += [(*m.span(), "PLATE") for m in pattern.finditer(zh)]
    for m in _PLATE_CONTEXT.finditer(zh):
        if any(ch.isdigit() for ch in m.group(1)):
            out.append((*m.span(1), "PLATE"))
    out += [(*m.span(1), "PLATE") for m in _CAR_PLATE.finditer(zh)]
    out += _listed_plates(zh, [*found, *out])
    return out


# Every Chinese or Japanese address has a number and a unit (号, 栋, 室, 丁目…): the patterns read only
# the stretches around one, which keeps their lazy prefixes from being tried at every character.
_ANCHOR = re.compile(r"[0-9０-９一二三四五六七八九十百零〇][ ]?(?:号|弄|巷|栋|幢|座|单元|室|房|期|区|组|社|队|丁目|层|楼|户)")
_REACH = 64


def _stretches(zh: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in _ANCHOR.finditer(zh):
        lo, hi = max(0, m.start() - _REACH), min(len(zh), m.end() + _REACH)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def find_addresses(text: str, zh: str) -> list[Span]:
    """Home addresses as ``ADDRESS``; the province, city, district and town before a Chinese one, which stay, as
    ``PLACE`` (no name is inside them: 莘庄镇 is no 庄镇)."""
    out: list[Span] = []
    admin: list[Span] = []
    for lo, hi in _stretches(zh):
        found = [(m.start() + _after_lead(m.group(0), 3), m.end()) for m in _ZH_ADDRESS.finditer(zh, lo, hi)]
        found += [(m.start() + _after_lead(m.group(0), 4), m.end())
                  for pattern in (_ZH_ESTATE, _ZH_BUILDING_FLAT) for m in pattern.finditer(zh, lo, hi)]
        for start, end in found:
            private = _after_admin(zh, start, end)
            out.append((private, end, "ADDRESS"))
            if private > start:
                admin.append((start, private, "PLACE"))
        if "丁目" in zh[lo:hi]:
            out += [(*m.span(), "ADDRESS") for m in _JP_ADDRESS.finditer(zh, lo, hi)]
    out += [(*m.span(), "ADDRESS") for m in _EN_ADDRESS.finditer(text)]
    if any(word in text for word in ("Jalan", "Jln", "Lorong", "Lrg", "Persiaran", "Lebuh", "Heol", "Ffordd")):
        out += [(*m.span(), "ADDRESS") for m in _MY_STREET.finditer(text)]
    if "Bl" in text:
        out += [(*m.span(), "ADDRESS") for m in _SG_BLOCK.finditer(text)]
    # a head of government's official residence is a public place, not anyone's home address; nor is the
    # address a paper prints for its readers' letters (读者来信请寄…, 本报地址：…)
    return [*_joined([(s, e, k) for s, e, k in out if not _SEAT_OF_GOVERNMENT.fullmatch(zh, s, e)
                      and not _OWN_ADDRESS_BEFORE.search(zh, max(0, s - 16), s)]), *admin]


_ADMIN_LEAD = re.compile(_ZH_ADMIN + r"(?:[\u4e00-\u9fa5]{1,7}?(?:镇|乡|街道))?")
_TWO_HAN = re.compile(r"[\u4e00-\u9fa5]{2}")


def _after_admin(zh: str, start: int, end: int) -> int:
    """Where the private part of an address starts: after its province, city, district and town (深圳市龙岗区
    names a million homes), when a street's or an estate's name of two characters or more follows."""
    lead = _ADMIN_LEAD.match(zh, start, end)
    at = lead.end() if lead else start
    return at if end - at >= 5 and _TWO_HAN.match(zh, at) else start


def _after_lead(found: str, keep: int) -> int:
    """Where the address starts in what the pattern found: after the words that lead into it, all of them
    (我是住在…, 她家住在…), leaving at least ``keep`` characters."""
    at = 0
    while (lead := _ZH_ADDRESS_LEAD.match(found[at:])) and at + lead.end() < len(found) - keep:
        at += lead.end()
    return at


def _joined(spans: list[Span]) -> list[Span]:
    """Addresses that overlap or touch are one: 桃园路88号 and 锦绣花园7栋2单元1503室 after it."""
    out: list[Span] = []
    for s, e, k in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]), k)
        else:
            out.append((s, e, k))
    return out


def _listed_plates(zh: str, found: list[Span]) -> list[Span]:
    """After "plates" and a plate already found, the next ones in the list: "and LV 8821"."""
    out: list[Span] = []
    for word in _PLATES_WORD.finditer(zh):
        ends = sorted(e for s, e, k in found if k == "PLATE" and word.end() <= s <= word.end() + 4)
        while ends and (more := _MORE_PLATES.match(zh, ends[0])):
            out.append((*more.span(1), "PLATE"))
            ends = [more.end(1)]
    return out

"""Mask personal data before anything goes to a cloud model, and put it back in the answer.

:func:`redact` is a pure function: the same text and options always give the same masked
text and placeholder table. Each distinct value gets one stable placeholder (``[PERSON_1]``,
``[PHONE_1]``…) numbered by first appearance, so the model can still tell people apart and
:func:`restore` can put the originals back. Where two finds overlap the more specific kind
wins (an ID number is not also a bank card), then the longer one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from desktop.engine.cloud import (
    contacts,
    digits,
    ids,
    names,
    names_chat,
    names_en_extra,
    names_en_kin,
    names_en_things,
    names_en_words,
    names_mixed,
    names_zh,
    names_zh_compound,
    names_zh_context,
    names_zh_extra,
    names_zh_familiar,
    names_zh_fields,
    names_zh_layout,
    names_zh_lines,
    names_zh_model,
    names_zh_nick,
    names_zh_open,
    places,
    public_office,
    public_roles,
    public_sport,
    public_works,
)
from desktop.engine.cloud.digits import cn_id_ok, luhn_ok  # noqa: F401 - re-exported
from desktop.engine.cloud.initials import is_initials
from desktop.engine.cloud.simplified import simplified

KINDS = ("EMAIL", "ID", "CARD", "PHONE", "HANDLE", "PLATE", "ADDRESS", "PERSON")
_PRIORITY = {kind: rank for rank, kind in enumerate(KINDS)}

@dataclass(frozen=True)
class RedactedSpan:
    start: int  # in the original text
    end: int
    kind: str
    placeholder: str


@dataclass(frozen=True)
class Redaction:
    """What would be sent, and how to undo it."""

    original: str
    sent: str
    placeholders: dict[str, str]  # "[PERSON_1]" -> "张伟"
    spans: tuple[RedactedSpan, ...] = field(default=())

    @property
    def count(self) -> int:
        """Number of masked occurrences (the audit log's "redactions")."""
        return len(self.spans)

    def sent_spans(self) -> list[tuple[int, int, str]]:
        """``(start, end, kind)`` of every placeholder inside :attr:`sent` (for highlighting)."""
        out = []
        for m in _PLACEHOLDER.finditer(self.sent):
            if m.group(0) in self.placeholders:
                out.append((m.start(), m.end(), m.group(1).upper()))
        return out

    def restore(self, answer: str) -> str:
        return restore(answer, self.placeholders)


_PLACEHOLDER = re.compile(r"\[\s*(" + "|".join(KINDS) + r")_(\d+)\s*\]", re.IGNORECASE)


def find_spans(text: str, *, speakers: Iterable[str] = (), dictionary: Iterable[str] = (),
               detect_names: bool = True) -> list[tuple[int, int, str]]:
    """Every sensitive span as ``(start, end, KIND)``, overlaps not yet resolved; and the mentions of
    public figures, as ``PUBLIC``: no other form of a masked name is masked inside them."""
    sh = digits.shadow(text)
    # 陳大文說, 九龍彌敦道123號, 粵B: the zh finders read simplified (and OCR'd digits put right:
    # 路3l9号), same offsets
    zh = digits.fold_ocr_digits(simplified(text))
    found: list[tuple[int, int, str]] = []
    found += contacts.find_emails(sh)
    found += contacts.find_handles(sh)
    found += digits.find_numbers(text, sh)
    found += ids.find_ids(sh)
    found += places.find_plates(zh, found)
    found += places.find_addresses(text, zh)
    known = names.known_names(speakers, dictionary)
    # Known names outrank detected ones and shapes like plates, so list them as PERSON first.
    found += [(s, e, "PERSON") for s, e in names.find_known(text, known)]
    found += [(s, e, "PERSON") for s, e in names.find_known(zh, [simplified(n) for n in known if n])]
    places_named = [(s, e) for s, e, k in found if k == "PLACE"]  # 上海市闵行区莘庄镇 before an address
    found = [span for span in found if span[2] != "PLACE"]
    if detect_names:  # (no name is found inside a place's name: 莘庄镇 is no 庄镇; a known name is still masked)
        found += [(s, e, k) for s, e, k in _detected_names(text, zh)
                  if not (k == "PERSON" and any(s < pe and ps < e for ps, pe in places_named))]
        found = _town_after_address(text, _address_after_name(found))
    return [(s, e, k) for s, e, k in found if e > s]


def _address_after_name(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """村民于春花家住…: an address that starts inside a name starts after it (the name stays one)."""
    people = [(s, e) for s, e, k in found if k == "PERSON"]
    out = []
    for s, e, k in found:
        if k == "ADDRESS":
            s = max([s, *(pe for ps, pe in people if ps < s < pe < e)])
        out.append((s, e, k))
    return out


def _town_after_address(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """"of No. 23, Jalan SS 2/64, Petaling Jaya, who…": the capitalised words between an address's comma and
    the next are its town, no person."""
    ends = {e for _s, e, k in found if k == "ADDRESS"}
    towns = [(s, e) for s, e, k in found
             if k == "PERSON" and text[s - 2:s] == ", " and s - 2 in ends and re.match(r"[,.;\n]|$", text[e:e + 1])]
    return [(s, e, k) for s, e, k in found if not (k == "PERSON" and any(ts <= s and e <= te for ts, te in towns))]


_UNITS = set("时万米包方楼")  # (3楼举行: the floor, not the surname 楼)
_HELD = re.compile(r"(?:隆重)?(?:举行|举办|召开|开幕|闭幕|落成|安葬|下葬|火化)")
# "经营一家二手车行的李斌", "快递驿站的负责人张军", "a mechanic named Li Bin": a name introduced afresh
# with its own description (a 的 in the name's own clause)
_INTRODUCED = re.compile(r"(?:的[^，。！？；、\n\d]{0,6}|\b(?:named|called)\s)$")


def _on_public_line(zh: str, s: int, public: list[tuple[int, int]]) -> bool:
    """Whether a public figure is mentioned on the line of ``zh[s]``."""
    left, right = public_sport.line_bounds(zh, s, s)
    return any(left <= ps < right for ps, _pe in public)


def _introduced_anew(zh: str, s: int, public: list[tuple[int, int]]) -> bool:
    """A mention introduced with its own description, on a line where the public figure of that name is
    not mentioned, is someone else with the same name: 李斌 the car dealer is not 李斌 of 蔚来."""
    return bool(_INTRODUCED.search(zh, max(0, s - 12), s)) and not _on_public_line(zh, s, public)


_COUNTS = set("两二三四五六七八九十")
# Titles after a name (白雪阿姨, 陈师傅).
_TITLE_WORDS = {"师傅", "老师", "先生", "女士", "小姐", "同学", "同志", "阿姨", "医生", "律师", "警官"}
# Kinds of organisation right after a name (not 大学 or 医院 alone: 苏俊杰大学毕业后).
_ORG_KIND_AFTER = re.compile(r"[ \t]?(?:律师事务所|会计师事务所|事务所|有限公司|有限责任公司|股份有限公司|集团|科技大学|理工大学|"
                             r"师范大学|研究院|研究所|客服|官网|旗舰店|化工|实业|制药|物流|建材|纺织|养殖场|合作社|农场|牧场)")  # (Cathay Pacific 客服)
# A case or document number: 东劳人仲案字〔2026〕第1187号, （2026）京0105刑初123号. No name is inside one.
_CASE_NO = re.compile(r"(?:[\u4e00-\u9fff]{1,6}字)?[〔［\[（(](?:19|20)\d{2}[〕］\]）)][\u4e00-\u9fff\d]{0,12}?第?\d{1,6}号")


def _detected_names(text: str, zh: str) -> list[tuple[int, int, str]]:
    """Names the detectors find, less public figures named with their office (public_office.py) or in a
    public role (public_roles.py: honours, public callings, company heads, top-level athletes)."""
    spans = [*names.find_zh_names(zh), *names_zh_lines.find_line_names(zh), *names_zh_extra.find_phrase_names(zh),
             *names_zh_context.find_context_names(zh), *names_zh_fields.find_field_names(zh),
             *names_mixed.find_mixed_names(zh), *names_en_extra.find_marked_names(text),
             # less labels, streets, organisations and posts taken for people (names_en_things.py)
             *names_en_things.drop_things(text, names.find_en_names(text)), *names_chat.find_chat_names(text),
             *names_zh_open.find_open_names(zh), *names_zh_nick.find_nick_names(zh), *names_en_kin.find_kin_names(text),
             *names_en_words.find_word_surnames(text), *names_zh_compound.find_compound_names(zh),
             *names_zh_layout.find_table_names(zh), *names_zh_layout.find_spaced_names(zh)]
    spans += names_zh_model.find_model_names(zh, spans)
    spans += names_en_kin.find_couples(text, spans)  # Steven and Laura Baker
    spans += names_zh_compound.find_partners(zh, spans)  # 诸葛文博、明月夫妇
    spans = names_zh_compound.grown(zh, spans)  # 戴永刚: a dictionary word cut it short
    spans = list(dict.fromkeys(spans))  # several finders often find the same name: check it once
    # 向爱尔兰: a "name" cut from a longer word that runs past its end (爱尔兰, 爱丁堡) is no name
    freq = names_zh.pos_tokenizer().tokenizer.FREQ
    spans = [(s, e) for s, e in spans if not (e - s >= 2 and names.HAN_CHAR.match(zh[e:e + 1])
                                              and freq.get(zh[e - 2:e + 1] if e - s == 3 else zh[e - 1:e + 2], 0) >= 50)]
    spans = [(s, e) for s, e in spans if not names_zh._pseudonym(zh, s, e)]  # the paper's own name for a source
    # 14时至: a surname that is also a unit (时, 万, 米) right after a digit starts no name
    spans = [(s, e) for s, e in spans if not (s and zh[s - 1].isdigit() and zh[s] in _UNITS)]
    # 初二（3）班李想, 三年级二班: 班 after a class's number is the class, not the surname 班
    spans = [(s, e) for s, e in spans if not (s and zh[s] == "班" and zh[s - 1] in "0123456789一二三四五六七八九十)）")]
    # 在金凤山举行: what stands between 在 and 举行/举办/召开 is a place, not a person (在张伟家举行 keeps 张伟)
    spans = [(s, e) for s, e in spans if not (s and zh[s - 1] in "在于" and _HELD.match(zh, e))]
    # 居民楼三楼: a "surname" that ends a word before it (居民楼) starts no name
    spans = [(s, e) for s, e in spans
             if not (s >= 2 and names.HAN_CHAR.match(zh[s:s + 1]) and names_zh.is_plain_word(zh[s - 2:s + 1]))]
    # a "name" whose last character begins a title ends before it (白雪阿|姨 → 白雪), or is none (傅陈|师傅)
    spans = [(s, e - 1) if zh[e - 1:e + 1] in _TITLE_WORDS and e - s >= 3 else (s, e) for s, e in spans]
    spans = [(s, e) for s, e in spans if zh[s:e] not in _TITLE_WORDS and zh[e - 1:e + 1] not in _TITLE_WORDS
             and not (e - s == 2 and zh[e:e + 2] in _TITLE_WORDS
                      and (zh[s - 1:s + 1] in _TITLE_WORDS or names_zh.is_plain_word(zh[s - 1:s + 1])))]
    # 广东明信律师事务所, 华中科技大学, Cathay Pacific 客服: a word right before an organisation's kind (or its
    # customer service) is its name, no person's
    spans = [(s, e) for s, e in spans if not _ORG_KIND_AFTER.match(zh, e)]
    cases = [m.span() for m in _CASE_NO.finditer(zh)] if "号" in zh else []
    spans = [(s, e) for s, e in spans if not any(s < ce and cs < e for cs, ce in cases)]
    # 吴刚、何伟三人: a count of the people just named ends the last name (张三 alone stays whole)
    spans = [(s, e - 1) if e - s >= 3 and zh[e - 1] in _COUNTS and zh[e:e + 1] in "人名位个" else (s, e)
             for s, e in spans]
    ends, reports = public_office.office_ends(zh), public_sport.match_reports(zh)
    sentences = public_works.Sentences(zh)
    public = [(s, e) for s, e in spans
              if public_office.is_public(zh, s, e, ends) or sentences.is_not_private(s, e)
              or public_roles.is_public_role(zh, s, e, reports) or zh[s:e] in names_zh_compound.HISTORY]
    # "CEO 黄仁勋 Jensen Huang", "Coco Gauff（高芙）": the other script's form right after a public name,
    # or in brackets after it, is the same person
    public += [(s, e) for s, e in spans for ps, pe in list(public)
               if 0 < s - pe <= 2 and zh[pe:s].strip() in ("", "（", "(") and zh[s].isascii() != zh[ps].isascii()]
    if public:
        forms = {text[s:e] for s, e in public}
        for form in list(forms):
            forms.update(names.variants(form))
        same = [(s, e) for s, e in spans if text[s:e] in forms]
        anew = [(s, e) for s, e in same if _introduced_anew(zh, s, public)]
        spans = [(s, e) for s, e in spans if ((s, e) not in same or (s, e) in anew)
                 and not any(s < pe and ps < e for ps, pe in public)]
        # the public figure's own mentions stay, though a namesake's form or a private person's surname
        # ("Huang" of a masked "Wei Huang") is masked elsewhere
        kept = [*public, *(span for span in same if span not in anew and _on_public_line(zh, span[0], public))]
        return [*((s, e, "PERSON") for s, e in spans), *((s, e, "PUBLIC") for s, e in kept)]
    return [(s, e, "PERSON") for s, e in spans]


_QUOTED_NICK_BEFORE = re.compile(r"[“\"「]([\u4e00-\u9fff]{1,3}[哥姐叔姨]?|[A-Za-z]{2,12})[”\"」]$")
# Capitals in brackets after a name: its initials (MD for Maria Delgado) or a title (PM, QC, CEO).
_INITIALS = re.compile(r"\s*[(（]([A-Z]{2,4})[)）]")


def _with_name_variants(text: str, spans: list[tuple[int, int, str]],
                        public: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int, str]]:
    """Once "Maria Delgado" is masked, "Delgado said" and "DELGADO:" are the same person; so is
    the Chinese form in brackets after it ("Chan Wing Sze（陈咏诗）"). ``public``: mentions of public
    figures, left as they are."""
    zh = simplified(text)
    forms: set[str] = set()
    ambiguous: set[str] = set()  # Park, Rose: alone only away from other capitalised words
    extra: list[tuple[int, int, str]] = []
    for s, e, kind in spans:
        if kind == "PERSON" and e - s > 1:  # a surname alone (姓乜) is masked where it stands, only there
            forms.add(text[s:e])  # every other occurrence of a name found once by its context
            forms.update(names.variants(text[s:e]))
            ambiguous |= names_en_extra.ambiguous_parts(text[s:e])
            initials = _INITIALS.match(text, e)  # "Maria Delgado (MD)" … "MD: I never saw him."
            if initials and is_initials(initials.group(1), text[s:e]):  # not "Jane Doe (PM)"
                forms.add(initials.group(1))
            # 养蜂人“蜂哥”胡振宇: the nickname before it (a Chinese name's only)
            nick = _QUOTED_NICK_BEFORE.search(zh, max(0, s - 8), s) if names.HAN_CHAR.match(zh, s) else None
            if nick and nick.group(1) not in _TITLE_WORDS and not names_zh.is_plain_word(nick.group(1)):
                extra.append((*nick.span(1), "PERSON"))
            for a, b in names_mixed.other_script_forms(zh, s, e):  # 阮氏兰（Nguyễn Thị Lan） … 阮氏兰说
                extra.append((a, b, "PERSON"))
                forms.add(text[a:b])
    if not forms:
        return spans
    # (a masked Chase Whitaker's "Chase" is not the Chase of "Chase Bank")
    extra += [(s, e, "PERSON") for s, e in names.find_known(text, sorted(forms, key=len, reverse=True))
              if not (text[s:e].isascii() and names_en_things.organisation_after(text, e))]
    extra += [(s, e, "PERSON") for s, e in names_en_extra.find_ambiguous_parts(text, ambiguous - forms)]
    han = {zh[s:e] for s, e, kind in spans if kind == "PERSON" and names.HAN_CHAR.fullmatch(zh[s:e][:1])}
    extra += [(s, e, "PERSON") for s, e in names_zh_lines.speaker_surnames(zh, han)]
    extra += [(s, e, "PERSON") for s, e in names_zh_familiar.find_familiar(zh, han)]  # 鲁建兵 … 老鲁
    for s, e, kind in spans:
        if kind == "PERSON":
            extra += [(a, b, "PERSON") for a, b in names.find_given_in_context(zh, zh[s:e])]
    extra = [(s, e, k) for s, e, k in extra if not any(s < pe and ps < e for ps, pe in public)]
    return _resolve([*spans, *extra])


def _resolve(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Keep non-overlapping spans: by kind priority, then longer first, then earlier."""
    chosen: list[tuple[int, int, str]] = []
    taken = bytearray(max((e for _s, e, _k in found), default=0))
    for s, e, k in sorted(found, key=lambda t: (_PRIORITY[t[2]], -(t[1] - t[0]), t[0])):
        if not any(taken[s:e]):
            chosen.append((s, e, k))
            taken[s:e] = b"\x01" * (e - s)
    return sorted(chosen)


def redact(text: str, *, speakers: Iterable[str] = (), dictionary: Iterable[str] = (),
           detect_names: bool = True) -> Redaction:
    """Mask personal data in ``text``. No global state changed; the only I/O is loading the Chinese
    name model once (names_zh_model.py), and its tags of the last texts are kept for the next call."""
    found = find_spans(text, speakers=speakers, dictionary=dictionary, detect_names=detect_names)
    public = [(s, e) for s, e, kind in found if kind == "PUBLIC"]
    spans = _resolve([span for span in found if span[2] != "PUBLIC"])
    if detect_names:
        spans = _with_name_variants(text, spans, public)
    # Never hand out a placeholder that already appears literally in the text.
    taken = {m.group(0).upper().replace(" ", "") for m in _PLACEHOLDER.finditer(text)}
    counters: dict[str, int] = {}
    by_value: dict[tuple[str, str], str] = {}
    placeholders: dict[str, str] = {}
    pieces: list[str] = []
    out_spans: list[RedactedSpan] = []
    pos = 0
    for s, e, kind in spans:
        value = text[s:e]
        key = (kind, value)
        if key not in by_value:
            while True:
                counters[kind] = counters.get(kind, 0) + 1
                candidate = f"[{kind}_{counters[kind]}]"
                if candidate not in taken:
                    break
            by_value[key] = candidate
            placeholders[candidate] = value
        pieces.append(text[pos:s])
        pieces.append(by_value[key])
        out_spans.append(RedactedSpan(s, e, kind, by_value[key]))
        pos = e
    pieces.append(text[pos:])
    return Redaction(text, "".join(pieces), placeholders, tuple(out_spans))


def restore(answer: str, placeholders: dict[str, str]) -> str:
    """Put the originals back. Tolerates the case and spacing models use ("[person_1 ]")."""
    if not placeholders:
        return answer
    table = {k.upper(): v for k, v in placeholders.items()}

    def swap(m: re.Match[str]) -> str:
        key = f"[{m.group(1).upper()}_{m.group(2)}]"
        return table.get(key, m.group(0))

    return _PLACEHOLDER.sub(swap, answer)


class StreamRestorer:
    """Restores placeholders in streamed text, holding back a chunk end that may be half of one."""

    _MAX_HOLD = 24

    def __init__(self, placeholders: dict[str, str]) -> None:
        self.placeholders = placeholders
        self._pending = ""

    def feed(self, chunk: str) -> str:
        text = self._pending + chunk
        cut = text.rfind("[")
        if cut >= 0 and "]" not in text[cut:] and len(text) - cut <= self._MAX_HOLD:
            self._pending, text = text[cut:], text[:cut]
        else:
            self._pending = ""
        return restore(text, self.placeholders)

    def flush(self) -> str:
        text, self._pending = self._pending, ""
        return restore(text, self.placeholders)

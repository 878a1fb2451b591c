"""Person names for redaction: the names the reporter already knows, and the detectors.

Why detectors at all: the speaker list and the user dictionary only cover names the reporter
already typed in; interviews mention other people. The detectors (``names_zh``, ``names_en``)
are eager but not blind: masking a place by mistake costs a little answer quality, leaking a
name costs a source, and masking every capitalised word would make the cloud answer useless.
Each finder returns ``(start, end)`` spans over the input text; nothing here mutates state.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from desktop.engine.cloud import names_en, names_zh
from desktop.engine.cloud.names_en import find_en_names  # noqa: F401 - re-exported
from desktop.engine.cloud.names_zh import find_zh_names  # noqa: F401 - re-exported
from desktop.engine.core.text import HAN_CHAR

Span = tuple[int, int]

# Speaker labels produced by diarization ("SPEAKER_00", "Speaker 2", "说话人1") are not names.
_GENERIC_SPEAKER = re.compile(r"^(?:speaker|spk|voice|说话人|发言人|讲者|受访者|记者|主持人|interviewer|"
                              r"reporter|host|guest|q|a)[\s_-]*\d*$", re.IGNORECASE)
# jieba user-dictionary style entries: "word", "word tag", "word freq tag".
_PERSON_TAGS = {"nr", "nrfg", "nrt", "person", "name", "人名"}


def parse_dictionary_entry(entry: str) -> tuple[str, bool]:
    """``(word, is_person)`` for a user-dictionary line. Untagged entries count as names."""
    parts = entry.strip().split()
    if not parts:
        return "", False
    if len(parts) == 1:
        return parts[0], True
    tag = parts[-1].lower()
    if len(parts) >= 2 and ((tag.isalpha() and tag.isascii()) or tag in _PERSON_TAGS):
        word = " ".join(parts[:-1])
        if len(parts) >= 3 and parts[-2].isdigit():
            word = " ".join(parts[:-2])
        return word, tag in _PERSON_TAGS
    return entry.strip(), True


def is_generic_speaker(name: str) -> bool:
    return bool(_GENERIC_SPEAKER.match(name.strip()))


def variants(name: str) -> set[str]:
    """Other forms of a masked name that must be masked too: the surname or given name alone,
    the upper-case speaker label (DELGADO), the pinyin of a Chinese name."""
    if HAN_CHAR.search(name):
        compact = re.sub(r"[ \u3000]+", "", name)  # 阎 振 华 spaced out is 阎振华, and YAN ZHENHUA
        return names_zh.variants(compact) | ({compact} if compact != name else set())
    # James "Jimmy" O'Neill, Margaret 'Peggy' Doyle: the nickname alone, and the name without it
    quoted = re.findall(r"(?<= )[\"“'‘]([A-Z][a-z]+)[\"”'’](?= )", name)
    if quoted:
        plain = re.sub(r"[ \t]+[\"“'‘][A-Z][a-z]+[\"”'’](?= )", "", name)
        return {*quoted, plain, *variants(plain)}
    out = set(names_en.variants(name))
    if name[:1].islower():  # a chat nick written in lower case ("priya") is "Priya" in a sentence
        out.add(name.title())
    if name.isupper() and len(name) > 3:  # FRANK BELL in a headline is "Bell" in the story under it
        out |= {v.title() for v in (*out, name) if len(v) > 2}
    out |= {folded for v in (*out, name) if (folded := _fold_accents(v)) != v}  # Trần Văn Minh … "the Tran family"
    out |= {v[0].upper() + v[1:] for v in out if v[:1].islower()}  # al-Harbi → "Al-Harbi's lawyer"
    if re.match(r"[A-Z]\.\s", name):  # written with an initial (minutes): "P. Okafor" is later "PO"
        words = name.replace(".", " ").split()
        if len(words) >= 2:
            out.add("".join(w[0] for w in words))
    particles = [i for i, w in enumerate(name.split()) if w.lower() in names_en.PARTICLES]
    if particles and particles[0] > 0:  # "Ms. van der Merwe": the surname with its particles
        out.add(" ".join(name.split()[particles[0]:]))
    return out


@lru_cache(maxsize=8192)
def _fold_accents(word: str) -> str:
    """The name as written without its diacritics (Trần → Tran, Łukasz → Lukasz)."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word.translate(_UNDECOMPOSED))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_UNDECOMPOSED = str.maketrans({"đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss"})


def find_given_in_context(text: str, name: str) -> list[Span]:
    """The given name of a Chinese full name alone where it is also a word (立新又说)."""
    if not HAN_CHAR.search(name):
        return []
    compound = name[:2] in names_zh.COMPOUND_SURNAMES
    given = name[2:] if compound else name[1:]
    spans = names_zh.find_given_in_context(text, given) if len(given) == 2 else []
    if compound:  # 上官雪梅 … 上官说: a compound surname alone, before a verb of saying (上官女士 stays)
        spans += [m.span(1) for m in re.finditer(f"({name[:2]})(?=[又也还则就]?(?:说|称|表示|告诉|回忆|坦言))", text)]
    return spans


def known_names(speakers: Iterable[str], dictionary: Iterable[str]) -> list[str]:
    """Names to mask literally: real speaker names, tagged-person dictionary words, and their
    variants (surname alone, upper-case label), longest first."""
    names: set[str] = set()
    for raw in speakers:
        name = raw.strip()
        if name and not is_generic_speaker(name):
            names.add(name)
    for entry in dictionary:
        word, is_person = parse_dictionary_entry(entry)
        if word and is_person:
            names.add(word)
    for name in list(names):
        names.update(variants(name))
    return sorted(names, key=len, reverse=True)


# A letter or digit of a word, not a CJK character (which \w also matches).
_LATIN_WORD = r"[^\W\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\u3040-\u30ff]"


def find_known(text: str, names: Iterable[str]) -> list[Span]:
    """Literal occurrences; Latin names must sit on word boundaries, CJK names anywhere.

    One alternation per script (longest first), not one scan per name: a library's people
    list has hundreds of names and the text may be long.
    """
    cjk = sorted({n for n in names if n and HAN_CHAR.search(n)}, key=len, reverse=True)
    latin = sorted({n for n in names if n and not HAN_CHAR.search(n)}, key=len, reverse=True)
    spans: list[Span] = []
    if cjk:
        spans += [m.span() for m in re.finditer("|".join(map(re.escape, cjk)), text)]
    if latin:
        # an apostrophe before the name blocks it only inside a word (O'Neill), not as a quote ('Rose is…);
        # the lookahead on the names' first letters first, so the lookbehinds are tried only there
        firsts = "".join(sorted({re.escape(n[0]) for n in latin}))
        # (a Chinese character next to it is no part of the word: "Priya的手机")
        pattern = (rf"(?=[{firsts}])(?<!{_LATIN_WORD})(?<!-)(?<!{_LATIN_WORD}['’])"
                   rf"(?:{'|'.join(map(re.escape, latin))})(?!{_LATIN_WORD}|-)")
        spans += [m.span() for m in re.finditer(pattern, text)]
    return spans

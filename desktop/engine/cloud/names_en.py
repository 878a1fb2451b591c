"""Names written in Latin (or any alphabetic) script: runs of capitalised words, and single
capitalised words where the sentence says a person is meant.

Why not ASCII ``[A-Z][a-z]+``: interviewees are called Zoë, Łukasz, Nguyễn, O'Brien, N’Diaye,
Jean-Luc and Ana de la Cruz. A word here is any run of letters (``str.isalpha``) with
apostrophes or hyphens inside, capitalised by ``str.isupper`` on its first letter.

Two capitalised words that are not stop words are a name ("Maria Lopez"). One word is a name
only with evidence: an honorific (Ms Okafor), a verb of saying (Delgado said, said Delgado),
a role (nurse Amara, her son Theo, a man named Yusuf), "according to", an age (Ines, 34,), or a
transcript speaker label at the start of a line — and then only if it is not a common English
word (so "Police said" and "Officials told" stay). Words such as May, April, Park and Summer
are months, places or seasons far more often than names: they count only next to another name
word ("May Chen", "Park Ji-sung"), never alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.engine.cloud.first_char import guarded
from desktop.engine.cloud.names_en_lexicon import (
    AMBIGUOUS,
    BODY_BEFORE_COUNTRY,
    COMMON_SURNAMES,
    COUNTRIES,
    FAMILY_WORDS,
    HONORIFIC,
    PARTICLES,
    STOP,
)
from desktop.engine.cloud.ocr_forms import is_form_label

Span = tuple[int, int]

_LETTERS = r"[^\W\d_]"
WORD = rf"{_LETTERS}+(?:['’\-]{_LETTERS}+)*"
_WORD_RE = re.compile(WORD)
_SAY = (r"(?:said|says|say|told|tells|added|adds|explained|recalled|asked|asks|replied|wrote|writes|insisted|"
        r"admitted|denied|confirmed|argued|warned|noted|claimed|stated|described|remembered|laughed|shouted|"
        r"whispered|agreed|complained|testified|alleged|called|texted|emailed|messaged|posted|shrugged|nodded|"
        r"smiled|sighed|wept|cried|paused|frowned|hesitated|recounted|continued|sobbed|joked|urged|pleaded)")
_ROLE = (r"(?:nurse|teacher|doctor|officer|spokesman|spokeswoman|spokesperson|lawyer|attorney|mother|father|"
         r"mum|mom|dad|son|daughter|wife|husband|brother|sister|partner|friend|neighbou?r|colleague|resident|"
         r"student|farmer|driver|victim|witness|suspect|patient|manager|owner|landlord|landlady|tenant|cousin|uncle|"
         r"aunt|grandmother|grandfather|boyfriend|girlfriend|fiancée?|named|surnamed|nicknamed|pupil|"
         r"coach|pastor|worker|employee|volunteer|caller|interviewee|source|whistleblower|defendant|plaintiff|"
         r"boss|aide|assistant|secretary|child|nephew|niece|grandson|granddaughter|stepson|stepdaughter|"
         r"stepmother|stepfather|roommate|flatmate|housemate|classmate|lodger|carer|caregiver|nanny|guard|chef|"
         r"cashier|soldier|refugee|survivor|parent|widow|widower|relative|ex-wife|ex-husband|fiancé|fiance)")
# A name does not run across a line break ("Ashworth-Pryce\nAddr: …" is a name and a label).
_TOKEN_RUN = re.compile(rf"{WORD}(?:[^\S\n]+(?:(?:{'|'.join(sorted(PARTICLES, key=len, reverse=True))})[^\S\n]+|"
                        rf"{_LETTERS}\.[^\S\n]+)?{WORD})*")
_HONORIFIC_NAME = guarded(rf"\b{HONORIFIC}\.?\s+({WORD})")
_SAID_AFTER = re.compile(rf"\b(?<!-)({WORD})(?:,\s*\d{{1,3}},)?\s+{_SAY}\b")
_SAID_BEFORE = re.compile(rf"\b{_SAY}\s+({WORD})\b")
_ROLE_BEFORE = guarded(rf"\b{_ROLE},?\s+({WORD})\b", re.I)
_ACCORDING = re.compile(rf"\baccording to\s+({WORD})\b", re.I)
_AGE = re.compile(rf"\b({WORD}),\s*(?:aged\s+)?\d{{1,3}},(?!\d)")  # 72,000 miles is no age
_LABEL = re.compile(rf"(?m)^[ \t]*(?:{HONORIFIC}\.?[ \t]+)?({WORD}(?:[ \t]+{WORD}){{0,2}})[ \t]*[:：]", re.I)
# "Okonkwo's sister", "Delgado's lawyer": a possessive before a role is a person's name.
_POSSESSIVE_ROLE = re.compile(rf"['’]s\s+(?:\w+\s+)?{_ROLE}\b", re.I)  # the name is the word before
# "ask for Liam", "speak to Aoife": asking for somebody by name.
_ASK_FOR = re.compile(rf"\b(?:[Aa]sk|asked|asking) for\s+({WORD})\b|\b(?:speak|spoke|talk|talked) (?:to|with)\s+({WORD})\b")
# "named only as Precious", "identified as Hope": the sentence says outright this is a name.
_NAME_WORDS = AMBIGUOUS | {"Mark", "Frank", "Jack", "Guy", "Ray", "Drew", "Dean", "Sue", "Bob", "Don", "Max", "Sam"}
_AFTER_ASKED = re.compile(r"\s+(?:at|in|on|when|if|and|or|by)\b|[\"”’']?[ \t]*[,.;!?]")
_NAMED_AS = re.compile(rf"\b(?:named|identified|known|referred to)(?:\s+only)?\s+as\s+({WORD})")
# "Okafor, a teacher at the school", "Chen, who runs the shop": an apposition that describes a person.
_APPOSITION = re.compile(rf",\s+(?:(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){{0,2}}{_ROLE}\b|who\s)")
_WORD_BEFORE = re.compile(rf"\b({WORD})$")
# Verbs whose object can only be a person: "when we met Mbeki", "police arrested Dlamini".
_PERSON_OBJECT = re.compile(rf"\b(?:met|interviewed|thanked|phoned|arrested|charged|married|"
                            rf"hugged|comforted|consoled)\s+({WORD})\b")
# O'Neill, McCarthy, D'Arcy: shapes that only surnames have.
_SURNAME_SHAPE = re.compile(r"\b(?:O['’][A-Z][a-z]{2,}|Mc[A-Z][a-z]{2,}|D['’][A-Z][a-z]{2,})\b(?!['’]s\b)")
# Short words that are stop words at the start of a phrase but family or given names after a
# name ("Nguyễn Văn An", "Tran Thi Ha", "Maria Do").
_SHORT_SURNAMES = {"An", "Do", "Ha", "Le", "La", "Lo", "So", "Ma", "Mo", "Yu", "Hu", "Li", "Ng", "Ho", "Oh",
                   "Thu", "Sun"}  # Nguyễn Thị Thu Hà: a day's abbreviation inside a name is a name
COMMON_FREQUENCY = 10_000  # pyspellchecker counts: above this a word is ordinary English


# al-Qahtani, el-Sayed, bin-Salman, d'Arcy: a lower-case particle joined to a capitalised name.
_PARTICLE_JOINED = re.compile(r"(?:al|el|ul|bin|ibn|abu|van|de|di|da|du|le|la|d|l)['’-][A-Z]")


def is_cap(word: str) -> bool:
    if word[:1].isupper():
        return not (len(word) > 1 and word.isupper())
    return ("-" in word[:4] or "'" in word[:2] or "’" in word[:2]) and _PARTICLE_JOINED.match(word) is not None


@lru_cache(maxsize=1)
def _word_frequency():
    try:
        from spellchecker import SpellChecker
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    return SpellChecker(language="en", distance=1).word_frequency


def is_common_word(word: str, threshold: int = COMMON_FREQUENCY) -> bool:
    """A frequent English word ("Police", "Officials", "Update"): not a name on weak evidence."""
    freq = _word_frequency()
    low = word.lower().replace("’", "'")
    return freq is not None and freq[low] > threshold


def _plural_of_common(word: str) -> bool:
    """"Scores:", "Results:": a line label that is the plural of an ordinary noun."""
    return word.endswith("s") and len(word) > 3 and is_common_word(word[:-1])


_ACRONYMS = re.compile(r"[A-Z]{2,}s")  # MPs, GPs, CEOs: a plural, not a name


def _nameish(word: str) -> bool:
    head = re.split(r"['’\-]", word)[0]
    return is_cap(word) and word not in STOP and head not in STOP and len(word) >= 2 and not _ACRONYMS.fullmatch(word)


def _single(word: str) -> bool:
    """Whether one capitalised word may be a name, given some evidence that a person is meant
    ("Airways said" is a company's name cut short: an organisation noun is never a name alone)."""
    return (_nameish(word) and word not in AMBIGUOUS and word not in ORG_NOUNS and word not in COUNTRIES
            and not is_common_word(word))


def find_runs(text: str) -> list[Span]:
    """Two or more name words in a row (particles and initials allowed inside)."""
    spans: list[Span] = []
    for m in _TOKEN_RUN.finditer(text):
        words = list(_WORD_RE.finditer(m.group(0)))
        run: list[re.Match[str]] = []
        for w in [*words, None]:
            word = w.group(0) if w is not None else ""
            if w is not None and not (run and run[-1].group(0).endswith(("'s", "’s"))) and (
                    _nameish(word) or (run and word.lower() in PARTICLES) or (len(run) >= 2 and word in _SHORT_SURNAMES)):
                run.append(w)
                continue
            while run and run[-1].group(0).lower() in PARTICLES:
                run.pop()
            if len(run) >= 3 and is_common_word(run[0].group(0)) and _at_sentence_start(text, m.start() + run[0].start()):
                run = run[1:]  # "Reach Fatima Al-Sayed…", "Text D'Arcy…": an imperative, not a name
            names = [r.group(0) for r in run if r.group(0).lower() not in PARTICLES]
            owner = run and run[-1].group(0).endswith(("'s", "’s"))  # "Bill Gates's Foundation": his
            last = run[-1].group(0)[:-2] if owner else run[-1].group(0) if run else ""
            if run and ((w is not None and word in ORG_NOUNS and not owner) or last in ORG_NOUNS):
                run = []  # "Communications Decency Act", "Editorial Desk", "the Ombudsman's": the name of a thing
                continue
            if len(run) == 2 and last in COUNTRIES and run[0].group(0) in BODY_BEFORE_COUNTRY:
                run = []  # "Service Canada", "Sport England": a country's body ("Tom England" is a person)
                continue
            run_start, run_end = (m.start() + run[0].start(), m.start() + run[-1].end()) if run else (0, 0)
            if run and (_PLACE_AFTER.match(text, run_end) or _ORG_BEFORE.search(text, max(0, run_start - 30), run_start)):
                run = []  # a place ("Lok Ma Chau checkpoint") or an organisation ("analysts at Morgan Stanley")
                continue
            if run and _TICKER_AFTER.match(text, m.start() + run[-1].end()):
                run = []  # "Kweichow Moutai (600519)": a listed company
                continue
            if run and run[0].group(0) in CAR_MAKES:
                run = []  # "the suspect's Honda Civic": a car
                continue
            if run and _A_THING.search(text, max(0, m.start() + run[0].start() - 24), m.start() + run[0].start()):
                run = []  # "a silver Ford Focus", "an old Land Rover": a thing; people are not "a" anything
                continue
            if len(names) >= 2 and (any(n not in AMBIGUOUS for n in names) or _ambiguous_pair(names, text, m, run)):
                end = m.start() + run[-1].end()
                end -= 2 if text[end - 2:end] in ("'s", "’s") else 0
                spans.append((m.start() + run[0].start(), end))
            run = []
    return spans


# Makes of car: a run that starts with one is a model ("Honda Civic", "Toyota Camry").
CAR_MAKES = {"Honda", "Toyota", "Ford", "Nissan", "Hyundai", "Kia", "Volkswagen", "Audi", "Mercedes", "Tesla",
             "Chevrolet", "Chevy", "Mazda", "Subaru", "Lexus", "Volvo", "Jeep", "Dodge", "Peugeot", "Renault",
             "Citroen", "Citroën", "Fiat", "Skoda", "Škoda", "Vauxhall", "Opel", "Porsche", "Jaguar", "Buick",
             "Cadillac", "Mitsubishi", "Suzuki", "Geely", "Chery", "Haval", "Nio", "Xpeng", "Seat", "Mini"}
# An indefinite article (and one lower-case adjective) just before a run of capitalised words.
_A_THING = re.compile(r"\b(?:a|an|A|An)\s+(?:(?!young\b|little\b|certain\b|former\b|late\b|teenage\b|retired\b|"
                      r"grieving\b|local\b|then\b)[a-z]+\s+)?$")
# Words after a run of capitalised words that make it the name of a law, place or institution.
ORG_NOUNS = {"Act", "Acts", "Foundation", "Institute", "University", "College", "School", "Hospital", "Center",
             "Centre", "Museum", "Award", "Awards", "Prize", "Trust", "Fund", "Street", "Road", "Avenue", "Bridge",
             "Station", "Airport", "Stadium", "Library", "Hall", "Building", "Tower", "Group", "Company",
             "Corporation", "Inc", "Ltd", "Party", "Church", "Cathedral", "Commission", "Committee", "Council",
             "Agency", "Court", "Report", "Doctrine", "Law", "Syndrome", "Disease", "Effect", "Medal", "Cup",
             "Trophy", "Memorial", "Amendment", "Treaty", "Convention", "Declaration", "Accord", "Plan",
             "Index", "Exchange", "Bank", "Office", "Desk", "Team", "Department", "Ministry", "Bureau", "Market",
             "Hotel", "Restaurant", "Theatre", "Theater", "Times", "Post", "Daily", "Herald", "Journal",
             "Airlines", "Airways", "Motors", "Holdings", "Securities", "Partners", "Capital", "Ventures",
             "Advice", "Service", "Services", "Key", "Keys", "Point", "Heights", "Springs", "Falls", "Harbour",
             "Harbor", "Cove", "Creek", "Reef", "Peninsula", "Marina", "Quay", "Wharf", "Pier", "Junction",
             "Board", "Camp", "Camps", "Fair", "Expo", "Gala", "Gallery", "Studio", "Studios", "Scheme", "Coroner",
             # a business or a place of care named by what it does: Kestrel Foods, St Luke's Hospice
             "Hospitals", "Hospice", "Clinics", "Foods", "Industries", "Technologies", "Systems", "Logistics",
             "Pharmaceuticals", "Mass", "Solicitors", "Express", "Rd", "Sports", "Tour", "Prix",
             # football clubs: Millbrook Rovers, Castleton Athletic
             "FC", "AFC", "Rovers", "Athletic", "Wanderers", "Albion", "Rangers",
             # a service's desk or network: National Rail Enquiries, Network Rail
             "Enquiries", "Inquiries", "Helpline", "Rail", "Railway", "Railways", "Trains", "Transport", "Fraud", "Cloud", "Security",
             # a school, an award or a body named by what it is: Riverside High, Hartley Bursary, a Rights Unit
             "High", "Primary", "Bursary", "Scholarship", "Tutoring", "Unit", "Ombudsman"}
# A run of capitalised words followed by one of these lower-case nouns is a place: "Lok Ma Chau
# checkpoint", "Sha Tin district".
_PLACE_AFTER = re.compile(r"\s+(?:checkpoint|crossing|border|station|airport|district|county|province|region|"
                          r"village|town|township|port|harbour|harbor|terminal|interchange|estate|campus|"
                          r"area|island|peninsula|valley|river|bridge|tunnel|highway|expressway|bay)\b")
# Before a run: "analysts at Morgan Stanley", "Ministry of Human Resources": an organisation.
_ORG_BEFORE = re.compile(r"(?:\b(?i:analysts?|economists?|strategists?|researchers?|scientists?|engineers?|employees?|"
                         r"staff|workers|bankers?|executives?|traders?|experts?|officials?|advisers?|advisors?)\s+"
                         r"(?:at|from|with)|\b(?:Ministry|Department|Bureau|Office|University|Institute|College|"
                         r"School|Museum|Bank|Board|Commission|Council|Academy|Society|Federation|Association|"
                         r"Agency|Minister|Secretary|Chamber|Faculty|Centre|Center|Division|Service|Court|"
                         r"Republic|State|Province|Kingdom|Gulf|Bay|Isle|Port)\s+(?:of|for)(?:\s+the)?"
                         # "interviewed by the Wichita Eagle": people are not "the" anything; and what
                         # fraud is "reported to" is an agency
                         r"|(?<![A-Za-z])the|\b[Rr]eport(?:ed|ing|s)?(?:\s+(?:it|this|them|fraud|scams?|crimes?))?\s+to)\s+$")
# "the Tulsa Beacon said": the last word of a name of a thing, not a person alone.
# ("a spokesperson for Amazon said": who has a spokesperson is an organisation)
_THE_THING_BEFORE = re.compile(r"(?<![A-Za-z])the\s+[A-Z][\w'’-]*\s+$|\bspokes(?:person|man|woman)\s+for\s+(?:the\s+)?$")
# A stock code in brackets after a company's name: (600519), (0700.HK), (NASDAQ: BIDU).
_TICKER_AFTER = re.compile(r"\s*[(（]\s*(?:\d{4,6}(?:\.[A-Z]{1,3})?|[A-Z]{2,8}\s*[:：]\s*[A-Z0-9.]{1,8})\s*[)）]")
# Initials before a surname: "E. N. Chukwuma", "J.R. Okafor".
_INITIALS_NAME = re.compile(rf"\b(?:(?:[A-Z]|Ll|Ch|Th)\.\s?){{1,3}}({WORD})")  # Welsh Ll.: Siân Ll. Evans
_GIVEN_BEFORE = re.compile(rf"(?<![\w'’-])({WORD})[ \t]+$")
# A name followed by another of its names in brackets: "Chukwuma (Emeka)".
_BRACKETED_NAME = re.compile(rf"\s*[(（]\s*({WORD})\s*[)）]")
# Given names that are also months or words, and surnames that are also words: "June Park",
# "Grace King" are people when a given-name word comes first and no place word follows.
_AMBIGUOUS_GIVEN = {"May", "April", "June", "August", "Summer", "Grace", "Hope", "Faith", "Joy", "Will", "Bill",
                    "Rose", "Dawn", "Sunny", "Rob", "Pat", "Sky", "Star", "Iris", "Jade", "Amber", "Ruby"}
_AMBIGUOUS_FAMILY = {"Park", "Lane", "King", "Brown", "White", "Black", "Green", "Long", "Young", "Rich", "Rose",
                     "Star"}


# Ambiguous given names that are months, or verbs starting many sentences ("Will you…", "June 30").
_VERB_LIKE_GIVEN = {"May", "April", "June", "August", "Will", "Bill", "Rob", "Pat"}


_KIN_BEFORE = re.compile(rf"(?i:{FAMILY_WORDS}|widower|widow)\b")


def _ambiguous_pair(names: list[str], text: str, m: re.Match[str], run: list[re.Match[str]]) -> bool:
    if len(names) != 2 or names[0] not in _AMBIGUOUS_GIVEN or names[1] not in _AMBIGUOUS_FAMILY:
        return False
    after = re.match(rf"\s+({WORD})", text[m.start() + run[-1].end():])
    return not (after and (after.group(1) in ORG_NOUNS or after.group(1) in STOP))


def _at_sentence_start(text: str, i: int) -> bool:
    return re.search(r"(?:^|[.!?。！？:\n]\s*|[“\"(]\s*)$", text[max(0, i - 3):i]) is not None or i == 0


# A title and surname alone speaking for an institution stay, as 王女士 and 张律师 do: "Mr. Lee, a
# force spokesman,". A teacher or a headteacher is a private person ("The headteacher, Mr Okafor,").
_OFFICIAL_ROLE = r"(?:spokes(?:man|woman|person)|press officer|official|representative)"
_OFFICIAL_AFTER = re.compile(rf",\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}{_OFFICIAL_ROLE}\b")
_PLAIN_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Madam|Dr|Mme|Mlle|Herr|Frau|Señora?)\b")
_OFFICIAL_BEFORE = re.compile(rf"\b{_OFFICIAL_ROLE}s?,\s*$", re.I)


def find_singles(text: str) -> list[Span]:
    """One capitalised word that the context marks as a person."""
    spans: list[Span] = []
    official: set[int] = set()
    plain: set[int] = set()
    for m in _HONORIFIC_NAME.finditer(text):
        word = m.group(1)
        owner = 2 if word.endswith(("'s", "’s")) and len(word) > 3 else 0  # "Mrs Okafor's boy": the name, not 's
        word = word[:len(word) - owner]
        if _OFFICIAL_AFTER.match(text, m.end()) or _OFFICIAL_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            official.add(m.start(1))  # "Mr. Lee, a force spokesman,": title and surname, like 王女士
            continue
        if word in COMMON_SURNAMES and _PLAIN_TITLE.match(m.group(0)):
            # "Mr Li", "Ms Walsh", "Dr Ahmed": 李先生, 王女士 and 张医生 in English, a surname so common that with a
            # form of address it names no one; once the full name is masked it is masked with it
            plain.add(m.start(1))
            continue
        if _nameish(word) and word not in AMBIGUOUS:
            spans.append((m.start(1), m.end(1) - owner))
    for pattern in (_SAID_AFTER, _SAID_BEFORE, _ACCORDING, _AGE):
        for m in pattern.finditer(text):
            if _single(m.group(1)) and not _THE_THING_BEFORE.search(text, max(0, m.start(1) - 30), m.start(1)):
                spans.append(m.span(1))
    for m in _ROLE_BEFORE.finditer(text):
        # "her sister Joy at +63…": after a relative, a given name that is also a word (Joy, Will) is the name
        if _single(m.group(1)) or (m.group(1) in _AMBIGUOUS_GIVEN and _KIN_BEFORE.match(m.group(0))):
            spans.append(m.span(1))
    spans += [m.span(1) for m in _PERSON_OBJECT.finditer(text) if _single(m.group(1))]
    for m in _ASK_FOR.finditer(text):
        group = 1 if m.group(1) else 2
        word = m.group(group)  # "ask for Mark at the front desk": a capital there is a first name
        if (_single(word) and not _plural_of_common(word)) or (word in _NAME_WORDS and _AFTER_ASKED.match(text, m.end(group))):
            spans.append(m.span(group))
    for pattern in (_APPOSITION, _POSSESSIVE_ROLE):  # anchored on ", a teacher" / "'s sister", cheap to scan
        for m in pattern.finditer(text):
            w = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if w and _single(w.group(1)) and w.start(1) not in official:
                spans.append(w.span(1))
    for m in _NAMED_AS.finditer(text):
        if _nameish(m.group(1)):
            spans.append(m.span(1))
    spans += [m.span() for m in _SURNAME_SHAPE.finditer(text)]
    # "thanked Apollo Hospitals", "said Kestrel Foods": the word begins an organisation's name
    spans = [(s, e) for s, e in spans if not ((org := _NEXT_WORD.match(text, e)) and org.group(1) in ORG_NOUNS)]
    for m in _LABEL.finditer(text):
        words = m.group(1).split()
        if len(words) == 1 and _single(words[0]) and not _plural_of_common(words[0]) \
                and not is_form_label(words[0]) and not _field_label(text, m):  # "Narne:", OCR's "Name:"
            spans.append(m.span(1))
    return [(s, e) for s, e in spans if s not in plain]


# Speaker labels of a transcript that name a part, not a person (PROSECUTOR:, INTERVIEWER:).
LABEL_ROLES = {"prosecutor", "prosecution", "defence", "defense", "counsel", "judge", "court", "clerk",
               "interviewer", "interviewee", "reporter", "host", "moderator", "anchor", "narrator", "caller",
               "operator", "dispatcher", "translator", "interpreter", "audience", "chair", "chairman",
               "chairwoman", "panel", "voice", "crowd", "officer", "juror", "jury", "usher", "presenter",
               "guest", "unknown", "unidentified", "male", "female", "man", "woman", "speaker", "question",
               "answer"}
_ROLE_WORD = re.compile(_ROLE, re.I)


_NEXT_WORD = re.compile(r"[ \t]+([A-Z][\w'’-]*)")
# What a form's field holds rather than what a speaker says: a number ("NIN: 7482…", "BVN: 2218…").
_NUMBER_VALUE = re.compile(r"[ \t]*[+(]?\d")


def _field_label(text: str, m: re.Match[str]) -> bool:
    """"Landlord: …", "NIN: 7482 …": a field of a form (a role, or a label before a number), not a
    speaker."""
    return _NUMBER_VALUE.match(text, m.end()) is not None or _ROLE_WORD.fullmatch(m.group(1)) is not None


def find_caps_labels(text: str) -> list[Span]:
    """Upper-case speaker labels at the start of a line ("DELGADO:", "MARIA DELGADO:")."""
    spans: list[Span] = []
    for m in _LABEL.finditer(text):
        words = m.group(1).split()
        if _field_label(text, m):
            continue
        if all(w.isupper() and len(w) >= 3 and w not in STOP for w in words) \
                and not any(w.lower() in LABEL_ROLES or _ROLE_WORD.fullmatch(w) for w in words):
            titled = [w.capitalize() for w in words]
            if all(_nameish(t) and t not in AMBIGUOUS and not is_common_word(t) for t in titled):
                spans.append(m.span(1))
    return spans


# Chinese, Japanese and Korean characters count as letters to Python's re: "大学生Oliver" would be one
# word. Each is read as a joiner (not a letter, not a space), so a Latin name glued to Chinese is found.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")


# A Chinese place noun right after Latin words: "近 Sha Tin 路段", "在 Mong Kok 一带" name a place.
_ZH_PLACE_AFTER = re.compile(r"[ \t]*(?:路段|地区|一带|口岸|路口|机场)")


def find_en_names(text: str) -> list[Span]:
    original = text
    text = _CJK.sub("\u2060", text)  # same length: the spans found stand for the original text
    spans = [*find_runs(text), *find_singles(text), *find_caps_labels(text)]
    for m in _INITIALS_NAME.finditer(text):
        possessive = m.group(1).endswith(("'s", "’s"))  # "J. K. Mensah's car": the name is "J. K. Mensah"
        if _single(m.group(1)[:-2] if possessive else m.group(1)):
            given = _GIVEN_BEFORE.search(text, max(0, m.start() - 16), m.start())  # "John A. Smith": all of it
            start = given.start(1) if given and _single(given.group(1)) else m.start()
            spans.append((start, m.end() - 2 if possessive else m.end()))
    for _start, end in list(spans):
        b = _BRACKETED_NAME.match(text, end)
        if b and _single(b.group(1)):
            spans.append(b.span(1))
    return [(s, e) for s, e in spans if not _ZH_PLACE_AFTER.match(original, e)]


def variants(name: str) -> set[str]:
    """Other ways a masked Latin-script name shows up: each part alone and the upper-case forms."""
    words = [w for w in name.split() if w.lower() not in PARTICLES]
    out: set[str] = set()
    if len(words) >= 2:
        for w in words:
            bare = w.rstrip(".")
            if len(bare) >= 2 and bare not in STOP and bare not in AMBIGUOUS:
                out.add(bare)
                out.add(bare.upper())
        out.add(name.upper())
        if words[0] in _AMBIGUOUS_GIVEN and words[0] not in _VERB_LIKE_GIVEN:
            out.add(words[0])  # "Summer Blackwood" … later "Summer said": the same person
        for w in words:
            letters = [ch for ch in w.upper() if ch.isalpha()]
            if len(letters) >= 4:
                out.update({"-".join(letters), ". ".join(letters)})  # spelled out: B-L-A-C-K
    elif words:
        out.add(words[0].upper())
    return {v for v in out if v != name and len(v) >= 2}

"""Latin-script names that the layout of a chat export, a notice or an obituary marks.

- Chat exports: the sender after the date and time that every exported message opens with
  ("[29/11/2024, 22:14] priya: …", "29/11/2024, 22:14 - Tom Hale: …") is a person, written in
  lower case or not; so is a speaker with the time after the name ("Jason 10:21：…").
- A death notice or an index entry: "SURNAME, Given ('Nick')" at the start of a sentence.
- Kin named by their relation: "the late Halina", "father of Piotr and of Ewa"; and in family notices
  ("Oliver, younger son of…", "A brother for Selin", "née Sorensen").
- A message signed at its end (". - Kevin", or the name on a line of its own).
- The person to ring before a number read out in words ("ring Rory on oh seven…").
- The value of a form's field that names a party ("Tenant: Olumide Fashola", "Fixer contact: Chinedu").

Kept apart from names_en.py, whose rules read one capitalised word and its neighbours.
"""

from __future__ import annotations

import re

from desktop.engine.cloud.names_en import (
    AMBIGUOUS,
    LABEL_ROLES,
    ORG_NOUNS,
    STOP,
    WORD,
    _nameish,
    _single,
    is_common_word,
)

Span = tuple[int, int]

_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?"
_DATE = r"\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?"  # the year may be left out (11/28 22:15 - Tom:)
# "[29/11/2024, 22:14] priya:", "29/11/2024, 22:14 - Tom Hale:", "[2024-11-29 22:14:05] bob:".
_EXPORT_HEADER = re.compile(rf"(?m)^[ \t]*(?:\[[A-Za-z]{{2,12}}\][ \t]*)?\[?{_DATE},?[ \t]+{_TIME}\]?[ \t]*(?:[-–][ \t]*)?"
                            r"([^\W\d_][\w'’.\-]*(?:[ \t][^\W\d_][\w'’.\-]*){0,3}?)[ \t]*:(?=[ \t])")
# "[19:02] Priya:", "[19:04] Dev M:": a time alone in brackets, then the sender.
_TIME_HEADER = re.compile(rf"(?m)^[ \t]*\[{_TIME}\][ \t]*([A-Z][\w'’.\-]*(?:[ \t][A-Z][\w'’.\-]*){{0,2}})[ \t]*:(?=[ \t])")
# "Jason 10:21：", "Amy Chen 10:23:": the name, then the time, then the colon.
_NAME_TIME = re.compile(rf"(?m)^[ \t]*({WORD}(?:[ \t]+{WORD})?)[ \t]+(?:{_DATE}[ \t]+)?{_TIME}[ \t]*[:：]")
# Senders that are no person: the app's own notices, "You" in an export of one's own phone.
_NOT_SENDER = {"you", "system", "whatsapp", "wechat", "admin", "bot", "group", "messages", "notice",
               "error", "info", "warning", "warn", "debug", "trace", "fatal", "critical"}  # a log's levels
# What follows "SURNAME," in a court caption or a list, not a given name.
_PARTY_WORDS = {"Plaintiff", "Plaintiffs", "Defendant", "Defendants", "Appellant", "Respondent", "Petitioner",
                "Claimant", "Jr", "Sr", "Esq", "Inc", "Ltd"}

# "WOJCIECHOWSKI, Stanisław ('Stan'), 1938–2026": the surname in capitals, a comma, the given names,
# and a familiar name in brackets.
_SURNAME_FIRST = re.compile(r"(?:^|(?<=[\n.!?]))[ \t]*([A-Z][A-Z'’\-]{2,})[ \t]*,[ \t]+"
                            rf"({WORD}(?:[ \t]+{WORD})?)(?:[ \t]*\([ \t]*['‘\"“]?({WORD})['’\"”]?[ \t]*\))?")
_KIN = (r"husband|wife|father|mother|son|daughter|brother|sister|grandfather|grandmother|grandson|"
        r"granddaughter|widow|widower|partner|uncle|aunt|nephew|niece|cousin|stepfather|stepmother|"
        r"father-in-law|mother-in-law|son-in-law|daughter-in-law|grandma|grandpa|nan|friend")
# "father of Piotr", "husband of the late Halina", "and of Ewa", "the late Halina".
_KIN_OF = re.compile(rf"\b(?:(?:{_KIN})s? of|and of|the late)[ \t]+(?:the late[ \t]+)?({WORD})")
_SPOKEN_DIGIT = r"(?:oh|zero|nought|one|two|three|four|five|six|seven|eight|nine|double|triple)\b"
# "ring Rory on oh seven seven…", "call Aoife on zero eight…".
_CALL_SPOKEN = re.compile(r"\b(?:[Cc]all|[Rr]ing|[Tt]ext|[Pp]hone|[Aa]sk for)[ \t]+([A-Z][a-z]{2,12})"
                          rf"[ \t]+(?:on|at)[ \t]+{_SPOKEN_DIGIT}")

# A message signed at its end, after its last sentence: "… not on my work line. - Kevin", "Thanks! — Priya"
# (not a score, "3 - Arsenal", nor a news agency's credit, "… on Monday. — Reuters").
_SIGN_OFF = re.compile(r"(?<=[.!?])[ \t]+[-–—~][ \t]*([A-Z][a-z]{2,14})[ \t]*[\"”’']?[ \t]*(?=$|\n)", re.M)
# A message signed on a line of its own: "…ring me after work.\nDev", "Thanks,\n— Priya" (what follows may be
# the next message of a document).
_SIGNED_LINE = re.compile(r"(?:(?<=[.!?,)\n])[ \t]*\n+[ \t]*(?:[-–—~][ \t]*)?|\n[ \t]*[-–—~][ \t]*)"
                          r"([A-Z][a-z]{2,14})[ \t]*[.!x]?[ \t]*(?=\n|\Z)")  # "…by the back door\n- Jomo": a dash signs
# Family notices: "Oliver, younger son of…", "A brother for Selin", "(née Sorensen)", "Births: To Kemal and…".
_FAMILY = re.compile(rf"\b({WORD}),[ \t]+(?:(?:elder|younger|eldest|youngest|only|second|third)[ \t]+)?"
                     rf"(?:son|daughter|child)[ \t]+of\b|\b[Aa][ \t]+(?:sister|brother)[ \t]+for[ \t]+({WORD})|"
                     rf"\bn[ée]e[ \t]+({WORD})|\bBirths?:[ \t]+To[ \t]+({WORD})[ \t]+and\b")
_AGENCIES = {"Reuters", "Bloomberg", "Xinhua", "Kyodo", "Yonhap", "Agencies", "Staff", "Editor", "Anonymous"}

# A form's field for a party, then the name in it (capitals allowed: "Name: IFEOLUWA BABATUNDE-OJO").
_PARTY_FIELD = re.compile(r"(?m)^[ \t]*(?:[A-Za-z]+[ \t]+)?(?i:landlord|landlady|tenant|lodger|receiver|recipient|"
                          r"sender|consignee|applicant|guarantor|beneficiary|account holder|account name|payee|"
                          r"next of kin|contact|contact person|borrower|lender|lessor|lessee|claimant|buyer|seller|"
                          # a nomination paper or a register: "Candidate surname: HOLLINGWORTH", "Other names: …"
                          r"surname|last name|family name|other names|first names?|forenames?|given names?|"
                          r"proposer|seconder|nominee|candidate|signatory|petitioner|donor|elector)"
                          r"[ \t]*(?:\([^)\n]{1,20}\))?[ \t]*[:：][ \t]*"
                          r"([A-Z][\w'’.\-]*(?:[ \t][A-Z][\w'’.\-]*){0,3}?)(?=[ \t]*(?:$|[,，;；（(|]|[ \t]{2}))")


# A record's key and value (holder=MENG XIAOLIN), a deed's numbered party ((1) HAMISH ALASDAIR MCLEOD of …), a
# spreadsheet's quoted "Surname, Given" cell.
_KEY_VALUE = re.compile(r"\b(?:holder|cardholder|card_holder|customer_name|full_name)[ \t]*=[ \t]*"
                        r"([A-Z][A-Za-z'’-]+(?:[ \t][A-Z][A-Za-z'’-]+){1,3})")
_DEED_PARTY = re.compile(r"\(\d\)[ \t]+([A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){1,3})[ \t]+of\b")
_QUOTED_CELL = re.compile(r"(?:^|(?<=[\s,]))\"([A-Z][a-z'’-]+), ([A-Z][a-z'’-]+)\"(?=,|$)", re.M)


def _party_value(words: list[str]) -> bool:
    """A person's name, not an organisation or a place ("Contact: Thames Valley Police") nor a word
    ("Contact: Reception")."""
    return all(_nameish(w.capitalize() if w.isupper() else w) for w in words) \
        and not any(w in STOP or w in ORG_NOUNS or w.capitalize() in STOP for w in words) \
        and not (len(words) == 1 and is_common_word(words[0]))


def _sender_ok(name: str) -> bool:
    words = name.split()
    low = name.lower()
    return low not in _NOT_SENDER and not any(w.lower() in LABEL_ROLES for w in words) \
        and not any(w.capitalize() in STOP for w in words) \
        and not (len(words) == 1 and is_common_word(low))  # "Mum:", "Update:": no name to hide


def find_chat_names(text: str) -> list[Span]:
    spans: list[Span] = []
    if ":" in text:
        spans += [m.span(1) for m in _EXPORT_HEADER.finditer(text) if _sender_ok(m.group(1))]
        spans += [m.span(1) for m in _TIME_HEADER.finditer(text) if _sender_ok(m.group(1))
                  and all(len(w.rstrip(".")) == 1 or (_nameish(w) and not is_common_word(w)) for w in m.group(1).split())]
        for m in _NAME_TIME.finditer(text):  # an agenda ("Lunch 12:30:", "June 10:30:") is no chat
            words = m.group(1).split()
            if all(_nameish(w) and w not in AMBIGUOUS and not is_common_word(w) for w in words) \
                    and _sender_ok(m.group(1)):
                spans.append(m.span(1))
    for m in _SURNAME_FIRST.finditer(text):
        surname = m.group(1)
        given = m.group(2).split()
        if surname.capitalize() in STOP or is_common_word(surname.lower()) or not any(ch in "AEIOUY" for ch in surname) \
                or not all(_nameish(w) and not is_common_word(w) and w not in _PARTY_WORDS for w in given):
            continue
        spans += [m.span(1), m.span(2)]
        if m.group(3) and _nameish(m.group(3)):
            spans.append(m.span(3))
    spans += [m.span(1) for m in _KIN_OF.finditer(text) if _single(m.group(1))]
    spans += [m.span(1) for m in _CALL_SPOKEN.finditer(text) if m.group(1) not in STOP]
    spans += [m.span(1) for m in _SIGN_OFF.finditer(text)
              if m.group(1) not in STOP and m.group(1) not in _AGENCIES and not is_common_word(m.group(1).lower())]
    spans += [m.span(1) for m in _SIGNED_LINE.finditer(text) if m.group(1) not in _AGENCIES and _single(m.group(1))]
    spans += [m.span(g) for m in _FAMILY.finditer(text) for g in range(1, _FAMILY.groups + 1)
              if m.group(g) and _single(m.group(g))]
    spans += [m.span(1) for pattern in (_KEY_VALUE, _DEED_PARTY) for m in pattern.finditer(text)
              if _party_value(m.group(1).split())]
    spans += [m.span(g) for m in _QUOTED_CELL.finditer(text) if _party_value([m.group(1), m.group(2)]) for g in (1, 2)]
    if ":" in text or "：" in text:
        for m in _PARTY_FIELD.finditer(text):
            value = m.group(1).rstrip(".")  # "Tenant: Ann Cole." ends a sentence
            if _party_value(value.split()):
                spans.append((m.start(1), m.start(1) + len(value)))
    return spans

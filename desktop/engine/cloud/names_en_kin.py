"""Latin-script names that a phrase marks outright, from the seventh blind set's classes of misses.

- A relative or friend named in apposition: "his wife, Iris.", "her sister in Cebu, Rowena,";
  and a Latin name after a Chinese kin word (表妹 Wanjiru, 同事 Kevin).
- Self-naming: "introduced himself as Ren", "goes by Ren", "its me, Heath", "hi its Marisol",
  "my name is Oksana", 我是Brandon, and the person one is asked not to tell ("dont tell Marisol").
- A nickname in quotes inside a full name (Daniel "Danny" Koh): the whole is one person, so the
  surname alone later is masked too.
- A full name, then an age in commas (Frank Bank, 47,): the name even when its words are also
  ordinary words (Bank, Lane), and its surname alone later as a sentence's subject (Bank denies).
- A transcript's speaker in capitals after a time stamp ([00:03:15] ROSE BUSH:).
- A couple or siblings under one surname ("Steven and Laura Baker", "Tom & Ann Reid"): the given
  name before "and" belongs to the masked full name after it.
- The children or grandchildren listed in a family notice ("dad to Catriona and Ruaridh"), and the
  notice's surname in capitals before the given names ("McALLISTER, Hamish Ewan (Hamie).").
- Korean names in Hangul in a text that is not Korean (韩国学生 김지원): a family-name syllable and
  two more (the usual three-syllable name).
"""

from __future__ import annotations

import re

from desktop.engine.cloud.first_char import guarded
from desktop.engine.cloud.names import is_generic_speaker
from desktop.engine.cloud.names_en import ORG_NOUNS, _nameish, _single
from desktop.engine.cloud.names_en_extra import given_like
from desktop.engine.cloud.names_en_lexicon import FAMILY_WORDS, PARTICLES, STOP

Span = tuple[int, int]

_NAME = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_KIN = (rf"(?:{FAMILY_WORDS}|partner|girlfriend|boyfriend|fiancée?|friend|"
        r"neighbou?r|flatmate|roommate|colleague|stepson|stepdaughter)")
# ("Mrs Okafor's boy, Tunde": a named parent's child too)
_KIN_APPOSITION = re.compile(rf"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our)[ \t]+(?:\w+[ \t]+)?{_KIN}|"
                             rf"\b[A-Z][\w-]+['’]s[ \t]+(?:\w+[ \t]+)?(?:{FAMILY_WORDS}|boy|girl|lad|kid|child|baby))"
                             rf"(?:[ \t]+(?:in|from|at)[ \t]+[A-Z][a-z]+)?(?:,[ \t]+|[ \t]*[(（])({_NAME})(?=[ \t]*[,.;:!?)）]|$)")
_ZH_KIN = re.compile(r"(?:表妹|表姐|表哥|表弟|堂妹|堂姐|堂哥|堂弟|妻子|丈夫|老婆|老公|女儿|儿子|妹妹|姐姐|哥哥|弟弟|"
                     rf"母亲|父亲|朋友|同事|邻居|室友|男友|女友)[ \t]*({_NAME})(?![A-Za-z])")
_SELF_NAMED = re.compile(rf"\b(?:introduced (?:himself|herself|themselves) as|calls? (?:himself|herself) |"
                         rf"goes by|went by|[Ii]t['’]?s me,|[Dd]on['’]?t tell|[Dd]o not tell|[Nn]ever tell)[ \t]+"
                         rf"({_NAME})\b")
# A source introducing themselves in a message, where the name may be any capitalised word that is not
# an ordinary one: "hi its Marisol, the driver from…", "This is Dev from the depot", "my name is Oksana",
# and in Chinese with a Latin name ("我是Brandon", "我叫 Mandy").
_SELF_INTRO = guarded(
    r"\b(?:[Hh]i|[Hh]ello|[Hh]ey)[ \t,]+(?:[Ii]t['’]?s|[Tt]his is|[Ii]['’]?m)[ \t]+([A-Z][a-z]{2,14})\b"
    r"|\b(?:[Mm]y name is|[Ii]['’]m|[Tt]his is)[ \t]+([A-Z][a-z]{2,14})(?=[ \t]+(?:from|here)\b)"
    r"|\b[Mm]y name is[ \t]+([A-Z][a-z]{2,14})\b|(?:我是|我叫)[ \t]*([A-Z][a-z]{2,14})\b")
# not after a number (2016 Honda Jazz, 58,000 miles), and the age is a whole number
_AGE_AFTER = re.compile(rf"(?<![\w.])(?<!\d[ \t])((?:Mr|Mrs|Ms|Dr)\.?[ \t]+)?({_NAME}[ \t]+{_NAME}),[ \t]*\d{{1,3}},(?!\d)")
_NOT_GIVEN = {"The", "A", "An", "In", "On", "At", "By", "For", "From", "Of", "And", "But", "Police", "Prosecutors",
              "Officers", "Court", "Judge", "Mr", "Mrs", "Ms", "Dr", "Saint", "St", "North", "South", "East", "West"}
_CAPS_SPEAKER = re.compile(r"(?m)^[ \t]*\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+([A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){0,2})"
                           r"[ \t]*:")
_PARENT_OF = re.compile(rf"\b(?i:(?:father|mother|grandfather|grandmother)[ \t]+to|(?:dad|mum|mam|mom|grandad|"
                        rf"grandma|grandpa|granny|gran|nan|nana|papa|mama)[ \t]+(?:to|of))[ \t]+({_NAME})(?:,[ \t]*({_NAME}))?"
                        rf"(?:,[ \t]*({_NAME}))?(?:,?[ \t]+(?:and|&)[ \t]+({_NAME}))?\b")
# "known to co-workers as Chai", "Tina to her friends": the name a person goes by
# (or initials: "known to friends as T.J.")
# ("known locally as 'Deeko'": an adverb before "as", the nickname in quotes)
_KNOWN_AS = re.compile(rf"\bknown(?:[ \t]+(?:locally|widely|affectionately|fondly|simply|universally|only))?"
                       rf"(?:[ \t]+to[ \t]+(?:[\w-]+[ \t]+){{0,3}}?[\w-]+)?[ \t]+as[ \t]+[\"“'‘]?({_NAME}\b|[A-Z]\.[ \t]?[A-Z]\.)|"
                       # ("Jojo" to the 1,200 followers of his channel)
                       rf"[\"“]?\b({_NAME})[\"”]?[ \t]+to[ \t]+(?:(?:her|his|their)[ \t]+(?:friends|family|colleagues|"
                       rf"co-workers|mates|teammates|team-mates|neighbours|pupils|regulars)|(?:the|her|his|their)[ \t]+"
                       rf"(?:[\d,.]+k?[ \t]+)?(?:followers|fans|viewers|subscribers))\b|"
                       # 'who signed off only as "Rosa"'
                       rf"\bsigned(?:[ \t]+off)?(?:[ \t]+only)?[ \t]+as[ \t]+[\"“'‘]({_NAME})\b|"
                       # "Emeka, as everyone at the market calls him", "regulars simply call her Dee"
                       rf"\b({_NAME}),?[ \t]+as[ \t]+(?:everyone|everybody|friends|people|locals|regulars|neighbours)"
                       rf"[^,.;\n]{{0,30}}?[ \t]+calls?[ \t]+(?:him|her|them)\b|"
                       rf"\b(?:everyone|everybody|friends|people|locals|regulars|neighbours|customers)[ \t]+(?:simply[ \t]+|just[ \t]+)?"
                       rf"call(?:s|ed)?[ \t]+(?:him|her|them)[ \t]+({_NAME})\b")
# A message's greeting: "Hi Bronwen, we couldn't deliver…", "Royal Mail: Hello Tomasz, your parcel…".
_GREETING = re.compile(rf"(?:^|(?<=[\n:：]))[ \t]*(?:Hi|Hello|Hey|Dear|Morning|Evening)[ \t]+({_NAME})[ \t]*[,，!]", re.M)
# A farewell to the dead, in a condolence book or under a memorial post: "Rest easy, Kaz.", "RIP Marty!"
_FAREWELL = re.compile(rf"\b(?:Rest (?:easy|in peace|well)|RIP|R\.I\.P\.?|Fly high|Sleep (?:well|tight)|Goodbye|Farewell|"
                       rf"We (?:will )?miss you|Miss you)[ \t]*,?[ \t]+({_NAME})(?=[ \t]*[.,!;:…]|[ \t]*$)", re.M)
# A death notice's head: the surname in capitals, a comma, the given names, a nickname in brackets, then
# "late of" or "peacefully": "Ó CEALLAIGH, Pádraig (Paddy), late of 14 Ardmore Crescent, …".
_U, _L = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
_NOTICE_HEAD = re.compile(rf"(?m)^[ \t]*([{_U}][{_U}'’-]*(?:[ \t][{_U}][{_U}'’-]+){{0,2}}),[ \t]+"
                          rf"([{_U}][{_L}'’-]+(?:[ \t]+[{_U}][{_L}'’-]+){{0,2}})(?:[ \t]+[(（]([{_U}][{_L}'’-]+)[)）])?"
                          r",?[ \t]+(?=(?:late of|formerly of|of\b|née|nee|\(née|peacefully|suddenly|unexpectedly|"
                          r"died|passed away|beloved)\b)")
# A nickname in quotes inside the name: James "Jimmy" O'Neill, Maria Luzviminda "Luz" Dela Cruz.
_QUOTED_NICK = re.compile(r"\b((?:[A-Z][a-z]+[ \t]+){1,2})[\"“'‘]([A-Z][a-z]+)[\"”'’][ \t]+"
                          r"((?:(?:de|del|dela|de la|van|von|da|dos|di|O['’]|Mc|Mac)[ \t]?)?[A-Z][\w'’-]+"
                          r"(?:[ \t]+(?:[A-Z][\w'’-]+))?)")
# A headline in capitals naming someone with the age: "GRANDAD FRANK BELL, 88, FINISHES GREAT NORTH RUN".
_CAPS_AGE = re.compile(r"(?<![\w-])([A-Z]{2,}(?:[ \t]+[A-Z][A-Z'’-]+){1,3}),[ \t]*\d{1,3},")
_HEADLINE_ROLES = {"GRANDAD", "GRANDMA", "GRAN", "NAN", "MUM", "DAD", "NURSE", "TEACHER", "PENSIONER", "WIDOW", "BOY",
                   "GIRL", "TEEN", "DOCTOR", "HERO", "TOT", "MAN", "WOMAN", "VETERAN", "STUDENT", "MOTHER", "FATHER"}
# "81-year-old Rose Hall": the age says a person is meant, even by two words that are also words
_AGED_BEFORE = re.compile(rf"\b\d{{1,3}}-year-old[ \t]+(?:[a-z]+[ \t]+){{0,2}}({_NAME}[ \t]+{_NAME})\b")
# "我是 Lily 的妈妈": the child a parent names in a chat with the school.
_CHILD_OF = re.compile(r"(?:我是|是)[ \t]*([A-Z][a-z]{1,12})[ \t]*的(?:妈妈|爸爸|妈|爸|家长|奶奶|爷爷|外婆|外公|姥姥)"
                       # a parents' group's display name: "Lily妈妈：…"
                       r"|(?m:^)[ \t]*(?:【[^】\n]{1,20}】)?[ \t]*([A-Z][a-z]{1,12})[ \t]*(?:妈妈|爸爸|家长|奶奶|爷爷)[ \t]*[：:]")
# A speaker in capitals inside a line of a transcript: "… back? GRAÇA SANTOS: About two …"
_INLINE_CAPS_SPEAKER = re.compile(r"(?<=[.?!。？！][ \t])([^\W\d_a-z]{2,}(?:[ \t][^\W\d_a-z]{2,}){1,2})[ \t]*[:：]")
_NOTICE_SURNAME = re.compile(r"(?m)^[ \t]*((?:Mc|Mac|O['’])?[A-Z]{2,}(?:-[A-Z]{2,})?),[ \t]+"
                             r"(?=[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}[ \t]*[(.,])")
_HANGUL = re.compile(r"(?<![\uac00-\ud7a3])[\uac00-\ud7a3]{3}(?![\uac00-\ud7a3])")
# The commonest Korean family names, as Hangul syllables.
_KO_SURNAMES = set("김이박최정강조윤장임한오서신권황안송류홍전고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여"
                   "추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예봉경사부")


def surname_as_subject(text: str, after: int, surname: str, verb: str) -> list[Span]:
    """A masked name's surname alone after ``after``, at a sentence's start before ``verb`` (a pattern)."""
    alone = re.compile(rf"(?:^|(?<=[.!?;][ \t])|(?<=\n))({re.escape(surname)})(?=[ \t]+{verb})")
    return [a.span(1) for a in alone.finditer(text, after)]


def _caps_name(label: str) -> bool:
    """ANITA LEUNG, not BREAKING NEWS: two or three words that are names when written normally."""
    return not is_generic_speaker(label) and all(given_like(w.title()) for w in label.split())


def find_kin_names(text: str) -> list[Span]:
    spans = [m.span(1) for m in _KIN_APPOSITION.finditer(text)]
    spans += [m.span(1) for m in _ZH_KIN.finditer(text)]
    spans += [m.span(1) for m in _SELF_NAMED.finditer(text)]
    spans += [m.span(g) for m in _SELF_INTRO.finditer(text) for g in range(1, _SELF_INTRO.groups + 1)
              if m.group(g) and _single(m.group(g))]
    for m in _AGE_AFTER.finditer(text):
        if m.group(2).split()[0] in _NOT_GIVEN:
            continue
        spans.append(m.span(2))
        # the surname alone later, even a word (Frank Bank … "Bank denies"): found only as a sentence's
        # subject before a verb; once found, every form of it is masked, like any masked name's variants
        spans += surname_as_subject(text, m.end(), m.group(2).split()[-1],
                                    r"(?:[a-z]+(?:s|ed)|said|told|was|is|had|has|will|would)\b")
    spans += [m.span(1) for m in _CAPS_SPEAKER.finditer(text) if not is_generic_speaker(m.group(1))]
    spans += [m.span(g) for m in _PARENT_OF.finditer(text) for g in range(1, 5) if m.group(g) and given_like(m.group(g))]
    spans += [m.span(g) for m in _CHILD_OF.finditer(text) for g in (1, 2) if m.group(g)]
    spans += [m.span(1) for m in _AGED_BEFORE.finditer(text)]
    for m in _CAPS_AGE.finditer(text):
        words = m.group(1).split()
        while words and words[0] in _HEADLINE_ROLES:
            words = words[1:]
        # the age says a person is meant: name-like words, none an organisation's or a stop word
        if len(words) >= 2 and all(_nameish(w.title()) and w.title() not in STOP and w.title() not in ORG_NOUNS
                                   for w in words):
            spans.append((m.end(1) - len(" ".join(words)), m.end(1)))
    for m in _QUOTED_NICK.finditer(text):
        words = m.group(1).split()
        first = words[-1] if words[0] in STOP else words[0]  # "Then Ann "Annie" Hall": the name starts at Ann
        if first in STOP:
            continue  # 'The "Jaws" Spielberg made': a title in quotes, no nickname
        # the whole name; its forms (Jimmy, O'Neill) come from names.variants once it is masked
        spans.append((text.index(first, m.start(1)), m.end(3)))
    spans += [m.span(g) for m in _KNOWN_AS.finditer(text) for g in (1, 2, 3, 4, 5)
              if m.group(g) and (given_like(m.group(g)) or m.group(g).endswith("."))]
    for m in _NOTICE_HEAD.finditer(text):
        if any(ch in "AEIOUYÁÉÍÓÚ" for ch in m.group(1)) and m.group(2).split()[0] not in _NOT_GIVEN:
            spans += [m.span(g) for g in (1, 2, 3) if m.group(g)]
    spans += [m.span(1) for m in _FAREWELL.finditer(text) if given_like(m.group(1).split()[0])]
    greeted = any(word in text for word in ("Hi", "Hello", "Hey", "Dear", "Morning", "Evening"))
    spans += [m.span(1) for m in (_GREETING.finditer(text) if greeted else ()) if given_like(m.group(1)) and m.group(1) not in _NOT_GIVEN]
    spans += [m.span(1) for m in _INLINE_CAPS_SPEAKER.finditer(text)
              if _caps_name(m.group(1))]
    spans += [m.span(1) for m in _NOTICE_SURNAME.finditer(text)
              if not is_generic_speaker(m.group(1)) and given_like(m.group(1).title())]
    hangul = list(_HANGUL.finditer(text))
    if hangul and sum(m.end() - m.start() for m in hangul) * 4 < len(text):  # a few Korean words in other text
        spans += [m.span() for m in hangul if m.group(0)[0] in _KO_SURNAMES]
    return spans


# "Steven and Laura Baker": a lone given name, "and" or "&", then a two-word name already found.
_BEFORE_AND = re.compile(rf"(?<![\w'’.-])({_NAME})[ \t]+(?:and|&)[ \t]+$")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t]+$")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|of|near|across)[ \t]+$")  # "in Oxford and Laura Baker's home"


def find_couples(text: str, spans: list[Span]) -> list[Span]:
    """A lone given name joined by "and" to a found "Given Surname": a couple or siblings."""
    out: list[Span] = []
    for s, e in spans:
        # (particles do not count: "Rob and Denise van der Berg")
        if len([w for w in text[s:e].split() if w.lower() not in PARTICLES]) != 2 or not text[s:s + 1].isupper():
            continue
        m = _BEFORE_AND.search(text, max(0, s - 24), s)
        before = text[max(0, m.start(1) - 24):m.start(1)] if m else ""
        if m is None or _CAPITAL_BEFORE.search(before) or _PLACE_BEFORE.search(before):
            continue  # "Jane Doe and Laura Baker": no lone given name; "in Leeds and …": a place
        word = m.group(1)
        if word not in _NOT_GIVEN and word not in ORG_NOUNS and given_like(word):
            out.append(m.span(1))
    return out

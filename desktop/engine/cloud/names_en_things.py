"""Capitalised words that names_en takes for a person but that name a thing: dropped from its finds.

- A label at the start of a line, before a colon ("Correction:", "Clarification:", "Caption:"): a
  newsroom label, or an ordinary abstract noun (-tion, -ment, -ness…), is no speaker, unless the
  text uses the word anywhere else (a speaker tagged "Mason:" is usually named again).
- A street: a capitalised word and a street-type word with no house number before it ("the fire
  began on Larch Grove"). Types that are never surnames (Crescent, Terrace, Mews…) count anywhere;
  those that are also surnames (Lane, Close, Grove, Way, Court, Park…) only after a preposition of
  place ("on Rowan Close", "in Hyde Park"). A name followed by "'s", an age or a verb of saying
  is a person all the same ("Glenn Close said").
- An organisation: a run that ends in, or is followed on its line by, an organisation word
  (Hollybrook Primary, Greenfield Tenants' Association, Harbour Trading, Tidewater Energy Ltd).
- A job title set off after a name in a contact block ("Jane Doe, Media Relations Officer"): words
  of the dictionary ending in a title (Manager, Officer, Director…) are a post, not a second person.
- A nationality and an ordinary word ("Former German chancellor …", "Then French president …").
- A place after "Police" (Police Scotland, the Police Service of Northern Ireland): a force.
"""

from __future__ import annotations

import re

from desktop.engine.cloud.names_en import _SAY, WORD, is_common_word

Span = tuple[int, int]

_NATIONALITY_WORDS = """
Afghan Albanian Algerian American Argentine Argentinian Armenian Australian Austrian Azerbaijani Bangladeshi
Belarusian Belgian Bolivian Bosnian Brazilian British Bulgarian Burmese Cambodian Cameroonian Canadian Chilean
Chinese Colombian Congolese Croatian Cuban Cypriot Czech Danish Dutch Ecuadorian Egyptian English Eritrean
Estonian Ethiopian European Filipino Finnish French Georgian German Ghanaian Greek Guatemalan Haitian Honduran
Hungarian Icelandic Indian Indonesian Iranian Iraqi Irish Israeli Italian Ivorian Jamaican Japanese Jordanian
Kazakh Kenyan Korean Kosovan Kuwaiti Kyrgyz Laotian Latvian Lebanese Libyan Lithuanian Luxembourgish Malaysian
Maltese Mexican Moldovan Mongolian Montenegrin Moroccan Mozambican Namibian Nepalese Nigerian Norwegian Omani
Pakistani Palestinian Panamanian Paraguayan Peruvian Polish Portuguese Qatari Romanian Russian Rwandan Saudi
Scottish Senegalese Serbian Singaporean Slovak Slovenian Somali Spanish Lankan Sudanese Swedish Swiss
Syrian Taiwanese Tajik Tanzanian Thai Tunisian Turkish Turkmen Ugandan Ukrainian Uruguayan Uzbek Venezuelan
Vietnamese Welsh Yemeni Zambian Zimbabwean
"""
NATIONALITIES = set(_NATIONALITY_WORDS.split())
# Ordinary words that stand before an office and a nationality at a sentence's start.
_OFFICE_LEADS = {"Former", "Ex", "Then", "Late", "Outgoing", "Incoming", "Current", "Future", "Acting", "Interim",
                 "Ousted", "Exiled", "Jailed", "Veteran", "Disgraced", "Deposed", "Serving", "Sitting"}

# Newsroom and minutes labels; other labels are found by their shape (an abstract noun).
_LABEL_WORDS = {"Correction", "Corrections", "Clarification", "Clarifications", "Update", "Updated", "Updates",
                "Note", "Notes", "Source", "Sources", "Background", "Caption", "Captions", "Credit", "Credits",
                "Photo", "Photos", "Picture", "Pictures", "Image", "Video", "Audio", "Context", "Summary",
                "Disclaimer", "Warning", "Notice", "Reminder", "Agenda", "Minutes", "Present", "Attendees",
                "Apologies", "Absent", "Venue", "Location", "Subject", "Topic", "Headline", "Standfirst",
                "Byline", "Dateline", "Embargo", "Embargoed", "Advisory", "Transcript", "Translation",
                "Timeline", "Verdict", "Outcome", "Result", "Results", "Recap", "Analysis", "Comment",
                "Opinion", "Explainer", "Factbox", "Quote", "Statement", "Response", "Reply", "Status",
                "Action", "Actions", "Item", "Items", "Tags", "Keywords", "Category", "Priority", "Deadline",
                "Slug", "Exclusive", "Developing", "Alert", "Tip", "Tips", "Facts", "Methodology", "Sidebar",
                "Footnote", "Addendum", "Erratum", "Postscript", "Attachment", "Attachments", "Regarding",
                "Overview", "Purpose", "Conclusion", "Findings", "Motion", "Resolution", "Decision", "Proposal",
                "Schedule", "Programme", "Welcome", "Introduction", "Correspondence", "Distribution"}
_ABSTRACT = re.compile(r"[a-z]{3,}(?:tion|sion|ness|ees|ism|ogy)s?")  # not -ment: Clement
_LINE_LABEL = re.compile(r"[ \t]*[:：]")

# Street types that are no one's surname, and those that are (Lane, Close, Grove…).
_STREETS = {"Road", "Street", "Avenue", "Crescent", "Terrace", "Gardens", "Mews", "Row", "Walk", "Drive",
            "Square", "Parade", "Boulevard", "Esplanade", "Promenade", "Embankment", "Rd", "St", "Ave"}
_STREETS_AMBIGUOUS = {"Lane", "Close", "Grove", "Way", "Place", "Court", "Park", "Green", "Hill", "Rise", "Gate",
                      "View", "Vale", "Circus", "Yard", "Wharf"}
# (not "between", "into", "behind": a dispute between Harriet Lane and …, ran into Glenn Close)
_PLACE_BEFORE = re.compile(r"\b(?:on|in|at|along|near|off|onto|past|outside|opposite|across|"
                           r"via|towards?|beside|through|beyond|corner of|end of|junction "
                           r"(?:of|with)|residents of)[ \t]+(?:the[ \t]+)?$", re.I)
_PERSON_AFTER = re.compile(rf"(?:['’]s\b|,[ \t]*(?:aged[ \t]+)?\d{{1,3}}\b|[ \t]+{_SAY}\b|[ \t]*\([ \t]*\d{{1,3}}[ \t]*\))")

# Words that end an organisation's name (a company, a school, a club).
_ORG_WORDS = {"Primary", "Infants", "Juniors", "Academy", "School", "College", "Association", "Society", "Trading",
              "Traders", "Ltd", "Limited", "plc", "PLC", "Inc", "LLC", "LLP", "Co", "Corp", "Group", "Holdings",
              "Energy", "Partners", "Associates", "Trust", "Council", "Club", "Consulting", "Consultants",
              "Solutions", "Media", "Construction", "Properties", "Homes", "Housing", "Estates", "Brewery",
              "Bakery", "Pharmacy", "Surgery", "Nursery", "Insurance", "Finance", "Investments", "Logistics",
              "Motors", "Electronics", "Technology", "Technologies", "Labs", "Laboratories", "Ventures",
              "Capital", "Enterprises", "Industries", "Foods", "Supplies", "Services", "Federation", "Union",
              "Alliance", "Network", "Charity", "Foundation", "Institute", "University", "Hospital", "Committee",
              "Agency", "Authority", "Board", "Commission", "Church", "Mosque", "Chapel", "Parish", "Cooperative",
              "Co-operative", "Exports", "Imports", "Manufacturing", "Engineering", "Pharma", "Telecom",
              "Airlines", "Studios", "Publishing", "Press", "Gazette", "Chronicle", "Fund", "Bank", "Tavern",
              "Constabulary", "Service", "Highways", "Fire", "Rescue", "Ambulance", "Coastguard",
              "Administration", "Bureau", "Ministry", "Department", "Inn", "Arms",  # (the Kings Arms: a pub)
              "Water", "Standards", "Stoppers", "Watch",  # Thames Water, Trading Standards, Crime Stoppers
              "Samaritans",
              # an event's name ends like an organisation's: "the Lisbon Amateur Chess Open"
              "Open", "Championship", "Championships", "Cup", "League", "Marathon", "Festival", "Games",
              "Tournament", "Expo", "Fair"}
# Words that open an organisation's name, not a person's ("National Grid said", "Royal Mail").
_ORG_LEADS = {"Coastguard", "Lifeboat", "Ambulance",  # a service's station: Coastguard Holyhead, Lifeboat Tenby
              "Companies", "National", "Royal", "Federal", "Central", "International", "Metropolitan", "Regional", "Municipal",
              "Civic", "Public", "Global", "Community", "United", "Associated", "Consolidated"}
# Up to three capitalised words after a run, on its line: "Tidewater Energy Ltd", "Greenfield Tenants' Association".
_ORG_AFTER = re.compile(r"['’]?((?:[ \t]+(?:[A-Z][\w'’&.-]*|plc)){1,3})")

# A post named after a name in a contact block: "…, Media Relations Officer" to the end of its line.
_POSTS = {"Manager", "Director", "Officer", "Coordinator", "Co-ordinator", "Assistant", "Adviser", "Advisor",
          "Consultant", "Executive", "Lead", "Specialist", "Analyst", "Editor", "Producer",
          "Correspondent", "Reporter", "Administrator", "Secretary", "Representative", "Spokesperson",
          "Engineer", "Designer", "Strategist", "Planner", "Supervisor", "Controller", "Accountant",
          "Researcher", "Associate", "Chair", "Founder", "Owner", "Lecturer", "Intern", "Liaison", "Counsel"}
# (not Head: "Mark Head" is a name)
# What opens the post: the line's start, a comma, a bracket or a bar, and up to three capitalised words
# of the dictionary that names_en left out of the run ("(Senior Policy Adviser": Senior is a stop word).
_POST_BEFORE = re.compile(r"(?:^|[,|–—/(（]|[ \t]-)((?:[ \t]*[A-Z][\w'’-]*){0,3})[ \t]*$")
_POST_AFTER = re.compile(r"[ \t]*(?:\Z|[,，|;()）\n]|\.(?:\s|\Z))")


def _label(text: str, s: int, e: int, word: str) -> bool:
    line_start = text.rfind("\n", 0, s) + 1
    if text[line_start:s].strip() or not _LINE_LABEL.match(text, e):
        return False
    if word not in _LABEL_WORDS and not (_ABSTRACT.fullmatch(word.lower()) and is_common_word(word, 100)):
        return False
    return len(re.findall(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text)) == 1  # not named elsewhere


# Malay street and place words that come first: Jalan Alor, Lorong 3, Taman Tun, Kampung Baru.
# Words that open a street's or a place's name in Malay, Indonesian and Welsh (Kota Bharu: "city", Ysbyty Gwynedd:
# "hospital", Pulau Pinang: "island")
_STREET_LEADS = {"Jalan", "Jln", "Lorong", "Persiaran", "Lebuh", "Lebuhraya", "Taman", "Kampung", "Kampong", "Kg", "Bukit",
                 "Kota", "Bandar", "Pulau", "Sungai", "Tanjung", "Teluk", "Ysbyty", "Ysgol", "Heol", "Ffordd"}


def _street(text: str, s: int, e: int, words: list[str]) -> bool:
    if len(words) >= 2 and words[0] in _STREET_LEADS:
        return True
    last = words[-1]
    if len(words) < 2 or (last not in _STREETS and last not in _STREETS_AMBIGUOUS) or _PERSON_AFTER.match(text, e):
        return False
    if last in _STREETS:
        return True
    # a surname the text uses for a person elsewhere ("Ms Lane", "Lane said") is no street's
    person = re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+{last}\b|\b{last}[ \t]+{_SAY}\b", text)
    return person is None and _PLACE_BEFORE.search(text, max(0, s - 20), s) is not None


def _organisation(text: str, e: int, words: list[str]) -> bool:
    if len(words) >= 2 and (words[-1] in _ORG_WORDS or words[0] in _ORG_LEADS):
        return True
    after = _ORG_AFTER.match(text, e)
    return after is not None and any(w.rstrip(".,") in _ORG_WORDS for w in after.group(1).split())


def organisation_after(text: str, e: int) -> bool:
    """Whether the words right after ``text[:e]`` make it an organisation's name (Chase | Bank)."""
    after = _ORG_AFTER.match(text, e)
    return after is not None and after.group(1).split()[0].rstrip(".,") in _ORG_WORDS


_ORG_LEAD_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(_ORG_LEADS))})[ \t]+$")
# A force named "Police <Place>": Police Scotland, Police New Zealand, the Police Service of
# Northern Ireland (a rank between them makes a person: "Police Constable X").
_POLICE_BEFORE = re.compile(r"\bPolice[ \t]+(?:(?:Service|Force|Department|Authority)[ \t]+(?:of|for)[ \t]+"
                            r"(?:the[ \t]+)?)?(?:(?:North|South|East|West|Northern|Southern|Eastern|Western|"
                            r"Central|Greater|New)[ \t]+)?$")
_NEXT_WORD = re.compile(r"[ \t]+([A-Z][\w-]*)")


def _post(text: str, s: int, e: int, words: list[str]) -> bool:
    nxt = _NEXT_WORD.match(text, e)
    if nxt and nxt.group(1) in _POSTS:  # "Media Relations Officer": the post word is a stop word
        words, e = [*words, nxt.group(1)], nxt.end()
    if words[-1] not in _POSTS or not _POST_AFTER.match(text, e):
        return False
    lead = _POST_BEFORE.search(text[text.rfind("\n", 0, s) + 1:s])
    return lead is not None and all(is_common_word(w, 1_000) for w in [*lead.group(1).split(), *words[:-1]])


def _nationality(words: list[str]) -> bool:
    return any(w in NATIONALITIES for w in words) and all(w in NATIONALITIES or w in _OFFICE_LEADS for w in words)


# A run that fills a pair of quotes and is followed by Chinese or by "tour", "album", "series"…: the
# title of a work (“Got Back”世界巡演, "Midnight Rain" album), not a person.
_TITLE_AFTER = re.compile(r"[”\"」』][ \t]*(?:[\u4e00-\u9fff]|(?:[Ww]orld[ \t]+|[Ss]tadium[ \t]+)?(?:tour|album|single|song|"
                          r"show|series|film|movie|musical|exhibition|campaign|concert|play|podcast)s?\b)")


_IN_BEFORE = re.compile(r"(?<![\w-])in[ \t]+$")
_IN_PERSON = re.compile(r"\b(?:confided|confide|believes?|believed|trust|trusted|interest|interested|faith|confidence|"
                        r"involved|role|part|starred|starring|cast)[ \t]+in[ \t]+$", re.I)  # confided in Tom Baker
_PLACE_END = re.compile(r"[ \t]*(?:[,.;:!?)）。，；：]|$)")


def is_thing(text: str, s: int, e: int) -> bool:
    """Whether the capitalised words at ``text[s:e]`` name a label, a street, an organisation, a post
    or a nationality rather than a person."""
    words = re.findall(WORD, text[s:e])
    if not words:
        return False
    if s and text[s - 1] in "“\"「『" and _TITLE_AFTER.match(text, e):
        return True
    if len(words) == 1 and (words[0] in _ORG_WORDS or _label(text, s, e, words[0])
                            or _ORG_LEAD_BEFORE.search(text, max(0, s - 16), s)):
        return True  # "Constabulary said", "the Office for National Statistics said": the rest of an organisation's name
    if _IN_BEFORE.search(text, max(0, s - 4), s) and _PLACE_END.match(text, e) and len(words) <= 3 \
            and not _IN_PERSON.search(text, max(0, s - 24), s):
        return True  # "the reception centre in Grande Prairie.", "a shop in Mong Kok;": a place
    return _nationality(words) or _street(text, s, e, words) or _organisation(text, e, words) \
        or _post(text, s, e, words) or _POLICE_BEFORE.search(text, max(0, s - 48), s) is not None


# A rank or office that a run of capitalised words took in with the name ("Commissioner Steve X"): the
# name is what follows it, for the public-office rules to read the office before it.
_RANKS = {"Commissioner", "Superintendent", "Inspector", "Constable", "Sergeant", "Councillor", "Cllr", "Sheriff"}


def drop_things(text: str, spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for s, e in spans:
        words = list(re.finditer(WORD, text[s:e]))
        rank = next((i for i, w in enumerate(words[:-2]) if w.group(0) in _RANKS), None)
        if rank is not None:  # "Rural Fire Service Commissioner Shane Fitzsimmons": the name after the rank
            s += words[rank + 1].start()
        if text[s:e] not in _RANKS and not is_thing(text, s, e):
            out.append((s, e))
    return out

"""Public figures named with their office: their name is public record, so it is not masked.

The policy (no list of famous people): a name in apposition to a PUBLIC OFFICE, or to the
leadership of a NAMED organisation, is kept:

- heads of state and government, ministers, 总理/主席/部长/省长/市长/局长/厅长 of a body, a deputy of
  one (副市长), a party secretary (党委书记, 市委书记), a spokesperson of a public body (外交部发言人), the
  judges who sign a judgment (审判长, 审判员); a bare 市长/省长/州长/县长/区长 right before the name
  needs no body named (市长X在…表示: the city is the paper's own), while 部长/局长/主席 still do;
- Prime Minister, President, Minister, Secretary of State, Chancellor, Opposition leader, a police
  Commissioner or Chief Constable, a Governor (of a state or a central bank), the Mayor of a city, a
  minister by portfolio (Transport Secretary), the spokesperson of a government body (Commission
  spokesperson) or of a named force or body ("Austin police spokesperson", "a spokesperson for Thames
  Valley Police, X,"; "Police spokesperson X", no force named, stays masked); a judge in court ("Judge
  X", "District Judge X", "Mr Justice X"); a police rank before the name when the force is named right
  after it ("Detective Inspector X of Greater Manchester Police said": the officer speaks for the force;
  "Detective Inspector X said" stays masked); a lower-case office after a nationality or "former"
  ("former German chancellor X", "French president X", "former foreign minister X");
- the CEO, chief executive, founder or chairman of a named company (小米集团创始人X, 阿里巴巴CEO X,
  Nvidia chief executive X, "X, the chief executive of Y"); at a sentence's start a company that is
  also a common word ("Apple chief executive X", "Shell chairman X") counts for a chief executive,
  CEO or chairman, but "Bakery founder X" stays masked (a shop has a founder too).

Everyone else stays masked, titles or not: 法定代表人 (a small firm's legal representative), 班主任,
teachers, village doctors and village party secretaries (村支书), shop owners, community
organisers, lawyers, victims, suspects; and "该公司董事长X" (no named company). A famous name
with no office beside it (an athlete who "scored", a singer) is masked too: telling it from a
private person would need a list of celebrities, which this module deliberately does not have.
"""

from __future__ import annotations

import re

from desktop.engine.cloud.first_char import guarded
from desktop.engine.cloud.names_en import is_common_word
from desktop.engine.cloud.names_en_things import NATIONALITIES

ORDINARY_NOUN = 1_000  # pyspellchecker count above which a sentence-initial word is a plain noun (bakery 3,832)

_HAN_OR_LATIN2 = r"(?<=[\u4e00-\u9fffA-Za-z]{2})"
# Chinese offices, right before the name (spaces allowed: 特斯拉CEO 某某).
_ZH_OFFICE = re.compile(
    r"(?:(?:国务院)?(?:副)?总理|国家(?:副)?主席|(?:副)?总统|首相|国务卿|外长|(?:特区|特别行政区)?行政长官|"
    rf"{_HAN_OR_LATIN2}(?:副)?(?:部长|省长|市长|州长|主席|局长|厅长|署长|大臣|(?:新闻)?发言人)|"
    # a deputy to a people's congress, and what else the deputy is (市人大代表、律师X)
    r"人大代表(?:、[\u4e00-\u9fff]{1,8})?|(?:全国|省|市|区|县)?政协委员(?:、[\u4e00-\u9fff]{1,8})?|"
    r"(?:党委|党组|省委|市委|县委|区委|州委)(?:副)?书记|"
    rf"{_HAN_OR_LATIN2}(?:联合创始人|创始人|董事长|董事局主席|CEO|首席执行官|总裁|首席(?:财务|运营|技术)官|CFO|COO|CTO)|"
    # the second of a company head's titles (蔚来创始人、董事长X), and the head of a court or an academy
    r"(?<=[\u4e00-\u9fffA-Za-z]{2}、)(?:董事长|CEO|首席执行官|总裁)|(?:(?<=法院)|(?<=检察院)|(?<=科学院)|(?<=工程院))(?:副)?院长|"
    r"(?<=检察院)检察长|(?<=银行)(?:副)?行长|"  # 中国人民银行行长X (a branch's head, 支行行长, is no bank's)
    r"(?<=警务处)(?:副)?处长|(?<=警务处)(?:高级|总)?警司|"  # 香港警务处高级警司X在记者会上
    # a state or provincial commission's head (国家卫健委副主任X; a residents' or villagers' committee is no state body)
    r"(?:国家|国务院|省|自治区)[\u4e00-\u9fff]{1,8}?(?<![居村])(?:委员会|委|局|署|厅|办公室|办)(?:常务)?(?:副)?主任|"
    # a deputy needs no body named (副市长X), nor a company head set apart by a space (星河智能 CEO X)
    r"副(?:总理|部长|省长|市长|州长|县长|区长|局长|厅长|署长)|"
    # the head of a city, province, state, county or district needs no body named (市长X在…表示)
    r"(?<![\u4e00-\u9fff])(?:市长|省长|州长|县长|区长)|"
    r"(?<=[\u4e00-\u9fff]{2}[ \t])(?:联合创始人|创始人|董事长|CEO|首席执行官|总裁|CFO|首席(?:财务|运营|技术)官)|"
    r"(?<=[A-Za-z]{2}[ \t])(?:新闻)?发言人|"  # Apple 发言人 X
    # an international body's head (联合国粮农组织（FAO）总干事X), a police unit's chief with the force named
    r"(?<=[\u4e00-\u9fff）)])(?:副)?(?:总干事|秘书长)|(?:公安局|公安厅|公安分局)[\u4e00-\u9fff]{0,6}?(?:副)?(?:支队长|大队长|政委))[ \t]*$"
    # the judges signing a judgment or ruling (审判长　X, 审判员：X)
    r"|(?:审判长|审判员|代理审判员|人民陪审员)[ \t\u3000]*[：:]?[ \t\u3000]*$"
    # a named court's judge (区人民法院法官X审理认定)
    r"|(?<=法院|法庭)法官[ \t]*$")
# "该公司董事长", "一家企业创始人", "村…": no named organisation, or a village office.
# (农业农村局, 乡村振兴局: 村 inside a body's name is no village)
_GENERIC_ZH = re.compile(r"(?:该|这家|那家|一家|本|其|某|涉事|当地|(?<![农乡])村|初创|创业)[\u4e00-\u9fff]{0,3}"
                         r"(?:副)?(?:部长|主席|局长|创始人|联合创始人|董事长|董事局主席|CEO|首席执行官|总裁|"
                         r"首席(?:财务|运营|技术)官|CFO|COO|CTO)[ \t]*$")
_EN_TITLE = (r"(?:Sir|Dame|Lord|Lady|Dr|Mr|Mrs|Ms|Lt|Sgt|Insp|Supt|Det|Capt|(?:Chief )?Inspector|(?:Chief )?Superintendent|"
             r"Sergeant|Detective)\.?[ \t]+")
_EN_OFFICE = re.compile(
    r"(?:\b(?:Deputy )?Prime Minister|\b(?:Vice[- ])?President|\b(?:[A-Z][a-z]+ )?Minister(?: (?:of|for) [A-Z][a-z]+)?|"
    r"\bSecretary of State(?: for [A-Z][a-z]+)?|\bSecretary-General|\bChancellor|\bPremier|"
    r"\b(?:Opposition|Labour|Conservative|Tory|Democratic|Republican|[Pp]arty) leader|\bLeader of the Opposition|"
    r"\b(?:Police )?Commissioner|\bChief Constable|\bGovernor|\bMayor(?: of(?: [A-Z][a-z]+){0,3})?|"
    r"\b(?:Fire|Police) Chief|"  # a city's fire or police chief, by that title (capitalised)
    r"\bChief Executive|"  # an office by that title: Hong Kong's Chief Executive, a body's head
    r"\b(?:Judge|JUDGE)|"  # a judge in court: "Judge X", "District Judge X", a transcript's "JUDGE X:"
    r"\b(?:[Ss]tate )?Senator|\bCongress(?:man|woman)|"  # elected to a legislature
    r"\b[A-Z]{2,6} commissioner|"  # a league's head: NBA commissioner X
    r"\bCllr\.?|\bCouncillor|\bCLLR|\bCOUNCILLOR|"  # an elected councillor: "chaired by Cllr X", a transcript's CLLR X:
    # a Chinese body's officer named in English copy: "最高人民法院 spokesperson X", "县农业农村局 deputy director X"
    r"(?<=[院局部委厅办署府])[ \t]*(?:(?:deputy|vice)[ -])?(?:spokes(?:person|man|woman)|director(?:-general)?|"
    r"head|president|chairman|chairwoman|commissioner)|"
    # the spokesperson of a named county, city or council: "Hamilton County spokesperson"
    r"\b(?!(?:The|A|An)\b)[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:County|City|Council|Borough|Department) "
    r"(?:spokesperson|spokesman|spokeswoman)|"
    # the spokesperson of a government body, not of a local police force (that one stays masked)
    r"\b(?:Commission|Government|government|Kremlin|White House|State Department|Foreign Ministry|Pentagon|"
    r"Downing Street|Elysée|UN) (?:spokesperson|spokesman|spokeswoman)|"
    # a minister by portfolio: Transport Secretary, Home Secretary (not a club's or a company's secretary)
    r"\b(?!(?:Company|Club|Parish|Private|Personal|Assistant|Executive|Honorary|General|Office|Social|"
    r"Branch|Membership|Press|Joint)\b)[A-Z][a-z]+ Secretary|"
    # the spokesperson of a named body: "Austin police spokesperson", "A spokesperson for Thames Valley Police,"
    r"\b(?!(?:The|A|An|Police|Force)\b)[A-Z][a-z]+(?: [A-Z][a-z]+){0,2} (?:police|Police|fire|Fire|[Ss]heriff['’]s) "
    r"(?:spokesperson|spokesman|spokeswoman)|"
    r"\b(?:spokesperson|spokesman|spokeswoman) for (?:the )?[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,4},)"
    rf"[ \t]+(?:{_EN_TITLE})?$")
# "former German chancellor X", "French president X", "former foreign minister X": a lower-case office
# after a nationality or "former" is a country's.
_NATIONALITY = "|".join(sorted(NATIONALITIES))
_LOWER_OFFICE = (r"(?:deputy[ \t]+|vice[- ])?(?:prime minister|president|chancellor|premier|first minister|"
                 r"(?:foreign|finance|defence|defense|interior|health|education|trade|justice|energy|transport|"
                 r"home|economy|environment|agriculture|culture|sports?)[ \t]+(?:minister|secretary)|"
                 r"minister|secretary of state|foreign secretary|home secretary|opposition leader)")
_EN_NATIONAL_OFFICE = re.compile(
    rf"(?:\b(?:[Ff]ormer|[Ee]x-|[Tt]hen|[Oo]utgoing|[Ii]ncoming|[Ll]ate)[ \t]+(?:(?:{_NATIONALITY})[ \t]+)?"
    rf"|\b(?:{_NATIONALITY})[ \t]+){_LOWER_OFFICE}[ \t]+$")
# A police rank before the name, and the force named right after it: the officer speaks for the force.
_EN_RANK = re.compile(r"\b(?:(?:Detective|Det|Chief|Ch|Deputy|Assistant|Acting|Temporary|Police|Staff|Woman)\.?[ \t]+)"
                      r"{0,3}(?:Inspector|Superintendent|Sergeant|Constable|Sgt|Insp|Supt|DI|DCI|DS|DC|DCS|PC|PCSO|"
                      r"Officer|Lieutenant|Lt|Captain|Capt|Commander|Cmdr|Sheriff|Deputy|Trooper)\.?[ \t]+$")
_FORCE_AFTER = re.compile(r",?[ \t]+(?:of|speaking for|speaking on behalf of)[ \t]+(?:the[ \t]+)?(?:(?:(?:[A-Z][\w'’&.-]*|and)[ \t]+){0,5}(?:Police|Constabulary|"
                          r"Sheriff['’]s (?:Office|Department)|Fire (?:and Rescue )?Service|Fire Department)\b|"
                          r"(?:Met|PSNI|NYPD|LAPD|RCMP|Garda|Gardaí)\b)")
_RANK_IN_NAME = re.compile(r"(?:Superintendent|Inspector|Sergeant|Constable|Commander|Lieutenant|Trooper)[ \t]")
_JUSTICE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Lord|Lady|Chief)\.?[ \t]+$")
# "Nvidia chief executive X", "Acme's founder X": a capitalised organisation before the role.
_EN_LEADER = re.compile(r"\b([A-Z][\w&.\-]*)(?:['’]s)?[ \t]+(chief executive|Chief Executive|CEO|co-founder|"
                        rf"founder|chairman|chairwoman|Chairman|Chairwoman)[ \t]+(?:{_EN_TITLE})?$")
# "X, the chief executive of Acme," / "X, the Prime Minister,".
_MEMBER_AFTER = re.compile(r"[ \t]+(?:MP|MSP|MLA|MEP|TD)\b")
_EN_AFTER = re.compile(r",[ \t]+(?:(?:the|its|their)[ \t]+)?(?:(?:chief executive|CEO|founder|co-founder|chairman|"
                       r"chairwoman)[ \t]+of[ \t]+[A-Z]|the court['’]s (?:chairman|chair|president)\b|(?<=the )(?:Prime Minister|President|Foreign Minister|Mayor(?= of [A-Z])|"
                       r"Home Secretary|Chancellor)\b)")


# Words before "chief executive" that are not an organisation's name ("The chief executive X").
_NOT_ORG = {"The", "A", "An", "Its", "Their", "His", "Her", "Our", "My", "Your", "This", "That", "Former", "Ex",
            "Then", "Interim", "Acting", "New", "Deputy"}


# Where an office word ends: found once per text, so a name is checked only when one is just before it.
_OFFICE_WORD = guarded(r"总理|院长|警司|处长|主任|行长|代表|委员|大臣|律师|总干事|秘书长|支队长|大队长|政委|commissioner|Cllr|Councillor|CLLR|COUNCILLOR|Senator|Congress(?:man|woman)|director(?:-general)?|head|检察长|首席(?:财务|运营|技术)官|CFO|COO|CTO|(?:Fire|Police) Chief|主席|行政长官|总统|首相|国务卿|外长|部长|省长|市长|州长|县长|区长|局长|厅长|署长|发言人|书记|创始人|董事长|CEO|"
                       r"审判长|审判员|陪审员|法官|spokes(?:person|man|woman) for [^,\n]{2,40},|"
                       r"首席执行官|总裁|Minister|President|Secretary|Chancellor|Premier|leader|Opposition|"
                       r"Commissioner|Constable|[Cc]hief [Ee]xecutive|founder|[Cc]hair(?:man|woman)|Governor|"
                       r"Mayor(?: of)?|spokes(?:person|man|woman)|Judge|JUDGE|[Pp]resident|[Cc]hancellor|[Pp]remier|[Mm]inister|"
                       r"[Ss]ecretary(?: of state)?|Inspector|Superintendent|Sergeant|Sgt|Insp|Supt|DCI|DI|DS|DC|"
                       r"PC|Officer|Lieutenant|Lt|Captain|Capt|Commander|Cmdr|Sheriff|Deputy|Trooper")


def office_ends(text: str) -> list[int]:
    return [m.end() for m in _OFFICE_WORD.finditer(text)]


def is_public(text: str, start: int, end: int, ends: list[int] | None = None) -> bool:
    """Whether the name at ``text[start:end]`` stands next to a public office (``ends``: from
    :func:`office_ends`, to skip names with no office word just before them)."""
    if text.startswith(",", end) and _EN_AFTER.match(text, end):
        return True
    if _MEMBER_AFTER.match(text, end):
        return True  # "Dear Shabana Akhtar MP": a member of a parliament, by the letters after the name
    if text.startswith("Justice ", start) and _JUSTICE_BEFORE.search(text, max(0, start - 8), start):
        return True  # "Mr Justice X": a High Court judge (the name found takes "Justice" in)
    if _RANK_IN_NAME.match(text, start) and _FORCE_AFTER.match(text, end):
        return True  # "Detective Superintendent X of Durham Constabulary": the rank inside the name found
    if ends is not None and not any(start - 12 <= e <= start for e in ends):
        return False
    before = text[max(0, start - 60):start]
    if _ZH_OFFICE.search(before) and not _GENERIC_ZH.search(before):
        return True
    if _EN_OFFICE.search(before) or _EN_NATIONAL_OFFICE.search(before):
        return True
    if _EN_RANK.search(before) and _FORCE_AFTER.match(text, end):
        return True  # "Detective Inspector X of Greater Manchester Police said": the force's officer
    leader = _EN_LEADER.search(before)
    if leader is None or leader.group(1) in _NOT_ORG:
        return False
    # "Bakery founder X" at the start of a sentence: a capital there says nothing, and an ordinary
    # noun is no company's name
    org_at = max(0, start - 60) + leader.start(1)
    at_sentence_start = not text[:org_at].strip() or text[:org_at].rstrip()[-1] in ".!?。！？\n\"“'‘"
    # but a chief executive or a chairman is a company's ("Apple chief executive X"): only a founder
    # may be a shop's
    founder = leader.group(2).endswith("founder")
    return not (founder and at_sentence_start and is_common_word(leader.group(1), ORDINARY_NOUN))

"""Public figures named in a public role that is not an office (public_office.py has the offices).

No list of people: what stands around the name says the role is public.

- An honour: "Sir X", "Dame X" with a full name. A knighthood is conferred in public, for public work.
- A public calling or epithet right before a Chinese name: 航天员 (astronauts are few and announced by
  the state), 院士, 作家, 诗人, 名将, 国手, and "X之父/之母" (杂交水稻之父袁隆平); 诺贝尔…奖得主.
- A company's head with the company named in the same line: "Shares in Rolls-Royce rose after chief
  executive X said…", "Royal Mail has apologised … Chief executive X said"; so is whoever speaks for it
  to its investors ("Tesla delivered … X said on the earnings call", "X told analysts"). public_office keeps the
  head only when the company stands right before the title; "The chief executive X said nothing" (no
  company anywhere) stays masked, and so do a founder, an owner or a manager (a shop has those too).
- A performer whose tour is named after them (周杰伦嘉年华世界巡回演唱会) or who is on a world tour
  ("X's Eras Tour", "X told a sold-out Wembley Stadium that Coldplay's world tour…"), not a fan of one.
- A hospital's or an institute's head of department speaking to the press as an expert (…医院感染科
  主任X接受新华社记者采访); a doctor on a ward, a class teacher (班主任) or a village doctor stays masked.
- A professional player or coach in a top-level match report (public_sport.py).
"""

from __future__ import annotations

import re

from desktop.engine.cloud import public_office, public_sport

_HAN_NAME_BEFORE = re.compile(r"[\u4e00-\u9fff·]{2}$")
_HONOUR = re.compile(r"\b(?:Sir|Dame)[ \t]+$")
_ZH_CALLING = re.compile(r"(?:航天员|宇航员|院士|作家|诗人|名将|国手|之父|之母|奖得主)[ \t]*$")
# (the tour's own name may stand between, in Chinese or in Latin letters: 周杰伦 Carnival 世界巡回演唱会)
_ZH_TOUR_AFTER = re.compile(r"[ \t]?(?:[\u4e00-\u9fff]{0,6}|《?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}》?[ \t]?)"
                            r"(?:世界巡回演唱会|巡回演唱会|世界巡演|全球巡演)")
_ZH_FAN_BEFORE = re.compile(r"(?:歌迷|粉丝|乐迷|观众|听众|黄牛|票贩子)[ \t]*$")  # 歌迷X: who went to the tour
# Speaking for a company to its investors: "X said on the earnings call", "X told analysts".
_TO_INVESTORS = re.compile(r"[ \t]+(?:said|told|says|added)[ \t]+(?:on[ \t]+(?:the|an|a|its)[ \t]+(?:earnings|results|investor|"
                           r"analyst)s?[ \t]+call|(?:analysts|investors|shareholders)\b)|"
                           r"[ \t]*在(?:业绩|财报)(?:说明会|发布会|电话会)")
_EN_TOUR = re.compile(r"\b(?:the[ \t]+)?[A-Z][\w'’]*(?:[ \t]+[A-Z][\w'’]*){0,2}[ \t]+(?:World[ \t]+|Stadium[ \t]+)?Tour\b|"
                      r"\b(?:world|stadium|arena|global|farewell|reunion)[ \t]+tour\b")
# The performer is the one touring: "X's Eras Tour", "X has added dates", "X told a sold-out stadium".
_EN_TOUR_AFTER = re.compile(r"['’]s[ \t]+[A-Z][\w'’]*(?:[ \t]+[A-Z][\w'’]*){0,2}[ \t]+(?:World[ \t]+|Stadium[ \t]+)?Tour\b|"
                            r"[ \t]+(?:(?:has|have|will|is|was)[ \t]+(?:added|announced|extended|brought|taken|playing|"
                            r"performing)|told[ \t]+(?:a|the)[ \t]+(?:sold-out|packed|crowd|audience)|played|performed|sang|"
                            r"opened|closed|kicked[ \t]+off|wrapped[ \t]+up)\b")
# A hospital's or an institute's head of department speaking to the press as an expert:
# 复旦大学附属华山医院感染科主任X接受…采访, 北京大学第一医院感染疾病科主任X在接受新华社记者采访时表示.
_ZH_EXPERT = re.compile(r"(?:医院|该院|医学院|医科大学|研究所|研究院|疾控中心|疾病预防控制中心)[\u4e00-\u9fff]{0,10}?"
                        r"(?:主任|院长|副院长|所长|首席专家)[ \t]*$")
_TO_MEDIA = re.compile(r"接受[^，。\n]{0,14}(?:采访|专访)|对[^，。\n]{0,10}记者(?:表示|说)|在[^，。\n]{0,10}发布会上|"
                       r"\btold[ \t]+(?:the[ \t]+)?(?:[A-Z]{2,}|BBC|Reuters|Xinhua|Bloomberg|Associated Press)\b")
# 记者从复旦大学附属儿科医院获悉，…该院神经内科主任X表示: the hospital briefed the press
_FROM_MEDIA = re.compile(r"记者从[^。\n]{2,30}?(?:获悉|了解到|得知)")
_CHIEF = re.compile(r"\b(?:[Cc]hief [Ee]xecutive|CEO|[Cc]hair(?:man|woman)|[Pp]resident and CEO)[ \t]+$")
# The company named in the line: a listed company's shares, or a capitalised name that is the subject
# of what a company does.
_COMPANY = re.compile(r"\b(?:[Ss]hares (?:in|of)|[Ss]tock in)[ \t]+[A-Z]|"
                      r"\b[A-Z][\w&.\-]*(?:[ \t]+[A-Z][\w&.\-]*){0,3}[ \t]+(?:has|have|had)[ \t]+(?:apologised|apologized|"
                      r"announced|reported|posted|cut|raised|warned|confirmed)\b|"
                      r"\b[A-Z][\w&.\-]*(?:[ \t]+[A-Z][\w&.\-]*){0,3}[ \t]+(?:reported|posted|delivered|announced|"
                      r"shipped|sold)[ \t]+(?:\S+[ \t]+)?(?:profits?|revenue|sales|losses?|results|vehicles|units|"
                      r"earnings|[\d.,]+)")


# The same in Chinese: a company named as the subject of what it announces (星河科技今日宣布…，董事长X表示),
# then its head; "该公司董事长X" names no company and stays masked.
_ZH_CHIEF = re.compile(r"(?:董事长|董事局主席|总裁|首席执行官|CEO|创始人)[ \t]*$")
_ZH_COMPANY = re.compile(r"(?:^|(?<=[，。；：）)\s]))[\u4e00-\u9fffA-Za-z]{2,10}?(?:科技|集团|公司|股份|控股|银行|证券|汽车|"
                         r"电子|医药|能源|实业|传媒|网络|智能)(?:有限公司|股份有限公司)?[ \t]*"
                         r"(?:今日|今天|日前|近日|昨日|昨天|周[一二三四五六日])?(?:宣布|发布|公告|披露|公布)|"
                         # or a listed company with its stock code: BYD（002594.SZ）
                         r"[\u4e00-\u9fffA-Za-z]{2,12}[（(]\d{4,6}(?:\.[A-Z]{2})?[)）]")


# A star by what only stars do: adds stadium dates, posts to millions of followers, is an Olympic champion.
_EN_DATES_ADDED = re.compile(r"[ \t]+(?:has[ \t]+)?(?:added|announced)[ \t]+(?:[\w-]+[ \t]+){0,3}(?:[A-Z][\w'’-]+|stadium|"
                             r"arena|tour)[ \t]+(?:dates|shows|concerts|gigs|nights)\b")  # "three more Wembley dates"
_EN_FOLLOWERS = re.compile(r"\b(?:her|his|their)[ \t]+[\d.,]+[ \t]*(?:million|m\b|k\b|thousand)[ \t]*(?:followers|subscribers)\b")
_EN_CHAMPION = re.compile(r"\b(?:Olympic|Paralympic|world|Wimbledon|Grand[ \t]+Slam|Formula[ \t]+One|F1|NBA|Tour[ \t]+de[ \t]+France)"
                          r"[ \t]+(?:champion|gold[ \t]+medallist|gold[ \t]+medalist|record[ \t]+holder|winner|legend)s?[ \t]+$")


# On air or in office by the text's own word: a news anchor's cue ([ANCHOR – X], 【主持人 X】), the elected
# (X当选村委会主任, X、Y当选委员), a county's sheriff, an author at a book launch or signing books.
_ANCHOR_CUE = re.compile(r"(?:【|\[)[ \t]*(?:主持人|主播|ANCHOR|Anchor|PRESENTER|Presenter|HOST|Host)[ \t]*[–—:：-]?[ \t]*$")
_ZH_ELECTED_AFTER = re.compile(r"(?:[、和及][\u4e00-\u9fff]{2,4})*当选(?:为)?[\u4e00-\u9fff]{0,8}?(?:主任|委员|主席|代表|市长|"
                               r"县长|镇长|乡长|议员|理事|会长|书记|院士|总统|总理)")  # not 当选本场最佳球员
_EN_SHERIFF = re.compile(r"\b[A-Z][a-z]+[ \t]+(?:County|Parish)[ \t]+Sheriff[ \t]+$")
_EN_CORONER = re.compile(r"\b(?:HM[ \t]+)?(?:Senior[ \t]+|Assistant[ \t]+|Area[ \t]+)?Coroner(?:[ \t]+for[ \t]+[A-Z][\w'’-]*"
                         r"(?:[ \t]+(?:and[ \t]+)?[A-Z][\w'’-]*){0,3})?,?[ \t]+(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?[ \t]+)?$")
_EN_THE_CALLING = re.compile(r"\b[Tt]he[ \t]+(?:author|novelist|poet|playwright|singer|actor|actress|rapper|comedian|"
                             r"broadcaster)[ \t]+$")  # "The author J.K. Rowling" (a local author is no "the author")
# A byline ("By Sarah Kemp, Local Democracy Reporter"), a council's leader or cabinet member, a force's chief.
_BYLINE = re.compile(r"(?:^|\n)[ \t]*(?:By|BY)[ \t]+$")
_COUNCIL_POST_AFTER = re.compile(r",[ \t]+(?:the[ \t]+)?(?:leader|deputy leader|cabinet member|chair|chairman|chairwoman|"
                                 r"mayor|portfolio holder)\b[^.;\n]{0,60}\bCouncil\b")
_FORCE_CHIEF = re.compile(r"(?:Police|Constabulary)['’]s[ \t]+(?:Chief[ \t]+Constable|Commissioner|Chief[ \t]+Officer),?[ \t]+$")
# A tribunal's or commission's adjudicator at work, a professor of a named university speaking as an expert.
_EN_ADJUDICATOR = re.compile(r"\b(?:Commission|Tribunal|Ombudsman|Authority)[ \t]+(?:adjudicator|chair|chairman|chairwoman|"
                             r"member|judge)[ \t]+$")
_PROFESSOR_OF = re.compile(r"[ \t]+(?:of|at)[ \t]+(?:the[ \t]+)?(?:University[ \t]+of[ \t]+[A-Z]|[A-Z][\w'’-]+[ \t]+University\b)")
_PROFESSOR = re.compile(r"\bProf(?:essor|\.)?[ \t]+$")
_AUTHOR_AFTER = re.compile(r"在(?:新书|作品|新作)(?:分享会|发布会|签售会|首发式)|[ \t]+(?:will[ \t]+)?sign(?:s|ed|ing)?[ \t]+"
                           r"(?:copies|books)\b")


_EN_TOURING = re.compile(r"\b[Tt]ouring[ \t]+(?:violinist|pianist|cellist|guitarist|singer|soprano|tenor|rapper|"
                         r"comedian|band|musician|performer|artist)[ \t]+$")
# Candidates standing for public office: "X (Labour)", 候选人名单…：X、Y、Z.
_PARTY_AFTER = re.compile(r"[ \t]*[(（](?:Labour|Conservatives?|Green|Liberal Democrats?|Lib Dem|Reform(?: UK)?|SNP|"
                          r"Plaid Cymru|Independent|Democrat|Democratic|Republican|GOP)[)）]")
_CANDIDATES = re.compile(r"\b[Cc]andidates?\b|候选人")
_ZH_CANDIDATE_LIST = re.compile(r"候选人[^，。；\n]{0,12}[：:][\u4e00-\u9fff、 \t]*$")


# What alone, right before a name or right after it, says the role is public (the patterns above).
_ROLE_BEFORE = (_ANCHOR_CUE, _EN_SHERIFF, _EN_CORONER, _EN_THE_CALLING, _BYLINE, _FORCE_CHIEF, _EN_ADJUDICATOR,
                _EN_TOURING, _EN_CHAMPION)
_ROLE_AFTER = (_AUTHOR_AFTER, _COUNCIL_POST_AFTER, _EN_DATES_ADDED)


def is_public_role(text: str, start: int, end: int, reports: list[tuple[int, int]]) -> bool:
    """Whether the name at ``text[start:end]`` is named in a public role, by the rules above
    (``reports``: the lines of top-level sport, from :func:`public_sport.match_reports`)."""
    before = text[max(0, start - 30):start]
    name = text[start:end]
    if _HONOUR.search(before) and " " in name.strip():
        return True
    if any(p.search(before) for p in _ROLE_BEFORE) or any(p.match(text, end) for p in _ROLE_AFTER) \
            or (_PROFESSOR.search(before) and _PROFESSOR_OF.match(text, end)) or _EN_FOLLOWERS.search(text, end, end + 60):
        return True
    # (a village's elected committee stays private, as public_office.py holds for village offices)
    if _ZH_ELECTED_AFTER.match(text, end) and "村" not in public_sport.line_of(text, start, end):
        return True
    if (_PARTY_AFTER.match(text, end) and _CANDIDATES.search(public_sport.line_of(text, start, end))) \
            or _ZH_CANDIDATE_LIST.search(text, text.rfind("\n", 0, start) + 1, start):
        return True
    if _ZH_CALLING.search(before) or (_ZH_TOUR_AFTER.match(text, end) and not _ZH_FAN_BEFORE.search(before)):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    if (_CHIEF.search(before) or _TO_INVESTORS.match(text, end)) and _COMPANY.search(text, line_start, start):
        return True
    if _ZH_CHIEF.search(before) and _ZH_COMPANY.search(text, line_start, start):
        return True
    if _EN_TOUR_AFTER.match(text, end) and _EN_TOUR.search(public_sport.line_of(text, start, end)) \
            and not public_sport.is_bystander(text, start):
        return True
    if _ZH_EXPERT.search(text, max(0, start - 40), start) and (_TO_MEDIA.search(text, end, end + 40)
                                                               or _FROM_MEDIA.search(text, max(0, start - 80), start)):
        return True
    if start > 2 and text[start - 1] in "（(" and _HAN_NAME_BEFORE.search(text, start - 3, start - 1):
        # 首席执行官马斯克（Elon Musk）: the other form of a name held with an office the finders left alone
        bracket = start - 1
        if any(public_office.is_public(text, bracket - n, bracket) for n in range(2, 7) if bracket - n >= 0):
            return True
    return public_sport.is_athlete(text, start, end, reports)

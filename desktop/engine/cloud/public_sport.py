"""Professional athletes and coaches at work: a name kept because the line is a top-level match report.

A player who scores in the Premier League, wins a WTA final or takes gold at the Olympics does so in
public, and the match report is public record; the same sentence about a Sunday-league side, a school
sports day or a provincial youth meet names a private person. Nothing here lists people: the line must
name a TOP-LEVEL COMPETITION, a club of a top division or its ground, and the sentence must say the
person played, coached or spoke after the match, next to the name (X scored, X以…夺冠, 主教练X, "X said
afterwards").

It stays masked when the line is amateur or youth sport (业余, 青少年, U12, Sunday League, parkrun, 省运会,
school), when the person is a fan, a parent, a steward or a spectator, or when the sentence is about a
crime, an injury to a bystander or a court case: the venue does not make a victim or a suspect public.
"""

from __future__ import annotations

import re

Span = tuple[int, int]

# Competitions, leagues and governing bodies of the top level (not "Cup" or "Open" alone: a village
# has a cup, and "Shanghai Amateur Tennis Open" is amateur).
_COMPETITIONS = (
    r"Premier League|La Liga|Serie A|Bundesliga|Ligue 1|Eredivisie|Champions League|Europa League|FA Cup|"
    r"League Cup|World Cup|Euro 20\d\d|Copa América|Club World Cup|NBA|WNBA|NFL|MLB|NHL|MLS|Super Bowl|"
    r"Stanley Cup|World Series|Wimbledon|US Open|French Open|Australian Open|Roland[- ]Garros|Grand Slam|ATP|"
    r"WTA|Olympics?|Olympic Games|Paralympics?|Winter Games|Tour de France|Giro d['’]Italia|Vuelta|Formula (?:One|1)|"
    r"F1|Grand Prix|MotoGP|Ryder Cup|The Masters|US Masters|PGA|LPGA|Six Nations|Rugby World Cup|Ashes|IPL|"
    r"Test match|World Athletics|Diamond League|World Championships?|Commonwealth Games|Asian Games|"
    r"Chinese Super League|CSL|Super League|UFC|FIFA|UEFA|"
    r"中超|中甲|CBA|WCBA|英超|西甲|意甲|德甲|法甲|欧冠|欧联|亚冠|世界杯|亚洲杯|欧洲杯|美洲杯|奥运|冬奥|残奥|亚运|"
    r"全运会|世锦赛|世乒赛|世游赛|世界锦标赛|世界大赛|大满贯|温网|美网|法网|澳网|环法|钻石联赛|国家队|国家集训队|国乒|国足|"
    r"女排|男篮|女篮|中国[\u4e00-\u9fff]{1,4}协会|总决赛|常规赛|季后赛|大奖赛")
# Clubs of the top divisions and their grounds (a club's name is public; its players at work too).
_CLUBS = (
    r"Arsenal|Aston Villa|Brentford|Manchester City|Manchester United|Man City|Man Utd|Newcastle United|"
    r"Nottingham Forest|Tottenham(?: Hotspur)?|Spurs|West Ham|Leeds United|Leicester City|Ipswich Town|"
    r"Crystal Palace(?! [A-Z])|Real Madrid|Atl[ée]tico Madrid|Bayern Munich|Borussia Dortmund|Paris Saint-Germain|PSG|"
    r"Juventus|Inter Milan|AC Milan|Napoli|Lakers|Celtics|Warriors|Knicks|Nuggets|Bucks|Yankees|Dodgers|"
    r"Etihad(?! Airways)|Anfield|Old Trafford|Emirates Stadium|Stamford Bridge|Wembley Stadium|at Wembley|Bernab[eé]u|"
    r"Camp Nou|"
    r"Madison Square Garden|"
    r"上海海港|上海申花|山东泰山|北京国安|成都蓉城|天津津门虎|武汉三镇|长春亚泰|青岛海牛|深圳新鹏城|梅州客家|"
    r"南通支云|沧州雄狮|广东宏远|广东华南虎|辽宁本钢|辽宁男篮|北京首钢|北京北汽|上海久事|"
    r"浙江广厦|浙江稠州|新疆广汇|山西汾酒|深圳马可波罗|山东高速|青岛国信|福建浔兴|南京同曦|广州龙狮|四川金强|"
    r"宁波町渥|江苏肯帝亚|皇家马德里|巴塞罗那|曼城|曼联|利物浦|阿森纳|切尔西|热刺|拜仁|巴黎圣日耳曼|尤文图斯")
# Clubs named after their town (Liverpool, Chelsea, Barcelona): a club only as "… FC" or doing what a
# club does ("Chelsea beat", "Liverpool striker").
_TOWN_CLUBS = (r"(?:Liverpool|Chelsea|Everton|Fulham|Brighton|Bournemouth|Southampton|Sunderland|Burnley|Wolves|"
               r"Barcelona|Celtic|Ajax|Benfica|Porto)(?: FC\b| (?:beat|drew|lost|won|were beaten|host|face|"
               r"striker|manager|forward|midfielder|defender|goalkeeper|captain|boss|coach)\b|['’]s (?:striker|"
               r"manager|forward|midfielder|defender|goalkeeper|captain|coach)\b)")
_TOP_LEVEL = re.compile(rf"(?<![A-Za-z])(?:{_COMPETITIONS}|{_CLUBS}|{_TOWN_CLUBS})(?![a-z])")
# Amateur, youth, school and community sport: the players are private people.
_AMATEUR = re.compile(
    r"\b(?:[Aa]mateur|Sunday [Ll]eague|[Ss]unday league|parkrun|[Pp]ark ?run|[Yy]outh|[Jj]unior|[Jj]uniors|"
    r"[Ss]chool|[Ss]ports day|[Uu]nder-\d+|U-?\d{1,2}s?|[Cc]ommunity|[Vv]illage|[Pp]ub|[Ww]orks team|"
    r"[Vv]eterans|[Cc]harity (?:match|run)|fun run|county final|[Cc]ounty [Ll]eague|[Ss]tudents?|"
    r"[Aa]cademy|[Aa]llotment)\b|业余|青少年|少年|少体校|少儿|社区|街道|校园|小学|中学|高中|大学生|校队|"
    r"省运会|市运会|县运会|区运会|运动会|老年|老干部|职工|企业联赛|村BA|村超|城市联赛|趣味|亲子|学生")
# What ties the name to the play: a player's or a coach's role right before it, a result right after
# it ("X scored", "X以56秒21夺冠", "X beat Y": Y too), or what they said after the match. A word of
# sport elsewhere in the sentence is not enough: "among the 60,000 at Anfield was X, 58, …" is a fan.
_ROLE_BEFORE = re.compile(
    r"(?:\b(?:striker|forward|winger|midfielder|defender|full-back|centre-back|goalkeeper|keeper|captain|"
    r"manager|head coach|coach|boss|playmaker|point guard|quarterback|pitcher|batter|bowler|batsman|rider|"
    r"driver|champion|No\. ?\d+ seed|world No\. ?\d+|team-?mate|beat|beating|defeated|overcame|edged|"
    r"thrashed|with)[ \t]+|"
    r"名将|选手|球员|主教练|教练|主帅|队长|前锋|中场|后卫|中卫|边锋|门将|小将|队友|国手|新援|外援|夺冠的|"
    r"击败|战胜|负于|不敌|赛后)[ \t]*$")
_FORM_AFTER = r"(?:[ \t]*[（(][^)）\n]{1,30}[)）])?(?:,[ \t]*\d{1,2},)?"
_RESULT_AFTER = re.compile(
    rf"{_FORM_AFTER}[ \t]+(?:scored|scores|scoring|netted|struck|headed|hit|beat|beats|defeated|won|wins|"
    r"claimed|clinched|sealed|took|set|finished|saved|converted|reached|lifted|retained|served|broke|rallied|"
    r"edged|thrashed|grabbed|capped|led|said afterwards|said after the|told reporters after)\b")
_ZH_RESULT = re.compile(r"夺冠|夺得|冠军|金牌|银牌|铜牌|破门|进球|打进|攻入|梅开二度|帽子戏法|助攻|得分|拿下|砍下|"
                        r"轰下|击败|战胜|胜出|逆转|晋级|卫冕|摘得|刷新|打破|赛后")
_CLAUSE_END = re.compile(r"[，。；！？,;!?\n]")


def _tied(text: str, start: int, end: int) -> bool:
    if _ROLE_BEFORE.search(text, max(0, start - 16), start) or _RESULT_AFTER.match(text, end):
        return True
    clause_end = _CLAUSE_END.search(text, end)
    after = text[end:clause_end.start() if clause_end else len(text)]
    return bool(re.match(r"[\u4e00-\u9fff（(\s]", after[:1])) and _ZH_RESULT.search(after[:40]) is not None


# The person is no player: a fan, a parent, a steward; or the sentence is a crime or an accident.
_NOT_PLAYER_BEFORE = re.compile(
    r"(?:\b(?:fans?|supporters?|spectators?|stewards?|season-ticket holder|ticket holders?|parents?|mum|dad|"
    r"mother|father|wife|husband|neighbou?r|resident|driver|passenger|victim|suspect|witness|steward|"
    r"security guard|vendor|volunteer|employee|worker|nurse)[, ]+|球迷|观众|家长|市民|志愿者|工作人员|保安|"
    r"司机|乘客|受害人|嫌疑人|目击者|居民|父亲|母亲|妈妈|爸爸)[ \t]*$", re.I)
_INCIDENT = re.compile(
    r"\b(?:arrested|charged|stabbed|assaulted|attacked|robbed|died|killed|(?:in|to) court|[Cc]rown [Cc]ourt|"
    r"magistrates|convicted|jailed|sentenced|police said|fraud|theft|stolen|crash)\b|被捕|被刑拘|涉嫌|身亡|死亡|被抢|被盗|诈骗|法院|判处|"
    r"起诉|报警|车祸", re.I)
_SENTENCE_END = re.compile(r"[。！？!?\n；;]|\.(?=\s|$)")


def line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the line holding ``text[start:end]`` starts and ends."""
    right = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, right if right >= 0 else len(text)


def line_of(text: str, start: int, end: int) -> str:
    left, right = line_bounds(text, start, end)
    return text[left:right]


def _sentence(text: str, start: int, end: int) -> str:
    left = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 200), start)),
               default=max(0, start - 200))
    right = _SENTENCE_END.search(text, end)
    return text[left:right.start() if right else min(len(text), end + 200)]


def match_reports(text: str) -> list[Span]:
    """The lines of ``text`` that report top-level sport (a competition, club or ground named, nothing
    amateur), found once per text."""
    lines: list[Span] = []
    for m in _TOP_LEVEL.finditer(text):
        if lines and m.start() < lines[-1][1]:
            continue
        left = text.rfind("\n", 0, m.start()) + 1
        right = text.find("\n", m.end())
        right = len(text) if right < 0 else right
        if not _AMATEUR.search(text, left, right):
            lines.append((left, right))
    return lines


def is_athlete(text: str, start: int, end: int, reports: list[Span]) -> bool:
    """Whether the name at ``text[start:end]`` is a professional player or coach in a top-level
    match report (``reports``: from :func:`match_reports`), by the rules above."""
    if not any(left <= start < right for left, right in reports):
        return False
    if not _tied(text, start, end) or _INCIDENT.search(_sentence(text, start, end)):
        return False
    return not is_bystander(text, start)


def is_bystander(text: str, start: int) -> bool:
    """A fan, a parent, a steward, a passenger… named right before ``start``."""
    return _NOT_PLAYER_BEFORE.search(text, max(0, start - 30), start) is not None

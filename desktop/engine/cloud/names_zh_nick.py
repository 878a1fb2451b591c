"""Chinese names that the ordinary role rules miss because of what the name IS, not where it stands.

- A nickname in quotes that people call someone by (大家都叫他“阿强”, 人称“老六”, 外号“大头”): it
  points to one person as surely as the name does.
- A real name given outright (真名X, 本名X): the characters after the label are the name even when
  one of them is in no name list (真名周芃).
- A missing-person notice or a record that gives sex and age right after a name (X，男，14岁; X（女，
  9岁）): the name is masked even when it is also a word (夏天, 方圆).
- A role that names a person (渔民, 表哥, 房东, 学生…) right before a name that is also a word (方圆,
  文静), where the name is set off after it (和, 与, 则, a comma, a verb of saying).
- Mongolian names written in Chinese (巴特尔, 图门巴雅尔, 乌力吉): no 百家姓 surname; after a role
  word, a run of the syllables such names are written with.
"""

from __future__ import annotations

import re

from desktop.engine.cloud import names_zh
from desktop.engine.cloud.names_zh_words import ROLE_WORDS, VERB_LEADS

Span = tuple[int, int]

_Q_OPEN = "“\"「『‘'"
_Q_CLOSE = "”\"」』’'"
# 叫他“阿生”, 喊她“小胖”, 人称“老六”, 外号“大头”, 绰号叫“三哥”: the quoted word is a nickname.
_NICKNAME = re.compile(rf"(?:(?:叫|喊|称|唤)(?:他|她)(?:做|作|为)?|人称|外号(?:叫|是)?|绰号(?:叫|是)?|诨名|"
                       rf"小名(?:叫|是)?|昵称(?:叫|是)?)[ \t]*[{_Q_OPEN}]([\u4e00-\u9fff]{{2,3}})[{_Q_CLOSE}]")
# 真名林芒, 本名：周芃。 — the name after the label, to the next punctuation or a function word.
_REAL_NAME = re.compile(r"(?:真名|本名|原名|真实姓名)(?:是|叫|为)?[ \t]*[：:]?[ \t]*([\u4e00-\u9fff]{2,3})"
                        r"(?=[，。、；！？,.;!?）)\s]|$)")
# “小丽”，真名陈丽娟: the name someone went by, quoted before the real one.
# (“豆豆”——本名…: a dash or a bracket may stand between)
_KNOWN_BEFORE_REAL = re.compile(r"[“\"「]([\u4e00-\u9fff][\u4e00-\u9fffA-Za-z]{1,2}|[A-Za-z][\w.]{1,20})[”\"」]"
                                r"[ \t]*(?:[，,（(]|——|—|--)?[ \t]*(?:真名|本名|原名|大名)")  # (“老K”, “MaxPower_Lu”)
# 小芒果（本名龚雨桐）, Mochi（真名…）: unquoted, the name right before the bracket that gives the real one
_BEFORE_REAL_BRACKET = re.compile(r"(?<![\u4e00-\u9fffA-Za-z])([\u4e00-\u9fff]{2,4}|[A-Za-z][\w.]{1,20})[ \t]*[（(][ \t]*"
                                  r"(?:本名|真名|原名)")
# 阿俊本名温俊杰: a familiar form right before the label, no quotes or brackets
_FAMILIAR_BEFORE_REAL = re.compile(r"([阿小老][\u4e00-\u9fff]|阿[A-Za-z]{1,8})[ \t]*[，,]?[ \t]*(?:本名|真名|原名)")
# 我们都叫她薇薇, 大家叫他阿杰: what people call someone, a doubled character or 阿/小 and one (叫他回家, 叫她小心 and
# 叫他哥哥 are no names)
_CALLED = re.compile(r"(?:叫|喊|称呼|稱呼)(?:她|他)(?:作|做|为|為)?[ \t]*[“\"「]?([阿小]?[\u4e00-\u9fff]{1,2})[”\"」]?(?=[，。！？、；,.!?\s]|$)")
_DOUBLED_LIST = "常常 慢慢 天天 刚刚 好好 快快 偷偷 渐渐 悄悄 乖乖 宝宝 哥哥 姐姐 妈妈 爸爸 弟弟 妹妹 爷爷 奶奶 叔叔 舅舅 姑姑 伯伯 婆婆 公公 太太"
_DOUBLED_WORDS = frozenset(_DOUBLED_LIST.split())
# 阿Ken, 阿Joe: 阿 and an English given name is what friends call someone in Hong Kong and Guangdong (阿Sir is
# the police, 阿Q a character)
_A_LATIN = re.compile(r"阿((?!(?:Sir|Madam|Miss)(?![a-z]))[A-Z][a-z]{1,8})(?![A-Za-z])")
# 艺名Mochi，本名…; 网名“…”: the name a performer or a user goes by, to the next punctuation
_STAGE_NAME = re.compile(r"(?:艺名|藝名|网名|網名|花名)(?:是|叫|为)?[ \t]*[：:]?[ \t]*[“\"]?([\u4e00-\u9fff]{2,4}|[A-Za-z][\w.]{1,20})"
                         r"[”\"]?(?=[，,。、；;（( \t]|$)")
# 夏天，男，14岁 / 夏天（女，9岁）: sex and age right after the name.
_SEX_AGE = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,3})[ \t]*[，,（(][ \t]*[男女][ \t]*[，,、][ \t]*"
                      r"\d{1,3}[ \t]*(?:岁|周岁)")
# Roles that name a person and that the main list lacks (names_zh_words.ROLE_WORDS has 村民, 学生…).
_MORE_ROLES = ("渔民", "牧民", "果农", "菜农", "青年", "少年", "少女", "表哥", "表姐", "表弟", "表妹", "堂哥", "堂姐",
               "堂弟", "堂妹", "摊主", "店员", "租户",
               # results lists: 第一名许诺，168个 (not 冠军: 奥运会跳水冠军全红婵 is a public figure)
               "第一名", "第二名", "第三名", "发起人", "的哥", "的姐",
               # relatives: 他的侄子关德胜, 外孙女林晓雨
               "侄子", "侄女", "外甥", "外甥女", "孙子", "孙女", "外孙", "外孙女", "儿媳", "女婿", "老伴", "前妻", "前夫",
               "未婚妻", "未婚夫", "舅舅", "叔叔", "姑姑", "姨妈", "舅妈", "伯父", "外公",
               "兽医", "护林员", "巡护员")
# roles that name a person, not verbs that lead to one (采访, 联系): 约采访时间 is no name
_WORD_ROLES = sorted({*ROLE_WORDS, *_MORE_ROLES} - set(VERB_LEADS) - {"姓名", "名叫", "叫做", "她叫", "他叫", "我叫"},
                     key=len, reverse=True)
_ROLE_THEN = re.compile("(?:" + "|".join(map(re.escape, _WORD_ROLES)) + r")(?=[\u4e00-\u9fff])")
# After the name: a clear end (和白雪, 则称, a comma, a verb of saying).
_NAME_END = re.compile(r"[，。、；：！？,;:（(]|和|与|及|则|也|说|称|表示|告诉|介绍|透露|每天|今年|家住|家里|一家|在|后|阿姨|师傅|大爷|大妈|老师")
# Syllables of Mongolian names in Chinese script (巴特尔, 孟和, 乌力吉, 额尔敦, 朝鲁, 其木格).
_MONGOL = set("巴图孟和特尔乌力吉额敦朝鲁其木格苏日娜仁托雅达赉布赫宝音满都拉胡斯琴包阿古腾格勒那顺")
_MONGOL_ENDS = ("孟和", "巴特尔", "巴雅尔", "乌力吉", "额尔敦", "朝鲁", "其木格", "苏日娜", "图雅", "宝音", "达赉",
                "满都拉", "斯琴", "那顺", "格日勒", "巴图", "吉雅", "托娅")


def _mongol(text: str, i: int) -> Span | None:
    j = i
    while j < len(text) and text[j] in _MONGOL and j - i < 6:
        j += 1
    for end in range(j, i + 1, -1):  # 3 to 6 characters ending on a known name, or that name alone
        if ((end - i > 2 and text[i:end].endswith(_MONGOL_ENDS)) or text[i:end] in _MONGOL_ENDS) \
                and _NAME_END.match(text, end):
            return i, end
    # three or more such syllables after a person's role, no word among them (牧民其木格开着…, 兽医那日苏说)
    if j - i >= 3 and not names_zh.is_plain_word(text[i:j]) and not names_zh.is_plain_word(text[i:i + 2]):
        return i, j
    return None


def _word_name(text: str, i: int) -> Span | None:
    """A surname and one given character that is also a word (方圆, 文静, 夏天), set off after it."""
    if names_zh._surname_len(text, i) != 1 or not names_zh.is_plain_word(text[i:i + 2]):
        return None
    if not names_zh._given_ok(text[i + 1]) or names_zh.is_plain_word(text[i:i + 3]):
        return None
    return (i, i + 2) if _NAME_END.match(text, i + 2) else None


def find_nick_names(text: str) -> list[Span]:
    if not names_zh.HAN_CHAR.search(text):
        return []
    spans = [m.span(1) for m in _NICKNAME.finditer(text)]
    spans += [m.span(1) for m in _REAL_NAME.finditer(text) if names_zh._surname_len(m.group(1), 0, rare=True)]
    spans += [m.span() for m in _A_LATIN.finditer(text)] if "阿" in text else []
    for m in _CALLED.finditer(text):
        word = m.group(1)
        doubled = len(word) == 2 and word[0] == word[1] and word not in _DOUBLED_WORDS
        if doubled or (len(word) == 2 and word[0] in "阿小" and not names_zh.is_plain_word(word)):
            spans.append(m.span(1))
    if any(label in text for label in ("本名", "真名", "原名", "大名", "艺名", "藝名", "网名", "網名", "花名")):
        spans += [m.span(1) for pattern in (_KNOWN_BEFORE_REAL, _BEFORE_REAL_BRACKET, _STAGE_NAME, _FAMILIAR_BEFORE_REAL)
                  for m in pattern.finditer(text)]
    for m in _SEX_AGE.finditer(text):
        name = m.group(1)
        if names_zh._surname_len(name, 0, rare=True) and names_zh._given_ok(name[1:]):
            spans.append(m.span(1))
    for m in _ROLE_THEN.finditer(text):
        found = _word_name(text, m.end()) or _mongol(text, m.end())
        if found is None and m.group(0) in _MORE_ROLES:  # 渔民黄海燕: the full rule, with the new roles
            found = names_zh._forward(text, m.end(), person_role=True)
        if found:
            spans.append(found)
    return spans

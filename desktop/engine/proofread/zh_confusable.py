"""Reporter typos among look-alike/sound-alike function characters: 在/再, 以/已, 即/既, 做/作, 象/像.

Why rules and not the frequency model: these characters are single-character words, so no
dictionary word tells right from wrong (他再学校 segments into perfectly good words). What
decides is the construction around them — 再 + place + 里 is always 在, 好象 is always 好像.
Each rule below is a construction that is (almost) never correct as written; anything
ambiguous (已后撤, 做用户调研, 在次日) is excluded by a look-ahead, because a proofreader that
cries wolf gets switched off. The word model's segmentation and part-of-speech tags decide the
two context rules (再 + place, 象 + …一样).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.engine.core.i18n import pick
from desktop.engine.proofread import zh_lm
from desktop.engine.proofread.issue import ERROR, GRAMMAR, TYPO, WARNING, CheckContext, Issue

# (pattern with group "w" = the wrong span, replacement for that span, rule id)
_FIXED: tuple[tuple[str, str, str], ...] = (
    # 以 / 已 / 己
    (r"(?P<w>[以己])经", "已", "zh-yi"),
    (r"(?<=[所可难予])(?P<w>已)(?![经然久])", "以", "zh-yi"),
    (r"(?P<w>已)(?=至于|便于|免得)", "以", "zh-yi"),
    (r"(?<=早)(?P<w>以)(?![前后来往上下及为])", "已", "zh-yi"),
    (r"自(?P<w>已)", "己", "zh-yi"),
    # 即 / 既
    (r"(?P<w>既)(?=使|将|便|刻|日起)", "即", "zh-ji"),
    (r"(?<=[立随])(?P<w>既)", "即", "zh-ji"),
    (r"(?P<w>即)(?=然|往不咎|得利益|定方针)", "既", "zh-ji"),
    (r"(?P<w>即)(?=(?P<v>[有要是能会])[^。；！？]{1,20}?(?:也|又|还)(?P=v))", "既", "zh-ji"),
    # 做 / 作
    (r"(?P<w>做)(?=为(?!人民服务))", "作", "zh-zuo"),
    (r"(?<=[工合创写])(?P<w>做)", "作", "zh-zuo"),
    (r"(?P<w>做)(?=品|者|弊|息|秀|战(?!士))", "作", "zh-zuo"),
    (r"(?P<w>做)(?=用(?![户心品料餐]))", "作", "zh-zuo"),
    (r"(?P<w>作)(?=饭|菜|生意|作业|家务|买卖)", "做", "zh-zuo"),
    # 象 / 像
    (r"(?<=[好就不很真酷])(?P<w>象)(?![征棋牙形])", "像", "zh-xiang"),
    (r"(?<=[图录偶肖画头雕塑影])(?P<w>象)(?![征棋牙形])", "像", "zh-xiang"),
    (r"真(?P<w>象)(?=[，。；！？、]|$)", "相", "zh-xiang"),
    # 在 / 再
    (r"(?<=[现正存实])(?P<w>再)(?![次三见来说])", "在", "zh-zai"),
    (r"(?P<w>再)(?=于[^是])", "在", "zh-zai"),
    (r"(?<!一)(?P<w>再)(?=现场|会上|会议上|当地|此[^外后]|这里|那里|其中|国内|国外|海外|网上|线上|全国|各地|家里|家中)",
     "在", "zh-zai"),
    (r"(?<![实现正存所内好自])(?P<w>在)(?=次(?![日])|也[不没]|接再厉|三[强表考叮])", "再", "zh-zai"),
    (r"一而(?P<w>在)", "再", "zh-zai"),
    # 部署 / 布署 and friends
    (r"(?P<w>布)署", "部", "zh-bushu"),
)
_COMPILED = tuple((re.compile(p), r, rule) for p, r, rule in _FIXED)

# 再 + place (+ locality word) → 在: 再学校里, 再北京工作.
_LOCALITY = ("里", "上", "中", "内", "外", "下", "旁", "边", "附近", "之中", "当中", "期间", "之间", "前", "后")
_PLACE_POS = ("ns", "s", "nt")
# 再…时 followed by a reporting verb → 在…时 (王市长再接受采访时说).
# Not when 再 is "again" before a short verb: 等他再来时说 / 下次再见面时告诉我 are correct.
_ZAI_SHI = re.compile(r"(?P<w>再)(?![来去见回遇碰到过做吃看找问谈次])[^，。；！？、“”\s]{2,12}?(?:时|的时候|之际|过程中|期间)"
                      r"(?=[，,]?(?:说|表示|指出|称|强调|透露|介绍|提到|坦言|认为|提出|回应|告诉))")
# 象 + … + 一样/似的/一般 → 像 (象一座山一样).
_XIANG_LIKE = re.compile(r"(?P<w>象)[^，。；！？\s]{1,12}?(?:一样|似的|一般)")

def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# Manner words that are adverbials when a verb follows: 高兴的说 → 高兴地说.
_ADVERBIALS = _words(
    "高兴 认真 积极 仔细 努力 迅速 快速 慢慢 悄悄 深入 全面 有效 不断 逐步 大力 热情 耐心 严肃 激动 坚定 "
    "明确 主动 顺利 稳步 持续 充分 彻底 深刻 紧紧 牢牢 静静 默默 轻轻 渐渐 热烈 细心 小心 用心 专心 尽快 "
    "飞快 广泛 详细 系统 生动 愉快 兴奋 骄傲 自豪 无奈 坦率 平静 冷静 客观 公开 果断 缓缓 紧急 反复 紧张 有序 "
    "稳妥 高效 大胆 独立 集中")
_SPEECH = _words("说 表示 指出 回答 问 笑 介绍 告诉 宣布 强调 看着 点头 解释 承认 补充 提出 推进 推动 "
                 "发展 工作 学习 研究 讨论 完成 处理 参与 配合 开展 落实 执行 应对 回应 走 跑 离开 施工 进行 "
                 "推进 实施 调查 搜救 抢修 展开")
_DEGREE_AFTER = re.compile(r"(?<=[\u4e00-\u9fff])(?P<w>的)(?=非常|十分|特别|相当|格外|越来越|更加|极其)")
_NOUN_POS = ("n", "nr", "ns", "nt", "nz")
_PRONOUNS = frozenset(("我", "你", "他", "她", "它", "我们", "你们", "他们", "她们"))
_PRONOUN_END = frozenset("我你他她它们")
_TRIGGER = re.compile("[再象的得]")
_Add = Callable[..., None]  # records one issue: add(pos, wrong, right, rule[, category, severity, message])


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _msg(wrong: str, right: str) -> str:
    return pick(f"“{wrong}” is probably a typo for “{right}” here.", f"此处“{wrong}”疑为“{right}”之误。")


class ZhConfusableChecker:
    """在/再, 以/已, 即/既, 做/作, 象/像, 布署 and clear 的/地/得 cases, by construction."""

    name = "zh.confusable"
    languages = frozenset({"zh"})
    scope = "paragraph"

    def check(self, text: str, ctx: CheckContext) -> list[Issue]:
        found: dict[int, Issue] = {}

        def add(pos: int, wrong: str, right: str, rule: str, category: str = TYPO,
                severity: str = ERROR, message: str = "") -> None:
            if pos not in found:
                found[pos] = Issue(pos, pos + len(wrong), wrong, category, severity, message or _msg(wrong, right),
                                   (right,), rule, self.name)

        for pattern, right, rule in _COMPILED:
            for m in pattern.finditer(text):
                add(m.start("w"), m.group("w"), right, rule)
        for m in _ZAI_SHI.finditer(text):
            add(m.start("w"), "再", "在", "zh-zai")
        model = zh_lm.load_model()
        if model is not None and any(c in text for c in "再象的得"):
            self._context_rules(model, text, add)
            self._degree(model, text, add)
        return sorted(found.values(), key=lambda i: i.start)

    def _context_rules(self, model: zh_lm.ZhLanguageModel, text: str, add: _Add) -> None:
        # Segment only a window around each trigger: cheap, and farther context does not matter.
        for m in _TRIGGER.finditer(text):
            pos, ch = m.start(), m.group()
            if (ch == "的" and text[max(0, pos - 2):pos] not in _ADVERBIALS) or (
                    ch == "得" and text[pos - 1:pos] not in _PRONOUN_END):
                continue  # cheap pre-checks: most 的 and 得 are fine and need no segmentation
            a = pos
            while a > max(0, pos - 6) and _is_cjk(text[a - 1]):
                a -= 1
            b = pos + 1
            while b < min(len(text), pos + 10) and _is_cjk(text[b]):
                b += 1
            at_end = b == len(text) or not _is_cjk(text[b])
            words = model.segment(text[a:b]) + ([""] if at_end else ["?"])
            offset = a
            for k, word in enumerate(words[:-1]):
                if offset == pos and word == ch:
                    self._judge(model, text, words, k, pos, add)
                    break
                offset += len(word)

    @staticmethod
    def _judge(model: zh_lm.ZhLanguageModel, text: str, words: list[str], k: int, pos: int, add: _Add) -> None:
        word, prev = words[k], words[k - 1] if k > 0 else ""
        nxt = words[k + 1]
        after = words[k + 2] if k + 2 < len(words) else "?"
        if word == "再" and nxt and (model.pos.get(nxt) in _PLACE_POS or (
                model.pos.get(nxt, "").startswith("n") and after in _LOCALITY)):
            add(pos, "再", "在", "zh-zai")
        elif word == "象":
            if _XIANG_LIKE.match(text, pos) is not None:
                add(pos, "象", "像", "zh-xiang")
        elif word == "的" and prev in _ADVERBIALS and nxt in _SPEECH and after not in ("的", "是", "者") \
                and not model.pos.get(after, "").startswith("n"):  # 认真的学习态度 is a noun phrase
            add(pos, "的", "地", "zh-di-adverbial", GRAMMAR, WARNING,
                pick("Use “地” between an adverbial and its verb (认真地学习).",
                     "状语修饰动词应用“地”（如“认真地学习”）。"))
        # Two-character nouns only: in 他得奖 / 我得分 得 is the verb "to get".
        elif word == "得" and prev in _PRONOUNS and len(nxt) > 1 and model.pos.get(nxt, "") in _NOUN_POS \
                and after in ("", "是", "很", "也", "都"):
            add(pos, "得", "的", "zh-de-possessive", GRAMMAR, WARNING,
                pick("Use “的” before a noun (我的书).", "名词前应用“的”（如“我的书”）。"))

    @staticmethod
    def _degree(model: zh_lm.ZhLanguageModel, text: str, add: _Add) -> None:
        for m in _DEGREE_AFTER.finditer(text):
            prev = text[max(0, m.start() - 1):m.start()]
            if model.pos.get(prev) == "v":
                add(m.start(), "的", "得", "zh-de-complement", GRAMMAR, WARNING,
                    pick("Use “得” between a verb and its complement (跑得快).", "动词后接补语应用“得”（如“跑得快”）。"))

"""The word lists behind Chinese name finding (names_zh.py): surnames, the words that end a
name, forms of address, and the role words and verbs of saying that announce a person.

Kept apart from the finder so the lists can grow without the logic getting lost in them.
"""

from __future__ import annotations

import re

SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武"
    "戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯"
    "纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪"
    "简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎"
    "甄丛仲虞敖巩明佘池查麻苑迟邝阎萧鄢钮扈郗闻厉习逄訾晁谈蔺眭揭昝赖洪冼"
    # rare surnames that begin no common word (亓官's 亓, 仉督's 仉, 雒, 庹)
    "亓仉雒庹")
# Rarer surnames of the 百家姓 and southern ones (禤, 区): many are also ordinary characters, so
# they count only where the sentence already says a person is meant: after a role word, before a
# verb of saying, as a chat speaker or at the head of a numbered contact line.
RARE_SURNAMES = set("凤昌奚酆廉湛禹狄贝伏茅裘贲郁杭嵇滑荀芮羿储汲邴糜隗宓蓬钭戎韶郜蓟邰鄂屠胥莘贡劳郦雍璩濮冀"
                    "郏浦庾暨匡阙殳蔚夔厍阚乜鞠巢蒯荆竺逯桓燕云禤区练植楼仝慕"
                    # the rest of the 百家姓 that is not a function word or a common word's start
                    # (从, 都, 那, 有, 年, 水… stay out), and the Korean 朴
                    "宣惠弓牧籍茹宦戈毋钦帅缑亢况郈佴谯笪卻诸乌琴墨班伊印宿封井松祖束幸暴堵寿慎衡弘禄"
                    "融勾隆容苍咸索扶晋楚汝伯朴满"
                    # surnames outside the 百家姓 list that readers meet in local news (檀, 危, 母)
                    "檀危母")
COMPOUND_SURNAMES = {"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙",
                     "宇文", "司徒", "夏侯", "轩辕", "令狐", "端木", "独孤", "南宫", "西门", "申屠",
                     "万俟", "赫连", "澹台", "宗政", "濮阳", "淳于", "太叔", "仲孙", "钟离", "鲜于", "闾丘",
                     "亓官", "司寇", "颛孙", "巫马", "漆雕", "壤驷", "拓跋", "梁丘", "左丘", "呼延", "公羊"}
# Compound surnames that are also words (南门, 百里, 司空): only in a clear name context.
RARE_COMPOUNDS = {"东门", "南门", "百里", "第五", "司空", "公西", "乐正", "单于", "闻人", "公冶", "公良", "段干",
                  "东郭", "羊舌", "微生", "谷梁", "宰父", "夹谷", "子车", "贺兰", "归海", "仉督"}
# Characters that end a name: particles, pronouns, verbs of saying, punctuation-like words.
STOP_CHARS = set("的了是在和与及跟同说称讲问答道把被对向从给也都就还又很不没有这那个们着过吗呢吧啊呀"
                  "我你他她它等曾已将要会能可以于为因所而且并或如若即便则但却只才再更最太让叫请")
# A word ending in one of these is an institution, a place or a document (白皮书, 高新区), not a person.
# Verbs of saying after 时 or 又 (采访时提醒, 发言时表示): a clause, not a given name.
SAYING_VERBS = {"提醒", "表示", "指出", "介绍", "强调", "透露", "坦言", "告诉", "回应", "解释", "提到", "认为", "呼吁", "建议"}
NOT_NAME_END = set("书会部局所院厂店站馆社队组处科室报网楼路街村镇县市省区港湾桥门业司团后")
# After a surname these make a form of address, not a given name: 王女士, 张某, 李老师 stay.
TITLES = ("女士", "先生", "小姐", "某", "老师", "师傅", "阿姨", "大爷", "大妈", "大姐", "大哥", "同学", "教授",
           "医生", "律师", "警官", "总", "局", "处", "科", "主任", "经理", "书记", "院长", "校长", "老", "叔",
           "婶", "伯", "姨", "哥", "姐", "家", "氏", "姓", "队", "同志", "生")
# One-character titles that also begin common given names (家豪, 家明…): a form of address
# alone, the start of a given name when another given-name character follows.
SOFT_TITLES = set("家哥姐叔伯姨婶生")  # 生: 陳生 is Cantonese for 陈先生; 李生辉 is a name
FALLBACK_GIVEN = ("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文辉力新俊婷立志宇浩"
                   "晨欣怡佳雪梅琳晓鹏飞宏斌斌波海峰林云龙庆春燕东亮成洁凤鑫博然彤琪涵睿轩子"
                   "嘉思雨欢颖慧琦璐倩莉蕾薇薇蓉颖萱妍瑶璇荣德祥福贵兵江河山松岩健康永安"
                   # common in given names, missing from pycorrector's list (田甜, 李熠, 王芊芊)
                   "甜熠芊苒茉蕊杏宛")
ROLE_WORDS = ("储户", "存款人", "投资人", "投资者", "用户", "租户", "住户", "前锋", "门将", "后卫", "中锋", "户名", "开户名", "账户名", "收款人", "付款人", "联系人", "负责人", "家长", "受害人", "被害人",
              "嫌疑人", "当事人", "证人", "目击者", "患者", "病人", "死者", "伤者", "遇难者", "车主", "房东",
              "房主", "租客", "业主", "村民", "居民", "市民", "网友", "记者", "通讯员", "律师", "医生", "护士",
              "老师", "教师", "教授", "校长", "院长", "经理", "主任", "局长", "处长", "科长", "书记", "村长",
              "镇长", "县长", "市长", "店主", "老板", "司机", "学生", "同学", "同事", "朋友", "邻居", "母亲",
              "父亲", "妈妈", "爸爸", "妻子", "丈夫", "儿子", "女儿", "哥哥", "姐姐", "弟弟", "妹妹", "爷爷",
              "奶奶", "外婆", "姓名", "名叫", "叫做", "名字叫", "名字是", "投诉人", "举报人", "申请人", "原告",
              "被告", "法官", "民警", "警官", "工作人员", "志愿者", "发言人", "创始人", "董事长", "总经理",
              "主播", "作者", "编辑", "摄影师", "选手", "运动员", "教练", "员工", "工人", "农民", "保安", "快递员",
              "外卖员", "厨师", "服务员", "班主任", "孩子", "女生", "男生", "女子", "男子", "老人", "签字人",
              "持卡人", "户主", "法人", "代表人", "监护人", "亲属", "家属", "联络人", "介绍人", "担保人",
              "她叫", "他叫", "我叫", "名为", "本名", "原名", "真名", "全名", "署名", "落款",
              "持有人", "收件人", "寄件人", "收货人", "签收人", "经办人", "承租人", "出租人", "借款人", "贷款人",
              "报案人", "爆料人", "知情人", "求助人", "发件人", "护士长", "队长", "组长", "班长", "站长", "厂长",
              "社长", "馆长", "所长", "行长", "会长", "部长", "船长", "机长", "列车长", "护工", "保姆", "店员",
              "曾用名", "别名", "乳名", "小名", "旅客", "乘客", "游客", "顾客", "客户", "群主", "博主", "医师",
              "被告人", "原告人", "上诉人", "被上诉人", "辩护人", "代理人", "受益人", "继承人", "候选人", "成员",
              "主持人", "嘉宾", "演员", "歌手", "作家", "画家", "球员", "队员", "学员", "会员", "职员", "雇员",
              "店长", "骑手", "检察官", "审判长", "审判员", "书记员", "被执行人", "得主", "考生", "毕业生",
              "名单", "名册", "花名册", "代表", "支书", "村支书", "采访对象", "受访对象", "买家", "卖家", "藏家",
              "东家", "网名", "主角", "嫌犯", "疑犯", "车手", "棋手", "球星", "队友", "室友", "舍友", "好友", "徒弟",
              # people named in police notices and public lists: 驾驶人X, 主犯X, 低保对象：X
              "驾驶人", "骑车人", "骑行人", "行人", "乘车人", "肇事人", "涉事人", "报警人", "主犯", "从犯",
              "首犯", "同伙", "对象", "低保户", "贫困户", "困难户", "五保户", "获奖人", "参赛者",
              # minutes and receipts: 会计X, 出纳X, 经手人：X, 报销人：X, 交款人X
              "会计", "出纳", "经手人", "报销人", "交款人", "缴款人", "领款人", "记账人",
              # owners in lost-and-found notices: 狗主人X, 失主X
              "主人", "失主", "物主",
              # obituaries and notices: 先父X, 孝子X; business people and athletes: 台商X, 小将X; staff: 干事X
              "先父", "先母", "亡父", "亡母", "家父", "家母", "先夫", "亡夫", "亡妻", "孝子", "孝女", "孝孙",
              "台商", "港商", "外商", "侨商", "小将", "干事", "英文名", "英文名字", "外文名",
              # hotel guests and group leaders: 房客X, 入住人X, 粉丝团团长X, 领队X
              "房客", "住客", "入住人", "团长", "领队", "导游", "事主",
              # wedding notices: 新郎X与新娘Y
              "新郎", "新娘", "伴郎", "伴娘")
# Any word ending in one of these is a role before a name (消费者骆嘉怡, 肇事者阎小军, 获得者：龚彤).
ROLE_SUFFIXES = "者员师"
# Verbs whose object is a person (记者见到何俊杰时, 采访了李娜): weaker than a role, so only a
# full three-character name counts after them (采访时表示 is not 时表).
VERB_LEADS = ("采访了", "采访", "见到了", "见到", "找到了", "联系上", "联系了", "拜访了", "拜访", "遇到了", "看望",
              "探望", "陪同", "通知了", "转给了", "转给", "交给了", "交给", "打给", "寄给", "借给", "嫁给", "告诉了",
              "委托", "起诉了", "状告", "举报了", "资助", "收养", "认识了", "认识")
ROLE_WORDS = ROLE_WORDS + VERB_LEADS
ROLE_WORDS_SET = frozenset(ROLE_WORDS)
SAY_WORDS = ("说", "称", "表示", "告诉", "介绍", "回忆", "坦言", "透露", "指出", "认为", "解释", "强调", "证实",
             "承认", "否认", "补充", "感叹", "提到", "说道", "答道", "问道", "写道", "回应", "抱怨", "哭着说",
             "笑着说", "向记者", "对记者", "接受采访", "女士", "先生", "小姐", "同学", "老师", "医生", "教授",
             "律师", "等人", "一家", "本人", "签字", "签名", "的电话", "的手机", "的微信", "的账户", "的银行卡",
             "的身份证", "的家", "的孩子", "的母亲", "的父亲", "的妻子", "的丈夫", "家长", "老人")
# Characters that end a borrowed word far more often than a given name (马拉松, 布鲁克林, 罗伯特).
BORROWED = frozenset("斯特克尔伯德曼拉松林罗尼亚娜莎普顿丁巴纳兹维奇基夫")
# Last characters of places and things that jieba's dictionary also tags as names (王府井, 黄鹤楼, 黄金周).
THING_ENDS = frozenset("井楼街路桥站港湾寺庙塔园湖岛村镇周节坡")  # 坡: 吉隆坡, 新加坡


def _surname_at(rare: bool) -> re.Pattern[str]:
    singles = SURNAMES | RARE_SURNAMES if rare else SURNAMES
    compounds = COMPOUND_SURNAMES | RARE_COMPOUNDS if rare else COMPOUND_SURNAMES
    return re.compile(f"(?=[{''.join(sorted(singles))}]|{'|'.join(sorted(compounds))})")


_SURNAME_AT = {False: _surname_at(False), True: _surname_at(True)}


def surname_starts(text: str, rare: bool = False) -> list[int]:
    """Every ``i`` where a surname starts (where ``names_zh._surname_len(text, i, rare)`` is not 0),
    in one scan of the text instead of a test at each character."""
    return [m.start() for m in _SURNAME_AT[rare].finditer(text)]

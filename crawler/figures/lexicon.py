"""Words the figure rules read: units and classifiers, markers, triggers, set phrases (data only).

Decisions of the project owner on what is NOT a figure, read by ``exclusions`` and ``extract``:

- ages (60岁以上老人, 6周岁以下儿童, 35岁的张某): ``AGE_UNITS``;
- category thresholds, a number that only qualifies a category noun (56人以上大班额,
  超10亿元项目9个): ``THRESHOLD_AFTER`` and ``THRESHOLD_BEFORE``;
- coupon terms (满200元减50元), sports scores (3比1, 98∶95) and race times (2小时10分36秒);
- reporting periods (前5个月, 三年来, 近三年): a period, not a duration reported; but
  近14天 (a window, "the last 14 days") is a duration, and not approximate.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from crawler.regions.patterns import trie_alternation  # noqa: F401 - the figures' trie too


class Unit(NamedTuple):
    """How a unit word after a number is read."""

    kind: str
    unit: str  # the unit as recorded
    blocked_after: str = ""  # next characters that make the unit part of another word
    arabic_only: bool = False  # ambiguous after Chinese numerals (十分, 一方面)
    noun_first: bool = False  # a classifier that normally precedes its noun (7个工作组)


def _units(kind: str, words: str, noun_first: bool = False) -> dict[str, Unit]:
    return {w: Unit(kind, w, noun_first=noun_first) for w in words.split()}


UNITS: dict[str, Unit] = {
    # counts of people: the subject is usually written before (确诊病人3例)
    **_units(
        "count",
        "人 例 人次 名 位 户 户次 家次 剂次 车次 架次 班次 台次 批次 人份 场次 件次 辆次 艘次 航次 列次 "
        "趟次 起次 乘次 标箱 标准箱",
    ),
    # classifiers that usually precede their noun (7个工作组, 十三项工作制度)
    **_units(
        "count",
        "个 项 家 份 处 辆 套 件 台 张 条 只 头 匹 座 所 间 栋 幢 棵 株 支 批 场 篇 本 册 "
        "架 艘 箱 袋 瓶 盒 包 桶 块 根 副 双 对 片 顿 餐 起 宗 笔 枚 颗 粒 剂 种 类 门 "
        "节 轮 组 队 期 次 道 口 封 通 处次 条次 碗 杯 筐 班 趟 遍 轮次 尾 羽 盏 部",
        noun_first=True,
    ),
    # nouns counted without a classifier in formal prose (12部门, 31省份)
    **_units("count", "部门 省份 省区市 县区 县市区 乡镇 街道 社区 村 行政村 市县"),
    **_units("duration", "天 小时 分钟 秒 秒钟 周 工作日 昼夜"),
    "个小时": Unit("duration", "小时"),
    "个多小时": Unit("duration", "小时"),
    "公分": Unit("measure", "公分"),
    "Kw": Unit("measure", "kW"),
    "KW": Unit("measure", "kW"),
    # engine speed (6000转时): an Arabic number only, and never the verb (转移, 转发)
    "转": Unit("measure", "转", blocked_after="移发入变为化让到向载给交达型换", arabic_only=True),
    "圈": Unit("count", "圈", blocked_after="子内外套地点"),
    "个钟头": Unit("duration", "小时"),
    "个月": Unit("duration", "月"),
    "个多月": Unit("duration", "月"),
    "个星期": Unit("duration", "周"),
    "星期": Unit("duration", "周"),
    "年": Unit("duration", "年", blocked_after="级代度底初末中"),
    "个工作日": Unit("duration", "工作日"),
    "日": Unit("duration", "天"),
    **_units(
        "measure",
        "吨 公斤 千克 克 毫克 斤 平方米 平米 平方公里 平方千米 立方米 立方 公里 千米 "
        "米 厘米 毫米 亩 公顷 千瓦 千瓦时 兆瓦 瓦 升 毫升 ℃ 摄氏度 km kg m² m³ mm cm kW kWh MW "
        "延长米 微克/立方米",
    ),
    # a rate written out in words (4320立方米每秒)
    "立方米每秒": Unit("measure", "立方米/秒"),
    "米每秒": Unit("measure", "米/秒"),
    "公里每小时": Unit("measure", "公里/小时"),
    **_units("money", "元 元钱 块钱 美元 欧元 港元 日元 英镑 澳元"),
    "%": Unit("percent", "%"),
    "％": Unit("percent", "%"),
    "‰": Unit("percent", "‰"),
    "个百分点": Unit("percent", "百分点"),
    "百分点": Unit("percent", "百分点"),
    "成": Unit("percent", "成", blocked_after="为功立果员本效绩熟交群都年长型品"),
    **_units("other", "倍 周年 分 度 方"),
    # magnitudes and grades of a thing named after (6.8级地震, 12级大风)
    "级": Unit("other", "级", noun_first=True),
}
# Ages are not figures (decision of the project owner): 60岁以上老人, 6周岁, 35岁的张某.
AGE_UNITS = ["周岁", "岁"]

# Yuan is the unit of all money in yuan; these write it another way.
MONEY_AS_YUAN = {"元钱", "块钱"}
YUAN = "元"

# Units that read another word after a Chinese numeral (十分, 一方面, 三度) or with any numeral.
for _w in ("分", "度", "方", "米", "克", "升", "瓦", "级"):
    UNITS[_w] = UNITS[_w]._replace(arabic_only=True)

BLOCKED_AFTER: dict[str, str] = {
    "人": "民员工士物口才",
    "位": "于置列居数",
    "名": "单义称额字誉次牌",
    "家": "庭属乡长人园具电居门",
    "处": "理置分于在罚级长室",
    "户": "口籍外型主",
    "期": "间望待盼限末刊货",
    "次": "性序日要级数",
    "个": "性体",
    "所": "有以在属谓长",
    "场": "所地景合面馆",
    "起": "来步点草诉",
    "道": "路理歉德",
    "门": "口诊户槛",
    "轮": "车",
    "组": "织成建合长",
    "队": "伍员长",
    "条": "件例款线幅",
    "件": "事",
    "支": "持付部出援撑",
    "片": "区刻面",
    "节": "日约点能",
    "天": "然气津空下",
    "元": "素旦宵",
    "周": "末边围",
    "口": "罩岸号径子气",
    "只": "要有能是",
    "头": "条发部",
    "批": "准示复评",
    "村": "民委庄组干级",
    "度": "过假",
    "方": "面案式向法位",
    "分": "别之配析布局",
    "种": "植养子",
    "类": "似",
    "对": "于接口象",
    "双": "方向",
    "块": "钱",
    "本": "地次届级",
    "通": "过知报道",
    "米": "线饭粒",
    "班": "倒子长级主组",
    "尾": "声款",
    "部": "门署分长队位委属件",
    "级": "别",
}
for _w, _after in BLOCKED_AFTER.items():
    _u = UNITS[_w]
    UNITS[_w] = _u._replace(blocked_after=_u.blocked_after + _after)

# Person-like units whose subject is written before the number.
SUBJECT_BEFORE = {"人", "例", "人次", "户", "户次", "家次", "剂次", "名", "位"}

# Periods of a frequency, as written → as recorded.
PERIODS = {
    "天": "天",
    "日": "天",
    "周": "周",
    "星期": "周",
    "月": "月",
    "季度": "季度",
    "季": "季度",
    "半月": "半月",
    "旬": "旬",
    "年": "年",
    "小时": "小时",
    "分钟": "分钟",
    "学期": "学期",
}
# Counts that make a frequency with a period (每天2次, 每月至少举办2场).
FREQUENCY_UNITS = ("次", "遍", "趟", "班", "场")
# A count of a later clause is still per the period of an earlier one (每天测量体温2次，并对楼道
# 消杀3次), unless the clause totals (累计完成检测1.5万次).
TOTAL_WORDS = ["累计", "共计", "合计", "总计", "共", "全年", "全天", "全月", "总"]
# Parts of a day each given a count (早晚各一次 → 2次/天), and how many they are.
DAY_PARTS = {"早晚": 2, "早中晚": 3, "上下午": 2, "上午下午": 2, "早上晚上": 2, "中午晚上": 2,
             "早、晚": 2, "早、中、晚": 3, "上、下午": 2, "上午、下午": 2}  # fmt: skip
# A bare 一 counts before these units (为期一个月, 整治一个月): durations, never an article.
ONE_COUNTS_WORDS = {"个月", "个多月", "个小时", "个多小时", "个星期", "个工作日", "个钟头"}
# Verbs after which 日 counts days, not a date (行政拘留10日).
DAYS_AFTER = ["拘留", "为期", "连续", "持续", "长达", "历时", "延长", "期限", "近"]

APPROX_BEFORE = [
    "大约",
    "约",
    "将近",
    "接近",
    "近",
    "超过",
    "超",
    "逾",
    "至少",
    "突破",
    "不到",
    "不足",
    "不少于",
    "不低于",
    "不超过",
    "不高于",
    "不大于",
    "不多于",
    "多达",
    "上",
    "近乎",
    "最少",
]
APPROX_AFTER = ["以上", "以下", "以内", "左右", "上下", "多", "余", "许"]
APPROX_INSIDE = "多余来"
# A threshold after a figure: with a noun right after it, it names a category (56人以上大班额).
THRESHOLD_AFTER = ["及以上", "及以下", "以上", "以下"]
# A threshold before a figure: with a noun counted right after it (超10亿元项目9个).
THRESHOLD_BEFORE = ["超过", "超", "逾"]
# Words before a bare magnitude that make it indefinite (数千, 几百, 成千上万).
INDEFINITE_BEFORE = ["数", "几", "若干", "成", "好"]

DOWN_WORDS = [
    "下降",
    "减少",
    "降低",
    "下滑",
    "回落",
    "缩减",
    "削减",
    "压减",
    "下跌",
    "缩小",
    "减",
    "降",
    "跌",
]
UP_WORDS = ["增长", "增加", "上升", "提高", "提升", "上涨", "增", "涨"]
# Other verbs of change, without a direction (由3小时缩短至1小时, 延长运营时间30分钟).
CHANGE_VERBS = ["缩短", "压缩", "延长", "扩大", "升", "攀升", "跃升", "调整", "回升", "收窄"]
# A clause that is only a change (比上年增长4.1%, 较年初下降0.14个百分点, 增长到2023年的86万元)
# reports on what its sentence's previous figure measured: comparisons and these words.
COMPARE_WORDS = ["同比", "环比", "比", "较"]
# Comparisons written after the noun they compare (进度快于去年同期 → 进度).
COMPARE_AFTER = ["快于", "慢于", "高于", "低于", "多于", "少于", "好于", "优于"]
# What a value is compared with (比去年同期, 较年初): a comparison's tail, never a noun.
COMPARED_PERIODS = ["去年", "上年", "今年", "前年", "往年", "年初", "年末", "年底", "上月", "上季度", "上半年",
                    "同期", "上周", "昨日", "上一年"]  # fmt: skip
CHANGE_FILLERS = ["分别", "均", "也", "又", "再", "了", "的", "到", "至", "为"]

# Words after which a bare 一 counts (新增一例); elsewhere 一 is the indefinite article.
ONE_COUNTS_AFTER = [
    "新增",
    "累计",
    "共",
    "共计",
    "合计",
    "仅",
    "仅有",
    "只有",
    "其中",
    "另有",
    "增加",
    "减少",
    "新发现",
    "死亡",
    "为期",
    "持续",
    "长达",
    "历时",
    "用时",
    "耗时",
    "仅用",
]
ONE_COUNTS_UNITS = {"例"}

# A subject is cut after the last of these in its clause (排查出武汉返乡人员 → 武汉返乡人员).
SUBJECT_CUT_AFTER = [
    "排查出",
    "排查",
    "摸排",
    "筛查出",
    "拨付",
    "下拨",
    "发放",
    "投入",
    "安排",
    "筹集",
    "捐赠",
    "捐款",
    "捐献",
    "共有",
    "共计",
    "合计",
    "总计",
    "累计",
    "共",
    "现有",
    "已有",
    "还有",
    "有",
    "达到",
    "达",
    "为",
    "是",
    "约",
    "超过",
    "出动",
    "设置",
    "设立",
    "建立",
    "组建",
    "成立",
    "开展",
    "召开",
    "举办",
    "印发",
    "派出",
    "接待",
    "救治",
    "完成",
    "实现",
    "新建",
    "建成",
    "改造",
    "培训",
    "慰问",
    "走访",
    "覆盖",
    "惠及",
    "涉及",
    "带动",
    "吸纳",
    "招聘",
    "提供",
    "收集",
    "收治",
    "收到",
    "检查",
    "检测",
    "发现",
    "查处",
    "查获",
    "处罚",
    "罚款",
    "其中",
    "包括",
    "等",
    "对",
    "向",
    "给",
    "给予",
    "奖励",
    "补贴",
    "资助",
    "下达",
    "争取",
    "发送",
    "购买",
    "采购",
    "储备",
    "调运",
    "配备",
    "落实",
    "帮助",
    "解决",
    "新增",
    "确定",
    "认定",
    "评选",
    "造成",
    "导致",
    "捐出",
    "收缴",
    "查获",
    "抓获",
    "转移",
    "安置",
    "转移安置",
    "报告",
    "上报",
    "接种",
    "救助",
    "帮扶",
    "引进",
    "签约",
    "拥有",
    "共建",
    "修建",
    "打造",
    "整治",
    "预置",
    "营救",
    "疏散",
    "收购",
    "追踪到",
    "筹措",
    "拜访",
    "入驻",
    "保障",
    "运送",
    "新改建",
    "改扩建",
    "改建",
    "清查",
    "打掉",
    "破获",
    "选派",
    "实施",
    "推出",
    "发展",
    "办理",
    "清理",
    "追回",
    "暂停",
    "纳入",
    "关停",
    "取缔",
    "淘汰",
    "调用",
    "调集",
    "种了",
    "种植",
    "开行",
    "接收",
    "共设",
    "设有",
    "处以",
    "被处以",
    "责令",
    "打通",
    "获得",
    "可获得",
    "建设",
    "资助",
    "扶持",
    "组织",
    "举行",
    "吸引",
    "聘请",
    "招募",
    "动员",
    "核查",
    "排查整治",
    "摸排出",
    "检查出",
    "发现了",
    "办结",
    "受理",
    "化解",
    "调解",
    "救出",
    "搜救",
    "转运",
    "留观",
    "核发",
    "兑付",
    "兑现",
    "拨付了",
    "落地",
    "开工",
    "竣工",
    "签订",
    "治理",
    "修复",
    "栽植",
    "栽种",
    "播种",
    "收获",
    "销售",
    "生产",
    "出口",
    "进口",
    "培育",
    "认证",
    "登记",
    "注册",
    "开设",
    "增设",
    "布设",
    "投放",
    "配送",
    "供应",
    "消杀",
    "巡查",
    "劝返",
    "劝导",
    "拦截",
    "约谈",
    "问责",
    "立案",
    "移送",
    "起诉",
    "判处",
    "拘留",
    "安装",
    "新装",
    "延长",
    "缩短",
    "加装",
] + [w for w in DOWN_WORDS + UP_WORDS if len(w) > 1]
# The activity nouns a cut must not leave alone: 带动就业, 转移就业, 疫苗接种 stay whole.
VERBAL_NOUNS = {
    "就业",
    "创业",
    "培训",
    "接种",
    "采样",
    "检测",
    "安置",
    "转移",
    "脱贫",
    "参保",
    "增收",
}
# The prepositions that open a starting value (公交线路由186条增加到213条).
FROM_WORDS = ("从由", "自理经缘服听遵顺")
# What may stand between two numbers of one subject: nothing, or a change to (增至, 降为).
LINK_WORDS = [
    "增加到",
    "增加至",
    "增长到",
    "增长至",
    "增至",
    "提高到",
    "提高至",
    "提升到",
    "提升至",
    "上升到",
    "上升至",
    "升至",
    "降至",
    "降为",
    "降到",
    "下降到",
    "下降至",
    "减少到",
    "减少至",
    "减至",
    "压减至",
    "压缩至",
    "压缩到",
    "缩短至",
    "缩短到",
    "延长至",
    "延长到",
    "缩减至",
    "扩大到",
    "扩大至",
    "调整为",
    "到",
    "至",
    "、",
    "和",
    "及",
    "与",
    "或",
]
# Rates written before a number (每斤1.12元, 每人每年610元): not part of the subject.
RATE_WORDS = [
    "天",
    "日",
    "周",
    "月",
    "年",
    "人",
    "户",
    "村",
    "次",
    "斤",
    "亩",
    "小时",
    "公斤",
    "吨",
    "家",
    "季度",
    "学期",
    "平方米",
    "立方米",
    "千瓦时",
    "兆瓦时",
    "度",
    "份",
    "件",
    "台",
    "辆",
    "头",
    "只",
    "名",
    "位",
    "张",
    "套",
    "场",
    "批次",
    "个",
]
# Verbs that only carry an action written after the count (每周进行一次核酸检测).
LIGHT_VERBS = {"进行", "开展", "组织", "举行", "召开", "实施", "安排", "实行", "至少", "不少于"}
# Function words stripped from the right end of a left subject (GDP同比增长 → GDP).
SUBJECT_TRIM_END = (
    [
        "同比",
        "环比",
        "比上年",
        "比去年",
        "较上年",
        "较去年",
        "分别",
        "共",
        "累计",
        "合计",
        "达到",
        "达",
        "为",
        "是",
        "约",
        "有",
        "已",
        "了",
        "仅",
        "超过",
        "逾",
        "近",
        "将近",
        "至少",
        "突破",
        "不到",
        "增长",
        "增加",
        "上升",
        "提高",
        "提升",
        "下降",
        "减少",
        "降低",
        "回落",
        "可达",
        "可",
        "将达",
        "预计",
        "控制在",
        "保持在",
        "稳定在",
        "维持在",
        "在",
        "共有",
        "已达",
        "达",
        "为",
        "降至",
        "降为",
        "升至",
        "长达",
        "高达",
        "多达",
        "历时",
        "用时",
        "耗时",
        "压缩至",
        "压缩到",
        "缩短至",
        "缩短到",
        "延长至",
        "延长到",
        "扩大到",
        "精确到",
        "一般在",
        "一般",
        "精确至",
        "完成",
        "占",
        "约占",
        "增至",
        "增加到",
        "减少到",
        "提高到",
        "下降到",
        "到",
        "至",
        "共计",
        "将",
        "新增",
        "多增",
        "少增",
        "净增",
        "平均",
        "就",
        "也",
        "都",
        "还",
        "又",
        "则",
        "仍",
        "均",
        "同样",
        "集中在",
        "集中",
        "变成",
        "变为",
        "看成",
        "表示",
        "认为",
        "提高至",
        "降低至",
        "下降至",
        "上涨至",
        "还是",
    ]
    + DOWN_WORDS
    + UP_WORDS
)
# Scope and time words stripped from the left end of a subject (全区…, 目前…).
SUBJECT_TRIM_START = [
    "一份",
    "一个",
    "一只",
    "一碗",
    "一件",
    "一张",
    "预计",
    "省会",
    "周边",
    "两地",
    "冬季",
    "夏季",
    "春季",
    "秋季",
    "全区",
    "全市",
    "全省",
    "全县",
    "全镇",
    "全乡",
    "全国",
    "全村",
    "全校",
    "本市",
    "本区",
    "本县",
    "我市",
    "我区",
    "我省",
    "我县",
    "该市",
    "该区",
    "该县",
    "该",
    "目前",
    "当前",
    "今年",
    "去年",
    "全年",
    "年末",
    "年初",
    "年底",
    "当年",
    "当天",
    "当日",
    "单日",
    "现有",
    "尚有",
    "尚在",
    "白天",
    "夜间",
    "即",
    "现",
    "已",
    "共",
    "累计",
    "共计",
    "合计",
    "总计",
    "今年以来",
    "以来",
    "其中",
    "仅",
    "各级各类",
    "各类",
    "同比",
    "环比",
    "看上去",
    "看起来",
    "仍然",
    "一座",
    "一套",
    "一名",
    "一位",
    "一家",
    "一项",
    "一栋",
    "各种",
    "各项",
    "所有",
    "全部",
    "一批",
    "他们",
    "她们",
    "他",
    "她",
    "其",
]
# A subject after the unit stops at these (56名医护人员参与救治 → 医护人员).
SUBJECT_STOP_AFTER = [
    "参与",
    "参加",
    "进行",
    "开展",
    "正在",
    "已经",
    "已",
    "均",
    "全部",
    "都",
    "赴",
    "在",
    "于",
    "对",
    "和",
    "及",
    "与",
    "被",
    "到",
    "从",
    "向",
    "获得",
    "实现",
    "完成",
    "投入",
    "入驻",
    "治愈",
    "出院",
    "得到",
    "接受",
    "返回",
    "实施",
    "需要",
    "将",
    "也",
    "还",
    "并",
    "的",
    "是",
    "为",
    "有",
    "共",
    "累计",
    "支持",
    "帮助",
    "推动",
    "促进",
    "用于",
    "受灾",
    "复工",
    "复产",
    "驰援",
    "奔赴",
    "赶赴",
    "前往",
    "参战",
    "值守",
    "坚守",
    "上岗",
    "受益",
    "参会",
    "参展",
    "参赛",
    "落户",
    "脱贫",
    "被",
    "获",
    "可",
    "能",
    "要",
    "得",
    "正式",
    "表示",
    "认为",
    "出现",
    "开始",
    "感到",
    "觉得",
    "组成",
    "构成",
]

# Slogans counted with 个 (四个意识, 两个维护): the noun after 个 that marks them.
SLOGAN_HEADS = [
    "意识",
    "自信",
    "维护",
    "全面",
    "确立",
    "代表",
    "一律",
    "必须",
    "务必",
    "坚持",
    "优先",
    "强化",
    "到位",
    "不放松",
    "聚焦",
    "覆盖",
]

# Set phrases whose numerals are not figures.
SET_PHRASES = [
    "小两口",
    "两委",
    "三无",
    "一线",
    "一次性",
    "第一时间",
    "不漏一户",
    "千家万户",
    "千方百计",
    "万众一心",
    "一心一意",
    "三令五申",
    "四面八方",
    "五湖四海",
    "万无一失",
    "千千万万",
    "一五一十",
    "七上八下",
    "五花八门",
    "三番五次",
    "接二连三",
    "三心二意",
    "一举两得",
    "两手抓",
    "两不误",
    "两学一做",
    "三严三实",
    "三会一课",
    "一岗双责",
    "一票否决",
    "一对一",
    "一站式",
    "一盘棋",
    "一把手",
    "一体化",
    "一带一路",
    "一系列",
    "一部分",
    "一方面",
    "十四五",
    "十三五",
    "十二五",
    "两会",
    "两新",
    "三农",
    "四风",
    "六稳",
    "六保",
    "三公",
    "八项规定",
    "四处",
    "三五成群",
    "万人空巷",
    "千辛万苦",
    "千军万马",
    "万家灯火",
    "百家争鸣",
    "千载难逢",
    "七嘴八舌",
    "九牛一毛",
    "十全十美",
    "百年大计",
    "百年未有",
    "百年老店",
    "一网通办",
    "最多跑一次",
    "一件事",
    "三甲",
    "双一流",
    "三口之家",
    "二孩",
    "三孩",
    "双减",
    "三大攻坚战",
    "三次产业",
    "两年平均",
    "八类严重暴力",
    # places named with numerals
    "三门峡",
    "五台山",
    "九寨沟",
    "十堰",
    "六安",
    "二七区",
    "二七广场",
    "三亚",
    "五指山",
    "九江",
    "七台河",
    "万里长城",
    "五位一体",
    "一日三餐",
    "一天三餐",
    "一年四季",
    "一年来",
    "半年来",
    "九个一律",
    "三个强化",
    "一天天",
    "一步步",
    "一次次",
    "一个个",
    "一件件",
    "一项项",
    "一户户",
    "一家家",
    "一处处",
    "一条条",
    "一批批",
]

# Texts that look like numbers but name products (KN95 and 3M are caught as codes).
PRODUCTS = r"84消毒|\d+(?:\.\d+)?[%％]的?(?:医用)?(?:酒精|乙醇)|75酒精"
# Latin units that may follow a number; other letters make a product code (3M, 5G).
LATIN_UNITS = "kWh|km|kg|mm|cm|mg|ml|mL|kW|Kw|KW|MW|GW|m²|m³"

# A one-character subject cut is part of a word after these characters (公共, 统计, 所有).
CUT_INSIDE_WORD = {
    "共": "公",
    "计": "统设会审估总合累",
    "有": "所没拥享具",
    "达": "到表发抵传",
    "为": "作成认因行更较",
    "是": "还但就或于",
    "等": "平相同",
    "对": "面针相绝",
    "向": "方导走意",
    "给": "供补交",
    "并": "合兼吞归",
    "约": "预节制签公条大",
    "设": "建开假增预架铺敷陈摆",
    "获": "捕俘",
    # trimmed tails that end longer words (人均, 首都, 归还, 成就, 规则)
    "均": "人平日月年户亩周",
    "都": "首成古故国",
    "还": "归偿退交",
    "就": "成造迁",
    "则": "规原细准法守",
    "超": "赶",
}
# A subject cut is part of a noun before these characters (覆盖率, 检测量).
CUT_BEFORE_NOUN = "率量额数值费点面总额者线员"
# A subject of people written after its unit ends with one of these (医护人员驰援 → 医护人员).
PERSON_NOUN_END = [
    "人群",
    "老年人",
    "人员",
    "干部",
    "群众",
    "党员",
    "患者",
    "儿童",
    "老人",
    "学生",
    "职工",
    "农民",
    "居民",
    "村民",
    "者",
    "员",
    "工",
    "生",
    "师",
    "士",
    "民",
    "人",
    "户",
    "警",
    "孩",
    "手",
]
# Person classifiers whose noun is usually written after them (2000余名女孩走出大山).
PERSON_CLASSIFIERS = {"名", "位"}
# Prepositions among the cut words: a verb after their object still cuts (为小区加装电梯).
PREPOSITIONS = {"为", "对", "向", "给"}
# Heads of rate nouns that keep a verb before them (登记失业率).
RATE_NOUN_ENDS = ("率",)
# Ratio nouns a subject cut must not leave alone (农民工培训占比 stays whole).
RATIO_NOUNS = {"占比", "比重", "比例"}
# Attributes of a thing written after the figure (全长1.8公里的滨河步道 → 滨河步道).
ATTRIBUTE_WORDS = {
    "最小",
    "最大",
    "全长",
    "总长",
    "长",
    "长度",
    "总长度",
    "宽",
    "高",
    "深",
    "总投资",
    "投资",
    "占地",
    "占地面积",
    "面积",
    "总面积",
    "建筑面积",
    "总建筑面积",
    "总里程",
    "里程",
    "库容",
    "总库容",
    "容量",
    "规模",
    "直径",
    "海拔",
    "总重",
    "重",
    "时长",
    "为期",
    "历时",
}
# Generic nouns a duration qualifies (隔离14天措施): its subject is the activity before it.
GENERIC_NOUNS = {"措施", "要求", "规定", "标准", "期限", "时限", "政策", "制度", "原则"}
# Nouns naming how often or how many, not what (频次为每月1次): the subject is the activity of
# the clause before.
META_NOUNS = {"频次", "频率", "次数", "数量"}


def alternation(words: list[str]) -> str:
    """A regex alternation of ``words``, longest first so the longest word wins."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# --- Subject convention data (read by ``subjects``; see its docstring) ---

# More verbs whose object is the subject (采集核酸样本 → 核酸样本).
SUBJECT_CUT_AFTER += [
    "采集",
    "开放",
    "喷施",
    "追施",
    "施用",
    "流转",
    "整改",
    "接听",
    "挽回",
    "侦破",
    "劝阻",
    "新修",
    "拆除",
    "发动",
    "出台",
    "决出",
    "达成",
    "参与",
    "上线",
    "年产",
    "组装",
    "违反",
    "迎来",
    "获",
    "设",
    "超",
    "并",
    "只要",
    "只需",
    "发生",
    "需要",
    "坚持",
    "推荐",
    "出现",
    "生下",
    "住着",
    "带着",
    "有着",
    "装着",
]
# Cut words that are no verb of their own: adverbs, totals, modals and conjunctions. After
# them the next verb always cuts (累计发送旅客 → 旅客, 责令整改企业 → 企业).
WEAK_CUTS = {
    "只要",
    "只需",
    "共",
    "累计",
    "共计",
    "合计",
    "总计",
    "其中",
    "约",
    "超过",
    "等",
    "包括",
    "责令",
    "并",
}
# A one-character cut word is part of a longer word before these characters (获得, 设施, 超市).
CUT_NOT_BEFORE = {
    "获": "得悉批取奖益评利",
    "设": "施备计置立有定法想",
    "达": "标",
    "为": "民主止期",
    "有": "效关序力利益机线",
    "是": "否非",
    "对": "象接口照外",
    "等": "级待候同于",
    "超": "市级额过标载越前强大高发",
    "并": "非不且列行发",
}
# Nouns a verb before them qualifies (种植成本, 补贴期限, 检测结果): a cut never leaves them
# alone. Checked with ``startswith`` on what follows the cut word.
CUT_BEFORE_NOUN_WORDS = (
    "成本",
    "面积",
    "期限",
    "时限",
    "结果",
    "时间",
    "强度",
    "性",
    "化",
    "型",
    "能力",
    "进度",
    "通知",
    "方案",
    "报告",
    "清单",
    "目标",
    "任务",
    "计划",
    "速度",
    "幅度",
    "水平",
)
# Words a subject never starts inside of (有效专利, 建成区绿化覆盖率, 累计雨量).
WHOLE_WORDS = [
    "有效",
    "建成区",
    "累计雨量",
    "累计降雨量",
    "累计降水量",
    "保障性",
    "现场",
    "违法行为",
    "运动员",
    "发动机",
    "动员会",
    "白天鹅",
]
# Conjunctions that join two verbs (新建和改造提升高标准农田): the next verb still cuts.
CONJUNCTIONS = ["和", "及", "与", "或", "并"]
# Words trimmed from the right end of a left subject: tails that are not the noun.
SUBJECT_TAIL_WORDS = [
    "人民币",
    "预算安排",
    "安排",
    "最高时",
    "最多时",
    "最高",
    "最多",
    "最低",
    "最大",
    "最",
]
# Activity tails of a thing counted with a classifier (老旧小区改造412个 → 老旧小区, 1200个项目
# 建设 → 项目); with people counted the activity stays (危房改造3620户).
ACTIVITY_TAILS = ["改造", "建设"]
# Heads of a measured noun (平均降雨量, 流量, 课后服务覆盖率, 发车间隔): a leading place or
# organisation topic before such a noun is dropped (郑州市平均降雨量 → 平均降雨量).
MEASURE_HEADS = [
    "量",
    "率",
    "数",
    "额",
    "价",
    "值",
    "指数",
    "住院日",
    "面积",
    "产量",
    "全长",
    "总长",
    "长度",
    "时间",
    "间隔",
    "时长",
    "时限",
    "总投资",
    "收入",
    "支出",
    "气温",
    "水位",
    "客流",
    "均价",
    "浓度",
    "降幅",
    "涨幅",
    "增速",
]
# How place and organisation names end (郑州市, 花园口站, 郑州段, 3号线, 人民医院).
PLACE_SUFFIXES = [
    "市",
    "省",
    "县",
    "区",
    "州",
    "站",
    "段",
    "线",
    "城",
    "院",
    "院区",
    "学校",
    "公园",
    "银行",
    "公司",
    "中心",
    "机场",
    "自治区",
]
# Characters after a place suffix that make a word with it (城镇化率, 线路全长, 市场).
PLACE_NOT_BEFORE = {
    "城": "镇乡市区",
    "市": "场民区容值",
    "区": "域县",
    "县": "域城级",
    "站": "点台",
    "线": "上下路索",
    "院": "士校",
    "州": "市",
}
# Nouns ending like a place that are no topic (建成区, 城区, 社区): never dropped.
NOT_PLACES = [
    "建成区",
    "城区",
    "市区",
    "社区",
    "小区",
    "园区",
    "景区",
    "地区",
    "辖区",
    "山区",
    "城市",
]
# Measures whose whole name follows a place with no suffix (广州地区生产总值 → 地区生产总值).
NAMED_MEASURES = ["地区生产总值", "一般公共预算收入", "社会消费品零售总额"]
# Starts of a measured noun that drop a place, organisation or population topic before them
# (三级医院平均住院日 → 平均住院日, 门诊患者平均预约诊疗率 → 平均预约诊疗率).
MEASURE_STARTS = ["平均", "日均", "全程"]
# Time words inside a left subject: what they introduce is the subject (黑龙江省今年粮食
# 总产量 → 粮食总产量, 集采后心脏支架均价 → 心脏支架均价).
TOPIC_TIME_WORDS = [
    "今年",
    "去年",
    "明年",
    "当年",
    "全年",
    "今冬",
    "期间",
    "以来",
    "截至",
    "单日",
    "时段",
]
# Characters before 后 that make it no "after …" (之后, 最后, 售后) and after it (后勤, 后续).
AFTER_NOT_PRECEDED = "之以然最此今随背幕落善售前课饭午"
AFTER_NOT_FOLLOWED = "勤备续期台方面代果者排门院"
# Tails of a number's name a subject after it never starts with (3号线一期工程 → 一期工程).
NAME_TAILS = ["号线", "号楼", "号", "路", "亿元", "万元", "元"]
# Person counts name the people, not their scale (高校毕业生规模1158万人 → 高校毕业生).
PERSON_SCALE_WORDS = ["规模"]
# Actions of a frequency written after a preposition's object (为隔离人员测量体温2次 → 测量体温).
FREQUENCY_PREPOSITIONS = ["为", "对", "向", "给", "帮", "替"]
# Verbs that begin a frequency's action besides the subject cut words (对卡点督导检查 → 督导检查).
FREQUENCY_VERBS = ["督导", "测量", "清扫", "消毒", "送餐", "通风", "打扫", "巡逻", "擦拭", "走访"]


# --- What a figure counts for an analyst: qualifier, indicator, region scope ---

# Qualifier words, read in the figure's clause before it (the last one written wins, except
# that a total word wins over 新增 beside it: 累计新增就业 is a running total).
QUALIFIER_WORDS = {
    "new": ["新增", "新发现", "新确诊", "新报告", "新发", "新收治", "新诊断", "新检出", "当日新增",
            "当天新增", "本土新增"],
    "cumulative": ["累计", "累积", "共计", "合计", "总计", "总共", "一共", "共"],
    "current": ["现有", "尚在", "在院", "正在", "现存", "仍在", "尚有", "仍有", "在治", "在管", "留观",
                "目前在"],
}  # fmt: skip
# 共 is a total only as an adverb: not inside these words (共同, 公共, 中共, 共享 …).
NOT_TOTAL_GONG_BEFORE = "公中总一"
NOT_TOTAL_GONG_AFTER = ["同", "享", "识", "产", "青", "性", "和", "赢", "治", "商", "振", "鸣", "担",
                        "生", "存", "处", "进", "筑", "建(?!成)", "用", "有(?=的)"]  # fmt: skip
# Sentence cues of a running total for counts without a word of their own: 截至…, …以来.
TOTAL_CUES = ["截至", "截止", "以来"]
# Stocks measured at a moment, not totals of events (存款余额, 常住人口): no cue makes them one.
STOCK_WORDS = ["余额", "存款", "存量", "保有量", "人口", "面积", "库存", "存栏", "规模", "总量", "价格",
               "指数", "浓度", "温度", "水位", "流量"]  # fmt: skip
# Where a list the qualifier governs ends: a clause that tells a change.
LIST_BREAKS = ["同比", "环比", "比上年", "较上年", "增长", "下降", "增加", "减少", "提高", "降低", "当中",
               "的有"]  # fmt: skip

# The indicator vocabulary (README, "Reported figures"): what a figure measures, from its
# subject and the words of its clause before it, tried in this order; the unit kinds and
# units it may have. A figure none of them fits has no indicator.
INDICATORS: list[tuple[str, list[str], tuple[str, ...], tuple[str, ...]]] = [
    # (indicator, words, kinds, units: empty for any unit of those kinds)
    ("asymptomatic", ["无症状"], ("count",), ("例", "人", "名")),
    ("close_contacts", ["密切接触者", "密切接触人员", "密接"], ("count",), ("人", "名", "例")),
    ("suspected_cases", ["疑似"], ("count",), ("例", "人", "名")),
    ("confirmed_cases", ["确诊"], ("count",), ("例", "人", "名")),
    ("deaths", ["死亡", "病亡", "遇难", "罹难", "身亡"], ("count",), ("例", "人", "名")),
    ("cured_discharged", ["治愈", "出院", "康复"], ("count",), ("例", "人", "名")),
    ("quarantined", ["隔离", "医学观察"], ("count",), ("人", "名", "例", "人次")),
    ("tested", ["核酸检测", "核酸采样", "核酸筛查", "检测样本", "采样", "检测"], ("count",),
     ("人", "人次", "份", "名", "例", "管")),
    ("people_screened", ["排查", "筛查", "摸排"], ("count",), ("人", "名", "人次", "户", "例")),
    ("vaccinated", ["接种"], ("count",), ("剂次", "剂", "人", "人次", "名")),
    ("donations", ["捐款", "捐赠", "捐献", "捐助", "爱心款", "善款"], ("money", "count"), ()),
    ("funds_allocated", ["拨付", "下拨", "划拨", "下达", "安排资金", "投入资金", "筹措资金", "筹集资金",
                         "专项资金", "防控资金", "补助资金"], ("money",), ()),
    ("checkpoints", ["卡点", "检查站", "检查点", "卡口", "防控点", "劝返点", "执勤点"], ("count",),
     ("个", "处", "道", "家")),
    ("gdp", ["地区生产总值", "生产总值", "GDP"], ("money", "percent"), ()),
]  # fmt: skip

# Nouns of money: a bare amount after them is in yuan (捐款38万, 资金1.2亿).
MONEY_NOUNS = ["捐款", "善款", "资金", "经费", "投资", "金额", "款项", "收入", "营收", "营业额", "销售额",
               "利润", "税收", "补贴", "补助", "奖金", "工资", "贷款", "存款", "余额", "费用", "资产",
               "捐赠款", "爱心款", "罚款", "赔偿款"]  # fmt: skip

# Words that name the article's own division by its level (全区, 我市, 本县, 该镇 …).
SCOPE_HEADS = ["全", "本", "我", "该", "此"]
SCOPE_LEVELS = "省市县区州盟旗"
# After a level character these make another word (全市场, 全区域).
SCOPE_NOT_AFTER = "场值域间段"
# Bodies of a division's government named by its level alone (区财政, 县委, 市卫健委).
LEVEL_BODIES = ["财政", "委", "政府", "卫健委", "卫生健康委", "人民医院", "中医院", "医院", "疾控",
                "指挥部", "公安局", "教育局", "民政局", "人社局", "红十字会", "慈善总会", "应急管理局",
                "市场监管局", "农业农村局", "住建局", "医保局", "交通运输局", "文旅局", "融媒体中心",
                "纪委", "人大", "政协", "财政局", "妇幼保健院", "总工会", "妇联", "团委"]  # fmt: skip
# Characters before a level character that make it part of a word (社区委员会, 超市, 本省份).
LEVEL_WORD_BEFORE = "社小园景城郊辖片新校街山灾疫矿都超股楼门集菜外反节全我该此本"
# Words before a division name that make it where people or goods come from or go
# (武汉返乡, 驰援武汉市, 发往湖北省): not the division a figure is about.
REGION_NOT_BEFORE = ["从", "自", "来自", "赴", "到", "往", "向", "援", "支援", "驰援", "援助", "返回",
                     "离开", "前往", "发往", "运往", "送往", "途经", "经", "去", "在外"]  # fmt: skip
REGION_NOT_AFTER = ["籍", "返", "来", "方向", "人(?![民员口])", "务工", "外出"]
# A division's short name (杭州, 江苏) is read as a figure's region only where it opens its
# clause after these words (以江苏为例, 在四川雅安, 杭州工矿企业…) or stands before 的.
SHORT_NAME_OPENERS = [
    "以",
    "在",
    "据",
    "此次",
    "本次",
    "今年",
    "去年",
    "其中",
    "、",
    "和",
    "及",
    "与",
]
# Words that open a part of the total before (其中郾城区5例).
PART_WORDS = ["其中"]

# Words that are never a subject alone: prepositions and adverbs (按300元/亩补贴, 只花了20元:
# an adverb before one character is no noun either).
NOT_SUBJECTS = {"按", "按照", "依照", "根据", "依据", "以", "就", "才", "只", "仅", "都", "也", "还", "又",
                "再", "已", "曾", "将", "便", "即",
                # a time alone tells when, not what is counted (今天有3人)
                "今天", "今日", "昨天", "昨日", "前天", "明天", "当天", "当日", "目前", "现在", "如今",
                "今年", "去年", "明年", "当年"}  # fmt: skip

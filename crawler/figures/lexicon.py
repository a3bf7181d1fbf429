"""Words the figure rules read: units and classifiers, markers, triggers, set phrases (data only)."""

from __future__ import annotations

from typing import NamedTuple


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
    **_units("count", "人 例 人次 名 位 户 户次 家次 剂次 车次 架次 班次 台次 批次 人份 场次 件次"),
    # classifiers that usually precede their noun (7个工作组, 十三项工作制度)
    **_units(
        "count",
        "个 项 家 份 处 辆 套 件 台 张 条 只 头 匹 座 所 间 栋 幢 棵 株 支 批 场 篇 本 册 "
        "架 艘 箱 袋 瓶 盒 包 桶 块 根 副 双 对 片 顿 餐 起 宗 笔 枚 颗 粒 剂 种 类 门 "
        "节 轮 组 队 期 次 道 口 封 通 处次 条次",
        noun_first=True,
    ),
    # nouns counted without a classifier in formal prose (12部门, 31省份)
    **_units("count", "部门 省份 省区市 县区 县市区 乡镇 街道 社区 村 行政村 市县"),
    **_units("duration", "天 小时 分钟 秒 秒钟 周 工作日 昼夜"),
    "个小时": Unit("duration", "小时"),
    "个多小时": Unit("duration", "小时"),
    "个钟头": Unit("duration", "小时"),
    "个月": Unit("duration", "月"),
    "个多月": Unit("duration", "月"),
    "个星期": Unit("duration", "周"),
    "星期": Unit("duration", "周"),
    "年": Unit("duration", "年", blocked_after="级代度底初末中"),
    "个工作日": Unit("duration", "工作日"),
    **_units(
        "measure",
        "吨 公斤 千克 克 毫克 斤 平方米 平米 平方公里 平方千米 立方米 立方 公里 千米 "
        "米 厘米 毫米 亩 公顷 千瓦 千瓦时 兆瓦 瓦 升 毫升 ℃ 摄氏度 km kg m² m³ mm cm kW kWh MW "
        "标箱 标准箱 延长米 微克/立方米",
    ),
    **_units("money", "元 元钱 块钱 美元 欧元 港元 日元 英镑 澳元"),
    "%": Unit("percent", "%"),
    "％": Unit("percent", "%"),
    "‰": Unit("percent", "‰"),
    "个百分点": Unit("percent", "百分点"),
    "百分点": Unit("percent", "百分点"),
    "成": Unit("percent", "成", blocked_after="为功立果员本效绩熟交群都年长型品"),
    **_units("other", "倍 岁 周岁 周年 分 度 方"),
}

# Yuan is the unit of all money in yuan; these write it another way.
MONEY_AS_YUAN = {"元钱", "块钱"}
YUAN = "元"

# Units that read another word after a Chinese numeral (十分, 一方面, 三度) or with any numeral.
for _w in ("分", "度", "方", "米", "克", "升", "瓦"):
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
}
for _w, _after in BLOCKED_AFTER.items():
    _u = UNITS[_w]
    UNITS[_w] = _u._replace(blocked_after=_u.blocked_after + _after)

# Person-like units whose subject is written before the number.
SUBJECT_BEFORE = {"人", "例", "人次", "户", "户次", "家次", "剂次", "名", "位"}

# Periods of a frequency, as written → as recorded.
PERIODS = {"天": "天", "日": "天", "周": "周", "星期": "周", "月": "月", "年": "年", "小时": "小时"}
FREQUENCY_UNITS = ("次", "遍", "趟")

APPROX_BEFORE = (
    "大约 约 将近 接近 近 超过 超 逾 至少 突破 不到 不足 不少于 不低于 不超过 多达 上 近乎 最少"
).split()
APPROX_AFTER = "以上 以下 以内 左右 上下 多 余 许".split()
APPROX_INSIDE = "多余来"
# Words before a bare magnitude that make it indefinite (数千, 几百, 成千上万).
INDEFINITE_BEFORE = "数几若干成好".split()

DOWN_WORDS = "下降 减少 降低 下滑 回落 缩减 削减 压减 下跌 缩小 减 降 跌".split()
UP_WORDS = "增长 增加 上升 提高 提升 上涨 增 涨".split()

# Words after which a bare 一 counts (新增一例); elsewhere 一 is the indefinite article.
ONE_COUNTS_AFTER = (
    "新增 累计 共 共计 合计 仅 仅有 只有 其中 另有 增加 减少 新发现 死亡 为期 持续 长达 历时 用时 耗时 "
    "仅用"
).split()
ONE_COUNTS_UNITS = {"例"}

# A subject is cut after the last of these in its clause (排查出武汉返乡人员 → 武汉返乡人员).
SUBJECT_CUT_AFTER = (
    "排查出 排查 摸排 筛查出 拨付 下拨 发放 投入 安排 筹集 捐赠 捐款 捐献 共有 共计 合计 总计 "
    "累计 共 计 现有 已有 还有 有 达到 达 为 是 约 超过 出动 设置 设立 建立 组建 成立 开展 召开 "
    "举办 印发 派出 接待 救治 完成 实现 新建 建成 改造 培训 慰问 走访 覆盖 惠及 涉及 带动 吸纳 "
    "招聘 提供 收集 收治 收到 检查 检测 发现 查处 查获 处罚 罚款 其中 包括 等 对 向 给 给予 "
    "奖励 补贴 资助 下达 争取 发送 购买 采购 储备 调运 配备 落实 帮助 解决 新增 确定 认定 评选 "
    "造成 导致 捐出 收缴 查获 抓获 转移 安置 转移安置 报告 上报 接种 救助 帮扶 引进 签约 拥有 共建 修建 打造"
).split()
# Function words stripped from the right end of a left subject (GDP同比增长 → GDP).
SUBJECT_TRIM_END = (
    "同比 环比 比上年 比去年 较上年 较去年 分别 共 累计 合计 达到 达 为 是 约 有 已 了 仅 "
    "超过 逾 近 将近 至少 突破 不到 增长 增加 上升 提高 提升 下降 减少 降低 回落 可达 可 将达 预计 "
    "控制在 保持在 稳定在 维持在 在 共有 已达 达 为"
).split() + DOWN_WORDS
# Scope and time words stripped from the left end of a subject (全区…, 目前…).
SUBJECT_TRIM_START = (
    "全区 全市 全省 全县 全镇 全乡 全国 全村 全校 本市 本区 本县 我市 我区 我省 我县 该市 该区 "
    "该县 该 目前 当前 今年 去年 现 已 共 累计 其中 仅 各级各类 各类 各种 各项 所有 全部 一批 他们 "
    "她们 他 她 其"
).split()
# A subject after the unit stops at these (56名医护人员参与救治 → 医护人员).
SUBJECT_STOP_AFTER = (
    "参与 参加 进行 开展 正在 已经 已 均 全部 都 在 于 对 和 及 与 被 到 从 向 获得 实现 完成 "
    "投入 入驻 治愈 出院 得到 接受 返回 实施 需要 将 也 还 并 的 是 为 有 共 累计 支持 帮助 "
    "推动 促进 用于 受灾 复工 复产 驰援 奔赴 赶赴 前往 参战 值守 坚守 上岗 受益 脱贫 "
    "被 获 可 能 要 得"
).split()

# Slogans counted with 个 (四个意识, 两个维护): the noun after 个 that marks them.
SLOGAN_HEADS = (
    "意识 自信 维护 全面 确立 代表 一律 必须 务必 坚持 优先 强化 到位 不放松 聚焦 覆盖".split()
)

# Set phrases whose numerals are not figures.
SET_PHRASES = (
    "两委 三无 一线 一次性 第一时间 不漏一户 千家万户 千方百计 万众一心 一心一意 三令五申 四面八方 "
    "五湖四海 万无一失 千千万万 一五一十 七上八下 五花八门 三番五次 接二连三 三心二意 一举两得 "
    "两手抓 两不误 两学一做 三严三实 三会一课 一岗双责 一票否决 一对一 一站式 一盘棋 一把手 "
    "一体化 一带一路 一系列 一部分 一方面 十四五 十三五 十二五 两会 两新 三农 四风 六稳 六保 三公 "
    "八项规定 四处 三五成群 万人空巷 千辛万苦 千军万马 万家灯火 百家争鸣 千载难逢 七嘴八舌 "
    "九牛一毛 十全十美 百年大计 百年未有 百年老店 一网通办 最多跑一次 一件事 三甲 双一流 "
    "三口之家 二孩 三孩 双减 三大攻坚战 五位一体 一日三餐 一天三餐 一年四季 一年来 半年来 九个一律 三个强化 "
    "一天天 一步步 一次次 一个个 一件件 一项项 一户户 一家家 一处处 一条条 一批批"
).split()

# Texts that look like numbers but name products (KN95 and 3M are caught as codes).
PRODUCTS = r"84消毒|\d+(?:\.\d+)?[%％]的?(?:医用)?(?:酒精|乙醇)|75酒精"
# Latin units that may follow a number; other letters make a product code (3M, 5G).
LATIN_UNITS = "kWh|km|kg|mm|cm|mg|ml|mL|kW|MW|GW|m²|m³"

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
}
# A subject cut is part of a noun before these characters (覆盖率, 检测量).
CUT_BEFORE_NOUN = "率量额数值费点面"
# A subject of people written after its unit ends with one of these (医护人员驰援 → 医护人员).
PERSON_NOUN_END = "人员 干部 群众 党员 患者 儿童 老人 学生 职工 农民 居民 村民 者 员 工 生 师 士 民 人 户".split()

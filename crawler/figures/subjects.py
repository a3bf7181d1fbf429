"""The subject of a figure: the short noun phrase it counts or pays, as written.

The convention (word lists in ``lexicon``; one test sentence per rule in
``tests/figures/cases_subjects.jsonl``):

- Compound nouns stay whole, modifiers included: 武汉返乡人员, 确诊病人, 区卫健委,
  粮食总产量, 城镇居民人均可支配收入, 累计雨量, 建成区绿化覆盖率.
- A noun after its classifier ends where its verb begins: 7个工作组赴一线指导 → 工作组,
  1200个项目建设 → 项目.
- Verbs before the noun go, through adverbs, modals and conjunctions: 采集核酸样本 → 核酸样本,
  累计发送旅客 → 旅客, 共获一等奖 → 一等奖, 新建和改造提升高标准农田 → 高标准农田. A verb
  right before a short noun after another verb makes a compound (发放收购贷款 → 收购贷款), and
  a verb before a noun head it qualifies stays (种植成本, 补贴期限, 检测结果, 培训时间).
- Adverbs, scope and time words before it go (预计, 累计, 全市, 省级, 今年, 期间, 集采后 …), and
  so does what stands before a time word or before a rate after a clause (黑龙江省今年粮食
  总产量 → 粮食总产量, 专家建议每亩追施尿素 → 尿素; 红薯每斤售价 keeps its rate).
- A leading place or organisation (…市/省/县/区/站/段/线/院/学校/公司…, ≥ 3 characters) before a
  measured noun (…量/率/数/额/价/面积/时间/间隔…) is the sentence's topic and goes:
  郑州市平均降雨量 → 平均降雨量, 黄河花园口站流量 → 流量; so does a place or population before
  平均/日均/全程 (门诊患者平均预约诊疗率 → 平均预约诊疗率).
- Tails that are not the noun go: comparisons (降幅比上半年收窄 → 降幅), 预算安排, 人民币,
  最高, a share's 占比 (税收收入占比 → 税收收入, as 研发投入占营业收入比重 → 研发投入), the
  scale of people counted (高校毕业生规模 → 高校毕业生), an activity after a thing counted with a
  classifier (老旧小区改造412个 → 老旧小区; with people counted it stays: 危房改造3620户).
- A frequency's subject is its action, without the preposition phrase of its object:
  为隔离人员测量体温 → 测量体温, 对楼道消杀 → 消杀, 进行中等强度运动 → 中等强度运动.
- Never cut inside a word: a cut word inside a longer one does not cut (运动员, 公共, 设施, 预约),
  and a subject that would start inside a whole word takes the word (有效专利, 保障性住房).
"""

from __future__ import annotations

import re

from crawler.regions.patterns import ending, preceded, word_starts

from .exclusions import DATE, NAME
from .lexicon import (
    ACTIVITY_TAILS,
    AFTER_NOT_FOLLOWED,
    AFTER_NOT_PRECEDED,
    APPROX_AFTER,
    APPROX_BEFORE,
    CHANGE_FILLERS,
    CHANGE_VERBS,
    COMPARE_AFTER,
    COMPARE_WORDS,
    COMPARED_PERIODS,
    CONJUNCTIONS,
    CUT_BEFORE_NOUN,
    CUT_BEFORE_NOUN_WORDS,
    CUT_INSIDE_WORD,
    CUT_NOT_BEFORE,
    DOWN_WORDS,
    FREQUENCY_PREPOSITIONS,
    FREQUENCY_VERBS,
    FROM_WORDS,
    LIGHT_VERBS,
    LINK_WORDS,
    MEASURE_HEADS,
    MEASURE_STARTS,
    NAME_TAILS,
    NAMED_MEASURES,
    NOT_PLACES,
    NOT_SUBJECTS,
    PERSON_NOUN_END,
    PERSON_SCALE_WORDS,
    PLACE_NOT_BEFORE,
    PLACE_SUFFIXES,
    PREPOSITIONS,
    RATE_NOUN_ENDS,
    RATE_WORDS,
    RATIO_NOUNS,
    SUBJECT_CUT_AFTER,
    SUBJECT_STOP_AFTER,
    SUBJECT_TAIL_WORDS,
    SUBJECT_TRIM_END,
    SUBJECT_TRIM_START,
    TOPIC_TIME_WORDS,
    TOTAL_WORDS,
    UP_WORDS,
    VERBAL_NOUNS,
    WEAK_CUTS,
    WHOLE_WORDS,
    alternation,
    trie_alternation,
)

MAX_LENGTH = 14
_DELIMITERS = "，,。；;：:、（）()【】[]“”\"'‘’！？!?\n\t 　《》…—-~～/|+＋"


_CLAUSE_START = re.compile(rf"[{re.escape(_DELIMITERS)}\d]")
_UP_TO_CLAUSE_START = re.compile(rf"(?s:.*){_CLAUSE_START.pattern}")  # to the last one
# Every cut word, overlapping (共建成5G基站: 共建 and 建成); 发现并整改 cuts after both verbs.
_CUT = word_starts(SUBJECT_CUT_AFTER)
_RATE_WORD = rf"每(?:{alternation(RATE_WORDS)})"
_RATE = rf"(?:{_RATE_WORD})+"


def _guarded(words: list[str]) -> list[str]:
    """``words`` as alternatives where a one-character word is not the end of a longer one
    (行为)."""
    return [
        preceded(f"[{CUT_INSIDE_WORD[w]}]", w, negative=True)
        if w in CUT_INSIDE_WORD
        else re.escape(w)
        for w in dict.fromkeys(words)
    ]


# Words a subject does not end with (达到, 约, 每亩, 已经取消), as alternatives of ``ending``.
_TRIM_END_ALTERNATIVES = [
    *_guarded(SUBJECT_TRIM_END + APPROX_BEFORE),
    rf"{_RATE_WORD}(?:{_RATE_WORD})*",  # _RATE, opening with 每
    r"已经[\u4e00-\u9fff]{2}",
    r"已[\u4e00-\u9fff]{2}",
]
_TRIM_END = ending(_TRIM_END_ALTERNATIVES)
# Tails of a left subject that are not its noun (经费预算安排, 投资人民币, 面积最高).
_TAIL_ALTERNATIVES = [preceded(r"[\u4e00-\u9fffA-Za-z0-9]{2}", w) for w in SUBJECT_TAIL_WORDS]
# A comparison told after the noun (降幅比上半年收窄 → 降幅).
_COMPARE_TAIL = re.compile(
    rf"(?<=[\u4e00-\u9fff]{{2}})(?:(?:{alternation(COMPARE_WORDS)})[^\d，,。；;]{{0,5}}?"
    rf"(?:{alternation(DOWN_WORDS + UP_WORDS + CHANGE_VERBS)})"
    rf"|(?:{alternation(COMPARE_AFTER)})[^\d，,。；;]{{0,6}}"
    rf"|(?:比|较)(?:{alternation(COMPARED_PERIODS)})+)$"  # 销量比去年同期(减少), the change trimmed
)
_TRIM_TAIL = ending(_TRIM_END_ALTERNATIVES + _TAIL_ALTERNATIVES)
_COMPARING = re.compile(rf"{alternation(COMPARE_WORDS + COMPARE_AFTER)}")
_SHARE_START = re.compile(r"^约?占(?![地用有据比])")
_SHARE_TAIL = re.compile(r"^(?P<part>.{2,}?)占比$")  # 税收收入占比 → 税收收入
_ACTIVITY_TAIL = ending([preceded(r"[\u4e00-\u9fff]{2}", w) for w in ACTIVITY_TAILS])
_ACTION = word_starts(SUBJECT_CUT_AFTER + FREQUENCY_VERBS)
_AND_START = re.compile(r"^和(?![平谐睦美解蔼气])(?=[\u4e00-\u9fff]{2})")
_CONJUNCTION = re.compile(rf"^(?:{alternation(CONJUNCTIONS)})(?=[\u4e00-\u9fff]{{2}})")
_WHOLE = re.compile(alternation(WHOLE_WORDS))
# Where a topic ends inside a subject: a time word (今年, 期间, 建成后) or a rate after a clause
# (专家建议每亩追施尿素; 红薯每斤售价 keeps its rate: two characters are no clause).
# (Both open with a literal, which the re module skips to at C speed: lookbehinds follow it.)
_TIME_TOPIC = re.compile(
    rf"{alternation(TOPIC_TIME_WORDS)}"
    rf"|后(?<=[\u4e00-\u9fff][^{AFTER_NOT_PRECEDED}\W\d]后)(?![{AFTER_NOT_FOLLOWED}])",
)
_RATE_TOPIC = re.compile(
    rf"每(?<=[\u4e00-\u9fff]{{3}}每)(?:{alternation(RATE_WORDS)})(?:{_RATE_WORD})*[可能要]?"
)
_PLACE = re.compile(alternation(PLACE_SUFFIXES))
_PLACE_END = re.compile(rf"(?:{alternation(PLACE_SUFFIXES)})$")
_NOT_PLACE = re.compile(rf"(?:{alternation(NOT_PLACES)})$")
_MEASURE_END = re.compile(rf"(?:{alternation(MEASURE_HEADS)})$")
_MEASURE_START = re.compile(alternation(MEASURE_STARTS))
_NAMED_MEASURE = re.compile(rf"(?:{alternation(NAMED_MEASURES)})$")
_NAME_TAIL = re.compile(rf"^(?:{alternation(NAME_TAILS)})(?=[\u4e00-\u9fff]{{2}})")
_PERSON_ENDS = f"[{''.join({w[-1] for w in PERSON_NOUN_END})}]"
_PERSON_SCALE = ending([preceded(_PERSON_ENDS, w) for w in PERSON_SCALE_WORDS])
_FREQUENCY_PREPOSITION = re.compile(rf"^[并且再]?(?:{alternation(FREQUENCY_PREPOSITIONS)})")
_LIGHT_START = re.compile(rf"^(?:{alternation(sorted(LIGHT_VERBS))})(?=[\u4e00-\u9fff]{{2}})")
_TRIM_START = re.compile(
    rf"^(?!{alternation(WHOLE_WORDS)})"
    rf"(?:[该本我][校村县镇市区店厂院局所站]|[省市县区]级(?!以)|{trie_alternation(SUBJECT_TRIM_START)}"
    rf"|{_RATE}[可能]?"
    r"|在(?![校职院岗册编押建售读线])|到(?![位达期岗账任点家底]))"  # 在车速, 到负债 (a date skipped)
)
# People doing what they are counted for (贫困群众就业 → 贫困群众).
_DOING = f"(?:{alternation(sorted(VERBAL_NOUNS))})"
_PERSONS_DOING = ending(
    [f"{preceded(_PERSON_ENDS, '实现')}{_DOING}+"]
    + [f"{preceded(_PERSON_ENDS, w)}{_DOING}*" for w in sorted(VERBAL_NOUNS)]
)
_QUOTED = re.compile(r"[“‘\"]([^“”‘’\"\n]{1,12})[”’\"]$")
_QUOTE_ENDS = ("”", "’", '"', "”\n", "’\n", '"\n')  # where _QUOTED may end (before $)
_APPROX_START = re.compile(rf"^(?:{alternation(APPROX_BEFORE)})")
_LEADING_MARKS = re.compile(rf"^(?:{alternation(APPROX_AFTER)}|的)+")
_FROM = re.compile(rf"[{FROM_WORDS[0]}](?<![{FROM_WORDS[1]}][{FROM_WORDS[0]}])(?![于事])")
_LINK = re.compile(rf"(?:{alternation(LINK_WORDS)})?")
_STOP = re.compile(rf"[{re.escape(_DELIMITERS)}\d]|{trie_alternation(SUBJECT_STOP_AFTER)}")
_AFTER_MARKER = re.compile(rf"^(?:{alternation(APPROX_AFTER)}|的|以来|来|后|前|内|之内|之间)+")
_CHANGES = alternation(DOWN_WORDS + UP_WORDS + CHANGE_VERBS)
_CHANGE = re.compile(_CHANGES)
_FILLERS = rf"(?:{alternation(CHANGE_FILLERS)})*"
# A clause that only tells a change (比上年末增加, 同比下降, 较年初下降, 提高到…的).
_ONLY_CHANGE = re.compile(
    rf"(?:同比|环比|(?:比|较)[^，,；;。！？\d]{{0,6}}?)?{_FILLERS}"
    rf"(?:{_CHANGES}){_FILLERS}(?:{alternation(APPROX_BEFORE)})?"
)
# A clause that only totals (共计121天, 累计).
_ONLY_TOTAL = re.compile(rf"(?:{alternation(TOTAL_WORDS + ['历时', '为期', '长达'])})+")
# Where the noun a clause opens with ends: a predicate, a preposition or a number.
_TOPIC_END = re.compile(rf"[{re.escape(_DELIMITERS)}\d自从于为是在将已有达和也都均]")
# A clause that only links to its value (同样为2335mm, 也是4.8米): it tells of the noun the
# clause before opened with.
_ONLY_COPULA = re.compile(r"(?:同样|也|均|都|则|亦|仍)+(?:为|是)?")
_SHARE = re.compile(r"^(?P<part>[\u4e00-\u9fffA-Za-z]{2,}?)占[\u4e00-\u9fff]+(?:比重|比例)$")
# Alternatives in brackets that belong to the noun (12个县（市、区）).
_ALTERNATIVES = re.compile(
    r"[（(][\u4e00-\u9fff、]{1,4}[）)]"
)  # not 城区（海淀、崇文、东城）: examples
# A bracketed qualifier between a count and its noun (1500名（13—15岁）儿童).
_BRACKETED = re.compile(r"[（(][^（）()\n]{1,12}[）)]")
_PERSON_END = re.compile(alternation(PERSON_NOUN_END))
_PERSON_AT_END = re.compile(rf"(?:{alternation(PERSON_NOUN_END)})$")
_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_NAME_START = re.compile(r"\d+[A-Za-z]")


def _last(pattern: re.Pattern[str], phrase: str) -> re.Match[str] | None:
    found = None
    for found in pattern.finditer(phrase):  # noqa: B007 - the last one is wanted
        pass
    return found


def _trim(phrase: str, pattern: re.Pattern[str]) -> str:
    while phrase and (found := pattern.search(phrase)) and found.group():
        phrase = phrase[: found.start()] + phrase[found.end() :]
    return phrase


def _is_cut(phrase: str, found: re.Match[str]) -> bool:
    """Whether a cut word stands as a word, not inside one (公共, 覆盖率, 设施, 种植成本)."""
    word, start, end = found[1], found.start(1), found.end(1)
    if start and _WHOLE.search(phrase, max(0, start - 4), start + 4):
        for whole in _WHOLE.finditer(phrase, max(0, start - 4), start + 4):
            if whole.start() < start < whole.end():
                return False  # 运动员: 动员 is inside a word
    if len(word) == 1:
        if start and phrase[start - 1] in CUT_INSIDE_WORD.get(word, ""):
            return False
        if phrase[end : end + 1] in tuple(CUT_NOT_BEFORE.get(word, "")):
            return False
    if phrase.startswith(CUT_BEFORE_NOUN_WORDS, end):
        return False
    return end == len(phrase) or phrase[end] not in CUT_BEFORE_NOUN


def _window(text: str, start: int, floor: int, mask: bytearray) -> tuple[str, bool]:
    """The text before ``start``: dates left out, and digits of names read as letters; and
    whether it begins right after a number (301路全程)."""
    low = max(floor, start - 40)
    if mask.find(DATE, low, start) < 0 and mask.find(NAME, low, start) < 0:
        window = text[low:start]
        found = _UP_TO_CLAUSE_START.match(window)
        if not found:
            return window, False
        return window[found.end() :], window[found.end() - 1].isdigit()
    kept = [i for i in range(low, start) if mask[i] != DATE]
    view = "".join("A" if mask[i] == NAME else text[i] for i in kept)
    found = _UP_TO_CLAUSE_START.match(view)
    after_digit = bool(found) and view[found.end() - 1].isdigit()
    return "".join(text[i] for i in kept[found.end() if found else 0 :]), after_digit


def _cut(phrase: str, verbs: bool) -> str:
    """The object of the first verb (发放收购贷款 → 收购贷款), through serial verbs
    (排查整治各类隐患点 → 隐患点); with ``verbs`` the verb phrase when no noun is left."""
    cuts = [(m.start(1), m.end(1)) for m in _CUT.finditer(phrase) if _is_cut(phrase, m)]
    if not cuts:
        return phrase
    object_ = ""
    at = 0
    weak = False  # after a preposition, adverb or conjunction the next verb still cuts
    for start, end in cuts:
        overlap = start < at < end  # 共设置, 共建成: the longer verb over the chosen one
        if not overlap and (start < at or (start > at and object_ and not weak)):
            continue
        rest = _trim(phrase[end:], _TRIM_START)
        conjunction = _CONJUNCTION.match(rest)  # 新建和改造提升高标准农田
        if conjunction:
            rest = rest[conjunction.end() :]
        if len(rest) < 2 or rest in VERBAL_NOUNS or rest in RATIO_NOUNS or rest[0] == "占":
            continue
        if len(rest) <= 3 and rest.endswith(RATE_NOUN_ENDS):
            continue  # 登记失业率, 检测阳性率: a rate is one compound noun
        if object_ and not overlap and len(rest) <= 2 and not weak:
            break  # 收购贷款: a verb before a short noun makes a compound
        word = phrase[start:end]
        object_, at = rest, len(phrase) - len(rest)
        weak = word in PREPOSITIONS or word in WEAK_CUTS or conjunction is not None
    if object_:
        return object_
    return phrase if verbs else ""


def _place_topic(phrase: str) -> bool:
    """Whether a phrase names a place or organisation (郑州市, 黄河花园口站, 三级医院)."""
    return len(phrase) >= 3 and bool(_PLACE_END.search(phrase)) and not _NOT_PLACE.search(phrase)


def _drop_topic(phrase: str) -> str:
    """The measured noun after a topic: a time word (今年棉花种植面积), a rate after a clause
    (专家建议每亩追施尿素), a place or organisation (郑州市平均降雨量), a population before
    平均/日均 (门诊患者平均预约诊疗率)."""
    if len(phrase) < 4:
        return phrase
    for pattern in (_TIME_TOPIC, _RATE_TOPIC):
        found = _last(pattern, phrase)
        if found is None or len(phrase) - found.end() < 2:
            continue
        rest = phrase[found.end() :]
        # 平价蔬菜每天供应: with only a verb after the topic, the topic is the subject
        phrase = rest if _cut(rest, False) or found.start() < 2 else phrase[: found.start()]
    named = _NAMED_MEASURE.search(phrase)
    if named:
        return named[0]
    if not _MEASURE_END.search(phrase):
        return phrase
    start = _MEASURE_START.search(phrase, 2)
    if start and (_place_topic(phrase[: start.start()]) or is_person(phrase[: start.start()])):
        return phrase[start.start() :]
    for end in reversed([m.end() for m in _PLACE.finditer(phrase)]):
        after = phrase[end : end + 1]
        if after in tuple(PLACE_NOT_BEFORE.get(phrase[end - 1], "")):
            continue  # 常住人口城镇化率: 城镇 is one word
        if len(phrase) - end >= 2 and _place_topic(phrase[:end]):
            return phrase[end:]
    return phrase


def _whole(window: str, phrase: str) -> str:
    """``phrase`` widened to the start of a word it would begin inside (效专利 → 有效专利)."""
    at = window.rfind(phrase)
    if at <= 0 or not _WHOLE.search(window, max(0, at - 4), at + 4):
        return phrase
    for word in _WHOLE.finditer(window, max(0, at - 4), at + 4):
        if word.start() < at < word.end():
            return window[word.start() : at + len(phrase)]
    return phrase


def before(
    text: str, start: int, floor: int, mask: bytearray, verbs: bool = True, activity: bool = False
) -> str | None:
    """The noun phrase written just before a number (确诊病人3例 → 确诊病人), after ``floor``.

    Without ``verbs`` a phrase that is only verbs (派出, 紧急转移安置) gives None. With
    ``activity`` (a classifier's count) an activity tail goes (老旧小区改造412个 → 老旧小区).
    """
    quoted = text.endswith(_QUOTE_ENDS, 0, start) and _QUOTED.search(
        text, max(floor, start - 14), start
    )
    if quoted:
        return quoted[1]
    window, after_digit = _window(text, start, floor, mask)
    phrase = window = _LEADING_MARKS.sub("", window)
    if after_digit:
        phrase = _NAME_TAIL.sub("", phrase)  # 3号线一期工程全长: the tail of a name
    phrase = _trim(phrase, _TRIM_TAIL)
    if _COMPARING.search(phrase):
        phrase = _COMPARE_TAIL.sub("", phrase)
    if activity:
        phrase = _ACTIVITY_TAIL.sub("", phrase)
    split = [m.start() for m in _FROM.finditer(phrase)]
    if split and len(phrase[: split[-1]]) >= 2:
        phrase = _trim(phrase[: split[-1]], _TRIM_END)
    head = phrase.rsplit("的", 1)
    if len(head) == 2 and len(head[1]) >= 2:
        phrase = head[1]
    phrase = _drop_topic(_trim(phrase, _TRIM_START))
    phrase = _trim(_cut(_trim(phrase, _TRIM_START), verbs), _TRIM_START).strip("的")
    if "占" in phrase:
        phrase = _SHARE_START.sub("", phrase)
    phrase = _trim(_trim(phrase, _PERSONS_DOING), _PERSON_SCALE)
    if phrase:
        phrase = _whole(window, phrase)
    # 研发投入占营业收入比重 → 研发投入
    share = (_SHARE.match(phrase) or _SHARE_TAIL.match(phrase)) if "占" in phrase else None
    phrase = (share["part"] if share else phrase)[-MAX_LENGTH:]
    if _AND_START.match(phrase):
        phrase = phrase[1:]  # 2005和2006年投资: the year skipped, the conjunction goes
    if phrase in NOT_SUBJECTS or (len(phrase) == 2 and phrase[0] in NOT_SUBJECTS):
        return None
    return phrase if _WORD.match(phrase or " ") or _NAME_START.match(phrase) else None


def linked(text: str, floor: int, start: int) -> bool:
    """Whether a number only continues the one before it (2.3万户7.6万人, 320个增至412个)."""
    return 0 < floor <= start and _LINK.fullmatch(text, floor, start) is not None


def only_change(prefix: str) -> bool:
    """Whether the words before a number only tell a change (比上年增长4.1%)."""
    return _ONLY_CHANGE.fullmatch(prefix) is not None


def only_total(prefix: str) -> bool:
    """Whether the words before a number only total (共计121天)."""
    return _ONLY_TOTAL.fullmatch(prefix) is not None


def only_copula(prefix: str) -> bool:
    """Whether the words before a number only link it to a noun said before (同样为)."""
    return _ONLY_COPULA.fullmatch(prefix) is not None


def topic(text: str, start: int, end: int) -> str | None:
    """The noun a clause opens with (今年春运自1月26日开始 → 春运, 北斗星的轴距和… → 轴距)."""
    phrase = _TOPIC_END.split(text[start:end], maxsplit=1)[0]
    head = phrase.rsplit("的", 1)
    if len(head) == 2 and len(head[1]) >= 2:
        phrase = head[1]
    phrase = _trim(_trim(phrase, _TRIM_START), _TRIM_END)
    return phrase[-MAX_LENGTH:] if len(phrase) >= 2 and _WORD.match(phrase) else None


def action(text: str, start: int, end: int) -> str | None:
    """What a clause does: the words after its last verb (对重点企业开展巡查 → 巡查)."""
    phrase = text[start:end]
    cuts = [m.end(1) for m in _CUT.finditer(phrase) if _is_cut(phrase, m)]
    rests = [_trim(phrase[cut:], _TRIM_END) for cut in reversed(cuts)] + [phrase]
    phrase = next(rest for rest in rests if len(rest) >= 2 or rest is phrase)
    return phrase[-MAX_LENGTH:] if len(phrase) >= 2 and _WORD.match(phrase) else None


def is_person(phrase: str) -> bool:
    """Whether a noun phrase names people (留守儿童, 辅警)."""
    return _PERSON_AT_END.search(phrase) is not None


def between(text: str, start: int, end: int) -> str | None:
    """The action between a frequency's period and its count (每天开窗通风2次 → 开窗通风)."""
    phrase = _trim(text[start:end], _TRIM_END)
    phrase = _CONJUNCTION.sub("", _trim(_trim(phrase, _TRIM_START), _APPROX_START))
    if len(phrase) < 2 or phrase in LIGHT_VERBS or not _WORD.match(phrase):
        return None
    return frequency_action(phrase)


def frequency_action(phrase: str) -> str:
    """A frequency's action without its object's preposition phrase or a light verb
    (为隔离人员测量体温 → 测量体温, 进行中等强度运动 → 中等强度运动)."""
    if _FREQUENCY_PREPOSITION.match(phrase):
        low = _FREQUENCY_PREPOSITION.match(phrase).end() + 1  # the object has 2 characters
        cuts = [m.start(1) for m in _ACTION.finditer(phrase, low) if _is_cut(phrase, m)]
        cuts = [c for c in cuts if phrase[c] not in PREPOSITIONS and len(phrase) - c >= 2]
        phrase = phrase[cuts[0] :] if cuts else phrase.lstrip("".join(FREQUENCY_PREPOSITIONS))
    return _LIGHT_START.sub("", phrase)[-MAX_LENGTH:]


def after(text: str, end: int, persons: bool = False) -> str | None:
    """The noun phrase written just after a unit (7个工作组 → 工作组).

    With ``persons`` it ends at the last person noun (56名医护人员驰援 → 医护人员).
    """
    bracket = _BRACKETED.match(text, end)
    if bracket and not _ALTERNATIVES.match(text, end):
        end = bracket.end()
    window = text[end : end + MAX_LENGTH + 4]
    window = _AFTER_MARKER.sub("", window)
    if _CHANGE.match(window):
        return None  # 增加到213条: a change, not a noun
    phrase = window[:MAX_LENGTH]
    for stop in _STOP.finditer(window):
        if len(stop[0]) == 1 and _WORD.match(stop[0]) and stop.start() < 2:
            continue  # 智能, 可能: a one-character stop inside the first word
        alternatives = _ALTERNATIVES.match(window, stop.start())
        phrase = window[: alternatives.end() if alternatives else stop.start()]
        break
    if persons:
        ends = [m.end() for m in _PERSON_END.finditer(phrase)]
        phrase = phrase[: ends[-1]] if ends else phrase
    phrase = _ACTIVITY_TAIL.sub("", phrase)  # 1200个项目建设 → 项目
    if phrase in CONJUNCTIONS:
        return None  # 300元和338元: no noun
    return phrase if phrase and _WORD.match(phrase) else None

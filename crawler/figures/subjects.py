"""The subject of a figure: the short noun phrase it counts or pays, as written."""

from __future__ import annotations

import re

from .exclusions import DATE, NAME
from .lexicon import (
    APPROX_AFTER,
    APPROX_BEFORE,
    CHANGE_FILLERS,
    CHANGE_VERBS,
    COMPARE_WORDS,
    CUT_BEFORE_NOUN,
    CUT_INSIDE_WORD,
    DOWN_WORDS,
    FROM_WORDS,
    LIGHT_VERBS,
    LINK_WORDS,
    PERSON_NOUN_END,
    PREPOSITIONS,
    RATE_NOUN_ENDS,
    RATE_WORDS,
    RATIO_NOUNS,
    SUBJECT_CUT_AFTER,
    SUBJECT_STOP_AFTER,
    SUBJECT_TRIM_END,
    SUBJECT_TRIM_START,
    TOTAL_WORDS,
    UP_WORDS,
    VERBAL_NOUNS,
    alternation,
)

MAX_LENGTH = 14
_DELIMITERS = "，,。；;：:、（）()【】[]“”\"'‘’！？!?\n\t 　《》…—-~～/|"


_CLAUSE_START = re.compile(rf"[{re.escape(_DELIMITERS)}\d]")
# Every cut word, overlapping (共建成5G基站: 共建 and 建成); 发现并整改 cuts after both verbs.
_CUT = re.compile(rf"(?=({alternation(SUBJECT_CUT_AFTER)}|并[\u4e00-\u9fff]{{2}}))")
_RATE = rf"(?:每(?:{alternation(RATE_WORDS)}))+"
_TRIM_END = re.compile(
    rf"(?:{alternation(SUBJECT_TRIM_END + APPROX_BEFORE)}|{_RATE}|(?:已经|已)[\u4e00-\u9fff]{{2}})$"
)
_TRIM_START = re.compile(
    rf"^(?:[该本我][校村县镇市区店厂院局所站]|{alternation(SUBJECT_TRIM_START)}|{_RATE}[可能]?)"
)
# People doing what they are counted for (贫困群众就业 → 贫困群众).
_PERSONS_DOING = re.compile(
    rf"(?<=[{''.join({w[-1] for w in PERSON_NOUN_END})}])(?:实现)?(?:{alternation(sorted(VERBAL_NOUNS))})$"
)
_QUOTED = re.compile(r"[“‘\"]([^“”‘’\"\n]{1,12})[”’\"]$")
_APPROX_START = re.compile(rf"^(?:{alternation(APPROX_BEFORE)})")
_LEADING_MARKS = re.compile(rf"^(?:{alternation(APPROX_AFTER)}|的)+")
_FROM = re.compile(rf"(?<![{FROM_WORDS[1]}])[{FROM_WORDS[0]}](?![于事])")
_LINK = re.compile(rf"(?:{alternation(LINK_WORDS)})?")
_STOP = re.compile(rf"[{re.escape(_DELIMITERS)}\d]|{alternation(SUBJECT_STOP_AFTER)}")
_AFTER_MARKER = re.compile(rf"^(?:{alternation(APPROX_AFTER)}|的|以来|来|后|前|内|之内|之间)+")
_CHANGES = alternation(DOWN_WORDS + UP_WORDS + CHANGE_VERBS)
_CHANGE = re.compile(_CHANGES)
_FILLERS = rf"(?:{alternation(CHANGE_FILLERS)})*"
# A clause that only tells a change (比上年末增加, 同比下降, 较年初下降, 提高到…的).
_ONLY_CHANGE = re.compile(
    rf"(?:(?:{alternation(COMPARE_WORDS)})[^，,；;。！？\d]{{0,6}}?)?{_FILLERS}"
    rf"(?:{_CHANGES}){_FILLERS}(?:{alternation(APPROX_BEFORE)})?"
)
# A clause that only totals (共计121天, 累计).
_ONLY_TOTAL = re.compile(rf"(?:{alternation(TOTAL_WORDS + ['历时', '为期', '长达'])})+")
# Where the noun a clause opens with ends: a predicate, a preposition or a number.
_TOPIC_END = re.compile(rf"[{re.escape(_DELIMITERS)}\d自从于为是在将已有达]")
_SHARE = re.compile(r"^(?P<part>[\u4e00-\u9fffA-Za-z]{2,}?)占[\u4e00-\u9fff]+(?:比重|比例)$")
# Alternatives in brackets that belong to the noun (12个县（市、区）).
_ALTERNATIVES = re.compile(r"[（(][\u4e00-\u9fff、]{1,8}[）)]")
_PERSON_END = re.compile(alternation(PERSON_NOUN_END))
_PERSON_AT_END = re.compile(rf"(?:{alternation(PERSON_NOUN_END)})$")
_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_NAME_START = re.compile(r"\d+[A-Za-z]")


def _trim(phrase: str, pattern: re.Pattern[str]) -> str:
    while phrase and (found := pattern.search(phrase)) and found.group():
        phrase = phrase[: found.start()] + phrase[found.end() :]
    return phrase


def _is_cut(phrase: str, found: re.Match[str]) -> bool:
    """Whether a cut word stands as a word, not inside one (公共, 覆盖率)."""
    word, start, end = found[1], found.start(1), found.end(1)
    if len(word) == 1 and start and phrase[start - 1] in CUT_INSIDE_WORD.get(word, ""):
        return False
    return end == len(phrase) or phrase[end] not in CUT_BEFORE_NOUN


def _window(text: str, start: int, floor: int, mask: bytearray) -> str:
    """The text before ``start``: dates left out, and digits of names read as letters."""
    low = max(floor, start - 40)
    if mask.find(DATE, low, start) < 0 and mask.find(NAME, low, start) < 0:
        window = text[low:start]
        found = [m.end() for m in _CLAUSE_START.finditer(window)]
        return window[found[-1] :] if found else window
    kept = [i for i in range(low, start) if mask[i] != DATE]
    view = "".join("A" if mask[i] == NAME else text[i] for i in kept)
    found = [m.end() for m in _CLAUSE_START.finditer(view)]
    return "".join(text[i] for i in kept[found[-1] if found else 0 :])


def _cut(phrase: str, verbs: bool) -> str:
    """The object of the first verb (发放收购贷款 → 收购贷款), through serial verbs
    (排查整治各类隐患点 → 隐患点); with ``verbs`` the verb phrase when no noun is left."""
    cuts = [(m.start(1), m.end(1)) for m in _CUT.finditer(phrase) if _is_cut(phrase, m)]
    if not cuts:
        return phrase
    object_ = ""
    at = 0
    preposition = False  # 为老旧小区加装电梯: the verb after a preposition's object counts
    for start, end in cuts:
        overlap = start < at < end  # 共设置, 共建成: the longer verb over the chosen one
        if not overlap and (start < at or (start > at and object_ and not preposition)):
            continue
        rest = _trim(phrase[end:], _TRIM_START)
        if len(rest) < 2 or rest in VERBAL_NOUNS or rest in RATIO_NOUNS or rest[0] == "占":
            continue
        if len(rest) <= 3 and rest.endswith(RATE_NOUN_ENDS):
            continue  # 登记失业率, 检测阳性率: a rate is one compound noun
        serial = phrase[start:end].startswith("并") or preposition
        if object_ and not overlap and len(rest) <= 2 and not serial:
            break  # 收购贷款: a verb before a short noun makes a compound
        object_, at = rest, len(phrase) - len(rest)
        preposition = phrase[start:end] in PREPOSITIONS
    if object_:
        return object_
    return phrase if verbs else ""


def before(text: str, start: int, floor: int, mask: bytearray, verbs: bool = True) -> str | None:
    """The noun phrase written just before a number (确诊病人3例 → 确诊病人), after ``floor``.

    Without ``verbs`` a phrase that is only verbs (派出, 紧急转移安置) gives None.
    """
    quoted = _QUOTED.search(text, max(floor, start - 14), start)
    if quoted:
        return quoted[1]
    phrase = _LEADING_MARKS.sub("", _window(text, start, floor, mask))
    phrase = _trim(phrase, _TRIM_END)
    split = [m.start() for m in _FROM.finditer(phrase)]
    if split and len(phrase[: split[-1]]) >= 2:
        phrase = _trim(phrase[: split[-1]], _TRIM_END)
    head = phrase.rsplit("的", 1)
    if len(head) == 2 and len(head[1]) >= 2:
        phrase = head[1]
    phrase = _trim(_cut(_trim(phrase, _TRIM_START), verbs), _TRIM_START).strip("的")
    phrase = _trim(phrase, _PERSONS_DOING)
    share = _SHARE.match(phrase)  # 研发投入占营业收入比重 → 研发投入
    phrase = (share["part"] if share else phrase)[-MAX_LENGTH:]
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


def topic(text: str, start: int, end: int) -> str | None:
    """The noun a clause opens with (今年春运自1月26日开始 → 春运)."""
    phrase = _TOPIC_END.split(text[start:end], maxsplit=1)[0]
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
    phrase = _trim(_trim(phrase, _TRIM_START), _APPROX_START).lstrip("对向给")
    if len(phrase) < 2 or phrase in LIGHT_VERBS or not _WORD.match(phrase):
        return None
    return phrase[-MAX_LENGTH:]


def after(text: str, end: int, persons: bool = False) -> str | None:
    """The noun phrase written just after a unit (7个工作组 → 工作组).

    With ``persons`` it ends at the last person noun (56名医护人员驰援 → 医护人员).
    """
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
    return phrase if phrase and _WORD.match(phrase) else None

"""The subject of a figure: the short noun phrase it counts or pays, as written."""

from __future__ import annotations

import re

from .exclusions import DATE, NAME
from .lexicon import (
    APPROX_AFTER,
    APPROX_BEFORE,
    CUT_BEFORE_NOUN,
    CUT_INSIDE_WORD,
    DOWN_WORDS,
    FROM_WORDS,
    LIGHT_VERBS,
    LINK_WORDS,
    PERSON_NOUN_END,
    RATE_WORDS,
    SUBJECT_CUT_AFTER,
    SUBJECT_STOP_AFTER,
    SUBJECT_TRIM_END,
    SUBJECT_TRIM_START,
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
_CHANGE = re.compile(alternation(DOWN_WORDS + UP_WORDS))
_PERSON_END = re.compile(alternation(PERSON_NOUN_END))
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
    for start, end in cuts:
        overlap = start < at < end  # 共设置, 共建成: the longer verb over the chosen one
        if not overlap and (start < at or (start > at and object_)):
            continue
        rest = _trim(phrase[end:], _TRIM_START)
        if len(rest) < 2 or rest in VERBAL_NOUNS:
            continue
        if object_ and not overlap and len(rest) <= 2 and not phrase[start:end].startswith("并"):
            break  # 收购贷款: a verb before a short noun makes a compound
        object_, at = rest, len(phrase) - len(rest)
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
    phrase = phrase[-MAX_LENGTH:]
    return phrase if _WORD.match(phrase or " ") or _NAME_START.match(phrase) else None


def linked(text: str, floor: int, start: int) -> bool:
    """Whether a number only continues the one before it (2.3万户7.6万人, 320个增至412个)."""
    return 0 < floor <= start and _LINK.fullmatch(text, floor, start) is not None


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
        phrase = window[: stop.start()]
        break
    if persons:
        ends = [m.end() for m in _PERSON_END.finditer(phrase)]
        phrase = phrase[: ends[-1]] if ends else phrase
    return phrase if phrase and _WORD.match(phrase) else None

"""The subject of a figure: the short noun phrase it counts or pays, as written."""

from __future__ import annotations

import re

from .lexicon import (
    APPROX_AFTER,
    APPROX_BEFORE,
    CUT_BEFORE_NOUN,
    CUT_INSIDE_WORD,
    PERSON_NOUN_END,
    SUBJECT_CUT_AFTER,
    SUBJECT_STOP_AFTER,
    SUBJECT_TRIM_END,
    SUBJECT_TRIM_START,
    alternation,
)

MAX_LENGTH = 12
_DELIMITERS = "，,。；;：:、（）()【】[]“”\"'‘’！？!?\n\t 　《》…—-~～/|"


_CLAUSE_START = re.compile(rf"[{re.escape(_DELIMITERS)}\d]")
_CUT = re.compile(alternation(SUBJECT_CUT_AFTER))
_TRIM_END = re.compile(rf"(?:{alternation(SUBJECT_TRIM_END + APPROX_BEFORE)})$")
_TRIM_START = re.compile(rf"^(?:{alternation(SUBJECT_TRIM_START)})")
_STOP = re.compile(rf"[{re.escape(_DELIMITERS)}\d]|{alternation(SUBJECT_STOP_AFTER)}")
_AFTER_MARKER = re.compile(rf"^(?:{alternation(APPROX_AFTER)}|的|以来|来|后|前|内|之内|之间)+")
_PERSON_END = re.compile(alternation(PERSON_NOUN_END))
_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z]")


def _trim(phrase: str, pattern: re.Pattern[str]) -> str:
    while phrase and (found := pattern.search(phrase)) and found.group():
        phrase = phrase[: found.start()] + phrase[found.end() :]
    return phrase


def _is_cut(phrase: str, found: re.Match[str]) -> bool:
    """Whether a cut word stands as a word, not inside one (公共, 覆盖率)."""
    word, start, end = found[0], found.start(), found.end()
    if len(word) == 1 and start and phrase[start - 1] in CUT_INSIDE_WORD.get(word, ""):
        return False
    return end == len(phrase) or phrase[end] not in CUT_BEFORE_NOUN


def before(text: str, start: int, floor: int = 0) -> str | None:
    """The noun phrase written just before a number (确诊病人3例 → 确诊病人), after ``floor``."""
    window = text[max(floor, start - 40) : start]
    clause_starts = [m.end() for m in _CLAUSE_START.finditer(window)]
    phrase = window[clause_starts[-1] :] if clause_starts else window
    phrase = _trim(phrase, _TRIM_END)
    cuts = [m.end() for m in _CUT.finditer(phrase) if _is_cut(phrase, m)]
    if cuts:
        phrase = phrase[cuts[-1] :]
    phrase = _trim(phrase, _TRIM_START).strip("的")
    if len(phrase) > MAX_LENGTH and "的" in phrase:
        phrase = phrase.rsplit("的", 1)[1]
    phrase = phrase[-MAX_LENGTH:]
    return phrase if _WORD.match(phrase or " ") else None


def after(text: str, end: int, persons: bool = False) -> str | None:
    """The noun phrase written just after a unit (7个工作组 → 工作组).

    With ``persons`` it ends at the last person noun (56名医护人员驰援 → 医护人员).
    """
    window = text[end : end + MAX_LENGTH + 4]
    window = _AFTER_MARKER.sub("", window)
    stop = _STOP.search(window)
    phrase = window[: stop.start()] if stop else window[:MAX_LENGTH]
    if persons:
        ends = [m.end() for m in _PERSON_END.finditer(phrase)]
        phrase = phrase[: ends[-1]] if ends else phrase
    return phrase if phrase and _WORD.match(phrase) else None

"""Whether a figure is new, a running total or a current count (its ``qualifier``).

The words (``lexicon.QUALIFIER_WORDS``) are read between the figure and the figure or
clause start before it: 新增确诊病例2例 is new, 累计确诊病例31例 cumulative, 现有确诊病例5例
current. A qualifier governs the list that follows it: a later count of the same sentence
with no word of its own takes it (全区共排查出武汉返乡人员1871人，确诊病人3例，疑似病人7例:
all three cumulative), until a clause tells a change (同比增长…). A count after 截至… or
…以来 with no word of its own is cumulative, unless it measures a stock (存款余额, 常住人口).
A part after 其中 takes its total's qualifier (set by the caller, who knows the total).
"""

from __future__ import annotations

import re

from crawler.items import Figure

from .lexicon import (
    LIST_BREAKS,
    NOT_TOTAL_GONG_AFTER,
    NOT_TOTAL_GONG_BEFORE,
    QUALIFIER_WORDS,
    STOCK_WORDS,
    TOTAL_CUES,
    alternation,
)

_WORDS = {word: name for name, words in QUALIFIER_WORDS.items() for word in words}
# Every alternative opens with its first character (the lookbehind comes after 共), so the
# re module skips to where a word can begin at C speed.
_GONG = rf"共(?<![{NOT_TOTAL_GONG_BEFORE}]共)(?!{'|'.join(NOT_TOTAL_GONG_AFTER)})"
QUALIFIER = re.compile(f"{alternation([w for w in _WORDS if w != '共'])}|{_GONG}")
_TOTAL_CUE = re.compile(alternation(TOTAL_CUES))
_STOCK = re.compile(alternation(STOCK_WORDS))
_BREAK = re.compile(alternation(LIST_BREAKS))
LISTED_KINDS = ("count", "money", "measure")


def written(text: str, low: int, start: int) -> str | None:
    """The qualifier written in ``text[low:start]``: the last word, but a total over 新增."""
    names = [_WORDS[found[0]] for found in QUALIFIER.finditer(text, low, start)]
    if not names:
        return None
    return "cumulative" if "cumulative" in names and names[-1] == "new" else names[-1]


def continues(text: str, earlier: Figure, figure: Figure) -> bool:
    """Whether ``figure`` is an item of the list ``earlier`` belongs to."""
    return (
        earlier.kind in LISTED_KINDS
        and figure.kind in LISTED_KINDS
        and _BREAK.search(text, earlier.end, figure.start) is None
    )


def has_total_cue(text: str) -> bool:
    return _TOTAL_CUE.search(text) is not None


def total_cue(text: str, low: int, figure: Figure) -> bool:
    """Whether 截至…/…以来 before a count in its sentence make it a running total."""
    return (
        figure.kind in LISTED_KINDS
        and _TOTAL_CUE.search(text, low, figure.start) is not None
        and not (figure.subject and _STOCK.search(figure.subject))
        and figure.direction is None
    )

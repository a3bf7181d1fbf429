"""The region each figure is about: the division its sentence names before it, else none.

A sentence names a division by its name (其中郾城区5例, 郑州市新增…), by the article's own
division at a level (全区, 我市, 本县, 该区), or by that division's government (区财政,
县委, 市卫健委); the last of these before a figure in its sentence is its region. The level
words are resolved through the headline, the dateline's place and the text
(``crawler.regions.ArticleRegions``). A name after 从/赴/驰援 … or before 籍/返乡 … is where
people or goods come from or go, and names no figure's region.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from crawler.regions import ArticleRegions, Division, find_mentions, short_mentions_at
from crawler.regions.mentions import short_name_firsts

from .clauses import CLAUSE_ENDS, Bounds
from .lexicon import (
    LEVEL_BODIES,
    LEVEL_WORD_BEFORE,
    REGION_NOT_AFTER,
    REGION_NOT_BEFORE,
    SCOPE_HEADS,
    SCOPE_LEVELS,
    SCOPE_NOT_AFTER,
    SHORT_NAME_OPENERS,
    alternation,
)

SCOPE = re.compile(
    rf"(?P<head>{alternation(SCOPE_HEADS)})(?P<level>[{SCOPE_LEVELS}])(?![{SCOPE_NOT_AFTER}])"
)
LEVEL_BODY = re.compile(
    rf"(?P<level>[{SCOPE_LEVELS}])(?<![{LEVEL_WORD_BEFORE}].)(?={alternation(LEVEL_BODIES)})"
)
_NOT_BEFORE = re.compile(rf"(?:{alternation(REGION_NOT_BEFORE)})$")
_NOT_AFTER = re.compile("|".join(REGION_NOT_AFTER))
_SCOPE_MARKS = re.compile(f"[{SCOPE_LEVELS}]")
_OPENERS = re.compile(rf"(?:{alternation(SHORT_NAME_OPENERS)}|\s)*")
_OPENER_FIRSTS = frozenset(word[0] for word in SHORT_NAME_OPENERS) | frozenset(" \u3000\t")
RESPECTIVELY = "分别"
_LIST_MARKS = {"、", "和", "及", "与", "，", ","}
_LIST_MARK = re.compile("[、和及与]")
_OF = re.compile("的")


@cache
def _topic_firsts() -> frozenset[str]:
    """The characters a clause whose topic is a short name may begin with."""
    return _OPENER_FIRSTS | short_name_firsts()


@cache
def _topic_openings() -> re.Pattern[str]:
    """A clause's end before one of those characters: one scan finds where such clauses open."""
    firsts = re.escape("".join(sorted(_topic_firsts())))
    return re.compile(f"[{re.escape(CLAUSE_ENDS)}](?=[{firsts}])")


class Regions:
    """The divisions a text names, in order, and the one each position's sentence names."""

    def __init__(
        self, text: str, bounds: Bounds, title: str | None = None, place: str | None = None
    ) -> None:
        self.bounds = bounds
        self.positions: list[int] = []
        self.divisions: list[Division | None] = []
        full = find_mentions(text)
        # a short name counts only as its clause's topic (see _opens): looked for there alone
        openings = [0] if text[:1] in _topic_firsts() else []
        openings += [found.end() for found in _topic_openings().finditer(text)]
        starts = [_OPENERS.match(text, c).end() for c in openings]
        starts += [found.end() for found in _LIST_MARK.finditer(text)]
        ends = [found.start() for found in _OF.finditer(text)]
        short = short_mentions_at(text, sorted(set(starts)), ends, full)
        marked = _SCOPE_MARKS.search(text) is not None
        scopes = list(SCOPE.finditer(text)) if marked else []
        bodies = list(LEVEL_BODY.finditer(text)) if marked else []
        if not (full or short or scopes or bodies):
            return  # the text names no division: no headline or dateline is needed
        self.article = article = ArticleRegions(title or "", place, text, (full, short))
        named: list[tuple[int, Division | None]] = []
        mention_ends = {mention.end for mention, _ in article.body}
        listed_end = -1  # where the last name read ended: a list goes on (上海、江苏和浙江省)
        mentions = sorted(article.body + article.body_short, key=lambda pair: pair[0].start)
        for mention, division in mentions:
            if _NOT_BEFORE.search(text, max(0, mention.start - 4), mention.start):
                continue
            if _NOT_AFTER.match(text, mention.end):
                continue
            is_short = mention.end - mention.start < len(division.name)
            listed = text[listed_end : mention.start] in _LIST_MARKS
            if is_short and not listed and not self._opens(text, mention.start, mention.end):
                continue
            named.append((mention.start, division))
            listed_end = mention.end
        for found in scopes:
            level = found["level"]
            if found["head"] in ("该", "此"):
                division = article.last_before(level, found.start())
            else:
                division = article.scope(level)
            named.append((found.start(), division))
        for found in bodies:
            if found.end() not in mention_ends:  # 郑州市委 is 郑州市's, named already
                named.append((found.start(), article.scope(found["level"])))
        named.sort(key=lambda pair: pair[0])
        self.positions = [position for position, _ in named]
        self.divisions = [division for _, division in named]

    def _opens(self, text: str, start: int, end: int) -> bool:
        """Whether a short name is its clause's topic: it opens the clause, or 的 follows."""
        clause = self.bounds.clauses.start(start, 60)
        return text.startswith("的", end) or _OPENERS.fullmatch(text, clause, start) is not None

    def named_between(self, low: int, high: int) -> list[Division | None]:
        """The divisions named in ``text[low:high]``, in order."""
        return self.divisions[bisect_left(self.positions, low) : bisect_left(self.positions, high)]

    def named_before(self, start: int, low: int) -> tuple[bool, Division | None]:
        """Whether the text names a division in ``text[low:start]``, and the last one."""
        index = bisect_left(self.positions, start) - 1
        if index < 0 or self.positions[index] < low:
            return False, None
        return True, self.divisions[index]

    def of(self, start: int) -> tuple[bool, Division | None]:
        """Whether the sentence holding ``start`` names a division before it, and which."""
        return self.named_before(start, self.bounds.sentences.start(start, 200))

"""Clause and sentence bounds of a text, shared by every figure rule (one definition each).

A clause ends at a comma, a semicolon or a full stop; a sentence at a semicolon or a full
stop; a full stop ends a sentence a semicolon list does not (新增确诊：0；累计确诊：156); a
line ends a paragraph. The marks are found in one scan of the text and looked up by
bisection, so every lookup is logarithmic and the figures stage stays linear in the length
of its text.
"""

from __future__ import annotations

import re
from bisect import bisect_left

# Between the two ends of a range (3至5天, 1—5月, 9:00-17:00).
RANGE = r"\s*(?:至|到|—+|–|-|－|~|～)\s*"
LINE_ENDS = "\n"
FULL_STOPS = "。！？!?" + LINE_ENDS
SENTENCE_ENDS = "；;" + FULL_STOPS
CLAUSE_ENDS = "，," + SENTENCE_ENDS
_CLAUSE_END = re.compile(f"[{CLAUSE_ENDS}]")


class Marks:
    """The positions of one kind of end mark in a text."""

    __slots__ = ("_at", "text")

    def __init__(self, text: str, at: list[int]) -> None:
        self.text = text
        self._at = at

    def start(self, pos: int, reach: int | None = None) -> int:
        """Where the stretch holding ``pos`` starts: after the last mark before it, at most
        ``reach`` characters back (then ``pos - reach``)."""
        at = self._at
        index = bisect_left(at, pos) - 1
        low = 0 if reach is None or pos <= reach else pos - reach
        return at[index] + 1 if index >= 0 and at[index] >= low else low

    def end(self, pos: int) -> int:
        """Where the stretch holding ``pos`` ends: at the first mark at or after it."""
        at = self._at
        index = bisect_left(at, pos)
        return at[index] if index < len(at) else len(self.text)

    def openings(self) -> list[int]:
        """Where each stretch starts: the text's start and after every mark."""
        return [0, *(position + 1 for position in self._at)]


class Bounds:
    """Clause, sentence, full-stop and line marks of one text, from one scan."""

    def __init__(self, text: str) -> None:
        self.text = text
        clauses = [found.start() for found in _CLAUSE_END.finditer(text)]
        sentences = [p for p in clauses if text[p] in SENTENCE_ENDS]
        full_stops = [p for p in sentences if text[p] in FULL_STOPS]
        self.clauses = Marks(text, clauses)
        self.sentences = Marks(text, sentences)
        self.full_stops = Marks(text, full_stops)
        self.lines = Marks(text, [p for p in full_stops if text[p] == LINE_ENDS])

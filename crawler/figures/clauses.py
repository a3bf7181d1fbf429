"""Clause and sentence bounds of a text, shared by every figure rule (one definition each).

A clause ends at a comma, a semicolon or a full stop; a sentence at a semicolon or a full
stop; a full stop ends a sentence a semicolon list does not (新增确诊：0；累计确诊：156).
Marks are found once per text and looked up by bisection, so every lookup is logarithmic
and the figures stage stays linear in the length of its text.
"""

from __future__ import annotations

import re
from bisect import bisect_left

# Between the two ends of a range (3至5天, 1—5月, 9:00-17:00).
RANGE = r"\s*(?:至|到|—+|–|-|－|~|～)\s*"
CLAUSE_END = re.compile(r"[，,；;。！？!?\n]")
SENTENCE_END = re.compile(r"[。！？!?；;\n]")
FULL_STOP = re.compile(r"[。！？!?\n]")
LINE_END = re.compile(r"\n")


class Marks:
    """The positions of one kind of end mark in a text, found on first use."""

    __slots__ = ("_at", "mark", "text")

    def __init__(self, text: str, mark: re.Pattern[str]) -> None:
        self.text = text
        self.mark = mark
        self._at: list[int] | None = None

    def _positions(self) -> list[int]:
        at = self._at = [found.start() for found in self.mark.finditer(self.text)]
        return at

    def start(self, pos: int, reach: int | None = None) -> int:
        """Where the stretch holding ``pos`` starts: after the last mark before it, at most
        ``reach`` characters back (then ``pos - reach``)."""
        at = self._at if self._at is not None else self._positions()
        index = bisect_left(at, pos) - 1
        low = 0 if reach is None or pos <= reach else pos - reach
        return at[index] + 1 if index >= 0 and at[index] >= low else low

    def end(self, pos: int) -> int:
        """Where the stretch holding ``pos`` ends: at the first mark at or after it."""
        at = self._at if self._at is not None else self._positions()
        index = bisect_left(at, pos)
        return at[index] if index < len(at) else len(self.text)


class Bounds:
    """Clause, sentence, full-stop and line marks of one text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.clauses = Marks(text, CLAUSE_END)
        self.sentences = Marks(text, SENTENCE_END)
        self.full_stops = Marks(text, FULL_STOP)
        self.lines = Marks(text, LINE_END)

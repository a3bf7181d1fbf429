"""What an analyst reads beside a figure's value: its sentence, as_of, qualifier, region and
indicator, set in one pass over the figures of a text in order.

A part after 其中 (其中郾城区5例) takes its total's qualifier, and its total's region unless
it names its own; the total is the figure written last before 其中, in the sentence before
when 其中 opens a sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from crawler.items import Figure
from crawler.regions import Division, is_division_name

from . import qualifiers
from .clauses import Bounds
from .dates import AsOf
from .indicators import WORDS, indicator
from .lexicon import PART_WORDS, alternation
from .scope import RESPECTIVELY, SCOPE, Regions

SENTENCE_REACH = 200  # characters of a sentence kept on either side of its figure, at most
_PART = re.compile(alternation(PART_WORDS))
_STOP_MARKS = "。！？!?"


def sentence_span(text: str, bounds: Bounds, figure: Figure) -> tuple[int, int]:
    """Where the sentence a figure stands in is, with its full stop (at most
    ``SENTENCE_REACH`` characters either side of the figure)."""
    low = bounds.full_stops.start(figure.start, SENTENCE_REACH)
    high = min(bounds.full_stops.end(figure.end), figure.end + SENTENCE_REACH)
    if high < len(text) and text[high] in _STOP_MARKS:
        high += 1
    return low, high


def _part_of(text: str, figures: list[Figure], index: int, low: int) -> tuple[int, Figure | None]:
    """Where the 其中 before figure ``index`` in its sentence stands (-1: none), and the
    total it parts: the last figure before 其中 with its unit, else the last one."""
    figure = figures[index]
    found = None
    for found in _PART.finditer(text, low, figure.start):  # noqa: B007 - the last one is wanted
        pass
    if found is None:
        return -1, None
    at = found.start()
    before = [earlier for earlier in figures[max(0, index - 50) : index] if earlier.end <= at]
    same = [earlier for earlier in before if earlier.unit == figure.unit]
    return at, (same or before or [None])[-1]


class _Annotator:
    """One text's figures, annotated in order; what the text lacks is never looked for."""

    def __init__(self, text: str, figures: list[Figure], bounds: Bounds, regions: Regions) -> None:
        self.text = text
        self.figures = figures
        self.bounds = bounds
        self.regions = regions
        self.starts = [f.start for f in figures]
        self.sentences: dict[tuple[int, int], str] = {}
        self.has_parts = _PART.search(text) is not None
        self.has_respective = RESPECTIVELY in text
        self.has_qualifiers = qualifiers.QUALIFIER.search(text) is not None
        self.has_cues = qualifiers.has_total_cue(text)
        self.has_indicators = WORDS.search(text) is not None

    def run(self) -> None:
        previous: Figure | None = None
        for index, figure in enumerate(self.figures):
            sentence = self.bounds.sentences.start(figure.start, SENTENCE_REACH)
            earlier = previous if previous is not None and previous.start >= sentence else None
            self.one(index, figure, sentence, earlier)
            previous = figure

    def one(self, index: int, figure: Figure, sentence: int, earlier: Figure | None) -> None:
        text = self.text
        clause = self.bounds.clauses.start(figure.start, 60)
        span = sentence_span(text, self.bounds, figure)
        if span not in self.sentences:  # the figures of a sentence share its text
            self.sentences[span] = text[span[0] : span[1]].strip()
        figure.sentence = self.sentences[span]
        part_at, total = (
            _part_of(text, self.figures, index, sentence) if self.has_parts else (-1, None)
        )
        listed = (
            earlier if earlier is not None and qualifiers.continues(text, earlier, figure) else None
        )
        figure.qualifier = self.qualifier(figure, clause, sentence, earlier, total, listed)
        figure.region = self.region(index, figure, sentence, part_at, total)
        donor = total or listed
        if figure.subject and (is_division_name(figure.subject) or SCOPE.fullmatch(figure.subject)):
            # 其中郾城区5例: the division is the region; the noun is the total's
            same = donor is not None and (donor.kind, donor.unit) == (figure.kind, figure.unit)
            figure.subject = donor.subject if same else None
        if self.has_indicators or (donor is not None and donor.indicator):
            figure.indicator = indicator(text, clause, figure, donor, part=total is not None)

    def qualifier(
        self,
        figure: Figure,
        clause: int,
        sentence: int,
        earlier: Figure | None,
        total: Figure | None,
        listed: Figure | None,
    ) -> str | None:
        if self.has_qualifiers:
            low = max(clause, earlier.end if earlier is not None else 0)
            written = qualifiers.written(self.text, low, figure.start)
            if written:
                return written
        if total is not None and total.qualifier:
            return total.qualifier
        if listed is not None and listed.qualifier:
            return listed.qualifier
        if self.has_cues and qualifiers.total_cue(self.text, sentence, figure):
            return "cumulative"
        return None

    def region(
        self, index: int, figure: Figure, sentence: int, part_at: int, total: Figure | None
    ) -> dict[str, str] | None:
        if not self.regions.positions:
            return total.region if total is not None else None
        respective = self.respective(index, sentence) if self.has_respective else None
        if respective is not None:
            return respective.record()
        if total is not None and not self.regions.named_before(figure.start, part_at)[0]:
            return total.region
        division = self.regions.of(figure.start)[1]
        return division.record() if division else None

    def respective(self, index: int, sentence: int) -> Division | None:
        """The division a figure of a 分别 list stands for: 上海、江苏和浙江省…分别提高至280元、
        300元和338元 gives each its own, when the names and the figures after 分别 are as
        many."""
        figure = self.figures[index]
        at = self.text.rfind(RESPECTIVELY, sentence, figure.start)
        if at < 0:
            return None
        named = self.regions.named_between(self.bounds.clauses.start(at, 60), at)
        first = bisect_right(self.starts, at)
        count = bisect_left(self.starts, self.bounds.sentences.end(figure.start)) - first
        if len(named) != count or count < 2:
            return None
        return named[index - first]


def annotate(
    text: str,
    figures: list[Figure],
    bounds: Bounds,
    as_of: AsOf,
    title: str | None = None,
    place: str | None = None,
) -> None:
    """Set sentence, as_of, qualifier, region and indicator on ``figures`` (in text order)."""
    if not figures:
        return
    for figure, date in zip(figures, as_of.resolve(f.start for f in figures), strict=True):
        figure.as_of = date
    _Annotator(text, figures, bounds, Regions(text, bounds, title, place)).run()

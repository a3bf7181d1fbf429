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
from .indicators import indicator
from .lexicon import PART_WORDS, alternation
from .scope import RESPECTIVELY, SCOPE, Regions

SENTENCE_REACH = 200  # characters of a sentence kept on either side of its figure, at most
_PART = re.compile(alternation(PART_WORDS))
_STOP_MARKS = "。！？!?"


def sentence_of(text: str, bounds: Bounds, figure: Figure) -> str:
    """The sentence a figure stands in, with its full stop (at most ``SENTENCE_REACH``
    characters either side of the figure)."""
    low = bounds.full_stops.start(figure.start, SENTENCE_REACH)
    high = min(bounds.full_stops.end(figure.end), figure.end + SENTENCE_REACH)
    if high < len(text) and text[high] in _STOP_MARKS:
        high += 1
    return text[low:high].strip()


def _part_of(text: str, figures: list[Figure], index: int, low: int) -> tuple[int, Figure | None]:
    """Where the 其中 before figure ``index`` in its sentence stands (-1: none), and the
    total it parts."""
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


def _respective(
    text: str,
    bounds: Bounds,
    regions: Regions,
    figures: list[Figure],
    starts: list[int],
    index: int,
    sentence: int,
) -> Division | None:
    """The division a figure of a 分别 list stands for: 上海、江苏和浙江省…分别提高至280元、
    300元和338元 gives each its own, when the names and the figures after 分别 are as many."""
    figure = figures[index]
    at = text.rfind(RESPECTIVELY, sentence, figure.start)
    if at < 0:
        return None
    named = regions.named_between(bounds.clauses.start(at, 60), at)
    first = bisect_right(starts, at)
    end = bounds.sentences.end(figure.start)
    count = bisect_left(starts, end) - first
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
    regions = Regions(text, bounds, title, place)
    starts = [f.start for f in figures]
    previous: Figure | None = None
    for index, figure in enumerate(figures):
        sentence = bounds.sentences.start(figure.start, SENTENCE_REACH)
        clause = bounds.clauses.start(figure.start, 60)
        figure.sentence = sentence_of(text, bounds, figure)
        earlier = previous if previous is not None and previous.start >= sentence else None
        part_at, total = _part_of(text, figures, index, sentence)
        listed = (
            earlier if earlier is not None and qualifiers.continues(text, earlier, figure) else None
        )

        low = max(clause, earlier.end if earlier is not None else 0)
        qualifier = qualifiers.written(text, low, figure.start)
        if qualifier is None and total is not None:
            qualifier = total.qualifier
        if qualifier is None and listed is not None:
            qualifier = listed.qualifier
        if qualifier is None and qualifiers.total_cue(text, sentence, figure):
            qualifier = "cumulative"
        figure.qualifier = qualifier

        respective = _respective(text, bounds, regions, figures, starts, index, sentence)
        if respective is not None:
            figure.region = respective.record()
        elif total is not None and not regions.named_before(figure.start, part_at)[0]:
            figure.region = total.region
        else:
            division = regions.of(figure.start)[1]
            figure.region = division.record() if division else None

        donor = total or listed
        if figure.subject and (is_division_name(figure.subject) or SCOPE.fullmatch(figure.subject)):
            # 其中郾城区5例: the division is the region; the noun is the total's
            same = donor is not None and (donor.kind, donor.unit) == (figure.kind, figure.unit)
            figure.subject = donor.subject if same else None
        figure.indicator = indicator(text, clause, figure, donor)
        previous = figure

"""What a figure measures, in a small vocabulary (``lexicon.INDICATORS``), or None.

The subject is read first, then the words of the figure's clause before it (排查出武汉返乡人员
1871人: people screened; 拨付区卫健委150万元: funds allocated); each indicator holds only
for its kinds and units (隔离14天 is no count of people quarantined). A figure whose text
fits none has no indicator: it is never guessed. A count with no noun of its own in a list
(新增确诊病例2例，累计31例) measures what the count before it measured.
"""

from __future__ import annotations

import re

from crawler.items import Figure

from .lexicon import INDICATORS

_RULES = [
    (name, re.compile("|".join(re.escape(w) for w in words)), kinds, units)
    for name, words, kinds, units in INDICATORS
]


def _fits(figure: Figure, kinds: tuple[str, ...], units: tuple[str, ...]) -> bool:
    return figure.kind in kinds and (not units or figure.unit in units)


def indicator(text: str, low: int, figure: Figure, earlier: Figure | None) -> str | None:
    """The indicator of ``figure``, from its subject and ``text[low:figure.start]``;
    ``earlier`` is the figure before it in its list, or its total, if any."""
    for source in (figure.subject or "", text[low : figure.start]):
        for name, words, kinds, units in _RULES:
            if _fits(figure, kinds, units) and words.search(source):
                return name
    if (
        figure.subject is None
        and earlier is not None
        and earlier.indicator
        and (earlier.kind, earlier.unit) == (figure.kind, figure.unit)
    ):
        return earlier.indicator
    return None

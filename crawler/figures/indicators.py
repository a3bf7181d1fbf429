"""What a figure measures, in a small vocabulary (``lexicon.INDICATORS``), or None.

The subject is read first, then the words of the figure's clause before it (排查出武汉返乡人员
1871人: people screened; 拨付区卫健委150万元: funds allocated); each indicator holds only
for its kinds and units (隔离14天 is no count of people quarantined), and where several
words are written the indicator listed first wins (确诊病例的密切接触者: close contacts).
A figure whose text fits none has no indicator: it is never guessed. A count with no noun
of its own in a list (新增确诊病例2例，累计31例), and a part after 其中, measure what the
count before it, or their total, measured.
"""

from __future__ import annotations

import re

from crawler.items import Figure
from crawler.regions.patterns import trie

from .lexicon import INDICATORS

_RANK = {word: rank for rank, (_, words, _, _) in enumerate(INDICATORS) for word in words}
WORDS = re.compile(trie(list(_RANK)))


def _fitting(source: str, figure: Figure) -> str | None:
    ranks = sorted({_RANK[found[0]] for found in WORDS.finditer(source)})
    for rank in ranks:
        name, _, kinds, units = INDICATORS[rank]
        if figure.kind in kinds and (not units or figure.unit in units):
            return name
    return None


def indicator(
    text: str, low: int, figure: Figure, earlier: Figure | None, part: bool = False
) -> str | None:
    """The indicator of ``figure``, from its subject and ``text[low:figure.start]``;
    ``earlier`` is the figure before it in its list, or with ``part`` the total it is a
    part of (其中，境外输入2例: a part of the confirmed cases counts confirmed cases)."""
    found = _fitting(figure.subject or "", figure) or _fitting(text[low : figure.start], figure)
    if found:
        return found
    if (
        (figure.subject is None or part)
        and earlier is not None
        and earlier.indicator
        and (earlier.kind, earlier.unit) == (figure.kind, figure.unit)
    ):
        return earlier.indicator
    return None

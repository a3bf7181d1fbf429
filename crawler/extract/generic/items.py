"""Repeated items of one tag and class: comment threads and feeds (each item shows a time)
and teaser boxes (each item opens with a headline link).
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import TYPE_CHECKING

from lxml import etree

if TYPE_CHECKING:
    from crawler.extract.generic.scan import PageScan

# The time a comment or feed item shows: 04-03 12:11, 4月3日 12:11, 3小时前, 昨天 18:20.
_STAMP = re.compile(
    r"\d{1,2}\s*[-/月]\s*\d{1,2}\s*日?\s*\d{1,2}:\d{2}|\d+\s*(?:秒|分钟|小时|天)前|(?:昨天|前天|今天)\s*\d{1,2}:\d{2}"
)
# Repeated items (of one tag and class), at least this many, most with a time of their own,
# each this short (characters), are comments or a feed, whatever their class names say.
STAMPED_ITEMS = 3
STAMPED_ITEM_MAX = 400
# ... unless the page has less prose than this (characters) outside them.
STAMPED_OUTSIDE_MIN = 50
# Teaser boxes: this many items or more, most opening with a link this long (characters).
TEASER_ITEMS = 2
TEASER_HEADLINE = 6
# Paragraphs and table cells are never items: an article's paragraphs may open with a link.
_NOT_ITEMS = frozenset({"p", "tr", "br", "span", "a", "img", "td"})


def shows_time(page: PageScan, element: etree._Element) -> bool:
    """The element's text shows a time of day with its date (a post's or a comment's)."""
    before = page.stamped_before
    return before is not None and before[page.end[element]] > before[page.start[element]]


def time_index(page: PageScan) -> list[int] | None:
    """For each segment index, how many segments before it show a time (found in the
    page's text, its pieces joined by spaces); None: none does."""
    matches = list(_STAMP.finditer(page.text))
    if not matches:
        return None
    segments = page.segments
    starts = list(itertools.accumulate((len(s.text) + 1 for s in segments), initial=0))
    stamped = [0] * (len(segments) + 1)
    for m in matches:
        stamped[bisect.bisect_right(starts, m.start())] = 1
    return list(itertools.accumulate(stamped))


def item_lists(page: PageScan) -> tuple[list[etree._Element], set[etree._Element]]:
    """Elements holding repeated items (one tag and class) that each show a time (comment
    threads, feeds), and those whose items each open with a headline link (teaser boxes)."""
    stamped_before = page.stamped_before = time_index(page)
    segments, start, end = page.segments, page.start, page.end
    total = page.prose.get(page.root, 0.0)
    stamped: list[etree._Element] = []
    teasers: set[etree._Element] = set()
    for element in page.order:  # elements holding text: only their items can hold any
        if len(element) < TEASER_ITEMS:
            continue
        groups: dict[tuple[str, str], list[etree._Element]] = {}
        for child in element:
            if isinstance(child.tag, str) and child.tag not in _NOT_ITEMS and child in start:
                groups.setdefault((child.tag, child.get("class") or ""), []).append(child)
        for items in groups.values():
            if len(items) >= TEASER_ITEMS and element not in teasers:
                opening = sum(
                    1
                    for item in items
                    if start[item] < end[item]
                    and segments[start[item]].link
                    and len(segments[start[item]].text.strip()) >= TEASER_HEADLINE
                )
                # ... unless a child holds most of the page's prose: an article's wrapper
                if 2 * opening > len(items) and all(
                    page.prose.get(child, 0.0) < 0.5 * total for child in element
                ):
                    teasers.add(element)
            if len(items) >= STAMPED_ITEMS and stamped_before:
                timed = sum(
                    1
                    for item in items
                    if stamped_before[end[item]] > stamped_before[start[item]]
                    and page.chars.get(item, 0) <= STAMPED_ITEM_MAX
                )
                if 3 * timed >= 2 * len(items):
                    stamped.append(element)
                    break
    return stamped, teasers

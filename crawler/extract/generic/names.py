"""What elements' class and id words say they are: noise boxes, breadcrumbs, related
links, a source, a title. Words are split at non-letters and camel case (``newsContent``
gives news, content); the decision for each class-and-id string is cached.
"""

from __future__ import annotations

import functools
import re

from lxml import etree

NOISE_TOKENS = frozenset(
    [
        "comment",
        "comments",
        "cmt",
        "pinglun",
        "reply",
        "replies",
        "share",
        "sharing",
        "bdshare",
        "jiathis",
        "social",
        "related",
        "relate",
        "relative",
        "recommend",
        "recommends",
        "recommended",
        "recom",
        "tuijian",
        "xgxw",
        "xgyd",
        "xgwz",
        "xglj",
        "xgtj",
        "hot",
        "hotnews",
        "rank",
        "ranking",
        "paihang",
        "footer",
        "foot",
        "copyright",
        "banquan",
        "nav",
        "navbar",
        "navigation",
        "menu",
        "sidebar",
        "side",
        "aside",
        "breadcrumb",
        "breadcrumbs",
        "crumb",
        "crumbs",
        "position",
        "location",
        "dqwz",
        "toolbar",
        "tools",
        "print",
        "ad",
        "ads",
        "advert",
        "advertisement",
        "gg",
        "guanggao",
        "banner",
        "login",
        "search",
        "pager",
        "pagination",
        "prev",
        "next",
        "qrcode",
        "ewm",
        "erweima",
        "tags",
        "keywords",
        "statement",
        "disclaimer",
        "shengming",
        "subscribe",
        "header",
    ]
)
CRUMB_TOKENS = frozenset(
    {"breadcrumb", "breadcrumbs", "crumb", "crumbs", "position", "location", "dqwz"}
)
SOURCE_TOKENS = frozenset({"source", "laiyuan", "ly"})
RELATED_TOKENS = frozenset({"related", "relate", "relative", "xgxw", "xgyd", "xgwz", "xglj"})
_TOKEN_SPLIT = re.compile(r"[^a-z]+")
_CAMEL = re.compile(r"([a-z])([A-Z])")


def tokens(element: etree._Element) -> frozenset[str]:
    """The words of an element's class and id (``newsContent`` gives news, content)."""
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    return _names(names) if names != " " else NONE


NONE: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=4096)
def _names(names: str) -> frozenset[str]:
    return frozenset(_TOKEN_SPLIT.split(_CAMEL.sub(r"\1 \2", names).lower()))


NOISE, CRUMB, RELATED, SOURCE, TITLED, CLASSED = 1, 2, 4, 8, 16, 32


@functools.lru_cache(maxsize=4096)
def flags(names: str) -> int:
    """What an element's class and id say it is, as bits: noise, breadcrumbs, related,
    source; a title (class or id holding title, headline, biaoti) or, more loosely, one
    holding tit or bt."""
    words = _names(names)
    titled = "title" in names or "Title" in names or "headline" in names or "biaoti" in names
    classed = titled or "tit" in names or "Tit" in names or "bt" in names
    return (
        (NOISE if words & NOISE_TOKENS else 0)
        | (CRUMB if words & CRUMB_TOKENS else 0)
        | (RELATED if words & RELATED_TOKENS else 0)
        | (SOURCE if words & SOURCE_TOKENS else 0)
        | (TITLED if titled else 0)
        | (CLASSED if classed else 0)
    )

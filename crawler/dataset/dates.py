"""``published_at`` in one format and ``published_date`` beside it, for articles of any feed.

Feeds written before the format was fixed hold ``2020-02-04`` for a page that shows a
day only, and no ``published_date``; both are normalised as the crawl writes them now
(:func:`crawler.timestamps.published`): ``2020-02-04T00:00:00+08:00`` and the calendar
day in Asia/Shanghai.
"""

from __future__ import annotations

from typing import Any

from crawler.timestamps import published


def normalise_published(article: dict[str, Any]) -> bool:
    """Set the article's ``published_at`` and ``published_date`` in place; False when its
    ``published_at`` is no date (both are then left as they are)."""
    value = article.get("published_at")
    published_at, published_date = published(value) if isinstance(value, str) else (None, None)
    if published_at is None:
        if value:
            return False
        article.setdefault("published_date", None)
        return True
    if "published_date" in article:
        article["published_at"], article["published_date"] = published_at, published_date
        return True
    # An older feed: the day goes right after published_at, where the crawl writes it now.
    items = list(article.items())
    article.clear()
    for key, kept in items:
        article[key] = published_at if key == "published_at" else kept
        if key == "published_at":
            article["published_date"] = published_date
    return True

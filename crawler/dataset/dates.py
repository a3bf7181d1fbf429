"""``published_at`` in one format and ``published_date`` beside it, for articles of any feed.

Feeds written before the format was fixed hold ``2020-02-04`` for a page that shows a
day only, and no ``published_date``; both are normalised to what the crawl writes now:
``2020-02-04T00:00:00+08:00`` and the calendar day in Asia/Shanghai.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import Any

#: Asia/Shanghai has kept UTC+8 without daylight saving since 1991.
SHANGHAI = timezone(timedelta(hours=8))
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def shanghai_published(value: Any) -> tuple[str | None, str | None]:
    """(published_at as ``YYYY-MM-DDTHH:MM:SS+08:00``, published_date) of a feed's value.

    Raises ValueError for a value that is no date.
    """
    if value is None or value == "":
        return None, None
    if not isinstance(value, str):
        raise ValueError(f"published_at {value!r} is not a string")
    if _DAY.fullmatch(value):
        datetime.strptime(value, "%Y-%m-%d")  # a real day, or ValueError
        return f"{value}T00:00:00+08:00", value
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:  # a time as the site shows it
        moment = moment.replace(tzinfo=SHANGHAI)
    moment = moment.astimezone(SHANGHAI).replace(microsecond=0)
    return moment.isoformat(), moment.date().isoformat()


def normalise_published(article: dict[str, Any]) -> bool:
    """Set the article's ``published_at`` and ``published_date`` in place; False when its
    ``published_at`` is no date (both are then left as they are)."""
    try:
        published_at, published_date = shanghai_published(article.get("published_at"))
    except ValueError:
        return False
    if published_at is None:
        article.setdefault("published_date", None)
        return True
    if "published_date" in article:
        article["published_at"], article["published_date"] = published_at, published_date
        return True
    # An older feed: the day goes right after published_at, where the crawl writes it now.
    items = list(article.items())
    article.clear()
    for key, value in items:
        article[key] = published_at if key == "published_at" else value
        if key == "published_at":
            article["published_date"] = published_date
    return True

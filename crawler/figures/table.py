"""The figures table: one row per figure, with the article fields an analyst filters on."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, fields
from typing import Any

from itemadapter import ItemAdapter

from crawler.items import Figure

from .extract import extract_figures

ARTICLE_FIELDS = ("url", "title", "published_at", "place", "channel")
FIGURE_FIELDS = tuple(f.name for f in fields(Figure))
COLUMNS = ARTICLE_FIELDS + FIGURE_FIELDS


def figure_rows(article: Any) -> Iterator[dict[str, Any]]:
    """The table rows of one article (an Article, a dict or any item).

    The article's ``numbers`` are used when present; an article without them
    gets its figures from its ``body``.
    """
    adapter = ItemAdapter(article)
    head = {name: adapter.get(name) for name in ARTICLE_FIELDS}
    numbers = adapter.get("numbers")
    if numbers is None:
        found = extract_figures(adapter.get("body") or "", adapter.get("published_at") or None)
        numbers = [asdict(figure) for figure in found]
    for number in numbers:
        record = asdict(number) if isinstance(number, Figure) else number
        yield head | {name: record.get(name) for name in FIGURE_FIELDS}

"""The figures table: one row per figure, with the article fields an analyst filters on.

The figure's ``region`` (``{"name", "code"}`` or null) is flattened into the columns
``region_name`` and ``region_code`` so that the table stays flat (CSV, Excel, SQL).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, fields
from typing import Any

from itemadapter import ItemAdapter

from crawler.items import Figure

from .extract import extract_figures

ARTICLE_FIELDS = ("url", "title", "published_at", "published_date", "place", "channel")
_RECORD_FIELDS = tuple(f.name for f in fields(Figure))
FIGURE_FIELDS = tuple(
    column
    for name in _RECORD_FIELDS
    for column in (("region_name", "region_code") if name == "region" else (name,))
)
COLUMNS = ARTICLE_FIELDS + FIGURE_FIELDS
_BEFORE_REGION = _RECORD_FIELDS[: _RECORD_FIELDS.index("region")]
_AFTER_REGION = _RECORD_FIELDS[_RECORD_FIELDS.index("region") + 1 :]


def figure_values(article: Any) -> Iterator[list[Any]]:
    """The table rows of one article (an Article, a dict or any item), as lists in ``COLUMNS`` order.

    The article's ``numbers`` are used when present; an article without them
    gets its figures from its ``body``.
    """
    adapter = ItemAdapter(article)
    head = [adapter.get(name) for name in ARTICLE_FIELDS]
    numbers = adapter.get("numbers")
    if numbers is None:
        found = extract_figures(adapter.get("body") or "", adapter.get("published_at") or None)
        numbers = [asdict(figure) for figure in found]
    for number in numbers:
        record = asdict(number) if isinstance(number, Figure) else number
        get = record.get
        region = get("region") or {}
        yield [
            *head,
            *map(get, _BEFORE_REGION),
            region.get("name"),
            region.get("code"),
            *map(get, _AFTER_REGION),
        ]


def figure_rows(article: Any) -> Iterator[dict[str, Any]]:
    """The table rows of one article as dicts keyed by ``COLUMNS``."""
    for values in figure_values(article):
        yield dict(zip(COLUMNS, values, strict=True))

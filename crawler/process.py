"""The text stages an extracted Article goes through, in the order the pipelines run them.

The crawl runs each stage in its own item pipeline; ``python -m crawler extract`` and
Python users run them all with :func:`finish_article`.
"""

from __future__ import annotations

from typing import Any

from crawler.extract.clean import clean_article
from crawler.figures import extract_figures
from crawler.items import Article


def figure_records(body: str, published_at: str | None) -> list[dict[str, Any]]:
    """The ``numbers`` of a clean body, as plain records."""
    return [dict(vars(f)) for f in extract_figures(body, published_at or None)]  # flat dataclass


def add_figures(article: Article) -> Article:
    """The article with ``numbers`` filled from its clean body."""
    article.numbers = figure_records(article.body, article.published_at)
    return article


def finish_article(article: Article) -> Article:
    return add_figures(clean_article(article))

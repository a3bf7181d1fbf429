"""The text stages an extracted Article goes through, in the order the pipelines run them.

The crawl runs each stage in its own item pipeline; ``python -m crawler extract`` and
Python users run them all with :func:`finish_article`.
"""

from __future__ import annotations

from crawler.extract.clean import clean_article
from crawler.figures import extract_figures
from crawler.items import Article


def add_figures(article: Article) -> Article:
    """The article with ``numbers`` filled from its clean body."""
    figures = extract_figures(article.body, article.published_at or None)
    article.numbers = [dict(vars(f)) for f in figures]  # Figure is a flat dataclass
    return article


def finish_article(article: Article) -> Article:
    return add_figures(clean_article(article))

"""Scrapy crawler that turns Chinese regional news into clean articles and reported figures.

The library entry point is :func:`extract_article` (page bytes and URL to a finished
Article, no Scrapy needed); the crawl is ``scrapy crawl hnr`` (or ``news``).
"""

from crawler.article import NotAnArticle, extract_article

__all__ = ["NotAnArticle", "extract_article"]

"""Scrapy crawler that turns Chinese regional news into clean articles and reported figures.

The library entry point is :func:`extract_article` (page bytes and URL to a finished
Article, no Scrapy needed); the crawl is ``scrapy crawl hnr`` (or ``news``).
"""

from importlib.metadata import PackageNotFoundError, distributions, version

from crawler.article import NotAnArticle, extract_article

__all__ = ["NotAnArticle", "__version__", "extract_article"]


def _installed_version() -> str:
    try:
        return version("hnr-crawler")
    except PackageNotFoundError:
        # scrapyd's egg is stored as <upload version>.egg, a name the lookup by name misses.
        for dist in distributions():
            if dist.metadata["Name"] == "hnr-crawler":
                return dist.version
    return "0+unknown"  # a source checkout that was never installed


__version__ = _installed_version()

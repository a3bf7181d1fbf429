"""The one text job: a page's bytes (or text) and URL to a finished Article.

Stages, in order: decode and extract (the site profile's template, else the generic
extractor), clean, quality check, publication date, the dateline place as a division,
figures. The crawl's text workers,
``python -m crawler extract``, the tests and library users all call :func:`extract_article`;
it never needs Scrapy to be running::

    from crawler import extract_article
    article = extract_article(html_bytes, "http://luohe.hnr.cn/202002/04/3216.html")

A page that is no article raises :class:`NotAnArticle` with a typed ``reason`` (``no_body``,
``encoding`` …; ``extraction_failed`` when the extractor itself broke). A later stage that
fails costs that stage's output, never the article: when the figures stage raises or runs
past ``figures_budget`` seconds, the article comes back with ``numbers`` empty and
``"figures"`` in ``failed_stages``.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from crawler.extract import NotAnArticle, extract_page
from crawler.extract.clean import clean_article
from crawler.extract.quality import mojibake
from crawler.figures import extract_figures
from crawler.items import Article
from crawler.regions import place_region
from crawler.sites import SiteProfile, load_profile
from crawler.timestamps import published

logger = logging.getLogger(__name__)

__all__ = ["NotAnArticle", "StageTimeout", "extract_article"]


class StageTimeout(Exception):
    """A text stage ran past its time budget."""


def extract_article(
    page: bytes | str,
    url: str,
    profile: SiteProfile | None = None,
    *,
    content_type: str | None = None,
    figures_budget: float | None = None,
) -> Article:
    """The finished Article of a page (see the module's doc); NotAnArticle when there is none."""
    try:
        article = extract_page(page, url, content_type, profile)
        profile = profile or _profile_named(article.site)
        article = clean_article(article, profile)
    except NotAnArticle:
        raise
    except Exception as exc:  # a bug of the extractor on this page: the URL stays retryable
        logger.warning("extraction failed on %s", url, exc_info=True)
        raise NotAnArticle("extraction_failed", f"{type(exc).__name__}: {exc}") from None
    if not article.body:
        raise NotAnArticle("empty_body", "nothing left after cleaning")
    if reason := mojibake(article.title + "\n" + article.body):
        raise NotAnArticle("encoding", reason)
    timezone = profile.timezone if profile else "+08:00"
    article.published_at, article.published_date = published(article.published_at, timezone)
    try:
        article.place_region = place_region(article.place, article.title, article.body)
    except Exception as exc:  # a bug: the article goes on without its place's division
        logger.warning("region failed on %s: %s: %s", url, type(exc).__name__, exc)
        article.failed_stages.append("region")
    try:
        with time_budget(figures_budget):
            figures = extract_figures(
                article.body, article.published_at, title=article.title, place=article.place
            )
        article.numbers = [figure.record() for figure in figures]
    except Exception as exc:  # StageTimeout or a bug: the article goes on without figures
        logger.warning("figures failed on %s: %s: %s", url, type(exc).__name__, exc)
        article.numbers = []
        article.failed_stages.append("figures")
    return article


def _profile_named(name: str) -> SiteProfile | None:
    try:
        return load_profile(name)
    except KeyError:
        return None


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise StageTimeout in the block after ``seconds`` (main thread only; else no limit)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise StageTimeout(f"over {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)

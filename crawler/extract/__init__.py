"""Extraction: page bytes to an Article, through the site's profile or the generic extractor.

Plain functions, no Scrapy engine: the spider, ``python -m crawler extract``, tests and
benchmarks all call :func:`extract_article`.
"""

from __future__ import annotations

from crawler.extract.decode import decode_html
from crawler.extract.generic import extract_generic
from crawler.extract.html import make_selector
from crawler.extract.page import NotAnArticle
from crawler.extract.template import extract_with_profile
from crawler.items import Article
from crawler.sites import SiteProfile, load_profile, profile_for_url

__all__ = ["NotAnArticle", "extract_article", "extract_page"]


def extract_article(
    data: bytes, url: str, content_type: str | None = None, profile: SiteProfile | None = None
) -> Article:
    """The Article of a page: body as raw paragraphs, one per line, not yet cleaned.

    Uses ``profile`` (else the profile matching the URL) when one of its templates
    applies, else the generic extractor. Raises NotAnArticle with a reason otherwise.
    """
    text, _encoding = decode_html(data, content_type)
    sel = make_selector(text, url)
    profile = profile or profile_for_url(url)
    if profile is not None and (article := extract_with_profile(sel, url, profile)) is not None:
        return article
    return extract_generic(sel, url, profile)


def extract_page(
    data: bytes, url: str, content_type: str | None, profile_name: str | None
) -> Article:
    """:func:`extract_article` with the profile named, for calls into worker processes."""
    return extract_article(
        data, url, content_type, load_profile(profile_name) if profile_name else None
    )

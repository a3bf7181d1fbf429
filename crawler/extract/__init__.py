"""Extraction: page bytes to an Article's raw fields, through the site's profile or the
generic extractor.

Plain functions, no Scrapy engine. :func:`extract_page` gives the fields as the page shows
them (the body as raw paragraphs); :func:`crawler.article.extract_article` runs it and the
stages after it (cleaning, quality, dates, figures).
"""

from __future__ import annotations

from crawler.extract.decode import decode_html
from crawler.extract.generic import extract_generic
from crawler.extract.html import make_selector
from crawler.extract.page import NotAnArticle
from crawler.extract.template import extract_with_profile
from crawler.items import Article
from crawler.sites import SiteProfile, profile_for_url

__all__ = ["NotAnArticle", "extract_page"]


def extract_page(
    page: bytes | str,
    url: str,
    content_type: str | None = None,
    profile: SiteProfile | None = None,
) -> Article:
    """The Article of a page: body as raw paragraphs, one per line, not yet cleaned.

    Uses ``profile`` (else the profile matching the URL) when one of its templates
    applies, else the generic extractor. Raises NotAnArticle with a reason otherwise.
    """
    text = page if isinstance(page, str) else decode_html(page, content_type)[0]
    sel = make_selector(text, url)
    profile = profile or profile_for_url(url)
    if profile is not None and (article := extract_with_profile(sel, url, profile)) is not None:
        return article
    return extract_generic(sel, url, profile)

"""Extraction of pages no profile template matches."""

from __future__ import annotations

from parsel import Selector

from crawler.extract.page import NotAnArticle
from crawler.items import Article
from crawler.sites import SiteProfile


def extract_generic(sel: Selector, url: str, profile: SiteProfile | None = None) -> Article:
    raise NotAnArticle(
        "no_template", "no profile template matches and the generic extractor is not built yet"
    )

"""Page-level facts every extractor needs: the canonical URL, the ``<title>``, failure reasons."""

from __future__ import annotations

from urllib.parse import urlsplit

from parsel import Selector

from crawler.extract.html import squash
from crawler.sites import SiteProfile
from crawler.urls import canonical_url


class NotAnArticle(Exception):
    """A page that yields no article; ``reason`` is a short stats key such as ``no_body``."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail

    def __reduce__(
        self,
    ) -> tuple[type, tuple[str, str]]:  # keeps reason and detail across processes
        return type(self), (self.reason, self.detail)


def page_url(sel: Selector, url: str, profile: SiteProfile | None = None) -> str:
    """The page's ``rel=canonical`` URL when it stays on the same site, else its own URL, canonical."""
    canonical = profile.canonical if profile else canonical_url
    own = canonical(url)
    href = sel.css("link[rel=canonical]::attr(href)").get()
    if not href:
        return own
    target = canonical(href, url)
    same_site = (
        profile.owns(target) if profile else urlsplit(target).hostname == urlsplit(own).hostname
    )
    return target if same_site else own


def page_title(sel: Selector, suffixes: tuple[str, ...] = ()) -> str:
    """``og:title`` or ``<title>`` with a known site-name suffix cut off."""
    title = squash(
        sel.css("meta[property='og:title']::attr(content)").get()
        or sel.css("title::text").get()
        or ""
    )
    for suffix in suffixes:
        if suffix in title:
            title = title[: title.index(suffix)]
    return title.strip()

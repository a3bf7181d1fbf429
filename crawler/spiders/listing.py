"""Reading a channel listing page: its article links with their dates, and its next page."""

from __future__ import annotations

from collections.abc import Iterator

from parsel import Selector

from crawler.extract.dates import date_from_url_groups, find_date
from crawler.extract.html import select, text_of
from crawler.sites import SiteProfile
from crawler.urls import canonical_url


def listed_links(
    sel: Selector, base_url: str, profile: SiteProfile
) -> Iterator[tuple[str, Selector]]:
    """Canonical URLs of the links of a listing, with their ``<a>``.

    Links are read inside the profile's listing items when the page has them, so side
    blocks (热点推荐, 今日热点) are left alone; else anywhere on the page.
    """
    items = next(
        (found for q in profile.listing.get("items", ()) if (found := select(sel, q))), None
    )
    for item in items or [sel]:
        for link in item.css("a[href]"):
            yield canonical_url(link.attrib["href"], base_url, profile.tracking_params), link


def shown_date(link: Selector, queries: tuple[str, ...]) -> str | None:
    """The date shown in the list item around a link."""
    for item in link.xpath("ancestor::*[self::li or self::tr or self::dd][1]"):
        for query in queries:
            for element in select(item, query):
                if found := find_date(text_of(element)):
                    return found
    return None


def url_date(url: str, profile: SiteProfile) -> str | None:
    """The date an article URL carries (``/202002/04/``, ``t20170512_``), if any."""
    for pattern in profile.article_urls.values():
        if m := pattern.match(url):
            return date_from_url_groups(m.groupdict())
    return None


def next_page_link(sel: Selector, base_url: str, profile: SiteProfile) -> str | None:
    """The pager's 下一页 link (canonical), or None."""
    labels = profile.listing.get("next_text", ("下一页",))
    for link in sel.css("a[href]"):
        href = link.attrib["href"].strip()
        if href and not href.startswith(("javascript:", "#")) and text_of(link) in labels:
            return canonical_url(href, base_url, profile.tracking_params)
    return None

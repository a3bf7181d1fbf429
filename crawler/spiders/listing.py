"""Reading a channel listing page: its article links with their dates, and its next page."""

from __future__ import annotations

from collections.abc import Iterator

from parsel import Selector

from crawler.extract.dates import date_from_url_groups, find_date
from crawler.extract.html import select, text_of
from crawler.sites import SiteProfile


def listed_links(
    sel: Selector, base_url: str, profile: SiteProfile
) -> Iterator[tuple[str, Selector]]:
    """Canonical URLs of the links of a listing, with their ``<a>``.

    Links are read inside the profile's listing items when the page has them, so side
    blocks (热点推荐, 今日热点) are left alone; else anywhere on the page.
    """
    items = next((found for q in profile.listing.items if (found := select(sel, q))), None)
    for item in items or [sel]:
        for link in item.css("a[href]"):
            yield profile.canonical(link.attrib["href"], base_url), link


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
        if m := pattern.match(url.split("?", 1)[0]):
            return date_from_url_groups(m.groupdict())
    return None


def next_page_link(sel: Selector, base_url: str, profile: SiteProfile, page: int) -> str | None:
    """The pager's 下一页 link (canonical); else a link to page ``page + 1`` of the same channel
    in the profile's listing URL shapes (``<root>3.html``, ``<root>index_3.html``)."""
    labels = profile.listing.next_text
    links = [
        (profile.canonical(a.attrib["href"], base_url), _label(text_of(a)))
        for a in sel.css("a[href]")
    ]
    links = [(url, label) for url, label in links if url.startswith(("http://", "https://"))]
    for url, label in links:
        if label in labels:
            return url
    root = channel_root(base_url, profile)
    wanted = {f"{root}{page + 1}.html", f"{root}index_{page + 1}.html", f"{root}{page + 1}.shtml"}
    return next((url for url, _ in links if url in wanted), None)


def channel_root(url: str, profile: SiteProfile) -> str:
    """The channel root of a listing URL: ``http://news.hnr.cn/xwrd/`` of ``…/xwrd/index_2.html``."""
    for name in ("page", "index"):
        pattern = profile.listing_urls.get(name)
        if pattern is not None and (m := pattern.match(url)) and "root" in m.groupdict():
            return m["root"]
    return url if url.endswith("/") else url.rsplit("/", 1)[0] + "/"


def _label(text: str) -> str:
    """A pager link's text without arrows and brackets: ``下一页>`` and ``[下一页]`` read ``下一页``."""
    return text.strip(" <>«»‹›→←[]【】()（）|")

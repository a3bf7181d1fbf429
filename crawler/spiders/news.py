"""Any news site: listings, pagination and related reading, links classified by shape.

``scrapy crawl news -a start_urls=https://www.example.cn/news/`` crawls the start hosts
only. A link is an article when its path carries a date (``/2024/0305/``,
``/2024-03/05/``, ``t20240305_``) or a long id (``/1789012.html``); a page that gives no
article but links to many articles is read as a listing. Articles come from the site's
profile when one matches, else from the generic extractor.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import urlsplit

from scrapy.http import Response

from crawler.extract.dates import url_date
from crawler.extract.generic import LISTING_LINKS
from crawler.sites import ListingRules, SiteProfile, profile_for_url
from crawler.spiders.arguments import NewsArguments
from crawler.spiders.base import LISTING, BaseNewsSpider
from crawler.vocabulary import NEXT_PAGE

_DATED_PATH = re.compile(
    r"(?<!\d)20\d{2}[-/_]?(?:0[1-9]|1[0-2])[-/_]?(?:0[1-9]|[12]\d|3[01])(?!\d)"
)
_LONG_ID = re.compile(
    r"(?:^|[/_-])(?:[a-z]{0,6}[_-]?)?\d{6,}(?:[_-]\d+)?(?:\.s?html?|\.jhtml|\.shtml)?$", re.I
)
_NOT_ARTICLE = re.compile(
    r"(?:^|/)(?:index|list|default)(?:_\d+)?\.\w+$|\.(?:jpe?g|png|gif|pdf|docx?|xlsx?|zip|rar|mp4|css|js)$",
    re.I,
)
_QUERY_ID = re.compile(r"(?:^|&)(?:id|aid|articleid|contentid|newsid|docid)=\d{3,}", re.I)
# Pager links of any site: the words, and the arrows some pagers show alone.
NEXT_TEXT = (*NEXT_PAGE, ">", "›", "»")
# A page with no article is a listing when it links to LISTING_LINKS articles or more.


class NewsSpider(BaseNewsSpider):
    """Site-agnostic crawl of the hosts of ``start_urls``."""

    name = "news"

    arguments = NewsArguments

    def load_site_profile(self) -> SiteProfile:
        """A profile of the start hosts: which hosts to crawl and how pagers read."""
        hosts = tuple(dict.fromkeys(host_of(url) for url in self.args.start_urls))
        return SiteProfile(
            name="news",
            domains=hosts,
            listing=ListingRules(next_text=NEXT_TEXT),
            tracking_params=frozenset(
                {"from", "spm", "utm_source", "utm_medium", "utm_campaign", "share"}
            ),
        )

    def is_article_url(self, url: str) -> bool:
        return is_article_url(url)

    def url_date(self, url: str) -> str | None:
        return url_date(url)

    async def parse_article(self, response: Response) -> AsyncIterator[Any]:
        """An article; a page not shaped like one that links to many articles is a listing."""
        if not is_article_url(response.url) and self.looks_like_listing(response):
            meta = {**response.meta, "role": LISTING, "channel": response.url, "page": 1}
            for request in self.parse_listing(
                response.replace(request=response.request.replace(meta=meta))
            ):
                yield request
            return
        async for found in super().parse_article(response):
            yield found

    def extraction_profile(self, url: str) -> SiteProfile | None:
        return profile_for_url(url)

    def looks_like_listing(self, response: Response) -> bool:
        links = {response.urljoin(h) for h in response.css("a::attr(href)").getall()}
        return sum(1 for u in links if self.profile.owns(u) and is_article_url(u)) >= LISTING_LINKS


def host_of(url: str) -> str:
    return (urlsplit(url.strip()).hostname or "").lower().removeprefix("www.")


def is_article_url(url: str) -> bool:
    """True for URLs shaped like an article's: a date or a long id in the path or query."""
    parts = urlsplit(url)
    path = parts.path
    if path.endswith("/") or _NOT_ARTICLE.search(path):
        return False
    stem = path.rsplit("/", 1)[-1].split(".")[0]
    mixed_id = len(stem) >= 12 and sum(c.isdigit() for c in stem) >= 4
    return bool(
        _DATED_PATH.search(path)
        or _LONG_ID.search(path)
        or mixed_id
        or _QUERY_ID.search(parts.query)
    )

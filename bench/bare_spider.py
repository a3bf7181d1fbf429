"""The baseline of the crawl benchmark: the hnr spider's requests, with no extraction at all.

It follows exactly the links the real spider follows (listings, pagination, related
reading) using the same request bookkeeping, but reads article pages only for their
related links and yields no items.
"""

from __future__ import annotations

from collections.abc import Iterator

import scrapy
from scrapy.http import Response

from crawler.extract.html import first
from crawler.spiders.hnr import HnrSpider


class BareSpider(HnrSpider):
    name = "bare"
    profile_name = "hnr"
    custom_settings = {
        "ITEM_PIPELINES": {},
        "FEEDS": {},
        "DEFAULT_FEED_URI": None,
        "STATE_URI": None,
    }

    def parse_article(self, response: Response) -> Iterator[scrapy.Request]:
        block = first(response.selector, self.profile.article.related)
        hrefs = block.css("a::attr(href)").getall() if block is not None else []
        links = [url for url in map(response.urljoin, hrefs) if self.is_article_url(url)]
        yield from self.follow_related(response.url, links, response.meta.get("related_depth", 0))

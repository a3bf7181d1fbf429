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
from crawler.spiders.base import RELATED
from crawler.spiders.hnr import HnrSpider


class BareSpider(HnrSpider):
    name = "bare"
    profile_name = "hnr"
    custom_settings = {"ITEM_PIPELINES": {}, "FEEDS": {}, "DEFAULT_FEED_URI": None}

    def parse_article(self, response: Response) -> Iterator[scrapy.Request]:
        depth = response.meta.get("related_depth", 0)
        if depth >= self.related_depth:
            return
        block = first(response.selector, self.profile.article.get("related", ()))
        for href in block.css("a::attr(href)").getall() if block is not None else ():
            url = response.urljoin(href)
            if self.is_article_url(url) and (
                request := self.follow_url(
                    url, RELATED, {"related_depth": depth + 1, "found_via": None}
                )
            ):
                yield request

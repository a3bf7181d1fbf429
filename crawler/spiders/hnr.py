"""映象网 (hnr.cn): channel listings, their pagination and related reading.

Everything site-specific is in ``crawler/sites/hnr.toml``. The callbacks here only carry
the contracts ``scrapy check hnr`` runs (through the bundled mirror as the HTTP proxy).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

from scrapy import Request
from scrapy.http import Response

from crawler.spiders.base import BaseNewsSpider


class HnrSpider(BaseNewsSpider):
    name = "hnr"
    profile_name = "hnr"

    async def parse(self, response: Response) -> AsyncIterator[Any]:
        """A page by the shape of its URL.

        @url http://luohe.hnr.cn/202002/04/3216.html
        @returns items 1 1
        @scrapes title published_at body numbers
        """
        async for found in super().parse(response):
            yield found

    def parse_listing(self, response: Response) -> Iterator[Request]:
        """A channel listing: its articles and its next page.

        @url http://luohe.hnr.cn/
        @returns items 0 0
        @returns requests 1
        """
        return super().parse_listing(response)

    async def parse_article(self, response: Response) -> AsyncIterator[Any]:
        """An article page: the finished Article and its related links.

        @url http://luohe.hnr.cn/202002/04/3216.html
        @returns items 1 1
        @scrapes title published_at source place reporters editor keywords body numbers related
        """
        async for found in super().parse_article(response):
            yield found

"""Once per round, not once per worker: the duplicates pipeline with its sets in Redis."""

from __future__ import annotations

import hashlib
from typing import Any

from scrapy.crawler import Crawler

from crawler.distributed.addon import frontier_of
from crawler.items import Article
from crawler.pipelines import AlreadyExported, DuplicatesPipeline, Rejected


class SharedDuplicatesPipeline(DuplicatesPipeline):
    """Each article exported once across the workers: by canonical URL (two aliases of a page
    fetched by two workers) and by the hash of its clean body (the same text under two URLs),
    claimed in one script (:meth:`crawler.distributed.frontier.Frontier.claim`)."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.frontier = frontier_of(crawler)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, Article):
            return super().process_item(item)
        digest = hashlib.sha1(item.body.encode("utf-8")).hexdigest()
        found = self.frontier.claim(item.url, digest)
        if found == "url":
            raise AlreadyExported(item.url)
        if found == "body":
            raise Rejected("duplicate_body", item.url)
        return item

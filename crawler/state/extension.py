"""Binds the crawl state to a run: lock, reset, recovery, and recording what each fetch gave.

Enabled when ``STATE_URI`` is set (default ``sqlite:///.state/%(name)s.sqlite``). The
spider reads the store as ``spider.state`` to decide what to request; this extension is
the only writer. An article counts as exported once the feed exporter has written its
line (the feed storage writes unbuffered), never before.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from itemadapter import ItemAdapter
from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Request, Response

from crawler import signals as crawler_signals
from crawler.feeds import feed_overwrites, first_feed_path
from crawler.rejects import is_error
from crawler.state import open_state
from crawler.state.base import ALIAS, ERROR, GONE, NO_ARTICLE, REJECTED, content_hash
from crawler.state.recovery import recover_unfinished_runs

logger = logging.getLogger(__name__)
_TRUE = {"1", "true", "yes", "on"}


def now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def page_outcome(reason: str) -> str:
    """The state outcome of a page that gave no article: gone, an error to retry, or none."""
    if reason in {"http_404", "http_410"}:
        return GONE
    return ERROR if is_error(reason) else NO_ARTICLE


class StateExtension:
    def __init__(self, crawler: Crawler, uri: str) -> None:
        spider = crawler.spider
        self.crawler = crawler
        self.state = open_state(uri % {"name": spider.name})
        self.run_id: str = spider.run_id
        self.state.acquire(self.run_id)  # raises StateLocked: no overlapping runs
        if str(getattr(spider, "reset_state", "")).lower() in _TRUE:
            self.state.reset()
            logger.info("state %s reset", uri)
        # After a killed run, listings are read to their end: the killed run may have
        # recorded the newest articles of a channel without reaching the older ones.
        feed = first_feed_path(crawler.settings, spider)
        overwritten = feed if feed is not None and feed_overwrites(crawler.settings) else None
        spider.resuming = bool(recover_unfinished_runs(self.state, now(), overwritten))
        self.state.start_run(self.run_id, str(feed) if feed else None)
        spider.state = self.state
        for handler, signal in (
            (self.response_received, signals.response_received),
            (self.item_scraped, signals.item_scraped),
            (self.item_dropped, signals.item_dropped),
            (self.page_rejected, crawler_signals.page_rejected),
            (self.spider_closed, signals.spider_closed),
        ):
            crawler.signals.connect(handler, signal=signal)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StateExtension:
        uri = crawler.settings.get("STATE_URI")
        if not uri or crawler.spider is None or not hasattr(crawler.spider, "run_id"):
            raise NotConfigured("STATE_URI is empty")
        return cls(crawler, uri)

    def response_received(self, response: Response, request: Request, spider: Spider) -> None:
        if request.meta.get("role") in {"article", "related"}:
            headers = response.headers
            etag, modified = headers.get("ETag"), headers.get("Last-Modified")
            self.state.fetched(
                response.url,
                now(),
                etag.decode("latin-1") if etag else None,
                modified.decode("latin-1") if modified else None,
            )
            for alias in request.meta.get("redirect_urls", ()):
                self.state.outcome(alias, now(), ALIAS)

    def item_scraped(self, item: Any, response: Response, spider: Spider) -> None:
        article = ItemAdapter(item)
        self.state.exported(
            article["url"],
            now(),
            content_hash(article["title"], article["body"]),
            article["revision"],
            list(article["related"]),
            response.meta.get("related_depth", 0) if response is not None else 0,
        )
        if response is not None and response.url != article["url"]:
            self.state.outcome(response.url.split("#")[0], now(), ALIAS)

    def item_dropped(
        self, item: Any, response: Response, exception: BaseException, spider: Spider
    ) -> None:
        if getattr(exception, "reason", "") != "unchanged":
            self.state.outcome(ItemAdapter(item)["url"], now(), REJECTED)

    def page_rejected(self, url: str, reason: str, detail: str) -> None:
        self.state.outcome(url, now(), page_outcome(reason))

    def spider_closed(self, spider: Spider, reason: str) -> None:
        self.state.finish_run(self.run_id, reason)
        self.state.close()

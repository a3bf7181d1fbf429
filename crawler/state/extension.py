"""The crawl state's owner for a run: lock, reset, recovery, and what each fetch gave.

Enabled when ``STATE_URI`` is set (default ``sqlite:///.state/%(name)s.sqlite``). Only this
extension holds the store; :func:`state_extension` finds it for the incremental middleware
and the revision pipeline. An article counts as exported once its line is on disk (the
feed storage writes unbuffered and fails the run when it cannot), never before.
"""

from __future__ import annotations

import logging
from typing import Any

from itemadapter import ItemAdapter
from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Request, Response

from crawler import signals as crawler_signals
from crawler.feeds import feed_health, first_feed_path
from crawler.items import Article, StoredArticle
from crawler.outcomes import Outcome, outcome_of
from crawler.state import CrawlState, open_state
from crawler.state.recovery import recover_unfinished_runs
from crawler.timestamps import utc_now

logger = logging.getLogger(__name__)


class StateExtension:
    def __init__(self, crawler: Crawler, state: CrawlState, run_id: str, reset: bool) -> None:
        self.crawler = crawler
        self.state = state
        self.run_id = run_id
        state.acquire(run_id)  # raises StateLocked: no overlapping runs
        if reset:
            state.reset()
            logger.info("crawl state reset")
        # After a killed run, listings are read to their end: the killed run may have
        # recorded the newest articles of a channel without reaching the older ones.
        self.resuming = bool(recover_unfinished_runs(state, utc_now()))
        feed = first_feed_path(crawler.settings, crawler.spider)
        state.start_run(run_id, str(feed) if feed else None)
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
        spider = crawler.spider
        run_id = getattr(spider, "run_id", None)
        if not uri or spider is None or run_id is None:
            raise NotConfigured("STATE_URI is empty, or the spider is no news spider")
        args = getattr(spider, "args", None)
        return cls(
            crawler,
            open_state(uri % {"name": spider.name}),
            run_id,
            bool(getattr(args, "reset_state", False)),
        )

    def response_received(self, response: Response, request: Request, spider: Spider) -> None:
        if request.meta.get("role") in {"article", "related"}:
            headers = response.headers
            etag, modified = headers.get("ETag"), headers.get("Last-Modified")
            self.state.fetched(
                response.url,
                utc_now(),
                etag.decode("latin-1") if etag else None,
                modified.decode("latin-1") if modified else None,
            )
            for alias in request.meta.get("redirect_urls", ()):
                self.state.outcome(alias, utc_now(), Outcome.ALIAS)

    def item_scraped(self, item: Any, response: Response | None, spider: Spider) -> None:
        if isinstance(item, StoredArticle) or feed_health(self.crawler).failure is not None:
            return  # written from the state; or not on disk
        article = plain(item)
        depth = response.meta.get("related_depth", 0) if response is not None else 0
        self.state.exported(article["url"], utc_now(), article, depth)
        if response is not None and response.url.split("#")[0] != article["url"]:
            self.state.outcome(response.url.split("#")[0], utc_now(), Outcome.ALIAS)

    def item_dropped(
        self, item: Any, response: Response | None, exception: BaseException, spider: Spider
    ) -> None:
        reason = getattr(exception, "reason", None)
        if reason is None or isinstance(item, StoredArticle):
            return  # not a reject (an unchanged article)
        self._record(ItemAdapter(item)["url"], reason, response.request if response else None)

    def page_rejected(
        self, url: str, reason: str, detail: str, request: Request | None = None
    ) -> None:
        self._record(url, reason, request)

    def _record(self, url: str, reason: str, request: Request | None) -> None:
        meta = request.meta if request is not None else {}
        self.state.outcome(
            url,
            utc_now(),
            outcome_of(reason),
            role=meta.get("role"),
            depth=meta.get("related_depth", 0),
            found_via=meta.get("found_via"),
        )

    def spider_closed(self, spider: Spider, reason: str) -> None:
        self.state.finish_run(self.run_id, reason)
        self.state.close()


def plain(item: Any) -> dict[str, Any]:
    """An exported item as a dict to store: an Article's fields as they are (its figures are
    plain records already), other items through itemadapter."""
    if isinstance(item, Article):
        return dict(vars(item))
    return ItemAdapter(item).asdict()


def state_extension(crawler: Crawler) -> StateExtension | None:
    """The crawl's state extension, when the crawl keeps a state."""
    manager = getattr(crawler, "extensions", None)
    for extension in getattr(manager, "middlewares", ()):
        if isinstance(extension, StateExtension):
            return extension
    return None

"""What a run with a crawl state requests again: the spider middleware of scheduled crawls.

It sits where scrapy-deltafetch does and decides from the state (owned by
:class:`crawler.state.extension.StateExtension`) what becomes of the spider's requests:

- an article never seen, or whose last fetch failed, is requested;
- an article exported within ``RECHECK_DAYS`` is requested conditionally (``If-None-Match``,
  ``If-Modified-Since``); a ``304`` means unchanged;
- an article exported before is not requested: its related links are followed from the
  state, and a snapshot feed (``-O``) gets the article as it was exported;
- a page that gave no article for good (404, no text, an alias) is not requested until
  ``FINAL_RECHECK_DAYS`` have passed;
- a channel's next listing page is not requested when the page before listed only articles
  an earlier run had the final word on (unless the feed is a snapshot, or the run before
  was killed);
- at the start, URLs whose fetch failed in an earlier run are requested again, with the role
  and depth they had, even when no listing this run reads links to them.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response

from crawler.feeds import is_snapshot
from crawler.items import StoredArticle
from crawler.state.base import UrlRecord
from crawler.state.extension import state_extension
from crawler.state.policy import Decision, RevisitPolicy

ARTICLE_ROLES = frozenset({"article", "related"})


class IncrementalMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        extension = state_extension(crawler)
        if extension is None:
            raise NotConfigured("no crawl state")
        self.crawler = crawler
        self.extension = extension
        self.state = extension.state
        self.snapshot = is_snapshot(crawler.settings)
        settings = crawler.settings
        # A distributed crawl's workers take the round's start (crawler.distributed), so that
        # all of them see the same URLs as known from earlier runs.
        started = settings.get("CRAWL_STARTED")
        self.policy = RevisitPolicy.for_run(
            self.state,
            datetime.fromisoformat(started)
            if started
            else datetime.now(UTC).replace(microsecond=0),
            settings.getfloat("RECHECK_DAYS"),
            settings.getfloat("FINAL_RECHECK_DAYS"),
        )

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IncrementalMiddleware:
        return cls(crawler)

    def count(self, key: str) -> None:
        self.crawler.stats.inc_value(f"state/{key}")

    # -- the start: the spider's start requests, then rechecks and retries -----------------

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        async for found in start:
            yield found
        spider = self.crawler.spider
        for record, key in (
            *((r, "rechecked") for r in self.policy.due_for_recheck()),
            *((r, "retried") for r in self.policy.due_for_retry()),
        ):
            meta = {
                "related_depth": record.depth,
                "found_via": record.found_via or {"article": record.url},
            }
            for request in spider.follow(record.url, record.role or "article", meta):
                self.count(key)
                for decided in self.decide(request):
                    yield decided

    # -- what a callback asks for ---------------------------------------------------------

    def process_spider_output(self, response: Response, result: Iterable[Any]) -> Iterator[Any]:
        yield from self.unchanged(response)
        for found in result:
            yield from self.decide(found)

    async def process_spider_output_async(
        self, response: Response, result: AsyncIterator[Any]
    ) -> AsyncIterator[Any]:
        for found in self.unchanged(response):
            yield found
        async for found in result:
            for decided in self.decide(found):
                yield decided

    def unchanged(self, response: Response) -> Iterator[Any]:
        """A 304 to a conditional request: the article as exported, and its related links."""
        if response.status != 304 or response.meta.get("role") not in ARTICLE_ROLES:
            return
        self.count("unchanged")
        record = self.state.get(response.url)
        if record is not None:
            yield from self.known(record, response.meta.get("related_depth", 0))

    def decide(self, found: Any) -> Iterator[Any]:
        if not isinstance(found, Request):
            yield found
            return
        role = found.meta.get("role")
        if role == "listing":
            if self.stops_pagination(found.meta.get("listed")):
                self.count("listings_not_followed")
                return
            yield found
            return
        if role not in ARTICLE_ROLES:
            yield found
            return
        decision, record = self.policy.decide(found.url, need_item=self.snapshot)
        if decision is Decision.FETCH:
            yield found
        elif decision is Decision.RECHECK and record is not None:
            yield conditional(found, record)
        elif record is not None:
            self.count("known")
            if record.exported:
                depth = found.meta.get("related_depth", 0)
                yield from self.known(record, depth)

    def known(self, record: UrlRecord, depth: int) -> Iterator[Any]:
        """An exported article not fetched again: into a snapshot feed as it was exported,
        and its related links followed as if its page had been read."""
        if self.snapshot and (item := self.state.exported_item(record.url)) is not None:
            yield StoredArticle(item)
        for request in self.crawler.spider.follow_related(record.url, record.related, depth):
            yield from self.decide(request)

    def stops_pagination(self, listed: list[str] | None) -> bool:
        """A next-page request after a listing page that listed only articles an earlier run
        had the final word on: the rest of the channel was crawled before."""
        if not listed or self.snapshot or self.extension.resuming:
            return False
        return all(self.policy.known(url) for url in listed)


def conditional(request: Request, record: UrlRecord) -> Request:
    """The request with the validators the page gave last time, ready for a 304."""
    headers = {
        name: value
        for name, value in (
            ("If-None-Match", record.etag),
            ("If-Modified-Since", record.last_modified),
        )
        if value
    }
    meta = {**request.meta, "handle_httpstatus_list": [304]}
    return request.replace(headers={**request.headers.to_unicode_dict(), **headers}, meta=meta)

"""scrapy-redis's scheduler on the reliable queue of :class:`crawler.distributed.frontier.Frontier`.

The queue (scrapy-redis's ``FifoQueue`` key and encoding) and the seen-request filter
(scrapy-redis's ``RFPDupeFilter``) are scrapy-redis's; what changes is how a request leaves
the queue: into this worker's processing hash, in one script, until the worker is done with
it. A retry or a redirect of an in-flight request replaces its entry in the same
transaction that enqueues it; a redirect the filter drops finishes it.
"""

from __future__ import annotations

from collections import deque
from typing import Self

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.utils.misc import load_object
from scrapy_redis.scheduler import Scheduler

from crawler.distributed.frontier import Frontier

ENTRY = "frontier_entry"  # request.meta: the in-flight entry of a request taken from the queue
LOCAL = "frontier_local"  # request.meta: taken by the idle poll, to go straight to the engine


class FrontierScheduler(Scheduler):
    frontier: Frontier
    local: deque[Request]  # taken by the idle poll, handed to the engine first

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        from crawler.distributed.addon import frontier_of

        scheduler = super().from_crawler(crawler)
        scheduler.frontier = frontier_of(crawler)
        scheduler.local = deque()
        return scheduler

    def open(self, spider: Spider) -> None:
        """scrapy-redis's own, less its flush on start (the round decides what is cleared)."""
        self.spider = spider
        self.queue = load_object(self.queue_cls)(
            server=self.server,
            spider=spider,
            key=self.queue_key % {"spider": spider.name},
            serializer=self.serializer,
        )
        if not self.df:
            self.df = load_object(self.dupefilter_cls).from_spider(spider)

    def enqueue_request(self, request: Request) -> bool:
        meta = request.meta
        if meta.pop(LOCAL, False):
            self.local.append(request)
            return True
        entry = meta.pop(ENTRY, None)
        if not request.dont_filter and self.df.request_seen(request):
            self.df.log(request, self.spider)
            if entry is not None:
                self.frontier.finish(entry)
            return False
        self.frontier.push(self.queue._encode_request(request), done=entry)
        self.count("enqueued")
        return True

    def next_request(self) -> Request | None:
        if self.local:
            return self.local.popleft()
        taken = self.frontier.take()
        if taken is None:
            return None
        entry, data = taken
        request = self.queue._decode_request(data)
        request.meta[ENTRY] = entry
        self.count("dequeued")
        return request

    def take_for_engine(self) -> Request | None:
        """A request for an idle engine, marked to come back through :meth:`enqueue_request`
        into the local line (``engine.crawl`` is the public way to wake the engine up)."""
        request = self.next_request()
        if request is not None:
            request.meta[LOCAL] = True
        return request

    def has_pending_requests(self) -> bool:
        return bool(self.local) or self.frontier.queued() > 0

    def __len__(self) -> int:
        return len(self.local) + self.frontier.queued()

    def close(self, reason: str) -> None:
        """The queue and the filter belong to the round, not to this worker: kept."""

    def count(self, what: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(f"scheduler/{what}/redis")

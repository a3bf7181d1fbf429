"""A worker's part in the round: seeding, finishing requests, taking over dead workers, leaving.

- :class:`FrontierMiddleware` (spider middleware, outermost): only the worker that started
  the round lets the start requests through (the spider's, then the incremental
  middleware's rechecks and retries), and says when they are all enqueued; for the others
  ``start()`` gives nothing. It also follows each response's output to its end.
- :class:`Worker` (extension) finishes a request's in-flight entry once its response is
  done with: every request it led to enqueued, every item through the pipelines and
  written to the feed (or dropped). Every ``POLL`` seconds it puts back the requests of
  workers whose heartbeat lapsed (after their feed's lines are recorded in the state, when
  the feed is readable here), wakes its engine when the shared queue has work and the
  engine has room, and closes the spider once the whole frontier (queue, every worker's
  in-flight requests, the seeding) has been empty for ``MAX_IDLE_TIME_BEFORE_CLOSE``.
- :class:`FailedRequests` (downloader middleware, outermost) finishes a request whose
  download failed for good, just before its errback records the failure.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator
from typing import Any

import redis
from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Response
from scrapy.utils.defer import deferred_from_coro
from twisted.internet import task

from crawler.distributed.addon import frontier_of
from crawler.distributed.scheduler import ENTRY
from crawler.state.extension import state_extension
from crawler.state.recovery import recover_unfinished_runs
from crawler.timestamps import utc_now

logger = logging.getLogger(__name__)
POLL = 0.25  # seconds between two looks at the shared frontier


class Worker:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.frontier = frontier_of(crawler)
        self.max_idle = crawler.settings.getfloat("MAX_IDLE_TIME_BEFORE_CLOSE")
        self.outputs: dict[str, int] = {}  # entry -> output and items not yet done
        self.items: dict[int, str] = {}  # id(item) -> entry of the response that gave it
        self.idle_since: float | None = None
        self.closing = False
        self.loop = task.LoopingCall(self.tick)
        for handler, signal in (
            (self.spider_opened, signals.spider_opened),
            (self.spider_idle, signals.spider_idle),
            (self.spider_closed, signals.spider_closed),
            (self.item_done, signals.item_scraped),
            (self.item_done, signals.item_dropped),
            (self.item_done, signals.item_error),
        ):
            crawler.signals.connect(handler, signal=signal)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Worker:
        return cls(crawler)

    # -- finishing requests ------------------------------------------------------------

    def output_started(self, entry: str) -> None:
        self.outputs[entry] = self.outputs.get(entry, 0) + 1

    def output_item(self, entry: str, item: Any) -> None:
        self.outputs[entry] += 1
        self.items[id(item)] = entry

    def output_done(self, entry: str) -> None:
        left = self.outputs.get(entry, 1) - 1
        if left > 0:
            self.outputs[entry] = left
            return
        self.outputs.pop(entry, None)
        self.frontier.finish(entry)

    def item_done(self, item: Any, **_: Any) -> None:
        """Registered after the feed exporter and the state: the item is written and recorded."""
        entry = self.items.pop(id(item), None)
        if entry is not None:
            self.output_done(entry)

    # -- the round ---------------------------------------------------------------------

    def spider_opened(self, spider: Spider) -> None:
        self.loop.start(POLL, now=False)

    def spider_idle(self, spider: Spider) -> None:
        """The frontier is shared: an idle engine waits for work until :meth:`tick` closes it."""
        if not self.closing:
            raise DontCloseSpider

    def tick(self) -> None:
        try:
            self._tick()
        except redis.RedisError as error:  # Redis gone for a moment: the next tick tries again
            logger.warning("distributed crawl: Redis error: %s", error)

    def _tick(self) -> None:
        engine = self.crawler.engine
        if self.closing or engine is None or engine.spider is None:
            return
        idle = engine.spider_is_idle()
        if idle and self.frontier.finish_all():
            self.outputs.clear()  # nothing is in progress here: whatever was left is done
            self.items.clear()
        status = self.frontier.status()
        for dead in status.dead:
            self.take_over(dead)
        if status.queued and not engine.needs_backout():
            request = engine.scheduler.take_for_engine()
            if request is not None:
                engine.crawl(request)
                idle = False
        if not (idle and status.empty):
            self.idle_since = None
            return
        now = time.monotonic()
        self.idle_since = self.idle_since or now
        if now - self.idle_since >= self.max_idle:
            self.closing = True
            logger.info(
                "distributed crawl: the frontier has been empty for %.1f s; this worker stops",
                now - self.idle_since,
            )
            deferred_from_coro(engine.close_spider_async(reason="finished"))

    def take_over(self, dead: str) -> None:
        """A worker whose heartbeat lapsed: its feed's articles recorded (when its run's own
        heartbeat in the state lapsed too and its feed is readable here), then its in-flight
        requests back in the queue."""
        extension = state_extension(self.crawler)
        state = extension.state if extension is not None else None
        alive = getattr(state, "alive", None)
        if alive is not None and alive(dead):
            return
        if state is not None:
            recover_unfinished_runs(state, utc_now())
        requeued = self.frontier.requeue(dead)
        if requeued >= 0:
            self.crawler.stats.inc_value("distributed/requeued", requeued)
            logger.warning(
                "distributed crawl: worker %s stopped; %d of its requests back in the queue",
                dead,
                requeued,
            )

    def spider_closed(self, spider: Spider, reason: str) -> None:
        self.closing = True
        if self.loop.running:
            self.loop.stop()
        try:
            last = self.frontier.leave()
        except redis.RedisError as error:
            logger.error("distributed crawl: could not leave the round: %s", error)
            return
        if last:
            logger.info(
                "distributed crawl: last worker out; round %s is over", self.frontier.round_id
            )


class FrontierMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        self.frontier = frontier_of(crawler)
        worker = crawler.get_extension(Worker)
        assert worker is not None, "the Worker extension comes with the middleware"
        self.worker = worker

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FrontierMiddleware:
        return cls(crawler)

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        if self.frontier.role != "seed":
            return
        try:
            async for found in start:
                yield found
        finally:
            self.frontier.seeded()

    async def process_spider_output(
        self, response: Response, result: AsyncIterator[Any]
    ) -> AsyncIterator[Any]:
        entry = response.meta.get(ENTRY)
        if entry is None:
            async for found in result:
                yield found
            return
        self.worker.output_started(entry)
        try:
            async for found in result:
                if not isinstance(found, Request):
                    self.worker.output_item(entry, found)
                yield found
        finally:
            self.worker.output_done(entry)


class FailedRequests:
    def __init__(self, crawler: Crawler) -> None:
        self.frontier = frontier_of(crawler)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FailedRequests:
        return cls(crawler)

    def process_exception(self, request: Request, exception: Exception) -> None:
        """No middleware turned the failure into a retry: the errback is all that is left."""
        if (entry := request.meta.get(ENTRY)) is not None:
            self.frontier.finish(entry)

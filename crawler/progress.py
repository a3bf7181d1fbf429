"""A crawl's progress in the log: pages, articles, figures, rejects and the rate, every
``PROGRESS_INTERVAL`` seconds at INFO (in place of Scrapy's LogStats line)."""

from __future__ import annotations

import logging
import time

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from twisted.internet import task

logger = logging.getLogger(__name__)


class Progress:
    def __init__(self, crawler: Crawler, interval: float) -> None:
        self.crawler = crawler
        self.interval = interval
        self.task: task.LoopingCall | None = None
        self.last: tuple[float, int] = (time.monotonic(), 0)
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Progress:
        interval = crawler.settings.getfloat("PROGRESS_INTERVAL")
        if interval <= 0:
            raise NotConfigured
        return cls(crawler, interval)

    def spider_opened(self, spider: Spider) -> None:
        self.last = (time.monotonic(), 0)
        self.task = task.LoopingCall(self.log)
        self.task.start(self.interval, now=False)

    def log(self) -> None:
        stats = self.crawler.stats.get_stats()
        pages = stats.get("response_received_count", 0)
        now = time.monotonic()
        then, before = self.last
        self.last = (now, pages)
        rejects = sum(v for k, v in stats.items() if k.startswith("rejects/"))
        logger.info(
            "progress: %d pages (%.1f/s), %d articles, %d figures, %d rejected",
            pages,
            (pages - before) / max(now - then, 1e-9),
            stats.get("item_scraped_count", 0),
            stats.get("figures/extracted", 0),
            rejects,
        )

    def spider_closed(self, spider: Spider) -> None:
        if self.task is not None and self.task.running:
            self.task.stop()

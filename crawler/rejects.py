"""The rejects log: every rejected item and every page that gave no article, with its reason.

Each is counted in the stats as ``rejects/<reason>`` and written as a JSON line to the
rejects file: ``REJECTS_URI`` when set (appended to), else beside the run's first file feed
and in its mode (``out.jsonl`` → ``out.jsonl.rejects.jsonl``, written over with ``-O``,
appended to with ``-o``). Nothing is dropped silently.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import IO, Any

from itemadapter import ItemAdapter, is_item
from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.http import Request
from scrapy.logformatter import LogFormatter

from crawler import signals as crawler_signals
from crawler.feeds import beside_feed, feed_health, is_snapshot
from crawler.timestamps import utc_now

logger = logging.getLogger(__name__)


class RejectsLog:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.file: IO[bytes] | None = None
        self.path: Path | None = None
        crawler.signals.connect(self.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(self.page_rejected, signal=crawler_signals.page_rejected)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RejectsLog:
        return cls(crawler)

    def item_dropped(
        self, item: Any, response: Any, exception: BaseException, spider: Spider
    ) -> None:
        reason = getattr(exception, "reason", None)
        if reason is None:
            return  # not a reject: an unchanged article
        fields = ItemAdapter(item) if is_item(item) else {}
        self.record("item", fields.get("url"), reason, exception.detail, title=fields.get("title"))

    def page_rejected(
        self, url: str, reason: str, detail: str, request: Request | None = None
    ) -> None:
        self.record("page", url, reason, detail)

    def record(self, what: str, url: str | None, reason: str, detail: str, **extra: Any) -> None:
        self.crawler.stats.inc_value(f"rejects/{reason}")
        if self.file is None:
            self.file = self.open()
        line = {"what": what, "url": url, "reason": reason, "detail": detail, **extra}
        line["at"] = utc_now()
        self.file.write((json.dumps(line, ensure_ascii=False) + "\n").encode("utf-8"))

    def open(self) -> IO[bytes]:
        settings, spider = self.crawler.settings, self.crawler.spider
        health = feed_health(self.crawler)
        if uri := settings.get("REJECTS_URI"):
            self.path = Path(
                uri % {"name": spider.name, "run_id": getattr(spider, "run_id", "run")}
            )
            return health.open(self.path, overwrite=False)
        self.path = beside_feed(settings, spider, ".rejects.jsonl")
        return health.open(self.path, overwrite=is_snapshot(settings))

    def spider_closed(self, spider: Spider) -> None:
        if self.file is not None:
            self.file.close()
            logger.info("rejects written to %s", self.path)


class ConciseLogFormatter(LogFormatter):
    """Dropped items are logged by URL and reason, not dumped whole (bodies are long)."""

    def dropped(
        self, item: Any, exception: BaseException, response: Any, spider: Spider
    ) -> dict[str, Any]:
        url = ItemAdapter(item).get("url") if is_item(item) else None
        level = getattr(exception, "log_level", None) or "INFO"
        return {
            "level": getattr(logging, level) if isinstance(level, str) else level,
            "msg": "Dropped %(url)s: %(exception)s",
            "args": {"url": url, "exception": exception},
        }

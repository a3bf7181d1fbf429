"""The rejects log: every dropped item and every page that gave no article, with its reason.

Each is counted in the stats as ``rejects/<reason>`` and written as a JSON line to the
rejects file: ``REJECTS_URI`` when set, else beside the run's first file feed
(``data/hnr/<run>.jsonl`` → ``data/hnr/<run>.rejects.jsonl``). Nothing is dropped silently.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from itemadapter import ItemAdapter, is_item
from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.logformatter import LogFormatter

from crawler import signals as crawler_signals
from crawler.feeds import beside_feed

logger = logging.getLogger(__name__)


def is_error(reason: str) -> bool:
    """A page reject that is an error rather than a page without an article: an HTTP
    status, a network exception's name, or a failure of the crawler's own code."""
    return reason.startswith("http_") or reason[:1].isupper() or reason == "extraction_failed"


def rejects_path(settings: Any, spider: Spider) -> Path:
    """Where this run's rejects go: REJECTS_URI, else beside the first file feed."""
    if uri := settings.get("REJECTS_URI"):
        return Path(uri % {"name": spider.name, "run_id": getattr(spider, "run_id", "run")})
    return beside_feed(settings, spider, ".rejects.jsonl")


class RejectsLog:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.file: IO[str] | None = None
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
        reason = getattr(exception, "reason", type(exception).__name__)
        fields = ItemAdapter(item) if is_item(item) else {}
        self.record(
            spider,
            "item",
            fields.get("url"),
            reason,
            getattr(exception, "detail", str(exception)),
            title=fields.get("title"),
        )

    def page_rejected(self, url: str, reason: str, detail: str) -> None:
        self.record(self.crawler.spider, "page", url, reason, detail)

    def record(
        self, spider: Spider, what: str, url: str | None, reason: str, detail: str, **extra: Any
    ) -> None:
        self.crawler.stats.inc_value(f"rejects/{reason}")
        if self.file is None:
            self.path = rejects_path(self.crawler.settings, spider)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.file = self.path.open("a", encoding="utf-8")
        line = {
            "what": what,
            "url": url,
            "reason": reason,
            "detail": detail,
            **extra,
            "at": datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        }
        self.file.write(json.dumps(line, ensure_ascii=False) + "\n")
        self.file.flush()

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
        return {
            "level": logging.INFO,
            "msg": "Dropped %(url)s: %(exception)s",
            "args": {"url": url, "exception": exception},
        }

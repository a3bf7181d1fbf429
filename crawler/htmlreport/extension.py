"""The per-run HTML report: a Scrapy extension that counts what the run exported and rejected.

Placed after ``crawler.report.RunReport`` in ``EXTENSIONS``, so that the run's status
(``run/status`` in the stats) is set when this extension writes the page at spider_closed,
beside the run's feed (``crawler.feeds.beside_feed(..., ".report.html")``).
"""

from __future__ import annotations

import logging
from typing import Any

from itemadapter import ItemAdapter, is_item
from scrapy import Spider, signals
from scrapy.crawler import Crawler

from crawler import signals as crawler_signals
from crawler.feeds import beside_feed

from .data import ReportData
from .render import render

logger = logging.getLogger(__name__)


class HtmlRunReport:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.data = ReportData(title="crawl run")
        self.unchanged = 0
        for handler, signal in (
            (self.item_scraped, signals.item_scraped),
            (self.item_dropped, signals.item_dropped),
            (self.page_rejected, crawler_signals.page_rejected),
            (self.spider_closed, signals.spider_closed),
        ):
            crawler.signals.connect(handler, signal=signal)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> HtmlRunReport:
        return cls(crawler)

    def item_scraped(self, item: Any) -> None:
        self.data.add_article(ItemAdapter(item))

    def item_dropped(self, item: Any, exception: BaseException) -> None:
        if not getattr(exception, "is_reject", True):  # an unchanged article: not a reject
            self.unchanged += 1
            return
        url = ItemAdapter(item).get("url") if is_item(item) else None
        self.data.add_reject(getattr(exception, "reason", type(exception).__name__), url)

    def page_rejected(self, url: str, reason: str) -> None:
        self.data.add_reject(reason, url)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        stats = self.crawler.stats.get_stats()
        run_id = getattr(spider, "run_id", None) or "run"
        self.data.title = f"{spider.name} crawl {run_id}"
        prefix = f"{spider.name}/pages/"
        pages = {k[len(prefix) :]: v for k, v in stats.items() if k.startswith(prefix)}
        self.data.facts = [
            ("finish reason", reason),
            ("duration", f"{stats.get('elapsed_time_seconds', 0):.1f} s"),
            ("pages", ", ".join(f"{role} {n}" for role, n in pages.items()) or "0"),
            ("unchanged articles", str(self.unchanged)),
        ]
        path = beside_feed(self.crawler.settings, spider, ".report.html")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render(self.data, stats.get("run/status")), encoding="utf-8")
        logger.info("HTML report written to %s", path)

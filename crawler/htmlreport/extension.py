"""The per-run HTML report: a Scrapy extension that counts what the run exported and rejected.

It counts as the run goes (item_scraped, item_dropped, page_rejected), takes the run's
facts at spider_closed, and writes the page beside the run's feed
(``crawler.feeds.beside_feed(..., ".report.html")``) when the engine has stopped, after
``crawler.report.RunReport`` (placed before it in ``EXTENSIONS``) has set the run's final
status (``run/status`` in the stats).
"""

from __future__ import annotations

import logging
from typing import Any

from itemadapter import ItemAdapter, is_item
from scrapy import Spider, signals
from scrapy.crawler import Crawler

from crawler import signals as crawler_signals
from crawler.feeds import beside_feed
from crawler.items import Article, StoredArticle

from .data import ReportData
from .render import render

logger = logging.getLogger(__name__)


class HtmlRunReport:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.data = ReportData(title="crawl run")
        self.unchanged = 0
        self.from_state = 0
        self.closed = False
        for handler, signal in (
            (self.item_scraped, signals.item_scraped),
            (self.item_dropped, signals.item_dropped),
            (self.page_rejected, crawler_signals.page_rejected),
            (self.spider_closed, signals.spider_closed),
            (self.engine_stopped, signals.engine_stopped),
        ):
            crawler.signals.connect(handler, signal=signal)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> HtmlRunReport:
        return cls(crawler)

    def item_scraped(self, item: Any) -> None:
        if isinstance(item, StoredArticle):  # an earlier run's article, in a snapshot feed
            self.from_state += 1
            return
        self.data.add_article(vars(item) if isinstance(item, Article) else ItemAdapter(item))

    def item_dropped(self, item: Any, exception: BaseException) -> None:
        reason = getattr(exception, "reason", None)
        if reason is None:  # an unchanged article: not a reject
            self.unchanged += 1
            return
        self.data.add_reject(reason, ItemAdapter(item).get("url") if is_item(item) else None)

    def page_rejected(self, url: str, reason: str) -> None:
        self.data.add_reject(reason, url)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        stats = self.crawler.stats.get_stats()
        self.data.title = f"{spider.name} crawl {getattr(spider, 'run_id', None) or 'run'}"
        prefix = f"{spider.name}/pages/"
        pages = {k[len(prefix) :]: v for k, v in stats.items() if k.startswith(prefix)}
        self.data.facts = [
            ("finish reason", reason),
            ("duration", f"{stats.get('elapsed_time_seconds', 0):.1f} s"),
            ("pages", ", ".join(f"{role} {n}" for role, n in pages.items()) or "0"),
            ("unchanged articles", str(self.unchanged)),
        ]
        if self.from_state:
            self.data.facts.append(("earlier articles in the snapshot", str(self.from_state)))
        self.closed = True

    def engine_stopped(self) -> None:
        spider = self.crawler.spider
        if not self.closed or spider is None:
            return
        path = beside_feed(self.crawler.settings, spider, ".report.html")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(render(self.data, self.crawler.stats.get_value("run/status")), "utf-8")
        except OSError as error:
            logger.error("cannot write the HTML report %s: %s", path, error)
            return
        logger.info("HTML report written to %s", path)

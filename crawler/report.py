"""The run report: what a run did, as JSON beside its feed and one summary line in the log.

A run fails (status ``failed``; ``scrapy crawl`` then exits 1) when it did not finish,
when no listing page could be fetched, when listings led to articles but none was
exported or found unchanged, or when more than ``RUN_MAX_ERROR_RATE`` of its fetches
ended in an error.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from datetime import UTC, datetime
from typing import Any

from itemadapter import ItemAdapter
from scrapy import Spider, signals
from scrapy.crawler import Crawler

from crawler.feeds import beside_feed, first_feed_path
from crawler.rejects import is_error

logger = logging.getLogger(__name__)
COMPLETENESS_FIELDS = (
    "channel",
    "published_at",
    "source",
    "place",
    "reporters",
    "editor",
    "keywords",
    "related",
    "numbers",
)


class RunReport:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.filled: Counter[str] = Counter()
        self.exported = 0
        self.started = datetime.now(UTC)
        crawler.signals.connect(self.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunReport:
        return cls(crawler)

    def item_scraped(self, item: Any, spider: Spider) -> None:
        self.exported += 1
        article = ItemAdapter(item)
        self.filled.update(f for f in COMPLETENESS_FIELDS if article.get(f))

    def spider_closed(self, spider: Spider, reason: str) -> None:
        report = self.build(spider, reason)
        self.crawler.stats.set_value("run/status", report["status"])
        path = beside_feed(self.crawler.settings, spider, ".report.json")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        pages, articles = report["pages"], report["articles"]
        line = (
            f"run {report['run_id']} {report['status']}"
            + (f" ({report['failure']})" if report["failure"] else "")
            + f": pages {sum(pages.values())} {dict(pages)}, articles exported {articles['exported']}"
            f" (new {articles['new']}, changed {articles['changed']}), unchanged {articles['unchanged']},"
            f" known {articles['known']}, rejected {sum(report['rejects'].values())},"
            f" figures {report['figures']}, errors {sum(report['errors'].values())}, {report['duration_s']} s;"
            f" report {path}"
        )
        (logger.error if report["status"] == "failed" else logger.info)(line)

    def build(self, spider: Spider, finish_reason: str) -> dict[str, Any]:
        stats = self.crawler.stats.get_stats()
        prefix = f"{spider.name}/"
        pages = {
            k[len(prefix) + 6 :]: v for k, v in stats.items() if k.startswith(prefix + "pages/")
        }
        rejects = {k[8:]: v for k, v in stats.items() if k.startswith("rejects/")}
        errors = {k: v for k, v in rejects.items() if is_error(k)}
        articles = {
            "exported": self.exported,
            "new": stats.get(
                "articles/new", self.exported if getattr(spider, "state", None) is None else 0
            ),
            "changed": stats.get("articles/changed", 0),
            "unchanged": stats.get(prefix + "articles/unchanged", 0)
            + stats.get("articles/unchanged", 0),
            "known": stats.get(prefix + "articles/known", 0),
            "older_than_since": stats.get(prefix + "articles/older_than_since", 0),
        }
        fetches = stats.get("response_received_count", 0) + sum(
            v for k, v in errors.items() if not k.startswith("http_")
        )
        error_rate = sum(errors.values()) / fetches if fetches else 0.0
        failure = self.failure(
            finish_reason, pages, articles, stats.get(prefix + "scheduled/articles", 0), error_rate
        )
        finished = datetime.now(UTC)
        return {
            "run_id": getattr(spider, "run_id", None),
            "spider": spider.name,
            "status": "failed" if failure else "ok",
            "failure": failure,
            "finish_reason": finish_reason,
            "started": self.started.replace(microsecond=0).isoformat(),
            "finished": finished.replace(microsecond=0).isoformat(),
            "duration_s": round((finished - self.started).total_seconds(), 1),
            "feed": str(first_feed_path(self.crawler.settings, spider) or ""),
            "pages": pages,
            "articles": articles,
            "rejects": rejects,
            "figures": stats.get("figures/extracted", 0),
            "field_completeness": {
                f: round(self.filled[f] / self.exported, 3) if self.exported else None
                for f in COMPLETENESS_FIELDS
            },
            "errors": errors,
            "error_rate": round(error_rate, 3),
        }

    def failure(
        self, finish_reason: str, pages: dict, articles: dict, scheduled: int, error_rate: float
    ) -> str | None:
        if finish_reason != "finished":
            return f"the run did not finish ({finish_reason})"
        if not pages.get("listing"):
            return "no listing page could be fetched"
        if scheduled and not (articles["exported"] or articles["unchanged"]):
            return "listings led to articles but none was exported"
        limit = self.crawler.settings.getfloat("RUN_MAX_ERROR_RATE", 0.25)
        if error_rate > limit:
            return f"error rate {error_rate:.0%} above {limit:.0%}"
        return None

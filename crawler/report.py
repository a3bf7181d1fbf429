"""The run report: what a run did, as JSON beside its feed and a readable summary in the log.

A run fails (status ``failed``; ``scrapy crawl`` then exits 1) when it did not finish, when a
feed could not be written, when no listing page could be fetched, when listings led to
articles but none was exported or found unchanged, when more than
``RUN_MAX_ERROR_RATE`` of its fetches ended in an error, or when asyncio or Twisted logged an
error for work nobody awaited (an exception inside Scrapy's engine: a request or an item
was dropped on the way, and the run would otherwise look complete). When the engine has stopped, the
snapshot files of a successful run are moved into place (:class:`crawler.feeds.FeedHealth`)
and the report is written (always, failed runs included: ``<feed>.report.json``).
"""

from __future__ import annotations

import json
import logging
import resource
from collections import Counter
from datetime import UTC, datetime
from typing import Any

from itemadapter import ItemAdapter
from scrapy import Spider, signals
from scrapy.crawler import Crawler

from crawler.feeds import beside_feed, feed_health, first_feed_path
from crawler.items import Article, StoredArticle
from crawler.outcomes import is_error

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


class EngineErrors(logging.Handler):
    """Counts the errors asyncio and Twisted log for tasks and Deferreds nobody awaited."""

    LOGGERS = ("asyncio", "twisted")

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.count = 0
        self.first: str | None = None

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        if self.first is None:
            error = record.exc_info[1] if record.exc_info else None
            self.first = (
                f"{type(error).__name__}: {error}" if error else record.getMessage().split("\n")[0]
            )

    def attach(self) -> None:
        for name in self.LOGGERS:
            logging.getLogger(name).addHandler(self)

    def detach(self) -> None:
        for name in self.LOGGERS:
            logging.getLogger(name).removeHandler(self)


class RunReport:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.engine_errors = EngineErrors()
        self.engine_errors.attach()
        self.filled: Counter[str] = Counter()
        self.exported = 0
        self.from_state = 0
        self.started = datetime.now(UTC)
        self.report: dict[str, Any] | None = None
        crawler.signals.connect(self.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(self.engine_stopped, signal=signals.engine_stopped)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunReport:
        return cls(crawler)

    def item_scraped(self, item: Any, spider: Spider) -> None:
        if isinstance(item, StoredArticle):
            self.from_state += 1
            return
        self.exported += 1
        article = vars(item) if isinstance(item, Article) else ItemAdapter(item)
        self.filled.update(f for f in COMPLETENESS_FIELDS if article.get(f))

    def spider_closed(self, spider: Spider, reason: str) -> None:
        self.report = self.build(spider, reason)
        self.crawler.stats.set_value("run/status", self.report["status"])

    def engine_stopped(self) -> None:
        self.engine_errors.detach()
        spider = self.crawler.spider
        if self.report is None or spider is None:
            return
        report = self.report
        report["cpu_s"] = cpu_seconds()
        if lost := self.engine_errors.count:
            report["errors"]["engine"] = lost
            if report["status"] == "ok":
                report.update(
                    status="failed",
                    failure=f"{lost} error(s) inside Scrapy's engine ({self.engine_errors.first}):"
                    " requests or items may have been dropped; see the log",
                )
        health = feed_health(self.crawler)
        report["files"] = health.finish(report["status"] == "ok")
        if health.failure and report["status"] == "ok":
            report.update(status="failed", failure=health.failure)
        path = beside_feed(self.crawler.settings, spider, ".report.json")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", "utf-8")
        except OSError as error:
            report.update(status="failed", failure=f"cannot write the report {path}: {error}")
        self.crawler.stats.set_value("run/status", report["status"])
        (logger.error if report["status"] == "failed" else logger.info)(summary(report, path))

    def build(self, spider: Spider, finish_reason: str) -> dict[str, Any]:
        stats = self.crawler.stats.get_stats()
        prefix = f"{spider.name}/"
        pages = {
            k[len(prefix) + 6 :]: v for k, v in stats.items() if k.startswith(prefix + "pages/")
        }
        rejects = {k[8:]: v for k, v in stats.items() if k.startswith("rejects/")}
        failed_stages = {k[14:]: v for k, v in stats.items() if k.startswith("failed_stages/")}
        errors = {k: v for k, v in rejects.items() if is_error(k)}
        errors |= {f"stage_{stage}": n for stage, n in failed_stages.items()}
        state_kept = "state/known" in stats or "articles/new" in stats
        articles = {
            "exported": self.exported,
            "new": stats.get("articles/new", 0 if state_kept else self.exported),
            "changed": stats.get("articles/changed", 0),
            "unchanged": stats.get("state/unchanged", 0) + stats.get("articles/unchanged", 0),
            "known": stats.get("state/known", 0),
            "from_earlier_runs": self.from_state,
            "older_than_since": stats.get(prefix + "articles/older_than_since", 0),
        }
        fetches = stats.get("response_received_count", 0) + sum(
            v for k, v in errors.items() if k[:1].isupper()
        )
        failed_fetches = sum(v for k, v in errors.items() if not k.startswith("stage_"))
        error_rate = failed_fetches / fetches if fetches else 0.0
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
            "failed_stages": failed_stages,
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
        if (problem := feed_health(self.crawler).failure) is not None:
            return problem
        if finish_reason != "finished":
            return f"the run did not finish ({finish_reason})"
        # A worker of a distributed crawl fetches what the shared queue gives it: another
        # worker may have read every listing and exported every article.
        whole_crawl = not self.crawler.settings.get("REDIS_URL")
        if whole_crawl and not pages.get("listing"):
            return "no listing page could be fetched"
        done = articles["exported"] or articles["unchanged"] or articles["from_earlier_runs"]
        if whole_crawl and scheduled and not done:
            return "listings led to articles but none was exported"
        limit = self.crawler.settings.getfloat("RUN_MAX_ERROR_RATE", 0.25)
        if error_rate > limit:
            return f"error rate {error_rate:.0%} above {limit:.0%}"
        return None


def cpu_seconds() -> dict[str, float]:
    """CPU time of the crawl's process and of the processes it waited for (text workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "crawl": round(own.ru_utime + own.ru_stime, 2),
        "text_workers": round(workers.ru_utime + workers.ru_stime, 2),
    }


def summary(report: dict[str, Any], path: Any) -> str:
    """The report in a few lines a person reads at the end of a run."""
    articles, pages = report["articles"], report["pages"]
    head = f"run {report['run_id']} {report['status']}"
    if report["failure"]:
        head += f" ({report['failure']})"
    lines = [
        f"{head}: {articles['exported']} articles exported (new {articles['new']}, changed"
        f" {articles['changed']}), {articles['from_earlier_runs']} written from earlier runs,"
        f" {articles['unchanged']} unchanged, {articles['known']} known; {report['figures']}"
        f" figures; {report['duration_s']} s",
        "  pages: " + (", ".join(f"{n} {role}" for role, n in sorted(pages.items())) or "none"),
    ]
    if report["rejects"]:
        rejects = ", ".join(f"{reason} {n}" for reason, n in sorted(report["rejects"].items()))
        lines.append(f"  rejected: {rejects} (each with its reason in the rejects file)")
    if report["errors"]:
        lines.append(
            f"  errors: {sum(report['errors'].values())} (error rate {report['error_rate']:.0%})"
        )
    lines += [f"  {done}" for done in report.get("files", ())]
    lines.append(f"  report: {path}")
    return "\n".join(lines)

"""The add-on that turns a crawl into a worker of a distributed crawl when ``REDIS_URL`` is set.

Listed in ``ADDONS`` always; without ``REDIS_URL`` it does nothing and nothing of Redis is
imported. With it, before the crawl's components are built, it

- joins the round of workers of this spider in Redis, or starts one (then this worker
  seeds it: only it enqueues the start requests, rechecks and retries);
- names the run after the worker (``<UTC start>.<host>-<pid>``), so that every worker
  writes its own feed, rejects file and report, and records its own run in the state;
- puts the queue and the seen-request filter in Redis (scrapy-redis's scheduler on the
  reliable queue of :mod:`crawler.distributed.frontier`), the crawl state too (``STATE_URI``
  becomes ``REDIS_URL?prefix=<spider>`` unless a ``redis://`` one is given), and shares the
  per-host politeness between the workers (:mod:`crawler.distributed.politeness`);
- tells the incremental rules when the round started (``CRAWL_STARTED``), so that every
  worker takes the same URLs as known from earlier runs.
"""

from __future__ import annotations

import logging
import os
import re
import socket
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from scrapy.crawler import Crawler
from scrapy.settings import SETTINGS_PRIORITIES, BaseSettings
from scrapy.utils.misc import load_object

from crawler.project_settings import SettingsError
from crawler.timestamps import utc_now

if TYPE_CHECKING:
    from crawler.distributed.frontier import Frontier

logger = logging.getLogger(__name__)
PACKAGE = "crawler.distributed"
SETTINGS = {
    "SCHEDULER": f"{PACKAGE}.scheduler.FrontierScheduler",
    "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.FifoQueue",
    "SCHEDULER_SERIALIZER": f"{PACKAGE}.codec",
    "SCHEDULER_PERSIST": True,
    "SCHEDULER_IDLE_BEFORE_CLOSE": 0,
    "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
}
COMPONENTS = {
    "SPIDER_MIDDLEWARES": (f"{PACKAGE}.worker.FrontierMiddleware", 10),
    "DOWNLOADER_MIDDLEWARES": (f"{PACKAGE}.worker.FailedRequests", 10),
    "EXTENSIONS": (f"{PACKAGE}.worker.Worker", 560),
}
HANDLER = f"{PACKAGE}.politeness.PoliteDownloadHandler"


class DistributedCrawl:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.frontier: Frontier | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DistributedCrawl:
        return cls(crawler)

    def update_settings(self, settings: BaseSettings) -> None:
        url = settings.get("REDIS_URL")
        spider = self.crawler.spider
        if not url or spider is None:
            return
        if getattr(getattr(spider, "args", None), "reset_state", False):
            raise SettingsError(
                "reset_state: workers share one state; reset it before starting them"
                " (python -m crawler state --reset --uri …)"
            )
        try:
            import redis

            from crawler.distributed.frontier import Frontier
        except ImportError:
            raise SettingsError(
                "REDIS_URL needs the redis extra: pip install 'hnr-crawler[redis]'"
            ) from None
        server = redis.Redis.from_url(url, socket_connect_timeout=10, socket_timeout=30)
        worker = worker_id()
        spider.run_id = f"{spider.run_id}.{worker}"  # the worker's id in the round, too
        heartbeat = settings.getfloat("DISTRIBUTED_HEARTBEAT")
        frontier = Frontier(server, spider.name, spider.run_id, heartbeat)
        try:
            role = frontier.join(utc_now())
        except redis.RedisError as error:
            raise SettingsError(f"REDIS_URL: cannot use Redis at {shown(url)}: {error}") from None
        self.frontier = frontier
        for name, value in {**SETTINGS, "CRAWL_STARTED": frontier.started}.items():
            if (settings.getpriority(name) or 0) < SETTINGS_PRIORITIES["cmdline"]:
                settings.set(name, value, priority="project")
        if (
            settings.get("STATE_URI")
            and settings.getpriority("STATE_URI") < SETTINGS_PRIORITIES["cmdline"]
        ):
            settings.set("STATE_URI", state_uri(url, heartbeat), priority="project")
        handlers = dict(settings.getdict("DOWNLOAD_HANDLERS"), http=HANDLER, https=HANDLER)
        settings.set(
            "DOWNLOAD_HANDLERS", handlers, priority=settings.getpriority("DOWNLOAD_HANDLERS")
        )
        for name, (component, order) in COMPONENTS.items():
            settings.set_in_component_priority_dict(name, load_object(component), order)
        shared = load_object(f"{PACKAGE}.pipelines.SharedDuplicatesPipeline")
        try:
            settings.replace_in_component_priority_dict(
                "ITEM_PIPELINES", load_object("crawler.pipelines.DuplicatesPipeline"), shared
            )
        except KeyError:  # ITEM_PIPELINES given without it: once per round all the same
            settings.set_in_component_priority_dict("ITEM_PIPELINES", shared, 500)
        logger.info(
            "distributed crawl: worker %s %s round %s (started %s) at %s",
            spider.run_id,
            "starts and seeds" if role == "seed" else "joins",
            frontier.round_id,
            frontier.started,
            shown(url),
        )


def frontier_of(crawler: Crawler) -> Frontier:
    """The shared frontier this crawl joined (distributed mode only)."""
    addon = crawler.get_addon(DistributedCrawl)
    if addon is None or addon.frontier is None:
        raise RuntimeError("not a distributed crawl: REDIS_URL is not set")
    return addon.frontier


def worker_id() -> str:
    """``<host>-<pid>``: unique among the workers of a round, readable in file names."""
    host = re.sub(r"[^A-Za-z0-9_.-]", "_", socket.gethostname().split(".")[0]) or "host"
    return f"{host}-{os.getpid()}"


def state_uri(redis_url: str, heartbeat: float) -> str:
    """The crawl state beside the frontier: same server and database, keys ``<spider>:state:``."""
    joiner = "&" if "?" in redis_url else "?"
    return redis_url.replace("%", "%%") + f"{joiner}prefix=%(name)s&heartbeat={heartbeat:g}"


def shown(url: str) -> str:
    """A Redis URL without its password, for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[1]
    return parts._replace(netloc=f"{parts.username or ''}:***@{netloc}").geturl()

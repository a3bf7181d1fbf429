"""Where a run's files go, and a feed storage that writes each line with one system call.

Lines reach the file as soon as they are exported (no buffer), so a run killed with
SIGKILL leaves whole lines only, and the crawl state can record an article as exported
right after its line is written.
"""

from __future__ import annotations

from pathlib import Path, PurePath
from typing import IO, Any

from scrapy import Spider
from scrapy.extensions.feedexport import FileFeedStorage
from scrapy.settings import SETTINGS_PRIORITIES, BaseSettings


class LineFlushedFileStorage(FileFeedStorage):
    """Scrapy's file storage, opened unbuffered."""

    def open(self, spider: Spider) -> IO[bytes]:
        path = Path(self.path)
        path.parent.mkdir(parents=True, exist_ok=True)
        return path.open(self.write_mode, buffering=0)


def first_feed_path(settings: Any, spider: Spider) -> Path | None:
    """The local file of the run's first file feed, placeholders filled, or None."""
    params = {"name": spider.name, "run_id": getattr(spider, "run_id", "run")}
    for feed_uri in map(str, settings.getdict("FEEDS")):
        if _local(feed_uri):
            return Path(feed_uri.removeprefix("file://") % params)
    return None


def feed_overwrites(settings: Any) -> bool:
    """True when the run's first file feed is written over (``-O``), not appended to."""
    for feed_uri, options in settings.getdict("FEEDS").items():
        if _local(str(feed_uri)):
            return bool(options.get("overwrite"))
    return False


def beside_feed(settings: Any, spider: Spider, suffix: str) -> Path:
    """A file next to the first feed (``<feed stem><suffix>``), else under ``data/<spider>/``."""
    feed = first_feed_path(settings, spider)
    if feed is None:
        return Path("data") / spider.name / f"{getattr(spider, 'run_id', 'run')}{suffix}"
    return feed.with_name(feed.name.split(".")[0] + suffix)


def _local(uri: str) -> bool:
    return "://" not in uri.removeprefix("file://") and uri not in {"-", "stdout:"}


def add_default_feeds(settings: BaseSettings) -> None:
    """``DEFAULT_FEED_URI`` when the command line names no feed, and the figures table
    beside the first file feed (``FIGURES_FEED_SUFFIX``)."""
    feeds = dict(settings.getdict("FEEDS"))
    if not feeds and (uri := settings.get("DEFAULT_FEED_URI")):
        feeds[uri] = {"format": "jsonlines", "encoding": "utf-8"}
    local = [u for u in map(str, feeds) if _local(u)]
    if (suffix := settings.get("FIGURES_FEED_SUFFIX")) and local:
        path = PurePath(local[0].removeprefix("file://"))
        table = str(path.with_name(path.name.split(".")[0] + suffix))
        feeds.setdefault(
            table, {"format": "figures_jsonl" if suffix.endswith(".jsonl") else "figures_csv"}
        )
    if feeds:
        # One above the current priority: `scrapy crawl` re-applies its -o/-O settings to
        # the crawler later, at their own priority, which would undo an equal one.
        priority = max(settings.getpriority("FEEDS") or 0, SETTINGS_PRIORITIES["spider"]) + 1
        settings.set("FEEDS", feeds, priority=priority)

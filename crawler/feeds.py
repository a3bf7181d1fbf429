"""Where a run's files go, and a feed storage that writes each line with one system call.

Lines reach the file as soon as they are exported (no buffer), so a run killed with
SIGKILL leaves whole lines only, and the crawl state can record an article as exported
right after its line is written.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

from scrapy import Spider
from scrapy.extensions.feedexport import FileFeedStorage


class LineFlushedFileStorage(FileFeedStorage):
    """Scrapy's file storage, opened unbuffered."""

    def open(self, spider: Spider) -> IO[bytes]:
        path = Path(self.path)
        path.parent.mkdir(parents=True, exist_ok=True)
        return path.open(self.write_mode, buffering=0)


def first_feed_path(settings: Any, spider: Spider) -> Path | None:
    """The local file of the run's first file feed, placeholders filled, or None."""
    params = {"name": spider.name, "run_id": getattr(spider, "run_id", "run")}
    for feed_uri in settings.getdict("FEEDS"):
        uri = str(feed_uri)
        if uri.startswith("file://"):
            uri = uri[len("file://") :]
        if "://" in uri or uri in {"-", "stdout:"}:
            continue
        return Path(uri % params)
    return None


def beside_feed(settings: Any, spider: Spider, suffix: str) -> Path:
    """A file next to the first feed (``<feed stem><suffix>``), else under ``data/<spider>/``."""
    feed = first_feed_path(settings, spider)
    if feed is None:
        return Path("data") / spider.name / f"{getattr(spider, 'run_id', 'run')}{suffix}"
    return feed.with_name(feed.name.split(".")[0] + suffix)

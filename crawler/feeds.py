"""Where a run's files go, and how they are written so that no run leaves a user with less.

- ``-O FILE`` is a snapshot: the run writes ``FILE.partial`` and moves it over ``FILE`` only
  when the run succeeded; a failed run leaves ``FILE`` as it was and its own output beside it
  in ``FILE.partial``. Articles exported by earlier runs are written into it from the crawl
  state (:class:`crawler.items.StoredArticle`), so the file holds every article the crawl
  reaches.
- ``-o FILE`` and the default per-run feed (``DEFAULT_FEED_URI``) get the articles this run
  found new or changed, appended as they come.
- Files beside a feed are named after its whole file name (``out.jsonl.figures.csv``,
  ``out.jsonl.rejects.jsonl``, ``out.jsonl.report.json``) and follow its mode.
- Lines reach the file with one system call each (unbuffered): a run killed with SIGKILL
  leaves whole lines only, and the crawl state records an article as exported right after
  its line is on disk. A file that cannot be written fails the run: the error is logged
  once, the crawl stops, and nothing more is recorded as exported.
"""

from __future__ import annotations

import io
import logging
import os
from pathlib import Path, PurePath
from typing import Any
from weakref import WeakKeyDictionary

from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.extensions.feedexport import FileFeedStorage, ItemFilter
from scrapy.settings import SETTINGS_PRIORITIES, BaseSettings
from scrapy.utils.defer import deferred_from_coro

from crawler.items import StoredArticle

logger = logging.getLogger(__name__)
PARTIAL = ".partial"


class FeedHealth:
    """The crawl's file writes: the first failure, and the snapshot files to move into place."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.failure: str | None = None
        self.pending: list[tuple[Path, Path]] = []  # (partial, final)

    def fail(self, message: str) -> None:
        """Record the first failure, log it in one line and stop the crawl."""
        if self.failure is not None:
            return
        self.failure = message
        logger.error("%s; stopping the crawl, nothing more is recorded as exported", message)
        # Imported here: importing the reactor at module level would install the default one.
        from twisted.internet import reactor

        reactor.callLater(0, self._stop)

    def _stop(self) -> None:
        engine = self.crawler.engine
        if engine is not None and engine.spider is not None and engine.running:
            deferred_from_coro(engine.close_spider_async(reason="feed_unwritable"))

    def open(self, path: Path, overwrite: bool) -> GuardedFile:
        """A file to write: ``path.partial`` for a snapshot (moved into place by
        :meth:`finish`), else ``path`` appended to; a sink when it cannot be opened."""
        target = path.with_name(path.name + PARTIAL) if overwrite else path
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            file = GuardedFile(target, "w" if overwrite else "a", self)
        except OSError as error:
            self.fail(f"cannot write {target}: {error.strerror or error}")
            return GuardedFile(os.devnull, "a", self)
        if overwrite:
            self.pending.append((target, path))
        return file

    def finish(self, succeeded: bool) -> list[str]:
        """Move snapshot files into place when the run succeeded, else leave them beside;
        what was done, one line per file."""
        done = []
        for partial, final in self.pending:
            if succeeded and self.failure is None and partial.exists():
                try:
                    os.replace(partial, final)
                except OSError as error:
                    self.fail(f"cannot move {partial} to {final}: {error.strerror or error}")
                    done.append(f"kept {final} as it was; this run's output is in {partial}")
                    continue
                done.append(f"wrote {final}")
            elif partial.exists():
                done.append(f"kept {final} as it was; this run's output is in {partial}")
        self.pending.clear()
        return done


_HEALTH: WeakKeyDictionary[Crawler, FeedHealth] = WeakKeyDictionary()


def feed_health(crawler: Crawler) -> FeedHealth:
    if crawler not in _HEALTH:
        _HEALTH[crawler] = FeedHealth(crawler)
    return _HEALTH[crawler]


class GuardedFile(io.FileIO):
    """An unbuffered file whose write errors fail the run instead of raising in the exporter."""

    def __init__(self, path: str | os.PathLike[str], mode: str, health: FeedHealth) -> None:
        super().__init__(path, mode)
        self.health = health

    def write(self, data: Any) -> int:
        if self.health.failure is not None:
            return len(data)
        try:
            return super().write(data)
        except OSError as error:
            self.health.fail(f"cannot write {self.name}: {error.strerror or error}")
            return len(data)


class SafeFileStorage(FileFeedStorage):
    """Scrapy's file storage, written through :class:`FeedHealth` (snapshots, errors)."""

    def __init__(
        self, uri: str, *, feed_options: dict[str, Any] | None = None, crawler: Crawler
    ) -> None:
        super().__init__(uri, feed_options=feed_options)
        self.health = feed_health(crawler)

    @classmethod
    def from_crawler(
        cls, crawler: Crawler, uri: str, *, feed_options: dict[str, Any] | None = None
    ) -> SafeFileStorage:
        return cls(uri, feed_options=feed_options, crawler=crawler)

    def open(self, spider: Spider) -> GuardedFile:
        return self.health.open(Path(self.path), self.write_mode == "wb")


class NewOrChanged(ItemFilter):
    """The item filter of feeds that are not snapshots: articles of earlier runs stay out."""

    def accepts(self, item: Any) -> bool:
        return not isinstance(item, StoredArticle)


def _local(uri: str) -> bool:
    return "://" not in uri.removeprefix("file://") and uri not in {"-", "stdout:"}


def _first_local(settings: BaseSettings) -> tuple[str, dict[str, Any]] | None:
    for uri, options in settings.getdict("FEEDS").items():
        if _local(str(uri)):
            return str(uri), options
    return None


def first_feed_path(settings: BaseSettings, spider: Spider) -> Path | None:
    """The local file of the run's first file feed, placeholders filled, or None."""
    found = _first_local(settings)
    if found is None:
        return None
    params = {"name": spider.name, "run_id": getattr(spider, "run_id", "run")}
    return Path(found[0].removeprefix("file://") % params)


def is_snapshot(settings: BaseSettings) -> bool:
    """True when the run's first file feed is written over (``-O``): a complete snapshot."""
    found = _first_local(settings)
    return bool(found and found[1].get("overwrite"))


def beside_feed(settings: BaseSettings, spider: Spider, suffix: str) -> Path:
    """A file next to the first feed, named after its whole name (``out.jsonl`` + suffix),
    else under ``data/<spider>/`` named after the run."""
    feed = first_feed_path(settings, spider)
    if feed is None:
        return Path("data") / spider.name / f"{getattr(spider, 'run_id', 'run')}{suffix}"
    return feed.with_name(feed.name + suffix)


def add_default_feeds(settings: BaseSettings) -> None:
    """``DEFAULT_FEED_URI`` when the command line names no feed; the figures table beside
    the first file feed (``FIGURES_FEED_SUFFIX``), in the same mode; feeds that are not
    snapshots filtered to what the run found new or changed."""
    feeds = {uri: dict(options) for uri, options in settings.getdict("FEEDS").items()}
    if not feeds and (uri := settings.get("DEFAULT_FEED_URI")):
        feeds[uri] = {"format": "jsonlines", "encoding": "utf-8"}
    local = [(str(u), o) for u, o in feeds.items() if _local(str(u))]
    if (suffix := settings.get("FIGURES_FEED_SUFFIX")) and local:
        uri, options = local[0]
        path = PurePath(uri.removeprefix("file://"))
        table = str(path.with_name(path.name + suffix))
        feeds.setdefault(
            table,
            {
                "format": "figures_jsonl" if suffix.endswith(".jsonl") else "figures_csv",
                "overwrite": bool(options.get("overwrite")),
            },
        )
    for options in feeds.values():
        if not options.get("overwrite"):
            options.setdefault("item_filter", NewOrChanged)
    if feeds:
        # One above the current priority: `scrapy crawl` re-applies its -o/-O settings to
        # the crawler later, at their own priority, which would undo an equal one.
        priority = max(settings.getpriority("FEEDS") or 0, SETTINGS_PRIORITIES["spider"]) + 1
        settings.set("FEEDS", feeds, priority=priority)

"""The state interface every store implements (SQLite for one machine, Redis for many)."""

from __future__ import annotations

import hashlib
from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from crawler.outcomes import Outcome


class StateLocked(RuntimeError):
    """Another run holds the state: runs on the same state must not overlap."""


def content_hash(title: str, body: str) -> str:
    """What decides whether an article changed: its headline and clean body."""
    return hashlib.sha1(f"{title}\n{body}".encode()).hexdigest()


@dataclass
class UrlRecord:
    """What the state knows of one canonical URL."""

    url: str
    first_seen: str
    outcome: Outcome | None = None
    outcome_at: str | None = None
    last_fetched: str | None = None
    content_hash: str | None = None
    revision: int = 0
    exported_at: str | None = None
    first_exported_at: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    related: list[str] = field(default_factory=list)
    depth: int = 0  # related-reading hops from a listing
    role: str | None = None  # the request's role when it was last fetched (article, related)
    found_via: dict[str, Any] | None = None
    has_item: bool = False  # the exported article itself is stored

    @property
    def exported(self) -> bool:
        return self.exported_at is not None


class CrawlState(ABC):
    """Crawl state keyed by canonical URL, plus the record of runs and their feeds.

    Times are ISO 8601 UTC strings (:func:`crawler.timestamps.utc_now`).
    """

    @abstractmethod
    def acquire(self, run_id: str) -> None:
        """Take the state for one run, or raise StateLocked when another run holds it."""

    @abstractmethod
    def release(self) -> None: ...

    @abstractmethod
    def get(self, url: str) -> UrlRecord | None: ...

    @abstractmethod
    def fetched(self, url: str, when: str, etag: str | None, last_modified: str | None) -> None:
        """Record a response for a URL and its validators (for conditional requests)."""

    @abstractmethod
    def outcome(
        self,
        url: str,
        when: str,
        outcome: Outcome,
        *,
        role: str | None = None,
        depth: int = 0,
        found_via: dict[str, Any] | None = None,
    ) -> None:
        """Record that a URL's fetch gave no article (with how it was reached, for a retry)."""

    @abstractmethod
    def exported(self, url: str, when: str, item: dict[str, Any], depth: int) -> None:
        """Record that an article's line is in a feed, on disk: the article itself (its
        revision, related links and content hash with it) and its depth."""

    @abstractmethod
    def exported_item(self, url: str) -> dict[str, Any] | None:
        """The article last exported for a URL, as it was written."""

    @abstractmethod
    def exported_items(self) -> Iterator[dict[str, Any]]:
        """The last exported article of every URL (for ``python -m crawler dataset``)."""

    @abstractmethod
    def has_content(self, content_hash: str) -> bool:
        """True when an exported article already has this content hash."""

    @abstractmethod
    def recheck_due(self, since: str) -> list[UrlRecord]:
        """Exported articles first exported at or after ``since``."""

    @abstractmethod
    def retry_due(self) -> list[UrlRecord]:
        """URLs whose last fetch failed (outcome ERROR): the next run requests them again."""

    @abstractmethod
    def start_run(self, run_id: str, feed: str | None) -> None: ...

    @abstractmethod
    def finish_run(self, run_id: str, status: str) -> None: ...

    @abstractmethod
    def unfinished_runs(self) -> list[tuple[str, str | None]]:
        """(run_id, feed path) of earlier runs that never finished: killed or crashed."""

    @abstractmethod
    def summary(self) -> dict[str | None, int]:
        """How many URLs have each outcome."""

    @abstractmethod
    def runs(self) -> list[tuple[str, str | None, str]]:
        """(run_id, feed, status) of every run, oldest first."""

    @abstractmethod
    def reset(self) -> None:
        """Forget every URL and run: the next run starts from scratch."""

    @abstractmethod
    def close(self) -> None: ...


def item_facts(item: dict[str, Any]) -> tuple[str, int, list[str]]:
    """(content hash, revision, related links) of an exported article."""
    return (
        content_hash(item.get("title") or "", item.get("body") or ""),
        int(item.get("revision") or 1),
        list(item.get("related") or []),
    )

"""The state interface every store implements."""

from __future__ import annotations

import hashlib
from abc import ABC, abstractmethod
from dataclasses import dataclass, field


class StateLocked(RuntimeError):
    """Another run holds the state: runs on the same state must not overlap."""


#: What became of a URL's last fetch; the spider does not fetch the final ones again.
EXPORTED, UNCHANGED, GONE, NO_ARTICLE, REJECTED, ALIAS, ERROR = (
    "exported", "unchanged", "gone", "no_article", "rejected", "alias", "error"
)  # fmt: skip
FINAL_OUTCOMES = frozenset({GONE, NO_ARTICLE, REJECTED, ALIAS})


def content_hash(title: str, body: str) -> str:
    """What decides whether an article changed: its headline and clean body."""
    return hashlib.sha1(f"{title}\n{body}".encode()).hexdigest()


@dataclass
class ArticleRecord:
    url: str
    first_seen: str
    outcome: str | None = None
    outcome_at: str | None = None
    last_fetched: str | None = None
    content_hash: str | None = None
    revision: int = 0
    exported_at: str | None = None
    first_exported_at: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    related: list[str] = field(default_factory=list)
    depth: int = 0  # related-reading hops from a listing when it was exported

    @property
    def exported(self) -> bool:
        return self.exported_at is not None


class CrawlState(ABC):
    """Crawl state keyed by canonical URL, plus the record of runs and their feeds."""

    @abstractmethod
    def acquire(self, run_id: str) -> None:
        """Take the state for one run, or raise StateLocked when another run holds it."""

    @abstractmethod
    def release(self) -> None: ...

    @abstractmethod
    def get(self, url: str) -> ArticleRecord | None: ...

    @abstractmethod
    def seen(self, url: str, when: str) -> None:
        """Record that a URL was found (first time only)."""

    @abstractmethod
    def fetched(self, url: str, when: str, etag: str | None, last_modified: str | None) -> None: ...

    @abstractmethod
    def outcome(self, url: str, when: str, outcome: str) -> None:
        """Record what the last fetch of a URL gave (one of the outcome constants)."""

    @abstractmethod
    def exported(
        self, url: str, when: str, content_hash: str, revision: int, related: list[str], depth: int
    ) -> None:
        """Record that an article's line is in a feed, flushed; its related links and depth."""

    @abstractmethod
    def has_content(self, content_hash: str) -> bool:
        """True when an exported article already has this content hash."""

    @abstractmethod
    def recheck_due(self, since: str) -> list[ArticleRecord]:
        """Exported articles first exported at or after ``since`` (ISO UTC)."""

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

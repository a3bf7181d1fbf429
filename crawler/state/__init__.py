"""Persistent crawl state: what each URL was, when it was fetched and exported, and the runs.

One small interface, :class:`CrawlState`, behind ``STATE_URI``: ``sqlite:///PATH`` (the
default, one machine) today; the spider and pipelines only see the interface, so a Redis
store for distributed crawls plugs in beside it.
"""

from __future__ import annotations

from crawler.state.base import ArticleRecord, CrawlState, StateLocked
from crawler.state.sqlite import SqliteState


def open_state(uri: str) -> CrawlState:
    """The state store a ``STATE_URI`` names."""
    if uri.startswith("sqlite:///"):
        return SqliteState(uri[len("sqlite:///") :])
    raise ValueError(f"unsupported STATE_URI {uri!r}: use sqlite:///PATH")


__all__ = ["ArticleRecord", "CrawlState", "SqliteState", "StateLocked", "open_state"]

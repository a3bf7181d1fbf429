"""Persistent crawl state: what each URL was, when it was fetched and exported, and the runs.

One small interface, :class:`CrawlState`, behind ``STATE_URI``: ``sqlite:///PATH`` (the
default, one machine) or ``redis://HOST:PORT/DB?prefix=NAME`` (the workers of a distributed
crawl, :mod:`crawler.state.redis`; imported only for such a URI). :mod:`crawler.state.extension` owns the store for a crawl and
records what each fetch gave; :mod:`crawler.middlewares.incremental` decides from it what
a run requests again.
"""

from __future__ import annotations

from crawler.state.base import CrawlState, StateLocked, UrlRecord
from crawler.state.sqlite import SqliteState

REDIS_SCHEMES = ("redis://", "rediss://", "unix://")


def open_state(uri: str) -> CrawlState:
    """The state store a ``STATE_URI`` names."""
    if uri.startswith("sqlite:///"):
        return SqliteState(uri[len("sqlite:///") :])
    if uri.startswith(REDIS_SCHEMES):
        try:
            from crawler.state.redis import RedisState
        except ImportError:
            raise ValueError(
                f"{uri!r} needs the redis extra: pip install 'hnr-crawler[redis]'"
            ) from None
        return RedisState(uri)
    raise ValueError(f"unsupported STATE_URI {uri!r}: use sqlite:///PATH or redis://HOST:PORT/DB")


__all__ = ["CrawlState", "SqliteState", "StateLocked", "UrlRecord", "open_state"]

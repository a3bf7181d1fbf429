"""robots.txt obeyed, and a robots.txt that could not be read taken as "not now", not "all".

Scrapy's own middleware allows every URL of a host whose robots.txt download failed (a
network error, or the crawl shutting down while it was being fetched). Here such a host's
requests fail with :class:`RobotsUnavailable` for the rest of the run: the spider records
them as ``robots_unavailable``, an error the next run retries. A robots.txt answered with an
HTTP error (404 …) still means no rules, as in Scrapy.
"""

from __future__ import annotations

from typing import Any

from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request


class RobotsUnavailable(IgnoreRequest):
    """The host's robots.txt could not be read in this run."""


class _Unreadable:
    def __init__(self, reason: str) -> None:
        self.reason = reason


class CarefulRobotsTxtMiddleware(RobotsTxtMiddleware):
    def process_request_2(self, rp: Any, request: Request) -> None:
        if isinstance(rp, _Unreadable):
            raise RobotsUnavailable(f"robots.txt could not be read: {rp.reason}")
        super().process_request_2(rp, request)

    def _robots_error(self, exc: Exception, netloc: str) -> None:
        self._stats.inc_value(f"robotstxt/exception_count/{type(exc)}")
        pending = self._parsers[netloc]
        unreadable = _Unreadable(f"{type(exc).__name__}: {exc}"[:200])
        self._parsers[netloc] = unreadable
        pending.callback(unreadable)

"""robots.txt obeyed, and a robots.txt that could not be read taken as "not now", not "all".

Scrapy's own middleware allows every URL of a host whose robots.txt download failed (a
network error, or the crawl shutting down while it was being fetched). Here such a host's
requests fail with :class:`RobotsUnavailable` for the rest of the run: the spider records
them as ``robots_unavailable``, an error the next run retries. A robots.txt answered with an
HTTP error (404 …) still means no rules, as in Scrapy.

Every request that waited for a host's robots.txt is checked against it. In Scrapy 2.19 the
requests that reach a host while its robots.txt is being fetched all await one Deferred;
turned into asyncio futures one after the other, it hands the parser to the first only, and
the others get ``None`` ("no robots.txt") and go out unchecked: a crawl's first requests to
a host (several channels at the start, a distributed worker's first batch from the shared
queue) could fetch a disallowed page. Here each waiting request gets a Deferred of its own.
"""

from __future__ import annotations

from typing import Any

from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred


class RobotsUnavailable(IgnoreRequest):
    """The host's robots.txt could not be read in this run."""


class _Unreadable:
    def __init__(self, reason: str) -> None:
        self.reason = reason


class CarefulRobotsTxtMiddleware(RobotsTxtMiddleware):
    async def robot_parser(self, request: Request) -> Any:
        pending = self._parsers.get(urlparse_cached(request).netloc)
        if not isinstance(pending, Deferred):
            return await super().robot_parser(request)
        mine: Deferred[Any] = Deferred()

        def hand_on(parser: Any) -> Any:
            mine.callback(parser)
            return parser  # for the next request waiting

        pending.addCallback(hand_on)
        return await maybe_deferred_to_future(mine)

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

"""Politeness for "429 Too Many Requests": wait as long as the server asks before retrying.

A response whose status is in ``RETRY_AFTER_HTTP_CODES`` is retried after the delay its
``Retry-After`` header gives, as delta-seconds (``Retry-After: 120``) or as an HTTP date
(``Retry-After: Wed, 21 Oct 2026 07:28:00 GMT``); without a readable header, after
``RETRY_AFTER_DEFAULT_DELAY`` seconds. A longer wait than ``RETRY_AFTER_MAX_DELAY`` is cut
to it. Only that request waits; the rest of the crawl goes on meanwhile. The retries count
against ``RETRY_TIMES`` (or the request's ``max_retry_times``) and in the stats like
Scrapy's own (``retry/count``, ``retry/reason_count/...``); once they are spent the
response goes on as it is, so the page is recorded as failed (``http_429``) and retried
by a later run. ``dont_retry`` in a request's meta turns it off for that request.

Settings:

============================  =============  ==============================================
``RETRY_AFTER_ENABLED``       ``True``       on or off
``RETRY_AFTER_HTTP_CODES``    ``[429, 503]`` statuses that ask the client to come back later
``RETRY_AFTER_MAX_DELAY``     ``60``         longest wait in seconds, whatever the server asks
``RETRY_AFTER_DEFAULT_DELAY`` ``5``          wait in seconds when the header is missing or unreadable
============================  =============  ==============================================

It must see the response before Scrapy's ``RetryMiddleware`` (550), which would retry at
once: ``DOWNLOADER_MIDDLEWARES = {"crawler.middlewares.retry_after.RetryAfterMiddleware": 560}``.
"""

from __future__ import annotations

import email.utils
import logging
import time
from datetime import UTC

from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.exceptions import NotConfigured
from scrapy.http import Request, Response
from scrapy.utils.asyncio import sleep

logger = logging.getLogger(__name__)


def retry_after_seconds(value: bytes | str | None, now: float) -> float | None:
    """The wait a ``Retry-After`` value asks for, in seconds from ``now`` (Unix time), or
    None when the value is neither delta-seconds nor an HTTP date."""
    if not value:
        return None
    text = (value.decode("latin-1") if isinstance(value, bytes) else value).strip()
    try:
        seconds = float(text)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return max(0.0, when.timestamp() - now)
    return seconds if seconds >= 0 else None


class RetryAfterMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        if not settings.getbool("RETRY_AFTER_ENABLED", True) or not settings.getbool(
            "RETRY_ENABLED"
        ):
            raise NotConfigured
        self.crawler = crawler
        self.codes = {int(c) for c in settings.getlist("RETRY_AFTER_HTTP_CODES", [429, 503])}
        self.max_delay = settings.getfloat("RETRY_AFTER_MAX_DELAY", 60.0)
        self.default_delay = settings.getfloat("RETRY_AFTER_DEFAULT_DELAY", 5.0)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RetryAfterMiddleware:
        return cls(crawler)

    def delay(self, response: Response) -> float:
        """How long to wait before asking again for what ``response`` answered."""
        asked = retry_after_seconds(response.headers.get("Retry-After"), time.time())
        return min(self.default_delay if asked is None else asked, self.max_delay)

    async def process_response(self, request: Request, response: Response) -> Request | Response:
        if response.status not in self.codes or request.meta.get("dont_retry"):
            return response
        retry = get_retry_request(
            request, spider=self.crawler.spider, reason=f"{response.status} Retry-After"
        )
        if retry is None:
            return response
        delay = self.delay(response)
        logger.info("%s answered %d: asking again in %.1f s", request.url, response.status, delay)
        self.crawler.stats.inc_value("retry_after/waits")
        await sleep(delay)
        return retry

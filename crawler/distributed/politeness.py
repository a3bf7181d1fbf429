"""Politeness per host across workers: one gate in Redis for each download slot (host).

Each worker's Scrapy keeps its own delay and concurrency per host; N workers alone would hit
a host N times as hard. The download handler here asks the gate before a request goes out,
after the worker's own slot let it through:

- starts of requests to one host are spaced by the slot's delay across all workers (the
  ``DOWNLOAD_DELAY`` with Scrapy's jitter, or what AutoThrottle has made of it);
- at most the slot's concurrency (``CONCURRENT_REQUESTS_PER_DOMAIN``) are in flight to one
  host across all workers: each holds a lease, given back when its download ends and
  expiring by itself (``DOWNLOAD_TIMEOUT`` later) if its worker was killed.

The whole decision is one Lua script against Redis's own clock (``TIME``), so workers on
machines whose clocks differ still keep the spacing.
"""

from __future__ import annotations

import itertools
from typing import Any

from scrapy import Request
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.utils.asyncio import sleep

from crawler.distributed.addon import frontier_of

# KEYS: next start time, leases. ARGV: delay, concurrency, lease ttl, lease id.
# Returns {1, 0} with a lease taken (go now), or {0, seconds to wait before asking again}.
# The turn is taken when the request goes, never booked ahead: a worker whose sleep ran
# late takes a later turn instead of leaving a short gap before the next worker's.
ENTER = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[2]) then
  local first = redis.call('ZRANGE', KEYS[2], 0, 0, 'WITHSCORES')
  return {0, tostring(math.min(0.1, tonumber(first[2]) - now))}
end
local turn = tonumber(redis.call('GET', KEYS[1]) or '0')
if turn > now then return {0, tostring(turn - now)} end
local ttl = tonumber(ARGV[3])
redis.call('SET', KEYS[1], tostring(now + tonumber(ARGV[1])), 'PX', math.ceil(ttl * 1000))
redis.call('ZADD', KEYS[2], now + ttl, ARGV[4])
redis.call('PEXPIRE', KEYS[2], math.ceil(ttl * 1000))
return {1, '0'}
"""


class Gate:
    """The shared spacing and concurrency of one spider's requests per download slot."""

    def __init__(self, crawler: Crawler) -> None:
        frontier = frontier_of(crawler)
        self.crawler = crawler
        self.server = frontier.server
        self.prefix = f"{frontier.prefix}:gate"
        self.me = frontier.me
        self.timeout = crawler.settings.getfloat("DOWNLOAD_TIMEOUT")
        self.enter_script = self.server.register_script(ENTER)
        self.leases = itertools.count()

    def slot(self, request: Request) -> tuple[str, float, int]:
        """(slot key, delay, concurrency) as this worker's downloader has them."""
        downloader = self.crawler.engine.downloader
        key = downloader.get_slot_key(request)
        slot = downloader.slots.get(key)
        if slot is None:
            settings = self.crawler.settings
            return (
                key,
                settings.getfloat("DOWNLOAD_DELAY"),
                settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN"),
            )
        return key, slot.download_delay(), slot.concurrency

    async def enter(self, request: Request) -> tuple[str, str]:
        """Wait for this request's turn at its host; the lease to give back."""
        key, delay, concurrency = self.slot(request)
        keys = [f"{self.prefix}:{key}:next", f"{self.prefix}:{key}:leases"]
        lease = f"{self.me}:{next(self.leases)}"
        ttl = self.timeout + delay + 5
        while True:
            taken, wait = self.enter_script(
                keys=keys, args=[delay, max(1, concurrency), ttl, lease]
            )
            if int(taken):
                return keys[1], lease
            await sleep(float(wait))

    def leave(self, lease: tuple[str, str]) -> None:
        self.server.zrem(*lease)


class PoliteDownloadHandler(HTTP11DownloadHandler):
    """Scrapy's HTTP/1.1 handler behind the shared gate."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.gate = Gate(crawler)

    async def download_request(self, request: Request) -> Response:
        lease = await self.gate.enter(request)
        try:
            return await super().download_request(request)
        finally:
            self.gate.leave(lease)

    @classmethod
    def from_crawler(cls, crawler: Crawler, **kwargs: Any) -> PoliteDownloadHandler:
        return cls(crawler)

"""Worker processes for the CPU-bound text stages, so that a crawl uses more than one core.

Scrapy runs a crawl in one thread; extraction and figures are pure functions of plain
data, so they can run in a process pool while the engine goes on downloading. With
``TEXT_WORKERS = 0`` they run inline (the same functions, same results).
"""

from __future__ import annotations

import asyncio
import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar
from weakref import WeakKeyDictionary

from scrapy import signals
from scrapy.crawler import Crawler

T = TypeVar("T")


class TextWorkers:
    def __init__(self, size: int) -> None:
        # "spawn": a fork of a process running Twisted's reactor is not safe.
        context = multiprocessing.get_context("spawn")
        self.pool = ProcessPoolExecutor(size, mp_context=context) if size > 0 else None

    async def run(self, function: Callable[..., T], *args: Any) -> T:
        """``function(*args)`` in a worker process, or inline without workers."""
        if self.pool is None:
            return function(*args)
        return await asyncio.wrap_future(self.pool.submit(function, *args))

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)


_POOLS: WeakKeyDictionary[Crawler, TextWorkers] = WeakKeyDictionary()


def text_workers(crawler: Crawler) -> TextWorkers:
    """The crawl's one pool (``TEXT_WORKERS`` processes), made on first use, closed with the spider."""
    workers = _POOLS.get(crawler)
    if workers is None:
        workers = _POOLS[crawler] = TextWorkers(crawler.settings.getint("TEXT_WORKERS"))
        crawler.signals.connect(workers.close, signal=signals.spider_closed)
    return workers

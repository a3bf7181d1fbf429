"""The text workers: jobs in another process, a hung or dead worker replaced."""

from __future__ import annotations

import asyncio
import os
import time

import pytest

from crawler import extract_article
from crawler.workers import TextWorkers, WorkerFailed
from tests.test_article import SEED, SEED_URL


def in_loop(test):
    """Run a test with a pool made inside a running asyncio loop, as the crawl makes it."""

    def run_test():
        async def with_pool():
            workers = TextWorkers(1, job_timeout=10)
            try:
                await test(workers)
            finally:
                await asyncio.to_thread(workers.close)

        asyncio.run(with_pool())

    run_test.__name__ = test.__name__
    run_test.__doc__ = test.__doc__
    return run_test


@in_loop
async def test_a_job_in_a_worker_gives_what_it_gives_inline(workers):
    remote = await workers.run(extract_article, SEED, SEED_URL)
    assert remote == extract_article(SEED, SEED_URL)


@in_loop
async def test_a_hung_job_fails_and_its_worker_is_replaced(workers):
    first = await workers.run(os.getpid)  # the worker started (it may take a while)
    patience, workers.hard_limit = workers.hard_limit, 1.0
    with pytest.raises(WorkerFailed, match="no answer"):
        await workers.run(time.sleep, 30)
    workers.hard_limit = patience
    second = await workers.run(os.getpid)
    assert first != second != os.getpid()


@in_loop
async def test_a_job_that_raises_keeps_its_worker(workers):
    first = await workers.run(os.getpid)
    with pytest.raises(ZeroDivisionError):
        await workers.run(divmod, 1, 0)
    assert await workers.run(os.getpid) == first

"""The text workers: jobs in another process, a hung or dead worker replaced."""

from __future__ import annotations

import asyncio
import os
import time

import pytest

from crawler import extract_article
from crawler.workers import TextWorkers, WorkerFailed
from tests.test_article import SEED, SEED_URL


def run(workers: TextWorkers, function, *args, **kwargs):
    return asyncio.run(workers.run(function, *args, **kwargs))


def test_a_job_in_a_worker_gives_what_it_gives_inline():
    workers = TextWorkers(1, job_timeout=10)
    try:
        remote = run(workers, extract_article, SEED, SEED_URL)
    finally:
        workers.close()
    assert remote == extract_article(SEED, SEED_URL)


def test_a_hung_job_fails_and_its_worker_is_replaced():
    workers = TextWorkers(1, job_timeout=10)
    try:
        first = run(workers, os.getpid)  # the worker started (it may take a while)
        patience, workers.hard_limit = workers.hard_limit, 1.0
        with pytest.raises(WorkerFailed, match="no answer"):
            run(workers, time.sleep, 30)
        workers.hard_limit = patience
        second = run(workers, os.getpid)
    finally:
        workers.close()
    assert first != second != os.getpid()


def test_a_job_that_raises_keeps_its_worker():
    workers = TextWorkers(1, job_timeout=10)
    try:
        first = run(workers, os.getpid)
        with pytest.raises(ZeroDivisionError):
            run(workers, divmod, 1, 0)
        assert run(workers, os.getpid) == first
    finally:
        workers.close()

"""Worker processes for the text job, so that a crawl uses more than one core.

Scrapy runs a crawl in one thread; the text job (:func:`crawler.article.extract_article`)
is a pure function of plain data, so it runs in ``TEXT_WORKERS`` worker processes while
the engine goes on downloading. Each worker runs one job at a time. A job that gets no
answer within its hard limit (three times ``TEXT_JOB_TIMEOUT`` plus ten seconds; the
figures stage has the budget itself inside the job), or whose worker died, fails with
:class:`WorkerFailed` and its worker is replaced; the crawl goes on. Workers ignore Ctrl-C
(the crawl shuts them down) and end by themselves as soon as the crawl's process is gone,
however it ended (SIGKILL included). With ``TEXT_WORKERS = 0`` jobs run inline.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import os
import queue
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.connection import Connection
from typing import Any, TypeVar
from weakref import WeakKeyDictionary

from scrapy import signals
from scrapy.crawler import Crawler

T = TypeVar("T")
Job = tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]
# How often a worker checks that the crawl's process is still there (seconds).
PARENT_CHECK = 0.5


class WorkerFailed(Exception):
    """A text job got no answer: its worker timed out or died."""


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(PARENT_CHECK)
        if os.getppid() != parent:
            os._exit(0)


def _serve(connection: Connection, parent: int) -> None:
    """A worker's main loop: jobs in, ``("ok", result)`` or ``("error", exception)`` out."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    while True:
        try:
            job = connection.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        function, args, kwargs = job
        try:
            answer: tuple[str, Any] = ("ok", function(*args, **kwargs))
        except Exception as exc:
            answer = ("error", exc)
        try:
            connection.send(answer)
        except Exception as exc:  # an answer that does not pickle
            connection.send(("error", WorkerFailed(f"{type(exc).__name__}: {exc}")))


class _Worker:
    def __init__(self, context: multiprocessing.context.SpawnContext) -> None:
        """Start a worker process. Called on the main thread, which ignores SIGINT while the
        process starts: the child inherits that, so a Ctrl-C meant for the crawl (the
        terminal sends it to the whole process group) cannot interrupt its imports."""
        self.connection, child = context.Pipe()
        self.process = context.Process(
            target=_serve, args=(child, os.getpid()), name="text-worker", daemon=True
        )
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            self.process.start()
        finally:
            signal.signal(signal.SIGINT, previous)
        child.close()

    def call(self, job: Job, timeout: float) -> Any:
        try:
            self.connection.send(job)
            if not self.connection.poll(timeout):
                raise WorkerFailed(f"no answer within {timeout:g} s")
            status, value = self.connection.recv()
        except (EOFError, OSError) as exc:
            raise WorkerFailed(f"the worker died ({type(exc).__name__})") from None
        if status == "error":
            raise value
        return value

    def stop(self, kill: bool = False) -> None:
        if not kill:
            with contextlib.suppress(OSError):
                self.connection.send(None)
            self.process.join(timeout=2)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(timeout=2)
        self.connection.close()


class TextWorkers:
    """``size`` worker processes (none: inline), each driven by a thread of its own."""

    def __init__(self, size: int, job_timeout: float) -> None:
        """Made on the main thread, with the asyncio loop of the crawl running."""
        self.size = size
        self.hard_limit = 3 * job_timeout + 10
        self.context = multiprocessing.get_context("spawn")  # a fork of Twisted is not safe
        self.idle: queue.SimpleQueue[_Worker] = queue.SimpleQueue()
        self.workers: list[_Worker] = []
        self.starting = 0  # workers being started
        self.lock = threading.Lock()
        self.threads = ThreadPoolExecutor(size, "text-job") if size > 0 else None
        self.loop = asyncio.get_running_loop() if size > 0 else None

    async def run(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """``function(*args, **kwargs)`` in a worker process, or inline without workers."""
        if self.threads is None:
            return function(*args, **kwargs)
        future = self.threads.submit(self._call, (function, args, kwargs))
        return await asyncio.wrap_future(future)

    def _take(self) -> _Worker:
        """An idle worker that is alive (one that died while idle is replaced, at no job's
        cost); a new one, started on the main thread, while there are fewer than ``size``."""
        while True:
            worker = self._any()
            if worker.process.is_alive():
                return worker
            with self.lock:
                self.workers.remove(worker)
            worker.stop(kill=True)

    def _any(self) -> _Worker:
        with self.lock:
            start = self.idle.empty() and len(self.workers) + self.starting < self.size
            self.starting += start
        if not start:
            return self.idle.get()
        assert self.loop is not None
        try:
            worker = asyncio.run_coroutine_threadsafe(self._start(), self.loop).result()
        finally:
            with self.lock:
                self.starting -= 1
        with self.lock:
            self.workers.append(worker)
        return worker

    async def _start(self) -> _Worker:
        return _Worker(self.context)

    def _call(self, job: Job) -> Any:
        worker = self._take()
        try:
            result = worker.call(job, self.hard_limit)
        except WorkerFailed:
            with self.lock:
                self.workers.remove(worker)
            worker.stop(kill=True)
            raise
        except BaseException:
            self.idle.put(worker)  # the job's own exception: the worker is fine
            raise
        self.idle.put(worker)
        return result

    def close(self) -> None:
        if self.threads is not None:
            self.threads.shutdown(wait=True, cancel_futures=True)
        with self.lock:
            workers, self.workers = self.workers, []
        for worker in workers:
            worker.stop()


_POOLS: WeakKeyDictionary[Crawler, TextWorkers] = WeakKeyDictionary()


def text_workers(crawler: Crawler) -> TextWorkers:
    """The crawl's one pool (``TEXT_WORKERS`` processes), made on first use, closed with
    the spider."""
    workers = _POOLS.get(crawler)
    if workers is None:
        settings = crawler.settings
        workers = _POOLS[crawler] = TextWorkers(
            settings.getint("TEXT_WORKERS"), settings.getfloat("TEXT_JOB_TIMEOUT")
        )
        crawler.signals.connect(workers.close, signal=signals.spider_closed)
    return workers

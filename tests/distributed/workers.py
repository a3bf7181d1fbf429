"""Rounds of identical workers against a mirror: the same command N times, started together.

Workers stop 1 s after the whole frontier is empty (production keeps 15 s; here the start is
coordinated through the round in Redis, so no worker can quit before the seeder has
enqueued the start requests). Per-host politeness is on (``DOWNLOAD_DELAY`` shared through
Redis), which also paces the crawl so that every worker gets work.
"""

from __future__ import annotations

import json
import subprocess
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import (
    ROOT,
    MirrorProcess,
    clean_env,
    crawl_command,
    read_jsonl,
)


def worker_command(redis_url: str, feeds: Path, *args: str, delay: float = 0.1) -> list[str]:
    return crawl_command(
        "hnr",
        "-s", f"REDIS_URL={redis_url}",
        "-s", "MAX_IDLE_TIME_BEFORE_CLOSE=1", "-s", "DISTRIBUTED_HEARTBEAT=0.5",
        "-s", f"DOWNLOAD_DELAY={delay}", "-s", "DOWNLOAD_DELAY_JITTER=0",
        "-s", "CONCURRENT_REQUESTS=4", "-s", "PROGRESS_INTERVAL=0",
        "-s", f"DEFAULT_FEED_URI={feeds}/%(run_id)s.jsonl",
        *args,
    )  # fmt: skip


@dataclass
class Round:
    returncodes: list[int]
    logs: list[str]
    feeds: Path
    requests: list[dict]

    def feed_files(self) -> list[Path]:
        companions = (".rejects.", ".figures.", ".report.")
        return sorted(
            f for f in self.feeds.glob("*.jsonl") if not any(c in f.name for c in companions)
        )

    def lines(self) -> list[str]:
        return [
            line
            for feed in self.feed_files()
            for line in feed.read_text(encoding="utf-8").splitlines(keepends=True)
        ]

    def exported(self) -> Counter[str]:
        return Counter(json.loads(line)["url"] for line in self.lines())

    def per_worker(self) -> list[int]:
        return [len(read_jsonl(feed)) for feed in self.feed_files()]

    def fetched(self) -> Counter[str]:
        """Pages asked of the mirror, robots.txt aside, each counted."""
        return Counter(r["url"] for r in self.requests if not r["url"].endswith("/robots.txt"))


def run_round(
    workers: int,
    command: list[str],
    mirror: MirrorProcess,
    feeds: Path,
    *,
    meanwhile: Callable[[list[subprocess.Popen]], None] | None = None,
    timeout: float = 90,
) -> Round:
    """N copies of ``command`` through the mirror, all waited for; ``meanwhile`` runs while
    they crawl (to kill one)."""
    mirror.clear_log()
    env = clean_env(http_proxy=mirror.proxy)
    logs = [feeds.parent / f"worker{n}.log" for n in range(workers)]
    processes = [
        subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log.open("w")
        )
        for log in logs
    ]
    try:
        if meanwhile is not None:
            meanwhile(processes)
        deadline = time.monotonic() + timeout
        for process in processes:
            process.wait(timeout=max(1, deadline - time.monotonic()))
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.wait()
    return Round(
        [p.returncode for p in processes],
        [log.read_text(encoding="utf-8") for log in logs],
        feeds,
        mirror.requests(),
    )

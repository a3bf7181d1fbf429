"""A worker killed with SIGKILL mid-crawl: the others take back its in-flight requests and
finish the round; across all feeds (the killed worker's too) every article is there once."""

from __future__ import annotations

import re
import signal
import subprocess
import time
from pathlib import Path

from tests.conftest import EXPECTED_URLS, read_jsonl
from tests.distributed.workers import run_round, worker_command


def test_a_worker_killed_mid_crawl_costs_nothing(hnr_mirror, redis_url, tmp_path: Path):
    feeds = tmp_path / "feeds"
    killed: list[int] = []

    def kill_one(workers: list[subprocess.Popen]) -> None:
        victim = workers[1]
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and victim.poll() is None:
            mine = list(feeds.glob(f"*-{victim.pid}.jsonl"))
            if mine and len(read_jsonl(mine[0])) >= 2:
                break
            time.sleep(0.02)
        victim.send_signal(signal.SIGKILL)
        killed.append(len(read_jsonl(mine[0])) if mine else 0)

    command = worker_command(redis_url, feeds, delay=0.15)
    done = run_round(3, command, hnr_mirror, feeds, meanwhile=kill_one)
    assert done.returncodes[1] == -signal.SIGKILL
    assert done.returncodes[0] == done.returncodes[2] == 0, done.logs[0][-1500:]
    assert 0 < killed[0] < len(EXPECTED_URLS), "the worker was not killed mid-crawl"
    assert all(line.endswith("\n") for line in done.lines())
    assert sorted(done.exported()) == EXPECTED_URLS
    assert set(done.exported().values()) == {1}
    taken_back = [
        int(n) for log in done.logs for n in re.findall(r"(\d+) of its requests back", log)
    ]
    assert taken_back, "no worker took over the killed worker's requests"
    retried = {"http://news.hnr.cn/202103/10/4870.html", "http://luohe.hnr.cn/202009/01/4301.html"}
    twice = [u for u, n in done.fetched().items() if n > 1 and u not in retried]
    assert len(twice) <= sum(taken_back)

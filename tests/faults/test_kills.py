"""Issue 9.1, 9.5 and 9.6 on a generated mirror of 200 articles: a crawl killed with -9
leaves no text worker or resource tracker behind, and a rerun with ``-O`` to the same
file holds every article exactly once; Ctrl-C ends a crawl without a traceback, with a
non-zero status, and leaves the previous ``-O`` file as it was."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from tests.conftest import HNR_MIRROR
from tests.faults.crawls import (
    alive,
    crawl,
    crawl_process,
    descendants,
    finish,
    once,
    serving,
)
from tests.faults.sitegen import generate, start_urls

START = ("-a", f"start_urls={start_urls()}")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    work = tmp_path_factory.mktemp("generated")
    urls = generate(work / "mirror")
    with serving([work / "mirror"], work) as mirror:
        yield mirror, urls


def wait_for_requests(mirror, count: int, process) -> None:
    deadline = time.monotonic() + 60
    while len(mirror.requests()) < count:
        assert process.poll() is None, "the crawl ended before it could be stopped"
        assert time.monotonic() < deadline, "the crawl did not get going"
        time.sleep(0.05)


def gone_within(pids: set[int], seconds: float) -> set[int]:
    """The processes of ``pids`` still running after ``seconds``."""
    deadline = time.monotonic() + seconds
    while (left := {p for p in pids if alive(p)}) and time.monotonic() < deadline:
        time.sleep(0.1)
    return left


@pytest.fixture(scope="module")
def killed(site, tmp_path_factory):
    """A crawl killed with SIGKILL mid-way, the processes it had, those that outlived it,
    and a rerun with ``-O`` to the same file."""
    mirror, _ = site
    feed = tmp_path_factory.mktemp("killed") / "out.jsonl"
    mirror.clear_log()
    process = crawl_process(mirror, feed, *START)
    wait_for_requests(mirror, 60, process)
    children = descendants(process.pid)
    process.kill()
    process.wait()  # not its stderr: a process it left behind may hold that open
    survivors = gone_within(children, 5)
    for pid in survivors:  # clean up after a failure: they are this test's processes
        os.kill(pid, signal.SIGKILL)
    process.stderr.close()
    return children, survivors, crawl(mirror, feed, *START)


def test_no_worker_outlives_a_crawl_killed_with_9(killed):
    children, survivors, _ = killed
    assert children, "the crawl had no child processes when it was killed"
    assert survivors == set(), f"{len(survivors)} of its {len(children)} child processes lived on"


def test_a_rerun_with_O_after_a_kill_holds_every_article_once(site, killed):
    _, urls = site
    _, _, rerun = killed
    assert rerun.returncode == 0, rerun.tail()
    assert once(rerun.urls()) == urls


def test_ctrl_c_ends_a_crawl_cleanly_and_keeps_the_previous_file(site, tmp_path: Path):
    mirror, _ = site
    feed = tmp_path / "out.jsonl"
    previous = (HNR_MIRROR / "expected" / "articles.jsonl").read_bytes()
    feed.write_bytes(previous)
    mirror.clear_log()
    process = crawl_process(mirror, feed, *START, "-s", "DOWNLOAD_DELAY=0.05")
    wait_for_requests(mirror, 40, process)
    children = descendants(process.pid)
    os.killpg(process.pid, signal.SIGINT)  # what a terminal sends on Ctrl-C
    returncode, stderr = finish(process, timeout=30)
    left = gone_within(children, 5)
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert returncode not in (0, -signal.SIGKILL), stderr[-2000:]
    assert "Traceback" not in stderr, stderr[-3000:]
    assert feed.read_bytes() == previous
    assert left == set(), "child processes outlived the interrupted crawl"

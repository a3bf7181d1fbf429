"""Scheduled runs against the mirror: incremental, rechecks, a killed run, an overlapping start.

The second version of the site (fixtures/hnr-v2 laid over fixtures/hnr) has two new
articles on the 漯河 channel's first page and one corrected article.
"""

from __future__ import annotations

import json
import signal
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import (
    CHANGES,
    CRAWL,
    EXPECTED_URLS,
    ROOT,
    clean_env,
    crawl_command,
    read_jsonl,
    run_crawl,
)


def test_runs_fetch_only_what_is_new_and_recheck_corrections(hnr_mirror, mirror_v2, tmp_path: Path):
    first = run_crawl("hnr", hnr_mirror, tmp_path / "run1.jsonl", mode="-o")
    assert first.returncode == 0, first.log[-2000:]
    assert sorted(i["url"] for i in first.items) == EXPECTED_URLS

    second = run_crawl("hnr", mirror_v2, tmp_path / "run2.jsonl", "-s", "RECHECK_DAYS=0", mode="-o")
    assert second.returncode == 0, second.log[-2000:]
    assert sorted(i["url"] for i in second.items) == sorted(CHANGES["new"])
    # New articles, and the page that failed in the first run: failed fetches are retried.
    failed = set(CRAWL["failures"]["fail_always"])
    allowed = set(CRAWL["listing_pages"]) | set(CHANGES["new"]) | failed
    requested = [r["url"] for r in second.requests if not r["url"].endswith("/robots.txt")]
    assert [u for u in requested if u not in allowed] == []
    assert failed <= set(requested)
    once = [r["url"] for r in second.requests if r["status"] != 500]
    assert len(once) == len(set(once))

    third = run_crawl("hnr", mirror_v2, tmp_path / "run3.jsonl", "-s", "RECHECK_DAYS=1", mode="-o")
    assert third.returncode == 0, third.log[-2000:]
    assert [(i["url"], i["revision"]) for i in third.items] == [(CHANGES["corrected"], 2)]
    assert "1.92亿元" in third.items[0]["body"]
    rechecks = [r for r in third.requests if r["url"] in EXPECTED_URLS]
    assert rechecks and all(r["if_none_match"] for r in rechecks)
    report = json.loads((tmp_path / "run3.jsonl.report.json").read_text(encoding="utf-8"))
    assert report["status"] == "ok"
    assert report["articles"]["changed"] == 1


def test_reset_state_starts_from_scratch(hnr_mirror, tmp_path: Path):
    first = run_crawl("hnr", hnr_mirror, tmp_path / "a.jsonl", "-a", "max_pages=1", mode="-o")
    assert first.items
    again = run_crawl(
        "hnr", hnr_mirror, tmp_path / "b.jsonl", "-a", "max_pages=1", "-s", "RECHECK_DAYS=0",
        mode="-o",
    )  # fmt: skip
    assert again.items == []
    reset = run_crawl(
        "hnr", hnr_mirror, tmp_path / "c.jsonl", "-a", "max_pages=1", "-a", "reset_state=1",
        mode="-o",
    )  # fmt: skip
    assert sorted(i["url"] for i in reset.items) == sorted(
        i["url"] for i in read_jsonl(tmp_path / "a.jsonl")
    )


def slow_crawl(mirror, tmp_path: Path, *feed: str, delay: str = "0.25") -> list[str]:
    """A crawl command slowed down to be caught mid-run; ``feed`` options, else one feed a
    run under tmp_path/feeds."""
    feed = feed or ("-s", f"DEFAULT_FEED_URI={tmp_path / 'feeds' / '%(run_id)s.jsonl'}")
    return crawl_command(
        "hnr",
        "-s", f"STATE_URI=sqlite:///{tmp_path / 'state.sqlite'}",
        "-s", f"DOWNLOAD_DELAY={delay}", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1",
        "-s", "RANDOMIZE_DOWNLOAD_DELAY=0", *feed,
    )  # fmt: skip


def wait_for(condition, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError
        time.sleep(0.05)


def feed_lines(folder: Path) -> list[str]:
    """Lines of the feeds in a folder, snapshots being written (``.partial``) included."""
    return [
        line
        for f in sorted([*folder.glob("*.jsonl"), *folder.glob("*.jsonl.partial")])
        if ".rejects" not in f.name
        for line in f.read_text(encoding="utf-8").splitlines(keepends=True)
    ]


@pytest.mark.parametrize("same_file", [False, True], ids=["feed-per-run", "same-file-O"])
def test_a_killed_run_loses_nothing_and_duplicates_nothing(
    hnr_mirror, tmp_path: Path, same_file: bool
):
    """Started again with the same command: per-run feeds together, or the one file that
    ``-O`` writes over, hold every article exactly once."""
    feed = ("-O", str(tmp_path / "feeds" / "hnr.jsonl")) if same_file else ()
    command = slow_crawl(hnr_mirror, tmp_path, *feed)
    env = clean_env(http_proxy=hnr_mirror.proxy)
    feeds = tmp_path / "feeds"
    killed = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        wait_for(lambda: len(feed_lines(feeds)) >= 5)
    finally:
        killed.send_signal(signal.SIGKILL)
        killed.wait(timeout=10)
    partial = len(feed_lines(feeds))
    assert partial < len(EXPECTED_URLS), "the run finished before it could be killed"
    time.sleep(1.1)  # the next run's feed is named after its start second
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    lines = feed_lines(feeds)
    assert all(line.endswith("\n") for line in lines)
    urls = Counter(json.loads(line)["url"] for line in lines)
    assert [u for u, n in urls.items() if n > 1] == []
    assert sorted(urls) == EXPECTED_URLS


def test_an_overlapping_run_exits_at_once(hnr_mirror, tmp_path: Path):
    command = slow_crawl(hnr_mirror, tmp_path, delay="1")
    env = clean_env(http_proxy=hnr_mirror.proxy)
    running = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        wait_for(
            lambda: (
                (tmp_path / "state.sqlite.lock").exists()
                and (tmp_path / "state.sqlite.lock").read_text()
            )
        )
        started = time.monotonic()
        second = subprocess.run(
            command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
        )
        assert time.monotonic() - started < 20
        assert second.returncode != 0
        assert "in use by run" in second.stderr
    finally:
        running.terminate()
        running.wait(timeout=30)

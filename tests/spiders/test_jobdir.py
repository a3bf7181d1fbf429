"""Scrapy's pause and resume (``-s JOBDIR=…``): a full crawl exports every article, and a
crawl stopped midway (Ctrl-C, or SIGKILL) resumes with the same command to a complete file."""

from __future__ import annotations

import hashlib
import json
import signal
import subprocess
import time
from collections import Counter
from urllib.parse import urlsplit

import pytest

from tests.conftest import (
    EXPECTED_URLS,
    ROOT,
    clean_env,
    crawl_command,
    run_crawl,
)


def test_a_jobdir_crawl_exports_every_article(hnr_mirror, tmp_path):
    result = run_crawl(
        "hnr", hnr_mirror, tmp_path / "out.jsonl", "-s", f"JOBDIR={tmp_path / 'job'}"
    )
    assert result.returncode == 0, result.log[-2000:]
    assert sorted(i["url"] for i in result.items) == EXPECTED_URLS


def test_a_queue_left_by_a_killed_crawl_is_cleared_not_read(hnr_mirror, tmp_path):
    """Queue files a SIGKILL cut short before their size was written, and no active.json
    (a killed crawl writes none): Scrapy would fail every request pushed to them."""
    queue = tmp_path / "job" / "requests.queue"
    for host in {urlsplit(url).hostname for url in EXPECTED_URLS}:
        slot = queue / f"{host}-{hashlib.md5(host.encode()).hexdigest()}"
        slot.mkdir(parents=True)
        for key in ("0", "0s"):
            (slot / key).write_bytes(b"\0\0")
    result = run_crawl(
        "hnr", hnr_mirror, tmp_path / "out.jsonl", "-s", f"JOBDIR={tmp_path / 'job'}"
    )
    assert result.returncode == 0, result.log[-2000:]
    assert sorted(i["url"] for i in result.items) == EXPECTED_URLS
    assert "was left by a crawl that was killed" in result.log


def test_requests_scrapy_drops_inside_its_engine_fail_the_run(hnr_mirror, tmp_path):
    """With Scrapy's own scheduler, a cut-short queue file of one host's follow-up requests
    makes the engine drop them while the other hosts' articles are exported: the run must not
    look complete."""
    host = "luohe.hnr.cn"
    slot = tmp_path / "job" / "requests.queue" / f"{host}-{hashlib.md5(host.encode()).hexdigest()}"
    slot.mkdir(parents=True)
    (slot / "0").write_bytes(b"\0\0")
    out = tmp_path / "out.jsonl"
    result = run_crawl(
        "hnr", hnr_mirror, out, "-s", f"JOBDIR={tmp_path / 'job'}",
        "-s", "SCHEDULER=scrapy.core.scheduler.Scheduler",
    )  # fmt: skip
    assert result.returncode == 1, result.log[-2000:]
    report = json.loads(out.with_name(out.name + ".report.json").read_text(encoding="utf-8"))
    assert report["articles"]["exported"] > 0
    assert report["status"] == "failed" and "inside Scrapy's engine" in report["failure"]
    assert not out.exists()  # the incomplete snapshot is not moved into place


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGKILL], ids=["ctrl-c", "sigkill"])
def test_a_stopped_jobdir_crawl_resumes_to_a_complete_file(hnr_mirror, tmp_path, stop):
    out = tmp_path / "out.jsonl"
    command = crawl_command(
        "hnr", "-O", str(out), "-s", f"JOBDIR={tmp_path / 'job'}",
        "-s", f"STATE_URI=sqlite:///{tmp_path / 'state.sqlite'}",
        "-s", "DOWNLOAD_DELAY=0.2", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1",
        "-s", "RANDOMIZE_DOWNLOAD_DELAY=0",
    )  # fmt: skip
    env = clean_env(http_proxy=hnr_mirror.proxy)
    first_log = tmp_path / "first.log"
    with first_log.open("w") as log:
        running = subprocess.Popen(
            command + ["-s", "LOG_LEVEL=DEBUG"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
    partial = out.with_name(out.name + ".partial")
    deadline = time.monotonic() + 60
    while not (partial.exists() and partial.read_text(encoding="utf-8").count("\n") >= 5):
        assert time.monotonic() < deadline and running.poll() is None
        time.sleep(0.05)
    running.send_signal(stop)
    assert running.wait(timeout=60) != 0
    assert not out.exists()  # a stopped run replaces nothing
    resumed = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=180
    )
    assert resumed.returncode == 0, resumed.stderr[-2000:]
    urls = Counter(json.loads(line)["url"] for line in out.read_text(encoding="utf-8").splitlines())
    assert [u for u, n in urls.items() if n > 1] == []
    assert sorted(urls) == EXPECTED_URLS, "\n".join(
        [first_log.read_text()[-6000:], "=" * 20, resumed.stderr[-6000:]]
    )

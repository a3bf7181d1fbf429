"""Identical workers against the fixture mirror: every article exported once across their
feeds, every URL requested once, hosts spaced as one process spaces them, and a second
scheduled round that fetches only what is new."""

from __future__ import annotations

import json
import tomllib
from itertools import pairwise
from pathlib import Path

import redis

from tests.conftest import CHANGES, CRAWL, EXPECTED_URLS, FIXTURES, read_jsonl, start_mirror
from tests.distributed.workers import run_round, worker_command

FAILED = set(CRAWL["failures"]["fail_always"])
DELAY = 0.1


def fetched_once_but_failures(fetched) -> list[str]:
    """URLs asked for more than once, but those the mirror fails (retried, as in one process)."""
    retried = set(CRAWL["failures"]["fail_always"]) | set(CRAWL["failures"].get("fail_once", []))
    return [url for url, n in fetched.items() if n > 1 and url not in retried]


def test_two_workers_then_a_second_round_that_fetches_only_what_is_new(
    hnr_mirror, mirror_v2, redis_url, tmp_path: Path
):
    command = worker_command(redis_url, tmp_path / "feeds1", delay=DELAY)
    first = run_round(2, command, hnr_mirror, tmp_path / "feeds1")
    assert first.returncodes == [0, 0], first.logs[0][-1500:] + first.logs[1][-1500:]
    assert sorted(first.exported()) == EXPECTED_URLS
    assert set(first.exported().values()) == {1}
    assert all(first.per_worker()), f"a worker exported nothing: {first.per_worker()}"
    assert fetched_once_but_failures(first.fetched()) == []
    assert set(CRAWL["listing_pages"]) <= set(first.fetched())
    with redis.Redis.from_url(redis_url) as client:
        assert not client.exists("hnr:round", "hnr:requests", "hnr:dupefilter")

    command = worker_command(redis_url, tmp_path / "feeds2", "-s", "RECHECK_DAYS=0", delay=DELAY)
    second = run_round(2, command, mirror_v2, tmp_path / "feeds2")
    assert second.returncodes == [0, 0], second.logs[0][-1500:] + second.logs[1][-1500:]
    assert sorted(second.exported()) == sorted(CHANGES["new"])
    allowed = set(CRAWL["listing_pages"]) | set(CHANGES["new"]) | FAILED
    assert [u for u in second.fetched() if u not in allowed] == []
    assert set(second.fetched()) >= FAILED
    assert fetched_once_but_failures(second.fetched()) == []


def test_three_workers_share_each_host_politely(hnr_mirror, redis_url, tmp_path: Path):
    command = worker_command(redis_url, tmp_path / "feeds", delay=DELAY)
    done = run_round(3, command, hnr_mirror, tmp_path / "feeds")
    assert done.returncodes == [0, 0, 0], "\n".join(log[-1500:] for log in done.logs)
    exported = done.exported()
    assert sorted(exported) == EXPECTED_URLS, (set(EXPECTED_URLS) ^ set(exported), done.logs)
    assert set(exported.values()) == {1}
    assert sum(1 for n in done.per_worker() if n) >= 2, done.per_worker()
    assert fetched_once_but_failures(done.fetched()) == []
    by_host: dict[str, list[float]] = {}
    for request in done.requests:
        by_host.setdefault(request["url"].split("/")[2], []).append(request["at"])
    # Turns at a host are taken in Redis at least DELAY apart; a request may still reach the
    # mirror late when its worker is busy (two cores, seven processes), so a gap here and
    # there is short, but on average requests come DELAY apart, not three times as often.
    gaps = [b - a for times in by_host.values() for a, b in pairwise(sorted(times))]
    assert sum(gaps) / len(gaps) >= DELAY
    assert sum(1 for gap in gaps if gap < DELAY / 2) <= 2, sorted(gaps)[:5]
    reports = [json.loads(p.read_text(encoding="utf-8")) for p in done.feeds.glob("*.report.json")]
    assert len(reports) == 3 and {r["status"] for r in reports} == {"ok"}


def test_three_workers_on_the_second_mirror_cover_every_article_once(redis_url, tmp_path: Path):
    """fixtures/hnr-alt was written from the site profile by someone who had not read the
    crawler: three workers export each of its articles once and fetch each page once."""
    alt = FIXTURES / "hnr-alt"
    expected = sorted(a["url"] for a in read_jsonl(alt / "expected" / "articles.jsonl"))
    must_not = set((alt / "expected" / "must_not_request.txt").read_text().split())
    routes = tomllib.loads((alt / "mirror.toml").read_text(encoding="utf-8"))["route"]
    failing = {r["url"] for r in routes if r.get("status", 200) >= 500}
    (tmp_path / "mirror").mkdir()
    process, mirror = start_mirror([alt], tmp_path / "mirror")
    try:
        command = worker_command(redis_url, tmp_path / "feeds", delay=DELAY)
        done = run_round(3, command, mirror, tmp_path / "feeds")
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert done.returncodes == [0, 0, 0], "\n".join(log[-1500:] for log in done.logs)
    exported = done.exported()
    assert sorted(exported) == expected, set(expected) ^ set(exported)
    assert set(exported.values()) == {1}
    fetched = done.fetched()
    assert [u for u, n in fetched.items() if n > 1 and u not in failing] == []
    assert must_not.isdisjoint(fetched)

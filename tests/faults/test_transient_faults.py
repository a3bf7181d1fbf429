"""Issue 9.9, faults that heal: one crawl of hnr with fixtures/faults/transient laid over it
(slow drip, truncated body, resets before and mid-answer, 429 with Retry-After in seconds
and as a date, each once; an article sent as image/jpeg, one as octet-stream, one gzipped).
The crawl finishes, asks again politely, and loses nothing."""

from __future__ import annotations

import tomllib

import pytest

from tests.conftest import EXPECTED_URLS, HNR_MIRROR
from tests.faults.crawls import FAULTS, crawl, once, serving

ROUTES = tomllib.loads((FAULTS / "transient" / "mirror.toml").read_text(encoding="utf-8"))["route"]
ONCE = [r["url"] for r in ROUTES if r.get("times")]
ODD = [r["url"] for r in ROUTES if not r.get("times")]
BUSY = [r for r in ROUTES if r.get("status") == 429]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    work = tmp_path_factory.mktemp("transient")
    with serving([FAULTS / "transient", HNR_MIRROR], work) as mirror:
        yield crawl(mirror, work / "out.jsonl")


def test_the_crawl_finishes_with_every_article_exactly_once(run):
    assert run.returncode == 0, run.tail()
    assert once(run.urls()) == EXPECTED_URLS


@pytest.mark.parametrize("url", ONCE)
def test_a_route_failing_once_is_exported_after_its_retry(run, url):
    assert len(run.requested(url)) >= 2, f"{url} was not asked again"
    assert url in run.urls()


@pytest.mark.parametrize("url", ODD)
def test_slow_compressed_or_mistyped_pages_are_exported(run, url):
    assert run.by_url()[url]["body"], url


@pytest.mark.parametrize("route", BUSY, ids=[r["url"] for r in BUSY])
def test_429_is_asked_again_no_sooner_than_retry_after(run, route):
    times = [r["at"] for r in run.requested(route["url"])]
    assert len(times) >= 2
    # an HTTP date has whole seconds: it may name a moment up to 1 s sooner than asked
    waited = route["retry_after"] - (1 if route.get("retry_after_date") else 0)
    assert times[1] - times[0] >= waited - 0.05, f"asked again after {times[1] - times[0]:.2f} s"


def test_nothing_is_recorded_as_lost(run):
    lost = set(run.reasons()) & set(EXPECTED_URLS)
    assert not [r for r in run.rejects if r["url"] in lost and r.get("what") == "item"]
    assert run.report["status"] == "ok"

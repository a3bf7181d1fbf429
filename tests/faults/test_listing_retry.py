"""Issue 9.3: a URL whose fetch failed is asked for again by the next run even when that
run does not read the listing that links it. The 500 page of 新闻热点 is linked from its
page 2 only; the next run reads page 1 alone (``max_pages=1``) with the page healed
(fixtures/faults/healed), and still fetches and exports it."""

from __future__ import annotations

import pytest

from tests.conftest import CRAWL, HNR_MIRROR
from tests.faults.crawls import FAULTS, crawl, serving

FAILED = CRAWL["failures"]["fail_always"][0]
PAGE_2 = CRAWL["listing_pages_by_channel"]["http://news.hnr.cn/xwrd/"][1]
CHANNEL = ("-a", "start_urls=http://news.hnr.cn/xwrd/", "-a", "related_depth=0")


@pytest.fixture(scope="module")
def runs(hnr_mirror, tmp_path_factory):
    work = tmp_path_factory.mktemp("listing_retry")
    feed = work / "out.jsonl"
    first = crawl(hnr_mirror, feed, *CHANNEL)
    with serving([FAULTS / "healed", HNR_MIRROR], work) as healed:
        second = crawl(healed, feed, *CHANNEL, "-a", "max_pages=1")
    return first, second


def test_the_page_failed_from_listing_page_2(runs):
    first, _ = runs
    assert first.requested(PAGE_2) and first.requested(FAILED)
    assert first.reasons().get(FAILED) == {"http_500"}


def test_the_next_run_asks_again_without_reading_page_2(runs):
    _, second = runs
    assert not second.requested(PAGE_2), "the second run read page 2: not the case to test"
    assert second.requested(FAILED), f"{FAILED} was not asked for again"
    assert second.returncode == 0, second.tail()
    assert FAILED in second.urls()

"""End to end: ``scrapy crawl hnr`` through the loopback mirror of hnr.cn, checked against
``fixtures/hnr/expected/``. One full crawl serves most tests (it takes a few seconds)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import fastjsonschema
import pytest

from crawler.items import article_schema
from tests.conftest import CRAWL, HNR_MIRROR, CrawlResult, read_jsonl, run_crawl

EXPECTED = read_jsonl(HNR_MIRROR / "expected" / "articles.jsonl")
EXACT_FIELDS = (
    "url", "site", "channel", "title", "published_at", "published_date", "source", "place", "reporters",
    "correspondents", "editor", "keywords", "body", "related", "extractor",
)  # fmt: skip


@pytest.fixture(scope="module")
def full_crawl(hnr_mirror, tmp_path_factory) -> CrawlResult:
    out = tmp_path_factory.mktemp("crawl") / "hnr.jsonl"
    result = run_crawl("hnr", hnr_mirror, out)
    assert result.returncode == 0, result.log[-3000:]
    return result


def test_every_expected_article_exactly_once(full_crawl):
    urls = Counter(item["url"] for item in full_crawl.items)
    assert [u for u, n in urls.items() if n > 1] == []
    assert sorted(urls) == sorted(a["url"] for a in EXPECTED)


@pytest.mark.parametrize("expected", EXPECTED, ids=[a["url"].split("//")[1] for a in EXPECTED])
def test_fields_exact(full_crawl, expected):
    item = full_crawl.by_url().get(expected["url"])
    assert item is not None, f"{expected['url']} not exported"
    assert {k: item[k] for k in EXACT_FIELDS} == {k: expected[k] for k in EXACT_FIELDS}


def test_crawl_only_fields(full_crawl):
    for item in full_crawl.items:
        assert item["crawled_at"].endswith("Z")
        via = item["found_via"]
        assert ("listing" in via and via["page"] >= 1) or "article" in via, item["url"]


def test_nothing_forbidden_or_twice_is_requested(full_crawl):
    requested = Counter(r["url"].split("?")[0] for r in full_crawl.requests if r["status"] != 500)
    assert [u for u, n in requested.items() if n > 1] == []
    assert set(CRAWL["must_not_request"]) & set(requested) == set()
    hosts = {u.split("/")[2] for u in requested}
    assert all(h == "hnr.cn" or h.endswith(".hnr.cn") for h in hosts), hosts
    assert all(r["user_agent"].startswith("hnr-crawler/") for r in full_crawl.requests)


def test_pages_without_articles_are_counted_and_recorded(full_crawl):
    recorded = {r["url"]: r["reason"] for r in full_crawl.rejects if r["what"] == "page"}
    for url, reason in CRAWL["not_articles"].items():
        assert recorded.get(url) == reason, url


def test_feed_is_readable_utf8_without_escapes(full_crawl, tmp_path_factory):
    text = json.dumps(full_crawl.items[0], ensure_ascii=False)
    assert "\\u" not in text
    assert full_crawl.items, "no items"


def test_max_pages_limits_listing_pages(hnr_mirror, tmp_path: Path):
    result = run_crawl(
        "hnr", hnr_mirror, tmp_path / "one.jsonl", "-a", "max_pages=1", "-a", "related_depth=0"
    )
    assert result.returncode == 0
    listings = [r["url"] for r in result.requests if r["url"] in CRAWL["listing_pages"]]
    assert sorted(listings) == sorted(CRAWL["start_urls"])


def test_since_skips_older_articles_and_stops_pagination(hnr_mirror, tmp_path: Path):
    since = CRAWL["since"]["date"]
    result = run_crawl("hnr", hnr_mirror, tmp_path / "since.jsonl", "-a", f"since={since}")
    assert result.returncode == 0
    assert result.items
    assert all(item["published_at"][:10] >= since for item in result.items)
    requested = {r["url"] for r in result.requests}
    assert not requested & set(CRAWL["since"]["listing_pages_not_requested"])


def test_related_depth_zero_follows_no_related_links(hnr_mirror, tmp_path: Path):
    result = run_crawl("hnr", hnr_mirror, tmp_path / "norel.jsonl", "-a", "related_depth=0")
    assert result.returncode == 0
    assert all("listing" in item["found_via"] for item in result.items)


def test_start_urls_replace_the_profile_channels(hnr_mirror, tmp_path: Path):
    start = CRAWL["start_urls"][0]
    result = run_crawl(
        "hnr", hnr_mirror, tmp_path / "one.jsonl", "-a", f"start_urls={start}", "-a", "max_pages=1"
    )
    assert result.returncode == 0
    listings = {r["url"] for r in result.requests if r["url"] in CRAWL["listing_pages"]}
    assert listings == {start}


def test_every_exported_article_and_figure_matches_the_whole_schema(full_crawl):
    validate = fastjsonschema.compile(article_schema())  # figures included
    for item in full_crawl.items:
        validate(item)
    assert sum(len(item["numbers"]) for item in full_crawl.items) > 100

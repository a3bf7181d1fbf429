"""End to end: ``scrapy crawl news -a start_urls=…`` through a loopback mirror of a site with
no profile (``fixtures/news``), checked against ``fixtures/news/expected/articles.jsonl``.

One crawl serves every test; the crawl state is off (``-s STATE_URI=``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

from tests.conftest import FIXTURES, CrawlResult, MirrorProcess, read_jsonl, run_crawl, start_mirror

NEWS_MIRROR = FIXTURES / "news"
EXPECTED = read_jsonl(NEWS_MIRROR / "expected" / "articles.jsonl")
HOST = "www.xcnews.cn"
START = f"http://{HOST}/news/"
RELATED_ONLY = f"http://{HOST}/news/2024/0328/10170.html"  # linked from 相关阅读 alone


@pytest.fixture(scope="module")
def news_mirror(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MirrorProcess]:
    process, mirror = start_mirror([NEWS_MIRROR], tmp_path_factory.mktemp("news-mirror"))
    try:
        yield mirror
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def crawl(news_mirror: MirrorProcess, tmp_path_factory: pytest.TempPathFactory) -> CrawlResult:
    out = tmp_path_factory.mktemp("news-crawl") / "news.jsonl"
    result = run_crawl("news", news_mirror, out, "-a", f"start_urls={START}", "-s", "STATE_URI=")
    assert result.returncode == 0, result.log[-3000:]
    return result


def test_every_article_exactly_once(crawl: CrawlResult) -> None:
    urls = Counter(item["url"] for item in crawl.items)
    assert [u for u, n in urls.items() if n > 1] == []
    assert sorted(urls) == sorted(a["url"] for a in EXPECTED)


@pytest.mark.parametrize("expected", EXPECTED, ids=[a["url"].split("/", 3)[3] for a in EXPECTED])
def test_fields(crawl: CrawlResult, expected: dict) -> None:
    item = crawl.by_url()[expected["url"]]
    assert {k: item[k] for k in expected} == expected
    assert item["extractor"] == "generic"
    assert item["site"] == "xcnews.cn"


def test_pagination_and_related_reading_are_followed(crawl: CrawlResult) -> None:
    requested = {r["url"] for r in crawl.requests}
    assert f"http://{HOST}/news/index_2.html" in requested
    via = crawl.by_url()[RELATED_ONLY]["found_via"]
    assert via == {"article": f"http://{HOST}/news/2024/0403/10231.html"}
    page_two = [i for i in crawl.items if i["found_via"].get("page") == 2]
    assert len(page_two) == 2


def test_nothing_off_the_start_host_or_twice_is_requested(crawl: CrawlResult) -> None:
    requested = Counter(r["url"] for r in crawl.requests)
    assert [u for u, n in requested.items() if n > 1] == []
    assert {urlsplit(u).hostname for u in requested} == {HOST}


def test_comments_stay_out_of_the_body(crawl: CrawlResult) -> None:
    item = crawl.by_url()[f"http://{HOST}/news/2024/0402/10225.html"]
    assert "门票多少钱" not in item["body"]
    assert item["editor"] == "孙丽"


def test_max_pages_and_related_depth_limit_the_crawl(news_mirror: MirrorProcess, tmp_path) -> None:
    result = run_crawl(
        "news",
        news_mirror,
        tmp_path / "news.jsonl",
        *("-a", f"start_urls={START}", "-a", "max_pages=1", "-a", "related_depth=0"),
        *("-s", "STATE_URI="),
    )
    assert result.returncode == 0, result.log[-3000:]
    requested = {r["url"] for r in result.requests}
    assert f"http://{HOST}/news/index_2.html" not in requested
    assert RELATED_ONLY not in requested
    assert len(result.items) == 3

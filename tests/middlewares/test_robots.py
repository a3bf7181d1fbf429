"""A robots.txt that cannot be read stops its host for the run; its pages are recorded as
failed (retried by the next run), never fetched against rules nobody could read. Every
request that waited for a robots.txt is checked against it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import HNR_MIRROR, run_crawl
from tests.faults.crawls import crawl, serving

LISTING = "http://news.hnr.cn/xwrd/"
ROUTES = """
[[route]]
url = "http://news.hnr.cn/robots.txt"
reset = "before"
"""


def test_an_unreadable_robots_txt_stops_the_host_and_records_its_pages(tmp_path):
    root = tmp_path / "root"
    root.mkdir()
    (root / "mirror.toml").write_text(ROUTES, encoding="utf-8")
    with serving([root, HNR_MIRROR], tmp_path) as mirror:
        run = crawl(mirror, tmp_path / "out.jsonl", "-a", f"start_urls={LISTING}", mode="-o")
    fetched = [r["url"] for r in run.requests if not r["url"].endswith("/robots.txt")]
    assert fetched == []
    assert {(r["url"], r["reason"]) for r in run.rejects} == {(LISTING, "robots_unavailable")}
    assert run.returncode == 1  # no listing could be fetched


ALLOWED = "http://news.hnr.cn/xwrd/"
DISALLOWED = [f"http://news.hnr.cn/private/{n}.html" for n in range(4)]


@pytest.mark.parametrize(
    "middleware",
    ["crawler.middlewares.robots.CarefulRobotsTxtMiddleware", None],
    ids=["ours", "scrapy"],
)
def test_every_request_waiting_for_robots_txt_is_checked(
    hnr_mirror, tmp_path: Path, middleware: str | None
):
    """Five start URLs of one host wait together for its robots.txt; four are disallowed."""
    settings = [] if middleware else ["-s", "DOWNLOADER_MIDDLEWARES={}"]
    done = run_crawl(
        "hnr", hnr_mirror, tmp_path / "out.jsonl",
        "-a", f"start_urls={','.join([ALLOWED, *DISALLOWED])}", "-a", "max_pages=1",
        "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8", *settings,
    )  # fmt: skip
    requested = {r["url"] for r in done.requests}
    if middleware:
        assert ALLOWED in requested and not requested & set(DISALLOWED), sorted(requested)
    else:  # Scrapy's own lets all but the first through: why the project has its own
        assert requested & set(DISALLOWED)

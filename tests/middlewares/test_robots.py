"""A robots.txt that cannot be read stops its host for the run; its pages are recorded as
failed (retried by the next run), never fetched against rules nobody could read."""

from __future__ import annotations

from tests.conftest import HNR_MIRROR
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

"""``scrapy parse`` picks the callback by the URL's shape and shows the finished item;
``scrapy check`` runs the callbacks' contracts against the bundled mirror."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT, clean_env

SEED_URL = "http://luohe.hnr.cn/202002/04/3216.html"


def scrapy(mirror, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scrapy", *args], cwd=ROOT,
        env=clean_env(http_proxy=mirror.proxy), capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_parse_an_article_url_shows_the_finished_article(hnr_mirror):
    done = scrapy(hnr_mirror, "parse", "--spider=hnr", "--nolog", "--nolinks", SEED_URL)
    assert done.returncode == 0, done.stderr[-2000:]
    shown = done.stdout.split("# Scraped Items")[1]
    assert "'body': '映象网漯河讯(记者 杨增强 通讯员" in shown
    assert "新闻热线" not in shown  # cleaned: the hotline paragraph is gone
    assert "'subject': '武汉返乡人员'" in shown  # with its figures
    assert "'published_at': '2020-02-04T00:00:00+08:00'" in shown


def test_parse_a_listing_url_shows_its_requests(hnr_mirror):
    done = scrapy(hnr_mirror, "parse", "--spider=hnr", "--nolog", "http://luohe.hnr.cn/")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "http://luohe.hnr.cn/2.html" in done.stdout


def test_check_runs_the_contracts_through_the_mirror(hnr_mirror):
    done = scrapy(hnr_mirror, "check", "hnr")
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Ran 6 contracts" in done.stderr and done.stderr.rstrip().endswith("OK")

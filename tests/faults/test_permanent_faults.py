"""Issue 9.3, 9.7 and 9.9, faults that do not heal within a run. The first run crawls hnr
with fixtures/faults/permanent (always truncated, reset, 429, slower than the timeout)
and fixtures/faults/pages (a redirect loop, an off-site redirect, a gzip bomb) laid over
it: each failure is recorded in the rejects file with its reason. The second run, with
the same state and ``-O`` file, the faults gone and the always-500 page of 新闻热点 page 2
healed (fixtures/faults/healed), asks again for every page that failed, and its file
holds every article exactly once."""

from __future__ import annotations

import tomllib

import pytest

from tests.conftest import CRAWL, EXPECTED_URLS, HNR_MIRROR
from tests.faults.crawls import FAULTS, crawl, once, serving

ROUTES = tomllib.loads((FAULTS / "permanent" / "mirror.toml").read_text(encoding="utf-8"))["route"]
FAILING = [r["url"] for r in ROUTES]
HEALED = CRAWL["failures"]["fail_always"][0]  # always 500 in fixtures/hnr
LOOP = {"http://news.hnr.cn/202107/08/6101.html", "http://news.hnr.cn/202107/08/6102.html"}
OFFSITE = "http://news.hnr.cn/202107/09/6103.html"
BOMB = "http://news.hnr.cn/202107/10/6104.html"
NEW_ARTICLE = "http://news.hnr.cn/202107/11/6105.html"
START = ",".join([*CRAWL["start_urls"], "http://news.hnr.cn/shxw/"])
OPTIONS = (
    "-a", f"start_urls={START}",
    "-s", "DOWNLOAD_TIMEOUT=1", "-s", "RETRY_TIMES=1",  # the dripping page takes 20 s
    "-s", "RUN_MAX_ERROR_RATE=0.5",  # a third of the pages fail on purpose
)  # fmt: skip


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    work = tmp_path_factory.mktemp("permanent")
    feed = work / "out.jsonl"
    (work / "m1").mkdir()
    (work / "m2").mkdir()
    with serving([FAULTS / "permanent", FAULTS / "pages", HNR_MIRROR], work / "m1") as mirror:
        first = crawl(mirror, feed, *OPTIONS)
    first_rejects = first.rejects
    with serving([FAULTS / "healed", FAULTS / "pages", HNR_MIRROR], work / "m2") as mirror:
        second = crawl(mirror, feed, *OPTIONS)
    return first, first_rejects, second


def test_the_first_run_finishes(runs):
    first, _, _ = runs
    assert first.returncode == 0, first.tail()
    exported = once(first.urls())
    assert NEW_ARTICLE in exported and not set(FAILING) & set(exported)


@pytest.mark.parametrize("url", FAILING)
def test_a_page_that_always_fails_is_recorded_with_its_reason(runs, url):
    _, rejects, _ = runs
    reasons = {r["reason"] for r in rejects if r["url"] == url}
    assert reasons and all(reasons), f"{url} not recorded in the rejects file"


def test_a_redirect_loop_is_recorded_as_such(runs):
    _, rejects, _ = runs
    assert any(r["url"] in LOOP and r["reason"] == "redirect_loop" for r in rejects), rejects


def test_an_off_site_redirect_is_recorded_as_such(runs):
    _, rejects, _ = runs
    assert any(r["url"] == OFFSITE and r["reason"] == "offsite_redirect" for r in rejects)


def test_a_gzip_bomb_is_refused_as_too_large(runs):
    _, rejects, _ = runs
    assert any(r["url"] == BOMB and r["reason"] == "too_large" for r in rejects), rejects


@pytest.mark.parametrize("url", FAILING)
def test_the_next_run_asks_again_for_what_failed(runs, url):
    _, _, second = runs
    assert second.requested(url), f"{url} failed in the first run and was not asked again"
    assert url in second.urls()


def test_the_final_file_holds_every_article_exactly_once(runs):
    _, _, second = runs
    assert second.returncode == 0, second.tail()
    assert once(second.urls()) == sorted([*EXPECTED_URLS, NEW_ARTICLE, HEALED])

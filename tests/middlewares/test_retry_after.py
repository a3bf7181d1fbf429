"""The Retry-After middleware: reading the header, and a real crawl through the mirror that
asks a 429 page again no sooner than the server said (capped by RETRY_AFTER_MAX_DELAY)."""

from __future__ import annotations

import email.utils
import json

import pytest
from scrapy.utils.project import get_project_settings

from crawler.middlewares.retry_after import retry_after_seconds
from tests.conftest import HNR_MIRROR
from tests.faults.crawls import crawl, serving

MIDDLEWARE = "crawler.middlewares.retry_after.RetryAfterMiddleware"
SECONDS, DATED, CAPPED, ALWAYS = (
    "http://luohe.hnr.cn/202106/08/5120.html",
    "http://luohe.hnr.cn/202105/27/5088.html",
    "http://finance.hnr.cn/202008/26/4188.html",
    "http://finance.hnr.cn/202104/09/4955.html",
)
ROUTES = f"""
[[route]]
url = "{SECONDS}"
status = 429
retry_after = 2
times = 1

[[route]]
url = "{DATED}"
status = 429
retry_after = 2
retry_after_date = true
times = 1

[[route]]
url = "{CAPPED}"
status = 429
retry_after = 3600
times = 1

[[route]]
url = "{ALWAYS}"
status = 429
retry_after = 0
"""


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        (b"120", 120.0),
        ("0", 0.0),
        (email.utils.formatdate(1_000_030, usegmt=True), 30.0),
        (email.utils.formatdate(999_000, usegmt=True), 0.0),  # a date gone by: at once
        (email.utils.formatdate(1_000_060, usegmt=True)[:-4], 60.0),  # no zone: GMT
        ("-5", None),
        ("soon", None),
        ("", None),
        (None, None),
    ],
)
def test_reads_delta_seconds_and_http_dates(value, seconds):
    assert retry_after_seconds(value, now=1_000_000) == seconds


def middleware_option() -> tuple[str, ...]:
    """``-s DOWNLOADER_MIDDLEWARES=…`` with the middleware added, unless the project has it."""
    enabled = get_project_settings().getdict("DOWNLOADER_MIDDLEWARES")
    if MIDDLEWARE in enabled:
        return ()
    return ("-s", "DOWNLOADER_MIDDLEWARES=" + json.dumps({**enabled, MIDDLEWARE: 560}))


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    work = tmp_path_factory.mktemp("retry_after")
    root = work / "busy"
    root.mkdir()
    (root / "mirror.toml").write_text(ROUTES, encoding="utf-8")
    start = "http://luohe.hnr.cn/,http://finance.hnr.cn/zcj/"
    with serving([root, HNR_MIRROR], work) as mirror:
        yield crawl(
            mirror,
            work / "out.jsonl",
            *middleware_option(),
            "-a", f"start_urls={start}", "-a", "max_pages=1", "-a", "related_depth=0",
            "-s", "RETRY_AFTER_MAX_DELAY=2.5", "-s", "RETRY_TIMES=2",
            "-s", "RUN_MAX_ERROR_RATE=1",
        )  # fmt: skip


def gaps(run, url: str) -> list[float]:
    times = [r["at"] for r in run.requested(url)]
    return [b - a for a, b in zip(times, times[1:], strict=False)]


def test_asks_again_after_the_seconds_given(run):
    assert run.returncode == 0, run.tail()
    assert len(gaps(run, SECONDS)) == 1 and gaps(run, SECONDS)[0] >= 2 - 0.05
    assert SECONDS in run.urls()


def test_asks_again_after_the_date_given(run):
    # the date has whole seconds: up to 1 s sooner than the 2 s it was sent for
    assert len(gaps(run, DATED)) == 1 and gaps(run, DATED)[0] >= 1 - 0.05
    assert DATED in run.urls()


def test_a_long_wait_is_cut_to_the_cap(run):
    assert len(gaps(run, CAPPED)) == 1 and 2.5 - 0.05 <= gaps(run, CAPPED)[0] < 10
    assert CAPPED in run.urls()


def test_gives_up_after_retry_times(run):
    assert len(run.requested(ALWAYS)) == 3  # RETRY_TIMES=2: the first ask and two more
    assert ALWAYS not in run.urls()

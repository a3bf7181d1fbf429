"""``scrapy crawl`` refuses a wrong spider, argument or setting before anything is requested:
one line naming it, exit status 2, no traceback."""

from __future__ import annotations

import subprocess

import pytest

from tests.conftest import ROOT, clean_env, crawl_command


def crawl(mirror, tmp_path, spider: str, *args: str) -> subprocess.CompletedProcess[str]:
    mirror.clear_log()
    command = crawl_command(
        spider, "-O", str(tmp_path / "out.jsonl"),
        "-s", f"STATE_URI=sqlite:///{tmp_path / 'state.sqlite'}", *args,
    )  # fmt: skip
    return subprocess.run(
        command, cwd=ROOT, env=clean_env(http_proxy=mirror.proxy),
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (("-a", "max_page=2"), "unknown spider argument 'max_page'; valid: start_urls, since"),
        (("-a", "max_pages=-1"), "max_pages must be at least 1"),
        (("-a", "since=2024/01/01"), "since must be a date as YYYY-MM-DD"),
        (("-a", "related_depth=two"), "related_depth must be a whole number"),
        (("-a", "reset_state=maybe"), "reset_state must be 1 or 0"),
        (
            ("-a", "start_urls=http://www.example.com/"),
            "start_urls: http://www.example.com/ is not",
        ),
        (("-s", "TEXT_WORKERS=-1"), "TEXT_WORKERS must be from 0 to 64"),
        (("-s", "RUN_MAX_ERROR_RATE=2"), "RUN_MAX_ERROR_RATE must be from 0 to 1"),
        (("-s", "FIGURES_FEED_SUFFIX=.xlsx"), "FIGURES_FEED_SUFFIX must be one of"),
        (("-s", "TEXT_WORKER=2"), "unknown setting TEXT_WORKER; did you mean TEXT_WORKERS?"),
    ],
    ids=lambda v: v if isinstance(v, str) else v[1],
)
def test_a_wrong_argument_or_setting_is_one_line_and_exit_2(hnr_mirror, tmp_path, args, named):
    done = crawl(hnr_mirror, tmp_path, "hnr", *args)
    assert done.returncode == 2, done.stderr[-2000:]
    [line] = done.stderr.splitlines()  # the one line, not even Scrapy's start-up banner
    assert line.startswith("crawl: ") and named in line
    assert hnr_mirror.requests() == []  # nothing crawled
    assert not (tmp_path / "out.jsonl").exists()


def test_an_unknown_spider_is_one_line_and_exit_2(hnr_mirror, tmp_path):
    done = crawl(hnr_mirror, tmp_path, "hrn")
    assert done.returncode == 2
    assert done.stderr.splitlines() == ["crawl: no spider 'hrn'; known: hnr, news"]


def test_news_without_start_urls_is_refused(hnr_mirror, tmp_path):
    done = crawl(hnr_mirror, tmp_path, "news")
    assert done.returncode == 2 and "news needs start_urls" in done.stderr


def test_arguments_scrapy_tools_pass_are_accepted(hnr_mirror, tmp_path):
    done = crawl(
        hnr_mirror, tmp_path, "hnr", "-a", "_job=6487ec79947edab326d6db28a2d86511",
        "-a", "start_urls=http://luohe.hnr.cn/", "-a", "max_pages=1", "-a", "related_depth=0",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]

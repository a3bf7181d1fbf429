"""REDIS_URL switches distributed mode on; without it nothing of Redis is imported or needed;
settings that cannot work with several workers are refused in one line."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from scrapy.settings import Settings

from crawler import settings as project_settings
from crawler.project_settings import SettingsError, check_settings
from tests.conftest import ROOT, clean_env, crawl_command, run_crawl


def settings(**cmdline: object) -> Settings:
    values = Settings()
    values.setmodule(project_settings, priority="project")
    values.setdict(cmdline, priority="cmdline")
    return values


@pytest.mark.parametrize(
    ("given", "named"),
    [
        ({"REDIS_URL": "http://127.0.0.1:6379"}, "REDIS_URL must be redis://"),
        ({"STATE_URI": "redis://127.0.0.1:6379/0"}, "set REDIS_URL too"),
        (
            {"REDIS_URL": "redis://127.0.0.1:6379/0", "STATE_URI": "sqlite:///s.sqlite"},
            "the workers share one state",
        ),
        (
            {"REDIS_URL": "redis://127.0.0.1:6379/0", "FEEDS": {"out.jsonl": {"overwrite": True}}},
            "-O out.jsonl: with REDIS_URL each worker writes its own feed",
        ),
        (
            {"REDIS_URL": "redis://127.0.0.1:6379/0", "FEEDS": {"out.jsonl": {}}},
            "put %(run_id)s in the path",
        ),
        ({"MAX_IDLE_TIME_BEFORE_CLOSE": "soon"}, "MAX_IDLE_TIME_BEFORE_CLOSE must be a float"),
    ],
)
def test_settings_that_cannot_work_are_named(given, named):
    with pytest.raises(SettingsError, match=named.replace("(", r"\(").replace(")", r"\)")):
        check_settings(settings(**given))


def test_what_distributed_mode_accepts():
    check_settings(settings(REDIS_URL="redis://127.0.0.1:6379/0"))
    check_settings(
        settings(
            REDIS_URL="redis://127.0.0.1:6379/0",
            FEEDS={"data/%(run_id)s.jsonl": {}},
            STATE_URI="redis://127.0.0.1:6379/1?prefix=hnr",
        )
    )


def test_without_redis_url_a_crawl_needs_nothing_of_redis(hnr_mirror, tmp_path: Path):
    """``redis`` and ``scrapy_redis`` that fail on import: a crawl without REDIS_URL runs."""
    blocked = tmp_path / "blocked"
    blocked.mkdir()
    for name in ("redis", "scrapy_redis"):
        (blocked / f"{name}.py").write_text(f"raise ImportError('{name} must not be imported')\n")
    env = {"PYTHONPATH": str(blocked)}
    done = run_crawl("hnr", hnr_mirror, tmp_path / "out.jsonl", "-a", "max_pages=1", env=env)
    assert done.returncode == 0, done.log[-2000:]
    assert done.items
    refused = subprocess.run(
        crawl_command("hnr", "-s", "REDIS_URL=redis://127.0.0.1:1/0"),
        cwd=ROOT, env=clean_env(**env), capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert refused.returncode != 0
    assert "crawl: REDIS_URL needs the redis extra: pip install 'hnr-crawler[redis]'" in (
        refused.stderr.splitlines()
    )
    assert "Traceback" not in refused.stderr


def test_a_redis_that_cannot_be_reached_is_one_line(tmp_path: Path):
    done = subprocess.run(
        crawl_command("hnr", "-s", "REDIS_URL=redis://127.0.0.1:1/0"),
        cwd=tmp_path, env=clean_env(SCRAPY_SETTINGS_MODULE="crawler.settings"),
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 1
    (line,) = [x for x in done.stderr.splitlines() if x.startswith("crawl:")]
    assert line.startswith("crawl: REDIS_URL: cannot use Redis at redis://127.0.0.1:1/0:")
    assert "Traceback" not in done.stderr

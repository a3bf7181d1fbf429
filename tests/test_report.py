"""The run report beside the feed, and the exit status cron and systemd alert on."""

from __future__ import annotations

import json

from tests.conftest import run_crawl


def report_of(out):
    return json.loads(out.with_name(out.name + ".report.json").read_text(encoding="utf-8"))


def test_a_good_run_reports_what_it_did(hnr_mirror, tmp_path):
    out = tmp_path / "good.jsonl"
    result = run_crawl(
        "hnr", hnr_mirror, out, "-a", "start_urls=http://luohe.hnr.cn/", "-a", "max_pages=1"
    )
    assert result.returncode == 0
    report = report_of(out)
    assert report["status"] == "ok" and report["failure"] is None
    assert report["articles"]["exported"] == len(result.items) > 0
    assert report["pages"]["listing"] == 1
    assert report["rejects"].get("http_404") == 1  # the listing links one dead article
    assert report["figures"] == sum(len(i["numbers"]) for i in result.items)
    assert 0 < report["field_completeness"]["published_at"] <= 1
    assert "run " in result.log and " ok: " in result.log and "  pages: " in result.log


def test_a_run_whose_listings_fail_exits_non_zero(hnr_mirror, tmp_path):
    out = tmp_path / "bad.jsonl"
    result = run_crawl(
        "hnr", hnr_mirror, out, "-a", "start_urls=http://news.hnr.cn/no-such-channel/"
    )
    assert result.returncode == 1
    report = report_of(out)
    assert report["status"] == "failed"
    assert report["failure"] == "no listing page could be fetched"


def test_a_run_whose_report_cannot_be_written_exits_non_zero(hnr_mirror, tmp_path):
    out = tmp_path / "unreported.jsonl"
    out.with_name(out.name + ".report.json").mkdir()  # the report's path is taken by a folder
    result = run_crawl(
        "hnr", hnr_mirror, out, "-a", "start_urls=http://luohe.hnr.cn/", "-a", "max_pages=1"
    )
    assert result.returncode == 1
    assert "cannot write the report" in result.log
    assert "Traceback" not in result.log

"""Issue 9.1 and 9.2, feeds a user can predict: ``-O`` is a complete snapshot, replaced only
by a run that succeeded; ``-o`` appends what is new; the files beside a feed follow its
mode and carry its whole file name; a feed that cannot be written fails the run and
records nothing as exported."""

from __future__ import annotations

import csv
import json
import os
import shutil
import socket
import subprocess
from pathlib import Path

import pytest

from tests.conftest import CRAWL, EXPECTED_URLS, HNR_MIRROR, MirrorProcess
from tests.faults.crawls import beside, crawl, once, serving

SMALL = ("-a", "start_urls=http://luohe.hnr.cn/", "-a", "max_pages=1", "-a", "related_depth=0")
FAILING_ROUTE = '[[route]]\nurl = "http://luohe.hnr.cn/202105/20/5066.html"\nstatus = 500\n'
LUOHE = ("-a", "start_urls=http://luohe.hnr.cn/", "-a", "related_depth=0")
LUOHE_URLS = sorted(
    url for url in CRAWL["articles_related_depth_0"] if url.startswith("http://luohe.hnr.cn/")
)


def table_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def text_of(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.exists() else ""


def figures_in(run) -> int:
    return sum(len(item["numbers"]) for item in run.items)


@pytest.fixture(scope="module")
def overwritten(hnr_mirror, tmp_path_factory):
    """``scrapy crawl hnr -O out.jsonl`` twice, with the same state."""
    feed = tmp_path_factory.mktemp("overwrite") / "out.jsonl"
    first = crawl(hnr_mirror, feed)
    first_rejects = text_of(beside(feed, ".rejects.jsonl"))
    first_report = text_of(beside(feed, ".report.json"))
    second = crawl(hnr_mirror, feed)
    return first, first_rejects, first_report, second


def test_O_twice_the_second_file_holds_every_article(overwritten):
    first, _, _, second = overwritten
    assert first.returncode == 0 and second.returncode == 0, second.tail()
    assert once(second.urls()) == EXPECTED_URLS


def test_files_beside_a_feed_carry_its_whole_name(overwritten):
    feed = overwritten[3].feed
    for suffix in (".figures.csv", ".rejects.jsonl", ".report.json"):
        assert beside(feed, suffix).is_file(), suffix
    assert (
        not list(feed.parent.glob("out.figures.*"))
        and not (feed.parent / "out.report.json").exists()
    )


def test_O_overwrites_the_figures_table(overwritten):
    second = overwritten[3]
    rows = table_rows(beside(second.feed, ".figures.csv"))
    assert [r for r in rows if r == rows[0]] == [rows[0]], "a second header row"
    assert len(rows) - 1 == figures_in(second) > 0


def test_O_overwrites_rejects_and_report(overwritten):
    _, first_rejects, first_report, second = overwritten
    lines = text_of(beside(second.feed, ".rejects.jsonl")).splitlines()
    assert not set(first_rejects.splitlines()) & set(lines), "the first run's rejects are kept"
    assert first_report and second.report["run_id"] != json.loads(first_report)["run_id"]


def test_csv_and_json_feeds_get_separate_side_files(hnr_mirror, tmp_path: Path):
    as_csv = crawl(hnr_mirror, tmp_path / "x.csv", *SMALL, state=tmp_path / "a.sqlite")
    as_json = crawl(hnr_mirror, tmp_path / "x.json", *SMALL, state=tmp_path / "b.sqlite")
    assert as_csv.returncode == 0 and as_json.returncode == 0, as_json.tail()
    for feed in (as_csv.feed, as_json.feed):
        rows = table_rows(beside(feed, ".figures.csv"))
        assert [r for r in rows if r == rows[0]] == [rows[0]]
        assert beside(feed, ".report.json").is_file()
    assert not (tmp_path / "x.figures.csv").exists()


def unreachable_proxy(workdir: Path) -> MirrorProcess:
    """A proxy address nobody listens on: every request fails to connect."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log = workdir / "nobody.log.jsonl"
    log.write_text("")
    return MirrorProcess(f"http://127.0.0.1:{port}", log, 0)


def test_a_failed_run_leaves_the_previous_file_and_its_partial_output(tmp_path: Path):
    feed = tmp_path / "out.jsonl"
    before = (HNR_MIRROR / "expected" / "articles.jsonl").read_bytes()
    feed.write_bytes(before)
    failed = crawl(unreachable_proxy(tmp_path), feed, *SMALL)
    assert failed.returncode == 1, failed.tail()
    assert feed.read_bytes() == before
    assert beside(feed, ".partial").is_file()


def make_unwritable(folder: Path) -> None:
    folder.chmod(0o555)
    if os.geteuid() == 0:  # root writes anywhere a mode forbids: make the folder immutable
        subprocess.run(["chattr", "+i", str(folder)], check=False, capture_output=True)
    try:
        (folder / "probe").touch()
    except OSError:
        return
    (folder / "probe").unlink()
    make_writable(folder)
    pytest.skip("cannot make a folder unwritable on this machine")


def make_writable(folder: Path) -> None:
    if os.geteuid() == 0 and shutil.which("chattr"):
        subprocess.run(["chattr", "-i", str(folder)], check=False, capture_output=True)
    folder.chmod(0o755)


@pytest.fixture(scope="module")
def appended(tmp_path_factory):
    """``-o feeds/out.jsonl`` three times with one state: into a folder that cannot be
    written, then into the same folder made writable again, then once more. A page of the
    listing fails with 500 every time, so that each run has a reject to record."""
    work = tmp_path_factory.mktemp("append")
    (work / "failing").mkdir()
    (work / "failing" / "mirror.toml").write_text(FAILING_ROUTE, encoding="utf-8")
    feeds, state = work / "feeds", work / "state.sqlite"
    feeds.mkdir()
    feed = feeds / "out.jsonl"
    with serving([work / "failing", HNR_MIRROR], work) as mirror:
        make_unwritable(feeds)
        try:
            unwritable = crawl(mirror, feed, *LUOHE, mode="-o", state=state)
        finally:
            make_writable(feeds)
        first = crawl(mirror, feed, *LUOHE, mode="-o", state=state)
        first_lines, first_rejects = text_of(feed), text_of(beside(feed, ".rejects.jsonl"))
        second = crawl(mirror, feed, *LUOHE, mode="-o", state=state)
    return unwritable, first, first_lines, first_rejects, second


def test_a_feed_that_cannot_be_written_fails_the_run(appended):
    unwritable = appended[0]
    assert unwritable.returncode == 1, unwritable.tail()
    assert unwritable.stderr.count("Traceback") <= 1


def test_the_next_run_exports_every_article(appended):
    first = appended[1]
    assert first.returncode == 0, first.tail()
    assert once(first.urls()) == LUOHE_URLS


def test_o_appends_only_what_is_new(appended):
    _, first, first_lines, _, second = appended
    assert second.returncode == 0, second.tail()
    assert first_lines and second.feed.read_text(encoding="utf-8") == first_lines  # nothing new
    assert once(second.urls()) == sorted(first.urls())


def test_o_appends_beside_files_without_a_second_header(appended):
    _, _, _, first_rejects, second = appended
    rows = table_rows(beside(second.feed, ".figures.csv"))
    assert [r for r in rows if r == rows[0]] == [rows[0]], "a second header row"
    assert len(rows) - 1 == figures_in(second) > 0
    rejects = text_of(beside(second.feed, ".rejects.jsonl"))
    assert first_rejects and rejects.startswith(first_rejects)

"""``python -m crawler dataset`` over the feeds of two real crawls of the mirror.

The first run crawls the site, the second its next version (two new articles, one
corrected, so revision 2); beside them lie a killed run's feed (a line cut short), an
older feed (date-only published_at, no published_date) and every file a run leaves.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import duckdb
import pytest

from crawler.__main__ import main
from crawler.dataset import build_dataset
from tests.conftest import (
    CHANGES,
    FIXTURES,
    HNR_MIRROR,
    ROOT,
    clean_env,
    read_jsonl,
    run_crawl,
    start_mirror,
)

OLDER = ("http://news.hnr.cn/older/1.html", "http://news.hnr.cn/older/2.html")


@pytest.fixture(scope="module")
def feeds(hnr_mirror, tmp_path_factory) -> Path:
    """data/hnr/ as two runs, a killed run and an older feed leave it."""
    folder = tmp_path_factory.mktemp("data") / "hnr"
    folder.mkdir()
    first = run_crawl("hnr", hnr_mirror, folder / "run1.jsonl")
    assert first.returncode == 0, first.log[-2000:]
    process, mirror_v2 = start_mirror([FIXTURES / "hnr-v2", HNR_MIRROR], folder.parent)
    try:
        second = run_crawl("hnr", mirror_v2, folder / "run2.jsonl", "-s", "RECHECK_DAYS=1")
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert second.returncode == 0, second.log[-2000:]
    lines = (folder / "run1.jsonl").read_text("utf-8").splitlines()
    (folder / "run3.jsonl").write_text(lines[0] + "\n" + lines[1][:40], "utf-8")
    older = []
    for url, published_at in zip(OLDER, ("2020-02-04", "2020-02-04T01:30:00+08:00"), strict=True):
        article = json.loads(lines[2]) | {"url": url, "published_at": published_at}
        del article["published_date"]
        older.append(json.dumps(article, ensure_ascii=False))
    (folder / "older.jsonl").write_text("\n".join(older) + "\n", "utf-8")
    return folder


def _beside(folder: Path, run: str, suffix: str) -> Path:
    """A file a run wrote beside its feed (however the feed names them), if it wrote one."""
    names = (f"{run}.jsonl{suffix}", f"{run}{suffix}")
    return next((folder / n for n in names if (folder / n).exists()), folder / names[-1])


def dataset(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crawler", "dataset", *args],
        cwd=ROOT,
        env=clean_env(**(env or {})),
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def built(feeds: Path) -> Path:
    out = feeds.parent / "dataset"
    done = dataset(str(feeds), "-o", str(out))
    assert done.returncode == 0, done.stderr
    return out


def test_latest_revision_of_every_article(feeds: Path, built: Path) -> None:
    articles = read_jsonl(built / "articles.jsonl")
    urls = [a["url"] for a in articles]
    every = [a for name in ("run1", "run2", "older") for a in read_jsonl(feeds / f"{name}.jsonl")]
    assert len(urls) == len(set(urls)) and set(urls) == {a["url"] for a in every}
    assert set(CHANGES["new"]) | set(OLDER) <= set(urls)
    corrected = next(a for a in articles if a["url"] == CHANGES["corrected"])
    assert corrected["revision"] == 2 and "1.92亿元" in corrected["body"]
    assert all(a["revision"] == 1 for a in articles if a["url"] != CHANGES["corrected"])


def test_dates_in_one_format(built: Path) -> None:
    articles = read_jsonl(built / "articles.jsonl")
    assert all(a["published_at"] is None or len(a["published_at"]) == 25 for a in articles)
    assert all(a["published_at"][:10] == a["published_date"] for a in articles if a["published_at"])
    older = [a for a in articles if a["url"] in OLDER]
    assert [(a["published_at"], a["published_date"]) for a in older] == [
        ("2020-02-04T00:00:00+08:00", "2020-02-04"),
        ("2020-02-04T01:30:00+08:00", "2020-02-04"),
    ]
    assert list(older[0]).index("published_date") == list(older[0]).index("published_at") + 1


def test_the_cut_line_is_skipped_and_counted(feeds: Path) -> None:
    done = dataset(str(feeds), "-o", str(feeds.parent / "again"), "--no-duckdb")
    assert done.returncode == 0 and "1 corrupt lines skipped" in done.stderr
    report = (feeds.parent / "again" / "report.html").read_text("utf-8")
    assert f"{feeds / 'run3.jsonl'}:2" in report


def test_tables_database_and_parquet_agree(built: Path) -> None:
    articles = read_jsonl(built / "articles.jsonl")
    figures = sum(len(a["numbers"]) for a in articles)
    with (built / "figures.csv").open(encoding="utf-8") as table:
        assert sum(1 for _ in table) == figures + 1  # no figure spans lines
    with duckdb.connect(str(built / "dataset.duckdb"), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (len(articles),)
        assert con.execute("SELECT count(*) FROM figures").fetchone() == (figures,)
        types = dict(con.execute("SELECT column_name, data_type FROM information_schema.columns "
                             "WHERE table_name = 'articles'").fetchall())  # fmt: skip
        assert types["published_at"] == "TIMESTAMP WITH TIME ZONE"
        assert types["published_date"] == "DATE" and types["reporters"] == "VARCHAR[]"
        early = con.execute(
            "SELECT published_date, published_at = TIMESTAMPTZ '2020-02-03 17:30:00+00' "
            f"FROM articles WHERE url = '{OLDER[1]}'"
        ).fetchone()
        assert str(early[0]) == "2020-02-04" and early[1]
        per_url = dict(con.execute("SELECT url, count(*) FROM figures GROUP BY url").fetchall())
        assert per_url == {a["url"]: len(a["numbers"]) for a in articles if a["numbers"]}
        for table, rows in (("articles", len(articles)), ("figures", figures)):
            path = str(built / f"{table}.parquet")
            assert con.execute("SELECT count(*) FROM read_parquet(?)", [path]).fetchone() == (rows,)
            schema = dict(con.execute(
                "SELECT name, converted_type || ' ' || coalesce(logical_type, '') "
                "FROM parquet_schema(?)", [path]).fetchall())  # fmt: skip
            assert schema["published_at"].startswith("TIMESTAMP_MICROS")
            assert "isAdjustedToUTC=1" in schema["published_at"]
            assert schema["published_date"].startswith("DATE")


def test_report_has_runs_rejects_and_charts(feeds: Path, built: Path) -> None:
    html = (built / "report.html").read_text("utf-8")
    assert html.count("<svg") >= 4
    for run in ("run1", "run2"):
        report = json.loads(_beside(feeds, run, ".report.json").read_text("utf-8"))
        assert f"<td>{report['run_id']}</td>" in html
    reasons = Counter(r["reason"] for run in ("run1", "run2")
                      for r in read_jsonl(_beside(feeds, run, ".rejects.jsonl")))  # fmt: skip
    assert reasons and all(
        f"{reason}: {count}</title>" in html for reason, count in reasons.items()
    )


def test_excel_and_a_rebuild_in_place(feeds: Path, tmp_path: Path) -> None:
    out = feeds / "dataset"  # inside the folder it reads: its own files are not sources
    first = build_dataset([feeds], out, excel=True)
    again = build_dataset([feeds], out, excel=True)
    assert (first.articles, first.figures) == (again.articles, again.figures)
    assert (out / "figures.csv").read_bytes().startswith(b"\xef\xbb\xbfurl,")
    with duckdb.connect(str(out / "dataset.duckdb"), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM figures").fetchone() == (again.figures,)
    assert sorted(p.name for p in out.iterdir()) == [
        "articles.jsonl", "articles.parquet", "dataset.duckdb", "figures.csv", "figures.parquet",
        "report.html",
    ]  # fmt: skip


def test_without_duckdb_a_clear_line_unless_not_asked_for(feeds: Path, tmp_path: Path) -> None:
    shim = tmp_path / "shim"
    shim.mkdir()
    (shim / "duckdb.py").write_text("raise ImportError(\"No module named 'duckdb'\")\n")
    env = {"PYTHONPATH": str(shim)}
    done = dataset(str(feeds), "-o", str(tmp_path / "a"), env=env)
    assert done.returncode == 1 and done.stderr.count("\n") == 1
    assert "pip install 'hnr-crawler[dataset]'" in done.stderr and "--no-duckdb" in done.stderr
    assert not (tmp_path / "a").exists()
    done = dataset(str(feeds), "-o", str(tmp_path / "b"), "--no-duckdb", env=env)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in (tmp_path / "b").iterdir()) == [
        "articles.jsonl",
        "figures.csv",
        "report.html",
    ]


def test_wrong_arguments_get_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    done = dataset("-o", str(tmp_path / "out"))  # as a user runs it
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "run.figures.csv").write_text("url\n")
    for args in (
        [str(tmp_path / "missing")],
        ["--state", f"sqlite:///{tmp_path}/no.sqlite"],
        ["--state", "redis://localhost/0"],
        [str(tmp_path / "empty")],  # no feed: nothing is written over
    ):
        assert main(["dataset", *args, "-o", str(tmp_path / "out")]) == 1
        assert capsys.readouterr().err.count("\n") == 1
    assert not (tmp_path / "out").exists()


def test_the_readme_queries_run(built: Path) -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    queries = re.findall(r"```sql\n(.*?)```", readme, flags=re.S)
    assert len(queries) == 3
    with duckdb.connect(str(built / "dataset.duckdb"), read_only=True) as con:
        results = [con.execute(query).fetchall() for query in queries]
    assert sum(row[2] for row in results[1]) == len(read_jsonl(built / "articles.jsonl"))


def test_from_the_crawl_state(feeds: Path, tmp_path: Path) -> None:
    state = f"sqlite:///{feeds / 'state.sqlite'}"
    done = dataset("--state", state, "-o", str(tmp_path / "state"))
    assert done.returncode == 0, done.stderr
    articles = read_jsonl(tmp_path / "state" / "articles.jsonl")
    runs = [a for run in ("run1", "run2") for a in read_jsonl(feeds / f"{run}.jsonl")]
    assert sorted(a["url"] for a in articles) == sorted({a["url"] for a in runs})
    assert {a["url"]: a["revision"] for a in articles}[CHANGES["corrected"]] == 2
    html = (tmp_path / "state" / "report.html").read_text("utf-8")
    assert html.count("<tr>") == 3  # the state's two runs, read beside their feeds
    both = build_dataset([feeds], tmp_path / "both", state=state, database=False)
    assert both.articles == len(read_jsonl(feeds.parent / "dataset" / "articles.jsonl"))

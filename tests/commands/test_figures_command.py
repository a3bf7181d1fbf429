"""``python -m crawler figures`` as a user runs it."""

from __future__ import annotations

import codecs
import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.__main__ import main

ROOT = Path(__file__).resolve().parents[2]

FIGURE = {
    "value": 3, "unit": "例", "kind": "count", "raw": "3例", "start": 4, "end": 6,
    "value_max": None, "approximate": False, "direction": None, "subject": "确诊病人",
    "as_of": "2020-01-31", "qualifier": "cumulative",
    "region": {"name": "河南省漯河市召陵区", "code": "411104"}, "indicator": "confirmed",
    "sentence": "确诊病人3例，疑似病人7例。",
}  # fmt: skip
ARTICLES = [
    {
        "url": "http://news.hnr.cn/202002/04/3216.html",
        "title": "漯河市召陵区突出“三个强化”",
        "published_at": "2020-02-04",  # a feed from before published_at had one format
        "place": "漯河",
        "channel": "精品原创",
        "body": "确诊病人3例，疑似病人7例。",
        "numbers": [FIGURE],
    },
    {
        "url": "http://news.hnr.cn/2.html",
        "title": "无数字",
        "published_at": "2020-02-05T01:30:00+08:00",
        "published_date": "2020-02-05",
        "place": None,
        "channel": None,
        "body": "设立7个工作组。",
    },
]


def _run(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    """The command in a subprocess, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "crawler", "figures", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=check,
    )


def _call(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    """(exit status, stderr) of the command run in this process."""
    status = main(["figures", *args])
    return status, capsys.readouterr().err


def _feed(tmp_path: Path, tail: str = "") -> Path:
    path = tmp_path / "articles.jsonl"
    lines = "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES)
    path.write_text(lines + tail, "utf-8")
    return path


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_figures_table_csv(tmp_path: Path) -> None:
    table = tmp_path / "figures.csv"
    _run(str(_feed(tmp_path)), "-o", str(table))
    rows = _csv(table)
    assert [(r["url"], r["value"], r["unit"], r["subject"]) for r in rows] == [
        ("http://news.hnr.cn/202002/04/3216.html", "3", "例", "确诊病人"),
        ("http://news.hnr.cn/2.html", "7", "个", "工作组"),
    ]
    first = rows[0]
    assert first["place"] == "漯河" and first["value_max"] == ""
    assert (first["qualifier"], first["region_name"], first["region_code"]) == (
        "cumulative",
        "河南省漯河市召陵区",
        "411104",
    )
    assert first["indicator"] == "confirmed" and first["sentence"] == FIGURE["sentence"]
    # the older feed's date-only published_at, in the one format, and its day beside it
    assert (first["published_at"], first["published_date"]) == (
        "2020-02-04T00:00:00+08:00",
        "2020-02-04",
    )
    assert rows[1]["published_date"] == "2020-02-05"
    assert not table.read_bytes().startswith(codecs.BOM_UTF8)


def test_figures_table_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    table = tmp_path / "figures.jsonl"
    assert _call(capsys, str(_feed(tmp_path)), "-o", str(table))[0] == 0
    rows = [json.loads(line) for line in table.read_text("utf-8").splitlines()]
    assert len(rows) == 2
    assert rows[0]["title"] == "漯河市召陵区突出“三个强化”" and rows[0]["value"] == 3
    assert rows[1]["channel"] is None and rows[1]["raw"] == "7个"
    assert list(rows[0]) == [
        "url", "title", "published_at", "published_date", "place", "channel", "value", "unit",
        "kind", "raw", "start", "end", "value_max", "approximate", "direction", "subject", "as_of",
        "qualifier", "region_name", "region_code", "indicator", "sentence",
    ]  # fmt: skip


def test_excel_option_writes_a_bom(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    table = tmp_path / "figures.csv"
    assert _call(capsys, str(_feed(tmp_path)), "-o", str(table), "--excel")[0] == 0
    data = table.read_bytes()
    assert data.startswith(codecs.BOM_UTF8) and "确诊病人" in data.decode("utf-8-sig")
    status, err = _call(capsys, str(_feed(tmp_path)), "-o", str(tmp_path / "f.jsonl"), "--excel")
    assert status == 2 and err.count("\n") == 1


def test_a_line_cut_short_by_a_killed_run_is_skipped_and_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = tmp_path / "figures.csv"
    feed = _feed(tmp_path, tail='{"url": "http://news.hnr.cn/3.html", "tit')
    status, err = _call(capsys, str(feed), "-o", str(table))
    assert status == 0 and len(_csv(table)) == 2
    assert "skipped 1 lines that are not JSON" in err and "articles.jsonl:3" in err


def test_wrong_arguments_get_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    done = _run(str(_feed(tmp_path)), "-o", str(tmp_path / "f.xlsx"), check=False)
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    status, err = _call(capsys, str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "f.csv"))
    assert status == 1 and err.count("\n") == 1 and "missing.jsonl" in err

"""``python -m crawler numbers`` and ``python -m crawler figures`` as a user runs them."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "crawler", *args],
        input=stdin.encode("utf-8"),
        capture_output=True,
        cwd=ROOT,
        check=True,
    )


def test_numbers_reads_json_lines() -> None:
    lines = [
        {
            "id": "a",
            "text": "截至10月11日，全县共检查农机具1200余台。",
            "published_at": "2021-10-12",
        },
        {"id": "b", "text": "一是加强宣传。", "url": "http://news.hnr.cn/1.html"},
    ]
    out = _run("numbers", stdin="\n".join(json.dumps(x, ensure_ascii=False) for x in lines))
    records = [json.loads(line) for line in out.stdout.decode("utf-8").splitlines()]
    assert [r["id"] for r in records] == ["a", "b"]
    (figure,) = records[0]["numbers"]
    assert figure["value"] == 1200 and figure["unit"] == "台" and figure["approximate"] is True
    assert figure["as_of"] == "2021-10-11" and figure["subject"] == "农机具"
    assert records[1]["numbers"] == []
    assert "农机具" in out.stdout.decode("utf-8")  # not escaped


def test_numbers_reads_plain_text_as_one() -> None:
    out = _run("numbers", stdin="区财政拨付区卫健委150万元。\n设置3个卡点。\n")
    (record,) = [json.loads(line) for line in out.stdout.decode("utf-8").splitlines()]
    assert [(n["value"], n["unit"]) for n in record["numbers"]] == [(1500000, "元"), (3, "个")]


ARTICLES = [
    {
        "url": "http://news.hnr.cn/202002/04/3216.html",
        "title": "漯河市召陵区突出“三个强化”",
        "published_at": "2020-02-04",
        "place": "漯河",
        "channel": "精品原创",
        "body": "确诊病人3例，疑似病人7例。",
        "numbers": [
            {
                "value": 3,
                "unit": "例",
                "kind": "count",
                "raw": "3例",
                "start": 4,
                "end": 6,
                "value_max": None,
                "approximate": False,
                "direction": None,
                "subject": "确诊病人",
                "as_of": None,
            },
        ],  # fmt: skip
    },
    {
        "url": "http://news.hnr.cn/2.html",
        "title": "无数字",
        "published_at": "2020-02-05",
        "place": None,
        "channel": None,
        "body": "设立7个工作组。",
    },  # fmt: skip
]


def _articles(tmp_path: Path) -> Path:
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in ARTICLES), "utf-8")
    return path


def test_figures_table_csv(tmp_path: Path) -> None:
    table = tmp_path / "figures.csv"
    _run("figures", str(_articles(tmp_path)), "-o", str(table))
    with table.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [(r["url"], r["value"], r["unit"], r["subject"]) for r in rows] == [
        ("http://news.hnr.cn/202002/04/3216.html", "3", "例", "确诊病人"),
        ("http://news.hnr.cn/2.html", "7", "个", "工作组"),
    ]
    assert rows[0]["place"] == "漯河" and rows[0]["value_max"] == ""


def test_figures_table_jsonl(tmp_path: Path) -> None:
    table = tmp_path / "figures.jsonl"
    _run("figures", str(_articles(tmp_path)), "-o", str(table))
    rows = [json.loads(line) for line in table.read_text("utf-8").splitlines()]
    assert len(rows) == 2
    assert rows[0]["title"] == "漯河市召陵区突出“三个强化”" and rows[0]["value"] == 3
    assert rows[1]["channel"] is None and rows[1]["raw"] == "7个"
    assert list(rows[0]) == [
        "url", "title", "published_at", "place", "channel", "value", "unit", "kind", "raw",
        "start", "end", "value_max", "approximate", "direction", "subject", "as_of",
        "qualifier", "region", "indicator", "sentence",
    ]  # fmt: skip

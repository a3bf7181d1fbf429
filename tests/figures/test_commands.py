"""``python -m crawler numbers`` as a user runs it."""

from __future__ import annotations

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

"""The figures-table feed exporters on Article items."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict

from crawler.exporters import FiguresCsvExporter, FiguresJsonLinesExporter
from crawler.figures import extract_figures
from crawler.items import Article

BODY = "截至2020年1月31日，全区共排查出武汉返乡人员1871人，确诊病人3例。"


def _articles() -> list[Article]:
    numbers = [asdict(f) for f in extract_figures(BODY, "2020-02-04")]
    return [
        Article(url="http://news.hnr.cn/1.html", site="hnr", title="召陵区", place="漯河",
                published_at="2020-02-04", channel="精品原创", body=BODY, numbers=numbers),
        Article(url="http://news.hnr.cn/2.html", site="hnr", body="一是加强宣传。", numbers=[]),
    ]  # fmt: skip


def _export(exporter_class: type, **kwargs: object) -> str:
    out = io.BytesIO()
    exporter = exporter_class(out, **kwargs)
    exporter.start_exporting()
    for article in _articles():
        exporter.export_item(article)
    exporter.finish_exporting()
    return out.getvalue().decode("utf-8")


def test_csv_exporter_writes_one_row_per_figure() -> None:
    rows = list(csv.DictReader(io.StringIO(_export(FiguresCsvExporter))))
    assert [(r["value"], r["unit"], r["subject"], r["as_of"]) for r in rows] == [
        ("1871", "人", "武汉返乡人员", "2020-01-31"),
        ("3", "例", "确诊病人", "2020-01-31"),
    ]
    assert {r["url"] for r in rows} == {"http://news.hnr.cn/1.html"}
    assert rows[0]["channel"] == "精品原创"


def test_csv_exporter_writes_a_header_without_figures() -> None:
    out = io.BytesIO()
    exporter = FiguresCsvExporter(out)
    exporter.start_exporting()
    exporter.finish_exporting()
    assert out.getvalue().decode("utf-8").startswith("url,title,published_at,place,channel,value")


def test_jsonl_exporter_keeps_types_and_chinese() -> None:
    text = _export(FiguresJsonLinesExporter, encoding="utf-8")
    rows = [json.loads(line) for line in text.splitlines()]
    assert [(r["value"], r["approximate"], r["value_max"]) for r in rows] == [
        (1871, False, None),
        (3, False, None),
    ]
    assert "武汉返乡人员" in text

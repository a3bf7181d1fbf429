"""The figures-table feed exporters on Article items."""

from __future__ import annotations

import codecs
import csv
import io
import json
from dataclasses import asdict
from pathlib import Path

import pytest
from scrapy.settings import Settings
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.test import get_crawler

from crawler import settings as project_settings
from crawler.exporters import FiguresCsvExporter, FiguresJsonLinesExporter
from crawler.figures import extract_figures
from crawler.figures.table import COLUMNS
from crawler.items import Article
from crawler.project_settings import SettingsError, check_settings

BODY = "截至2020年1月31日，全区共排查出武汉返乡人员1871人，确诊病人3例。"
REGION = {"name": "河南省漯河市召陵区", "code": "411104"}


def _articles() -> list[Article]:
    numbers = [asdict(f) for f in extract_figures(BODY, "2020-02-04")]
    numbers[1]["region"] = REGION
    return [
        Article(url="http://news.hnr.cn/1.html", site="hnr", title="召陵区", place="漯河",
                published_at="2020-02-04T00:00:00+08:00", published_date="2020-02-04",
                channel="精品原创", body=BODY, numbers=numbers),
        Article(url="http://news.hnr.cn/2.html", site="hnr", body="一是加强宣传。", numbers=[]),
    ]  # fmt: skip


class CountingFile(io.BytesIO):
    """A file that counts its writes (each one a system call on the crawl's feed storage)."""

    writes = 0

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self.writes += 1
        return super().write(data)


def _export(exporter_class: type, **kwargs: object) -> CountingFile:
    out = CountingFile()
    exporter = exporter_class(out, **kwargs)
    exporter.start_exporting()
    for article in _articles():
        exporter.export_item(article)
    exporter.finish_exporting()
    return out


def test_csv_exporter_writes_one_row_per_figure_with_the_article_columns() -> None:
    rows = list(csv.DictReader(io.StringIO(_export(FiguresCsvExporter).getvalue().decode())))
    assert [(r["value"], r["unit"], r["subject"], r["as_of"]) for r in rows] == [
        ("1871", "人", "武汉返乡人员", "2020-01-31"),
        ("3", "例", "确诊病人", "2020-01-31"),
    ]
    assert {r["url"] for r in rows} == {"http://news.hnr.cn/1.html"}
    assert rows[0]["channel"] == "精品原创" and rows[0]["published_date"] == "2020-02-04"
    assert (rows[1]["region_name"], rows[1]["region_code"]) == (REGION["name"], REGION["code"])
    assert rows[0]["region_name"] == ""


def test_csv_header_names_the_flattened_region_and_comes_without_figures() -> None:
    out = io.BytesIO()
    exporter = FiguresCsvExporter(out)
    exporter.start_exporting()
    exporter.finish_exporting()
    header = out.getvalue().decode("utf-8").splitlines()[0].split(",")
    assert header == list(COLUMNS)
    assert header[:6] == ["url", "title", "published_at", "published_date", "place", "channel"]
    assert {"region_name", "region_code", "qualifier", "indicator", "sentence"} <= set(header)
    assert "region" not in header


def test_each_article_is_one_write() -> None:
    out = _export(FiguresCsvExporter)
    assert out.writes == 2  # the header, then the article with figures (none for the other)


def test_rows_are_on_disk_when_the_export_of_an_article_returns(tmp_path: Path) -> None:
    path = tmp_path / "figures.csv"
    with path.open("wb", buffering=0) as file:  # as the crawl's feed storage opens it
        exporter = FiguresCsvExporter(file)
        exporter.start_exporting()
        exporter.export_item(_articles()[0])
        assert len(path.read_text("utf-8").splitlines()) == 3


def test_bom_for_excel_once_and_not_when_appending(tmp_path: Path) -> None:
    out = _export(FiguresCsvExporter, bom=True).getvalue()
    assert out.startswith(codecs.BOM_UTF8) and out.count(codecs.BOM_UTF8) == 1
    assert next(csv.reader(io.StringIO(out.decode("utf-8-sig"))))[0] == "url"
    path = tmp_path / "figures.csv"
    path.write_bytes(out)
    with path.open("ab", buffering=0) as file:  # `-o` appends to an existing table
        exporter = FiguresCsvExporter(file, bom=True)
        exporter.start_exporting()
        exporter.export_item(_articles()[0])
    text = path.read_bytes()
    assert text.count(codecs.BOM_UTF8) == 1 and text.count(b"url,title") == 1


def test_the_crawl_setting_asks_for_the_bom() -> None:
    for setting, expected in ((True, True), (False, False)):
        crawler = get_crawler(settings_dict={"FIGURES_CSV_BOM": setting})
        exporter = build_from_crawler(FiguresCsvExporter, crawler, io.BytesIO(), encoding="utf-8")
        assert exporter.bom is expected


def test_jsonl_exporter_keeps_types_and_chinese() -> None:
    text = _export(FiguresJsonLinesExporter, encoding="utf-8").getvalue().decode("utf-8")
    rows = [json.loads(line) for line in text.splitlines()]
    assert [(r["value"], r["approximate"], r["value_max"]) for r in rows] == [
        (1871, False, None),
        (3, False, None),
    ]
    assert list(rows[0]) == list(COLUMNS) and rows[1]["region_code"] == "411104"
    assert "武汉返乡人员" in text


def test_a_bom_setting_that_is_no_flag_is_named() -> None:
    for value, fails in (("maybe", True), ("1", False), ("false", False)):
        settings = Settings()
        settings.setmodule(project_settings)
        settings.set("FIGURES_CSV_BOM", value, priority="cmdline")
        if fails:
            with pytest.raises(SettingsError, match="FIGURES_CSV_BOM"):
                check_settings(settings)
        else:
            check_settings(settings)

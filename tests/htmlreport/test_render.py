"""The report page from counters: sections, charts with their numbers, text escaped."""

from __future__ import annotations

from parsel import Selector

from crawler.htmlreport import ReportData, render
from crawler.htmlreport.svg import hbars, nice_axis

REGION = {"name": "河南省漯河市召陵区", "code": "411104"}


def _figure(indicator: str | None, as_of: str | None, region: dict | None = REGION) -> dict:
    return {"kind": "count", "subject": "确诊病例", "as_of": as_of, "indicator": indicator,
            "region": region, "qualifier": "cumulative", "sentence": "…"}  # fmt: skip


def _data() -> ReportData:
    data = ReportData(title="测试 <run>")
    data.add_article({
        "url": "http://news.hnr.cn/1.html", "site": "hnr", "channel": "<b>精品原创</b>",
        "title": "t", "published_at": "2020-02-04T01:30:00+08:00", "published_date": "2020-02-04",
        "numbers": [_figure("confirmed", "2020-01-31"), _figure("confirmed", "2020-02-03"),
                    _figure(None, None, None)],
        "failed_stages": ["figures"],
    })  # fmt: skip
    data.add_article({"url": "http://news.hnr.cn/2.html", "title": "t", "published_at": None})
    data.add_reject("http_404", "http://news.hnr.cn/gone.html")
    data.add_reject("no_body", "http://news.hnr.cn/video.html")
    return data


def test_counters_are_compact_and_complete() -> None:
    data = _data()
    assert (data.articles, data.undated, data.figures) == (2, 1, 3)
    assert data.indicators == {"confirmed": 2} and data.regions == {REGION["name"]: 2}
    assert data.indicator_days == {("2020-01-31", "confirmed"): 1, ("2020-02-03", "confirmed"): 1}
    assert data.figure_days == {"2020-01-31": 1, "2020-02-03": 1, "2020-02-04": 1}
    assert data.errors == {"http_404": 1} and data.failed_stages == {"figures": 1}
    assert data.filled["title"] == 2 and data.filled["published_date"] == 1


def test_the_page_has_every_section_with_its_numbers() -> None:
    page = Selector(text=render(_data(), "ok"))
    titles = page.css("svg title::text").getall()
    assert {"confirmed: 2", f"{REGION['name']} {REGION['code']}: 2", "figures: 1"} <= set(titles)
    assert {"http_404: 1", "no_body: 1", "title: 100%", "published_date: 50%"} <= set(titles)
    assert "confirmed, 2020-01-31: 1" in titles  # a point of the indicator's line
    assert [s.attrib["id"] for s in page.css("section")] == ["articles", "figures", "health"]
    assert page.css(".tile b::text").getall() == ["ok", "2", "3", "2", "1"]
    assert "(1 without a date)" in page.css("h3::text").getall()[0]


def test_text_from_pages_is_escaped() -> None:
    html = render(_data())
    assert "<b>精品原创</b>" not in html and "&lt;b&gt;精品原创&lt;/b&gt;" in html
    assert "<title>测试 &lt;run&gt;</title>" in html
    assert "<script" not in html and "http" not in html.split("<body>")[0]  # nothing fetched


def test_an_empty_run_renders() -> None:
    page = Selector(text=render(ReportData(title="empty"), "failed"))
    assert page.css(".failed b::text").get() == "failed"
    assert "no dated article" in page.css("p.none::text").getall()


def test_axis_tops_and_long_labels() -> None:
    tops = [nice_axis(v) for v in (0, 3, 5, 9, 27, 50, 180, 2001)]
    assert tops == [(1, 1), (3, 1), (5, 1), (10, 2), (30, 10), (50, 10), (200, 50), (2500, 500)]
    chart = Selector(text=hbars([("河南省漯河市召陵区" * 3, 5)], "x"))
    assert chart.css("text::text").get().endswith("…")
    assert chart.css("title::text").get() == "河南省漯河市召陵区" * 3 + ": 5"

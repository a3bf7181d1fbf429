"""The generic extractor on pages written in the styles of varied Chinese news sites."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler.extract import NotAnArticle, extract_article
from crawler.extract.generic_meta import iso_date, shown_date
from crawler.extract.generic_title import cut_site_name

GENERIC = Path(__file__).resolve().parents[2] / "fixtures" / "generic"
EXPECTED = sorted((GENERIC / "expected").glob("*.json"))
FIELDS = ("title", "published_at", "source", "editor", "reporters")


def load(path: Path) -> tuple[dict, bytes]:
    expected = json.loads(path.read_text(encoding="utf-8"))
    return expected, (GENERIC / expected["page"]).read_bytes()


def test_there_are_enough_pages() -> None:
    assert len(EXPECTED) >= 15


@pytest.mark.parametrize("path", EXPECTED, ids=lambda p: p.stem)
def test_page(path: Path) -> None:
    expected, data = load(path)
    if "not_an_article" in expected:
        with pytest.raises(NotAnArticle) as caught:
            extract_article(data, expected["url"])
        assert caught.value.reason == expected["not_an_article"]
        return
    article = extract_article(data, expected["url"])
    assert article.extractor == "generic"
    assert {f: getattr(article, f) for f in FIELDS} == {f: expected[f] for f in FIELDS}
    for snippet in expected["body_contains"]:
        assert snippet in article.body
    for snippet in expected["body_not_contains"]:
        assert snippet not in article.body
    assert article.body == expected["body"]


def test_site_is_the_host_without_www() -> None:
    expected, data = load(GENERIC / "expected" / "163-dy.json")
    assert extract_article(data, expected["url"]).site == "163.com"


@pytest.mark.parametrize(
    ("title", "cut"),
    [
        (
            "郑州地铁12号线一期工程实现全线电通_国内新闻_网易新闻",
            "郑州地铁12号线一期工程实现全线电通",
        ),
        ("“春耕”正当时 | 豫东平原上的新农人 - 大河网", "“春耕”正当时 | 豫东平原上的新农人"),
        ("2024-2025学年校历发布", "2024-2025学年校历发布"),
    ],
)
def test_cut_site_name(title: str, cut: str) -> None:
    assert cut_site_name(title) == cut


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2024-03-05T02:21:33Z", "2024-03-05T10:21:33+08:00"),
        ("2024-03-05T10:21:33+08:00", "2024-03-05T10:21:33+08:00"),
        ("2024-03-05 10:21", "2024-03-05T10:21:00+08:00"),
        ("2024-03-05", "2024-03-05"),
    ],
)
def test_iso_date_in_china_time(value: str, iso: str) -> None:
    assert iso_date(value) == iso


def test_shown_date_prefers_the_publication_label_and_takes_the_year_from_context() -> None:
    assert (
        shown_date("更新时间：2024-03-06 发布时间：2024-03-05", 2024, prefer_labelled=True)
        == "2024-03-05"
    )
    assert shown_date("03-17 09:45 信阳日报", 2023) == "2023-03-17T09:45:00+08:00"
    assert shown_date("版本 3.5 下载", 2024) is None


def test_a_page_without_a_headline_element_takes_og_title() -> None:
    page = (
        '<html><head><meta property="og:title" content="周口召开春季招聘会"><title>周口召开春季招聘会_周口网</title>'
        "</head><body><div><b>周口召开春季招聘会</b><p>3月9日，周口市春季招聘会在市人力资源市场举行，"
        "共有200余家企业提供岗位5000余个。</p></div></body></html>"
    )
    article = extract_article(page.encode(), "https://www.zk.example.cn/a/1.html")
    assert article.title == "周口召开春季招聘会"
    assert article.body.startswith("3月9日，周口市春季招聘会")

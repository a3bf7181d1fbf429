"""Every mirror page of hnr.cn through extraction and the text stages, without a crawl:
the fields a crawl exports must come out exactly as ``fixtures/hnr/expected`` says."""

from __future__ import annotations

import pytest

from crawler import extract_article
from crawler.extract import NotAnArticle, extract_page
from crawler.mirror import Mirror
from crawler.sites import load_profile
from tests.conftest import HNR_MIRROR, read_jsonl

MIRROR = Mirror([HNR_MIRROR])
EXPECTED = read_jsonl(HNR_MIRROR / "expected" / "articles.jsonl")
FIELDS = (
    "url", "site", "channel", "title", "published_at", "published_date", "source", "place", "reporters",
    "correspondents", "editor", "keywords", "body", "related", "extractor",
)  # fmt: skip
SEED_URL = "http://luohe.hnr.cn/202002/04/3216.html"


def page(url: str) -> tuple[bytes, str | None]:
    route = MIRROR.routes.get(url)
    path = MIRROR.file_for(url)
    assert path is not None, url
    return path.read_bytes(), route.content_type if route else None


@pytest.mark.parametrize("expected", EXPECTED, ids=[a["url"].split("//")[1] for a in EXPECTED])
def test_each_template_gives_the_expected_fields(expected):
    data, content_type = page(expected["url"])
    article = extract_article(data, expected["url"], content_type=content_type)
    assert {k: getattr(article, k) for k in FIELDS} == {k: expected[k] for k in FIELDS}


def test_seed_page_fields_as_the_site_profile_lists_them():
    data, _ = page(SEED_URL)
    article = extract_article(data, SEED_URL)
    assert (article.title, article.published_at, article.source) == (
        "漯河市召陵区突出“三个强化” 坚决打赢疫情防控阻击战",
        "2020-02-04T00:00:00+08:00",
        "映象网",
    )
    assert (article.place, article.reporters, article.correspondents, article.editor) == (
        "漯河",
        ["杨增强"],
        ["陈洋"],
        "赵惠",
    )
    assert article.keywords == ["漯河", "强化", "疫情", "防控"]
    paragraphs = article.body.split("\n")
    assert len(paragraphs) == 4
    assert paragraphs[0].startswith(
        "映象网漯河讯(记者 杨增强 通讯员 陈洋)新型冠状病毒感染的肺炎疫情防控工作开展以来"
    )
    assert paragraphs[-1].endswith("依纪依法从严处理。")
    for leftover in ("热线", "投稿邮箱", "文章关键词", "责编", "相关阅读", "今日热点", "Copyright"):
        assert leftover not in article.body
    assert len(article.related) == 5


def test_gbk_pages_decode_from_meta_or_header_only():
    for url in (
        "http://news.hnr.cn/xwrd/201809/t20180914_3012345.html",
        "http://news.hnr.cn/xwrd/201705/t20170512_2456789.html",
    ):
        data, content_type = page(url)
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")
        article = extract_page(data, url, content_type)
        assert "\ufffd" not in article.body and article.extractor == "hnr-trs"


def test_pages_without_text_are_not_articles():
    for url in ("http://news.hnr.cn/202103/15/4890.html", "http://news.hnr.cn/202003/20/3950.html"):
        data, _ = page(url)
        with pytest.raises(NotAnArticle) as caught:
            extract_page(data, url, profile=load_profile("hnr"))
        assert caught.value.reason == "no_body"

"""Each item pipeline on its own, with a real Crawler for its stats."""

from __future__ import annotations

import dataclasses

import pytest
from scrapy.utils.test import get_crawler

from crawler.items import Article
from crawler.pipelines import (
    AlreadyExported,
    DuplicatesPipeline,
    Rejected,
    SchemaValidationPipeline,
)
from crawler.spiders.hnr import HnrSpider


def article(**changes) -> Article:
    base = Article(
        url="http://luohe.hnr.cn/202002/04/3216.html",
        site="hnr",
        title=" 漯河市召陵区突出“三个强化” 坚决打赢疫情防控阻击战 ",
        published_at="2020-02-04T00:00:00+08:00",
        published_date="2020-02-04",
        body="区财政先期拨付区卫健委150万元。",
        extractor="hnr-desktop-2019",
        crawled_at="2020-02-05T01:00:00Z",
    )
    return dataclasses.replace(base, **changes)


def pipeline(cls):
    crawler = get_crawler(HnrSpider)
    return cls.from_crawler(crawler), crawler


def test_schema_validation_names_the_bad_field():
    validate, _ = pipeline(SchemaValidationPipeline)
    assert validate.process_item(article(body="正文。")).body == "正文。"
    with pytest.raises(Rejected) as caught:
        validate.process_item(article(published_at="04/02/2020"))
    assert caught.value.reason == "invalid/published_at"
    with pytest.raises(Rejected) as caught:
        validate.process_item(article(title=""))
    assert caught.value.reason == "invalid/title"


def test_duplicates_by_url_and_by_body():
    dedup, _ = pipeline(DuplicatesPipeline)
    first = dedup.process_item(article(body="正文一。"))
    assert first.url.endswith("3216.html")
    with pytest.raises(AlreadyExported):  # written once; not a reject
        dedup.process_item(article(body="正文二。"))
    with pytest.raises(Rejected) as caught:
        dedup.process_item(article(url="http://luohe.hnr.cn/202002/04/9999.html", body="正文一。"))
    assert caught.value.reason == "duplicate_body"
    assert dedup.process_item(
        article(url="http://luohe.hnr.cn/202002/04/9999.html", body="正文三。")
    )

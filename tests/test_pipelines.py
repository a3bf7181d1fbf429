"""Each pipeline on its own, with a real Crawler for its stats."""

from __future__ import annotations

import asyncio
import dataclasses

import pytest
from scrapy.utils.test import get_crawler

from crawler.items import Article
from crawler.pipelines import (
    CleanBodyPipeline,
    DuplicatesPipeline,
    EncodingCheckPipeline,
    FiguresPipeline,
    Rejected,
    SchemaValidationPipeline,
)
from crawler.spiders.hnr import HnrSpider
from crawler.workers import text_workers

RAW_BODY = (
    "\u3000\u3000映象网漯河讯(记者 杨增强 通讯员 陈洋)截至2020年1月31日，全区共排查出武汉返乡人员1871人。\n"
    "  区财政先期拨付区卫健委150万元。 \n"
    "\n"
    "(映象网漯河新闻热线:166 5088 6886,投稿邮箱:luohe@hnr.cn。映象网“大象陪办”电话:180 0371 9699)\n"
    "文章关键词:漯河 强化 疫情 防控\n"
    "责编:赵惠"
)


def article(**changes) -> Article:
    base = Article(
        url="http://luohe.hnr.cn/202002/04/3216.html",
        site="hnr",
        title=" 漯河市召陵区突出“三个强化” 坚决打赢疫情防控阻击战 ",
        published_at="2020-02-04",
        body=RAW_BODY,
        extractor="hnr-desktop-2019",
        crawled_at="2020-02-05T01:00:00Z",
    )
    return dataclasses.replace(base, **changes)


def pipeline(cls):
    crawler = get_crawler(HnrSpider)
    return cls.from_crawler(crawler), crawler


def test_clean_keeps_paragraphs_only_and_reads_dateline():
    cleaned, _ = pipeline(CleanBodyPipeline)
    item = cleaned.process_item(article())
    assert item.body.split("\n") == [
        "映象网漯河讯(记者 杨增强 通讯员 陈洋)截至2020年1月31日，全区共排查出武汉返乡人员1871人。",
        "区财政先期拨付区卫健委150万元。",
    ]
    assert (item.place, item.reporters, item.correspondents) == ("漯河", ["杨增强"], ["陈洋"])
    assert item.title == "漯河市召陵区突出“三个强化” 坚决打赢疫情防控阻击战"


def test_clean_rejects_an_article_left_empty():
    cleaned, _ = pipeline(CleanBodyPipeline)
    with pytest.raises(Rejected) as caught:
        cleaned.process_item(article(body="责编:赵惠\n文章关键词:漯河"))
    assert caught.value.reason == "empty_body"


def test_encoding_check_refuses_mojibake_and_replacement_chars():
    check, _ = pipeline(EncodingCheckPipeline)
    good = article(body="全区共排查出武汉返乡人员1871人。")
    assert check.process_item(good) is good
    with pytest.raises(Rejected, match="replacement_character"):
        check.process_item(article(body="全区共排查出\ufffd武汉返乡人员"))
    garbled = (
        "新型冠状病毒感染的肺炎疫情防控工作开展以来，召陵区深入贯彻落实决策部署".encode().decode(
            "gb18030", "ignore"
        )
    )
    with pytest.raises(Rejected, match="utf8_read_as_gbk"):
        check.process_item(article(body=garbled))


@pytest.mark.parametrize("workers", [0, 1], ids=["inline", "worker-process"])
def test_figures_are_filled_and_counted(workers):
    crawler = get_crawler(HnrSpider, {"TEXT_WORKERS": workers})
    figures = FiguresPipeline.from_crawler(crawler)
    try:
        item = asyncio.run(figures.process_item(article(body="区财政先期拨付区卫健委150万元。")))
    finally:
        text_workers(crawler).close()
    assert [(n["value"], n["unit"], n["subject"]) for n in item.numbers] == [
        (1500000, "元", "区卫健委")
    ]
    assert crawler.stats.get_value("figures/extracted") == 1


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
    with pytest.raises(Rejected) as caught:
        dedup.process_item(article(body="正文二。"))
    assert caught.value.reason == "duplicate_url"
    with pytest.raises(Rejected) as caught:
        dedup.process_item(article(url="http://luohe.hnr.cn/202002/04/9999.html", body="正文一。"))
    assert caught.value.reason == "duplicate_body"
    assert dedup.process_item(
        article(url="http://luohe.hnr.cn/202002/04/9999.html", body="正文三。")
    )

"""The one text job: page bytes to a finished Article, or a typed reason it is none."""

from __future__ import annotations

import pytest

from crawler import NotAnArticle, extract_article
from crawler.mirror import Mirror
from tests.conftest import HNR_MIRROR

SEED_URL = "http://luohe.hnr.cn/202002/04/3216.html"
SEED = Mirror([HNR_MIRROR]).file_for(SEED_URL).read_bytes()


def page(body_html: str, title: str = "周口港新开一条集装箱航线") -> bytes:
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><h1>{title}</h1>"
        f"<p>2024-03-21 10:05 来源：周口日报</p><div class='content'>{body_html}</div></body></html>"
    ).encode()


def test_the_seed_page_comes_out_finished():
    article = extract_article(SEED, SEED_URL)
    assert article.published_at == "2020-02-04T00:00:00+08:00"
    assert article.published_date == "2020-02-04"
    assert article.body.startswith("映象网漯河讯(记者 杨增强 通讯员 陈洋)")
    assert "热线" not in article.body and article.place == "漯河"
    assert {(n["value"], n["unit"]) for n in article.numbers} >= {(1871, "人"), (1500000, "元")}
    assert all(article.body[n["start"] : n["end"]] == n["raw"] for n in article.numbers)
    assert article.failed_stages == []


def test_text_and_bytes_give_the_same_article():
    text = SEED.decode("utf-8")
    assert extract_article(text, SEED_URL).body == extract_article(SEED, SEED_URL).body


def test_a_page_shown_with_its_time_keeps_it():
    prose = "<p>3月20日，周口港至上海港集装箱航线正式开通，首航运载集装箱120标箱。</p>"
    article = extract_article(page(prose), "http://www.zk.example.cn/a/1.html")
    assert (article.published_at, article.published_date) == (
        "2024-03-21T10:05:00+08:00",
        "2024-03-21",
    )


def test_mojibake_is_no_article():
    wrong = SEED.decode("utf-8").encode("utf-8").decode("gb18030", "ignore")  # UTF-8 read as GBK
    with pytest.raises(NotAnArticle) as caught:
        extract_article(wrong, SEED_URL)
    assert caught.value.reason == "encoding"


def test_figures_past_their_budget_cost_the_figures_not_the_article():
    dense = "".join(f"第{i}组新增确诊病例{i}例，累计{i * 3}例，治愈{i}人。" for i in range(1, 3000))
    article = extract_article(
        page(f"<p>{dense}</p>"), "http://www.zk.example.cn/a/3.html", figures_budget=0.01
    )
    assert article.numbers == [] and article.failed_stages == ["figures"]
    assert article.body.startswith("第1组新增确诊病例1例")

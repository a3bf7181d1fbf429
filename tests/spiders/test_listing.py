"""Reading listing pages: which links, which dates, which next page."""

from __future__ import annotations

from crawler.extract.html import make_selector
from crawler.sites import load_profile
from crawler.spiders.listing import channel_root, listed_links, next_page_link, shown_date

PROFILE = load_profile("hnr")
PAGE = """<html><body>
<ul class="nav"><li><a href="http://news.hnr.cn/202001/01/1.html">导航里的文章</a></li></ul>
<ul class="list">
  <li><a href="/202106/08/5120.html?from=top">麦收</a><span class="date">2021-06-08</span></li>
  <li><a href="https://luohe.hnr.cn/202105/27/5088.html#c">老旧小区</a><span class="date">05-27</span></li>
</ul>
<div class="side"><a href="http://luohe.hnr.cn/202006/05/3893.html">热点推荐</a></div>
<div class="pager">{pager}</div></body></html>"""


def selector(pager: str = ""):
    return make_selector(PAGE.format(pager=pager))


def test_links_are_read_inside_listing_items_and_canonical():
    links = [url for url, _ in listed_links(selector(), "http://luohe.hnr.cn/", PROFILE)]
    assert links == [
        "http://luohe.hnr.cn/202106/08/5120.html",
        "http://luohe.hnr.cn/202105/27/5088.html",
    ]


def test_without_listing_items_every_link_counts():
    sel = make_selector(
        '<div><a href="/202106/08/5120.html">a</a><a href="/about.html">b</a></div>'
    )
    assert len(list(listed_links(sel, "http://luohe.hnr.cn/", PROFILE))) == 2


def test_the_date_beside_a_link():
    (_, first), (_, second) = listed_links(selector(), "http://luohe.hnr.cn/", PROFILE)
    assert shown_date(first, PROFILE.listing.item_date) == "2021-06-08"
    assert shown_date(second, PROFILE.listing.item_date) is None  # no year: the URL's date is used


def test_next_page_by_its_label_arrows_and_brackets_ignored():
    for pager in (
        '<a href="2.html">下一页</a>',
        '<a href="2.html">下一页&gt;</a>',
        '<a href="2.html">[下一页]</a>',
    ):
        assert (
            next_page_link(selector(pager), "http://luohe.hnr.cn/", PROFILE, 1)
            == "http://luohe.hnr.cn/2.html"
        )


def test_next_page_by_number_when_no_label():
    pager = '<a href="index.html">1</a><a href="index_2.html">2</a><a href="index_3.html">3</a>'
    assert next_page_link(selector(pager), "http://news.hnr.cn/xwrd/index_2.html", PROFILE, 2) == (
        "http://news.hnr.cn/xwrd/index_3.html"
    )
    assert (
        next_page_link(selector(pager), "http://news.hnr.cn/xwrd/index_3.html", PROFILE, 3) is None
    )


def test_script_links_are_no_pages():
    assert (
        next_page_link(
            selector('<a href="javascript:void(0)">下一页</a>'), "http://luohe.hnr.cn/", PROFILE, 1
        )
        is None
    )


def test_channel_root():
    assert (
        channel_root("http://news.hnr.cn/xwrd/index_2.html", PROFILE) == "http://news.hnr.cn/xwrd/"
    )
    assert channel_root("http://luohe.hnr.cn/3.html", PROFILE) == "http://luohe.hnr.cn/"

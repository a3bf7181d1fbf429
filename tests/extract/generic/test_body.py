"""What the generic body keeps and drops, on shapes seen on real pages."""

from __future__ import annotations

from crawler.extract import extract_page
from crawler.extract.boilerplate import dropped
from crawler.extract.generic.body import clean_lines

URL = "http://www.example.cn/news/2005/0427/1.html"
STORY = (
    "<p>4月26日，市交通局召开新闻发布会，宣布今年将新建改造农村公路三百公里，惠及沿线村庄一百余个。</p>"
    "<p>据介绍，今年的工程将优先安排通往学校、卫生院和集贸市场的道路，年底前全部完工。</p>"
)


def _page(body: str) -> bytes:
    return (
        '<html><head><meta charset="utf-8"><title>农村公路今年新建改造三百公里_新闻中心</title></head>'
        f"<body><h1>农村公路今年新建改造三百公里</h1>{body}</body></html>"
    ).encode()


def test_prose_beside_a_picture_is_no_caption() -> None:
    first = "会议还通报了去年的工作情况。去年全市共完成农村公路建设二百八十公里。"
    body = extract_page(_page(f'<div><p>{first}<img src="a.jpg"></p>{STORY}</div>'), URL).body
    assert body.startswith(first)


def test_a_picture_s_one_line_caption_is_dropped() -> None:
    page = _page(f'<div><p><img src="a.jpg"><br>新修的农村公路</p>{STORY}</div>')
    assert "新修的农村公路" not in extract_page(page, URL).body


def test_named_anchors_are_not_links() -> None:
    sections = "".join(
        f'<p><a name="s{i}"></a>{i}. 第{i}部分</p><p>这一部分介绍了工程的第{i}项安排，内容较多，这里只列出要点，供读者参考。</p>'
        for i in range(1, 5)
    )
    body = extract_page(_page(f'<div id="content">{STORY}{sections}</div>'), URL).body
    assert "这一部分介绍了工程的第4项安排" in body


def test_a_box_of_links_beside_the_text_does_not_make_it_a_listing() -> None:
    links = "".join(
        f'<a href="/news/{i}.html">其他新闻的标题第{i}条在这里</a><br>' for i in range(9)
    )
    page = _page(f"<div><table><tr><td>推荐<br>{links}</td></tr></table>{STORY}</div>")
    assert extract_page(page, URL).body.startswith("4月26日")


def test_end_of_text_notices_and_credits_are_dropped() -> None:
    for line in (
        "正文已结束，您可以按alt+4进行评论",
        "（责任编辑：魏喆）",
        "摄影/张艳 编辑/苏芳",
        "松花江网编辑 孙桂芳",
    ):
        assert dropped(line) or not clean_lines([line], "")

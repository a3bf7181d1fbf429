"""The headline of pages whose <title> names only the site, or nothing."""

from __future__ import annotations

import pytest

from crawler.extract import extract_page

TEXT = (
    "<p>29日下午，市文化馆在新落成的展厅举办迎春书画展，展出本地作者的书法、国画作品一百二十余幅。</p>"
    "<p>展览将持续到下月10日，市民可免费参观，每天上午9时开放，周一闭馆。</p>"
)


def _page(title: str, top: str) -> bytes:
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f'<div class="nav"><a href="/">首页</a> <a href="/news">新闻</a></div>'
        f"{top}<div>{TEXT}</div></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("title", "top", "headline"),
    [
        # a site's greeting for a title; the headline in bold, an info line under it
        (
            "谢谢您访问本站",
            "<table><tr><td><b><font size=3>迎春书画展开幕</font></b></td></tr>"
            "<tr><td>作者： 来源： 发布日期： 1/29/2005 3:20:00 PM</td></tr></table>",
            "迎春书画展开幕",
        ),
        # no title at all; a plain line above the text, the author's name under it
        ("", "<p>迎春书画展开幕(图)</p><p>王小明</p>", "迎春书画展开幕(图)"),
        # a forum's label before the thread's headline; the title is the forum's name
        ("文化论坛", "<h1>主题: 迎春书画展开幕</h1><div>回复 | 引用</div>", "迎春书画展开幕"),
        # a heading showing all of <title>, the site's name first
        (
            "市民博客 » 迎春书画展开幕",
            "<h2>市民博客 » 迎春书画展开幕</h2>",
            "迎春书画展开幕",
        ),
        # an icon glyph and a bullet around the headline
        ("", "<h2>* 迎春书画展开幕\ue004</h2>", "迎春书画展开幕"),
    ],
)
def test_the_headline_is_the_line_above_the_text(title: str, top: str, headline: str) -> None:
    assert extract_page(_page(title, top), "http://www.example.cn/show.asp?id=1").title == headline


def test_a_year_and_month_line_is_no_headline() -> None:
    top = "<p><b>全市书画作品调查报告</b></p><p><b>2005年1月</b></p>"
    assert (
        extract_page(_page("", top), "http://www.example.cn/a.htm").title == "全市书画作品调查报告"
    )

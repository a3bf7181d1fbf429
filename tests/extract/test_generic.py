"""The generic extractor on pages written in the styles of varied Chinese news sites."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from crawler.extract import NotAnArticle, dates, extract_page
from crawler.extract.dates import iso_date, shown_date
from crawler.extract.generic.title import cut_site_name

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
            extract_page(data, expected["url"])
        assert caught.value.reason == expected["not_an_article"]
        return
    article = extract_page(data, expected["url"])
    assert article.extractor == "generic"
    assert {f: getattr(article, f) for f in FIELDS} == {f: expected[f] for f in FIELDS}
    for snippet in expected["body_contains"]:
        assert snippet in article.body
    for snippet in expected["body_not_contains"]:
        assert snippet not in article.body
    assert article.body == expected["body"]


def test_site_is_the_host_without_www() -> None:
    expected, data = load(GENERIC / "expected" / "163-dy.json")
    assert extract_page(data, expected["url"]).site == "163.com"


@pytest.mark.parametrize(
    ("title", "cut"),
    [
        (
            "郑州地铁12号线一期工程实现全线电通_国内新闻_网易新闻",
            "郑州地铁12号线一期工程实现全线电通",
        ),
        ("“春耕”正当时 | 豫东平原上的新农人 - 大河网", "“春耕”正当时 | 豫东平原上的新农人"),
        ("2024-2025学年校历发布", "2024-2025学年校历发布"),
        ("河南日报数字报-我省启动春季专项行动", "我省启动春季专项行动"),
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
    article = extract_page(page.encode(), "https://www.zk.example.cn/a/1.html")
    assert article.title == "周口召开春季招聘会"
    assert article.body.startswith("3月9日，周口市春季招聘会")


def _page(title: str, body: str, head: str = "") -> bytes:
    return f'<html><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>{body}</body></html>'.encode()


ARTICLE = (
    "<p>4月2日，新乡市首条城乡公交环线开通运营，线路全长46公里，串联沿线12个村庄，惠及群众5万余人。</p>"
    "<p>该线路票价2元，发车间隔30分钟，首末班时间为6时30分至19时。</p>"
)
BODY = (
    "4月2日，新乡市首条城乡公交环线开通运营，线路全长46公里，串联沿线12个村庄，惠及群众5万余人。\n"
    "该线路票价2元，发车间隔30分钟，首末班时间为6时30分至19时。"
)


def test_a_teaser_feed_longer_than_the_article_is_not_taken_for_it() -> None:
    items = "".join(
        f'<div class="item"><a href="/a/{i}.html"><img src="{i}.jpg"></a>'
        f'<h3><a href="/2024/0403/{i}00.html">某地推进第{i}批重点项目建设取得新进展</a></h3>'
        f"<p>记者从有关部门获悉，今年以来，该地第{i}批重点项目已完成投资过半，带动就业超过一万人，为经济发展注入新动能。</p></div>"
        for i in range(8)
    )
    page = _page(
        "新乡开通首条城乡公交环线_新乡网",
        '<div class="head"><h1 class="logo"><a href="/">新乡网</a></h1></div>'
        '<div class="wrap"><h1>新乡开通首条城乡公交环线</h1><div class="info">2024-04-03 10:00 来源：新乡日报</div>'
        f'<div class="text">{ARTICLE}</div></div><div class="more"><h2>看点</h2>{items}</div>',
        '<meta property="og:title" content="新乡网">',
    )
    article = extract_page(page, "http://www.xxrb.example.cn/2024/0403/1.html")
    assert (article.title, article.body) == ("新乡开通首条城乡公交环线", BODY)


def test_comments_with_no_telling_class_names_stay_out() -> None:
    items = "".join(
        f'<div class="item"><span class="u">网友{i}</span><span class="t">04-0{i % 9 + 1} 1{i % 10}:2{i % 6}</span>'
        "<div>这条新闻说得太好了，我们小区也有同样的问题，希望有关部门尽快解决，谢谢记者的报道。</div></div>"
        for i in range(20)
    )
    page = _page(
        "新乡开通首条城乡公交环线_新乡网",
        "<h1>新乡开通首条城乡公交环线</h1><div>2024-04-03 10:00 来源：新乡日报</div>"
        f'<div class="wrap"><div class="text">{ARTICLE}</div></div><div class="board"><h3>大家说</h3>{items}</div>',
    )
    article = extract_page(page, "http://www.xxrb.example.cn/2024/0403/1.html")
    assert (article.body, article.published_at) == (BODY, "2024-04-03T10:00:00+08:00")


def test_a_title_of_the_site_name_alone_gives_way_to_the_classed_headline() -> None:
    page = _page(
        "新乡网",
        '<div class="top"><div class="logo-title">新乡网</div></div>'
        '<div class="art_tit">新乡开通首条城乡公交环线</div><div class="art_info">发布时间：2024-04-03 10:00</div>'
        f'<div class="art_con">{ARTICLE}</div>'
        '<div class="sxp"><p>上一条：<a href="/a/1.html">新乡召开全市安全生产工作会议</a></p></div>',
    )
    article = extract_page(page, "http://www.xxrb.example.cn/a/3.html")
    assert (article.title, article.body) == ("新乡开通首条城乡公交环线", BODY)


def test_a_publication_time_below_the_body_beats_the_url_date() -> None:
    page = _page(
        "新乡开通首条城乡公交环线 - 新乡网",
        f'<div class="tit">新乡开通首条城乡公交环线</div><div class="con">{ARTICLE}</div>'
        '<div class="bottom">发布时间：2024-04-03 16:20:11　来源：新乡日报</div>',
    )
    article = extract_page(page, "http://www.xxrb.example.cn/news/2024-04/03/content_1.htm")
    assert article.published_at == "2024-04-03T16:20:11+08:00"


def test_an_old_table_layout_with_the_headline_in_bold_and_br_lines() -> None:
    page = (
        '<html><head><meta charset="gb2312"><title>河南今年将新建改造农村公路1万公里</title></head><body>'
        '<table width="778"><tr><td width="200"><a href="/">首页</a><br><a href="/a">新闻中心</a></td><td><table>'
        '<tr><td align="center"><font size="4"><b>河南今年将新建改造农村公路1万公里</b></font></td></tr>'
        '<tr><td align="center">作者：张三 来源：本站原创 点击数：123 更新时间：2024-4-3</td></tr>'
        "<tr><td>　　4月2日，记者从省交通运输厅获悉，今年我省将新建改造农村公路1万公里。<br>"
        "　　截至2023年底，全省农村公路总里程达到23.5万公里。</td></tr></table></td></tr></table></body></html>"
    )
    article = extract_page(page.encode("gbk"), "http://www.xx.example.cn/show.asp?id=1234")
    assert (article.title, article.published_at, article.source) == (
        "河南今年将新建改造农村公路1万公里",
        "2024-04-03",
        "本站原创",
    )
    assert article.body.split("\n") == [
        "4月2日，记者从省交通运输厅获悉，今年我省将新建改造农村公路1万公里。",
        "截至2023年底，全省农村公路总里程达到23.5万公里。",
    ]


def test_a_short_headline_holding_a_site_word_is_still_the_headline() -> None:
    page = _page(
        "全省网络安全宣传周启动_大河网",
        '<div class="logo">大河网</div><h1>全省网络安全宣传周启动</h1><div>04-03 10:00 来源：河南日报</div>'
        f'<div class="text">{ARTICLE}</div>',
    )
    article = extract_page(page, "http://news.dahe.example.cn/2024/04-03/1.html")
    assert (article.title, article.published_at) == (
        "全省网络安全宣传周启动",
        "2024-04-03T10:00:00+08:00",
    )


def test_captions_leave_the_body_and_short_paragraphs_after_a_picture_stay() -> None:
    page = _page(
        "新乡开通首条城乡公交环线_新乡网",
        '<h1>新乡开通首条城乡公交环线</h1><div>2024-04-03 10:00 来源：新乡日报</div><div class="text">'
        "<p>4月2日，新乡市首条城乡公交环线开通运营，线路全长46公里，串联沿线12个村庄，惠及群众5万余人。</p>"
        '<p style="text-align:center"><img src="a.jpg"></p><p style="text-align:center">乘客在站台候车。</p>'
        '<p><img src="b.jpg"><br>公交车驶过新建的站台</p>'
        '<p><img src="c.jpg"></p><p>目前运行平稳。</p>'
        '<div class="pic"><img src="d.jpg"><span class="img-desc">沿线村庄的候车亭</span></div>'
        '<p style="text-align:center"><img src="e.jpg"></p><p style="text-align:center"><strong>票价与班次</strong></p>'
        "<p>该线路票价2元，发车间隔30分钟，首末班时间为6时30分至19时。</p></div>",
    )
    article = extract_page(page, "http://www.xxrb.example.cn/2024/0403/1.html")
    assert article.body.split("\n") == [
        BODY.split("\n")[0],
        "目前运行平稳。",
        "票价与班次",
        BODY.split("\n")[1],
    ]


def test_a_one_paragraph_story_under_its_photo_is_no_caption() -> None:
    story = "4月2日，新乡市首条城乡公交环线开通运营，惠及群众5万余人。"
    page = _page(
        "新乡开通首条城乡公交环线_新乡网",
        '<h1>新乡开通首条城乡公交环线</h1><div class="text">'
        f'<p style="text-align:center"><img src="a.jpg"></p><p style="text-align:center">{story}</p></div>',
    )
    assert extract_page(page, "http://www.xxrb.example.cn/2024/0403/1.html").body == story


def test_a_copyright_block_longer_than_the_story_is_not_its_body() -> None:
    story = "4月2日，新乡市首条城乡公交环线开通运营，线路全长46公里，惠及群众5万余人。"
    statement = (
        "新乡网版权说明：凡注明来源为“新乡网”的所有文字、图片和音视频稿件，版权均属新乡网所有，"
        "任何媒体、网站或个人未经本网协议授权不得转载、链接、转贴或以其他方式复制发表。"
    )
    page = _page(
        "新乡开通首条城乡公交环线_新乡网",
        f'<h1>新乡开通首条城乡公交环线</h1><div class="text"><p>{story}</p></div>'
        f'<div class="bottom"><p>{statement}</p><p>Copyright © 2024 xxrb. All rights reserved.</p></div>',
    )
    assert extract_page(page, "http://www.xxrb.example.cn/a/1.html").body == story


class _Today(date):
    @classmethod
    def today(cls) -> date:
        return cls(2025, 3, 1)


def test_a_date_without_its_year_is_never_a_day_to_come(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dates, "date", _Today)
    assert shown_date("12-30 10:00", 2025) == "2024-12-30T10:00:00+08:00"
    assert shown_date("02-18 17:05", 2025) == "2025-02-18T17:05:00+08:00"


def test_a_date_without_its_year_takes_the_year_the_page_shows() -> None:
    listed = "".join(
        f'<li><a href="/a/{i}.html">其他新闻标题第{i}条</a> 2023-0{i}-12</li>' for i in range(1, 4)
    )
    page = _page(
        "新乡开通首条城乡公交环线_新乡网",
        f'<h1>新乡开通首条城乡公交环线</h1><div>发布时间：03-05 17:05</div><div class="text">{ARTICLE}</div>'
        f'<ul class="list">{listed}</ul><div class="foot">©2023 新乡网</div>',
    )
    article = extract_page(page, "http://www.xxrb.example.cn/a/1.html")
    assert article.published_at == "2023-03-05T17:05:00+08:00"


def test_a_reprint_notice_in_the_text_cell_costs_only_its_own_line() -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>河南今年将新建改造农村公路1万公里</title></head><body>'
        '<table><tr><td><a href="/">首页</a></td></tr><tr><td><h1>河南今年将新建改造农村公路1万公里</h1></td></tr>'
        "<tr><td>　　4月2日，记者从省交通运输厅获悉，今年我省将新建改造农村公路1万公里。<br>"
        "　　（本文为本站原创，转载请注明出处）</td></tr></table>"
        '<div class="bottom">网站版权所有，未经授权禁止转载</div></body></html>'
    )
    article = extract_page(page.encode(), "http://www.xx.example.cn/show.asp?id=1234")
    assert article.body == "4月2日，记者从省交通运输厅获悉，今年我省将新建改造农村公路1万公里。"


def test_a_subheading_beside_an_icon_is_no_caption() -> None:
    page = _page(
        "新乡开通首条城乡公交环线_新乡网",
        f'<h1>新乡开通首条城乡公交环线</h1><div class="text">{ARTICLE}'
        '<section><img data-w="64" src="icon.png"><span>线路走向</span></section>'
        "<p>线路从新乡东站出发，途经12个村庄，最终回到东站。</p></div>",
    )
    body = extract_page(page, "http://www.xxrb.example.cn/a/1.html").body
    assert "线路走向" in body

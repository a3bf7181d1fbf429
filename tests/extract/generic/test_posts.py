"""Pages of several posts: the first post is the article."""

from __future__ import annotations

from crawler.extract import extract_page

POST = (
    "<p>{0}月{1}日，我们一行人去了郊外的果园，园里的桃花开得正好，孩子们在树下追来跑去。</p>"
    "<p>果园的主人说，今年雨水足，到了夏天桃子一定又大又甜，欢迎大家那时候再来采摘。</p>"
    "<p>回家的路上，大家商量着下个月再去看看油菜花，顺便尝尝镇上有名的豆腐宴。</p>"
)


def _blog_month() -> bytes:
    posts = "".join(
        f'<table class="post"><tr><td class="post-title">第{i}篇：春游记{i}</td>'
        f'<td class="post-title">2005-04-0{i} 10:2{i}:00</td></tr>'
        f"<tr><td>{POST.format(4, i)}</td></tr></table>"
        for i in range(1, 4)
    )
    page = (
        "<html><head><title>小舟的博客 | blog.example.com</title></head><body>"
        '<div class="side"><h2>我的另外2个博客</h2><a href="/b">旅行</a></div>'
        f'<div class="posts">{posts}</div></body></html>'
    )
    return page.encode()


def test_a_blog_month_gives_its_first_post_with_its_headline() -> None:
    article = extract_page(_blog_month(), "http://blog.example.com/archives.php?date=200504")
    assert article.title == "第1篇：春游记1"
    assert article.body.startswith("4月1日，我们一行人")
    assert "4月2日" not in article.body


def test_a_forum_thread_gives_its_opening_post_without_the_replies() -> None:
    opening = POST.format(5, 17)
    replies = "".join(
        f"<table><tr><td>回复{i}：说得好，我也去过那里。</td></tr>"
        f"<tr><td>〓 发布时间 2005/05/18 1{i}:45:40 by 网友{i} 〓</td></tr></table>"
        for i in range(3)
    )
    page = (
        "<html><head><title>网易娱乐</title></head><body>"
        "<table><tr><td><b>春天的果园</b></td></tr></table>"
        f"<div><table><tr><td>{opening}</td></tr>"
        "<tr><td>〓 发布时间 2005/05/17 22:11:42 by 眉间尺 〓</td></tr></table>"
        f"{replies}</div></body></html>"
    )
    article = extract_page(page.encode(), "http://bbs.example.com/thread.php?postid=1")
    assert article.body.startswith("5月17日，我们一行人")
    assert "回复" not in article.body

"""A generated mirror of a few hundred hnr.cn articles, written into a test's tmp folder.

Two city channels (luohe.hnr.cn, xuchang.hnr.cn), each with paginated listings
(``/``, ``/2.html`` …) of articles in the site's 2019 desktop template; every body is
different, with a few figures in it.
"""

from __future__ import annotations

import random
from pathlib import Path

CITIES = {"luohe": "漯河", "xuchang": "许昌"}
SENTENCES = (
    "截至{m}月{d}日,全市累计完成{what}{n}个,投入资金{k}万元。",
    "{city}市今年新增就业岗位{n}个,同比增长{p}%。",
    "活动现场共发放宣传资料{n}余份,接受群众咨询{k}人次。",
    "该项目总投资约{k}亿元,预计年内完成投资{p}亿元。",
)
WORKS = ("老旧小区改造", "农村公路建设", "便民服务点", "高标准农田", "污水管网")
ARTICLE = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}_映象网</title></head><body>
<div class="crumbs"><a href="http://www.hnr.cn/">首页</a>&nbsp;&gt;&nbsp;<a href="http://{host}/">{city}</a>&nbsp;&gt;&nbsp;正文</div>
<h2 class="f32 lh48 mrg_t_30">{title}</h2>
<div id="share_right" class="clearfix"><p class="left"><span>{date}</span>&nbsp;&nbsp;<span>来源:映象网</span></p></div>
<div id="text_content"><div id="text_fix">
{paragraphs}<p>(映象网{city}新闻热线:0395-3131 000)</p>
</div></div>
<div class="keyword clearfix"><span class="left">文章关键词:{city} 民生</span><span class="right">责编:王芳</span></div>
</body></html>
"""
LISTING = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{city}_映象网</title></head><body>
<ul class="list">
{items}</ul>
<div class="page">{pager}</div>
</body></html>
"""


def generate(root: Path, pages: int = 5, per_page: int = 20, seed: int = 9) -> list[str]:
    """Write the mirror under ``root/site``; return its article URLs, sorted."""
    rng = random.Random(seed)
    urls: list[str] = []
    number = 7000
    for name, city in CITIES.items():
        host = f"{name}.hnr.cn"
        for page in range(1, pages + 1):
            items = []
            for _ in range(per_page):
                number += 1
                month, day = rng.randint(1, 12), rng.randint(1, 28)
                date, path = (
                    f"2021-{month:02d}-{day:02d}",
                    f"2021{month:02d}/{day:02d}/{number}.html",
                )
                title = f"{city}市第{number}号民生项目进展顺利"
                paragraphs = [
                    rng.choice(SENTENCES).format(
                        m=month,
                        d=day,
                        city=city,
                        what=rng.choice(WORKS),
                        n=rng.randint(10, 9999),
                        k=rng.randint(2, 999),
                        p=rng.randint(1, 30),
                    )  # fmt: skip
                    for _ in range(4)
                ]
                paragraphs[0] = f"映象网{city}讯(记者 张伟)第{number}号项目" + paragraphs[0]
                body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
                page_html = ARTICLE.format(
                    title=title, host=host, city=city, date=date, paragraphs=body
                )
                write(root / "site" / host / path, page_html)
                urls.append(f"http://{host}/{path}")
                items.append(
                    f'<li><a href="/{path}">{title}</a><span class="date">{date}</span></li>\n'
                )
            pager = (
                f'<a href="/{page + 1}.html">下一页</a>' if page < pages else "<span>下一页</span>"
            )
            listing = LISTING.format(city=city, items="".join(items), pager=pager)
            write(root / "site" / host / ("index.html" if page == 1 else f"{page}.html"), listing)
    return sorted(urls)


def start_urls() -> str:
    """The ``start_urls`` spider argument for the generated channels."""
    return ",".join(f"http://{name}.hnr.cn/" for name in CITIES)


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")

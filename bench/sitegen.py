"""A generated mirror of hnr.cn for benchmarks: channels of paginated listings and articles.

Pages are shaped like the site's: a navigation header, side blocks and a footer around
the article (about 20 KB a page, as the live site's are several times that), and bodies
of plain sentences with figures in some of them.
"""

from __future__ import annotations

import random
from pathlib import Path

CITIES = ["漯河", "许昌", "周口", "驻马店", "信阳", "南阳", "商丘", "开封"]
SENTENCES = [
    "截至{m}月{d}日，全市共排查返乡人员{n}人，确诊病例{k}例。",
    "区财政先期拨付区卫健委{n}万元，用于购买口罩、防护服等物资。",
    "全县今年夏粮种植面积{n}万亩，预计总产量{k}万吨，同比增长{p}%。",
    "各镇办设立卡点{k}个，组织志愿者{n}余名开展24小时值守。",
    "该项目总投资约{n}亿元，建成后可新增就业岗位{k}个。",
    "工作人员每天2次测量体温，并对{n}户居民逐户登记。",
    "今年以来，市场监管部门共检查经营主体{n}家，责令整改{k}处。",
    "活动现场发放宣传资料{n}多份，接受群众咨询{k}人次。",
]
PLAIN = [
    "会议强调，要坚持以人民为中心的发展思想，切实把各项惠民举措落到实处。",
    "连日来，{city}市各级各部门迅速行动，层层压实责任，确保各项工作有序推进。",
    "据了解，下一步该市将进一步完善工作机制，持续加大督导检查力度。",
    "记者在现场看到，工作人员正在有条不紊地开展登记、核查等工作。",
    "不少群众表示，这些实打实的举措让大家切实感受到了变化。",
    "相关负责人介绍，全市上下将以更加务实的作风推动各项任务落地见效。",
]
NAV = "".join(f'<li><a href="http://{c}.hnr.cn/">{n}</a></li>' for c, n in (
    ("news", "新闻"), ("finance", "财经"), ("edu", "教育"), ("travel", "旅游"), ("gov", "政务"),
    ("luohe", "漯河"), ("xuchang", "许昌"), ("zhoukou", "周口"), ("nanyang", "南阳"), ("v", "视频"),
)) * 4  # fmt: skip
SIDE = "".join(
    f'<div class="side_box"><h3>{name}</h3><ul>'
    + "".join(
        f'<li><a href="http://news.hnr.cn/zt/{name}{i}.html">{name}推荐稿件第{i}条标题文字</a></li>'
        for i in range(10)
    )
    + "</ul></div>"
    for name in ("今日热点", "精品原创", "图片新闻", "地市直通车")
)
CHROME_SCRIPT = (
    "<script>"
    + "var _hmt = _hmt || [];" * 40
    + "</script><style>"
    + ".nav li{float:left}" * 60
    + "</style>"
)


def paragraph(rng: random.Random, city: str, month: int, day: int) -> str:
    """A paragraph of news prose: a sentence with figures between plain ones."""
    numbers = {
        "m": month,
        "d": day,
        "n": rng.randint(10, 9999),
        "k": rng.randint(2, 99),
        "p": rng.randint(1, 30),
    }
    plain = [rng.choice(PLAIN).format(city=city) for _ in range(rng.randint(1, 3))]
    plain.insert(rng.randint(0, len(plain)), rng.choice(SENTENCES).format(**numbers))
    return "".join(plain)


def article_html(
    title: str, date: str, city: str, paragraphs: list[str], related: list[str]
) -> str:
    body = "".join(f"<p>　　{p}</p>" for p in paragraphs)
    links = "".join(
        f'<li><a href="{u}">相关稿件{i}</a><p>摘要……</p></li>' for i, u in enumerate(related)
    )
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}_映象网</title>{CHROME_SCRIPT}</head><body>
<div class="header"><a href="http://www.hnr.cn/">首页</a><ul class="nav">{NAV}</ul></div>
<div class="crumbs"><a href="http://www.hnr.cn/">首页</a> &gt; <a href="http://news.hnr.cn/xwrd/">热点</a> &gt; 正文</div>
<h2 class="f32 lh48 mrg_t_30">{title}</h2>
<div id="share_right"><p class="left"><span>{date}</span><span>来源:映象网</span></p></div>
<div id="text_content"><div id="text_fix"><p>映象网{city}讯(记者 张伟 通讯员 李娜){paragraphs[0]}</p>{body}
<p>(映象网{city}新闻热线:166 5088 6886,投稿邮箱:news@hnr.cn)</p></div></div>
<div class="keyword"><span class="left">文章关键词:{city} 民生</span><span class="right">责编:王芳</span></div>
<div class="xgyd"><h3>相关阅读 <a href="javascript:;">换一换</a></h3><ul>{links}</ul></div>
<div class="right_con">{SIDE}</div>
<div class="footer">网站简介 | 版权声明 Copyright © 2012 hnr.cn</div></body></html>"""


def listing_html(items: list[tuple[str, str, str]], next_url: str | None) -> str:
    rows = "".join(
        f'<li><a href="{u}">{t}</a><span class="date">{d}</span></li>' for u, t, d in items
    )
    pager = f'<a href="{next_url}">下一页</a>' if next_url else ""
    return f'<html><head><meta charset="utf-8"></head><body><ul class="list">{rows}</ul><div class="pager">{pager}</div></body></html>'


def generate(
    root: Path, channels: int = 4, pages: int = 60, per_page: int = 20, seed: int = 7
) -> int:
    """Write the mirror under ``root/site``; return the number of pages a full crawl fetches."""
    rng = random.Random(seed)
    site = root / "site" / "news.hnr.cn"
    urls: list[str] = []
    count = 0
    article_id = 100000
    for c in range(channels):
        channel = f"ch{c}"
        for page in range(1, pages + 1):
            items = []
            for _ in range(per_page):
                article_id += 1
                month, day = rng.randint(1, 12), rng.randint(1, 28)
                date = f"2021-{month:02d}-{day:02d}"
                url = f"http://news.hnr.cn/2021{month:02d}/{day:02d}/{article_id}.html"
                city = rng.choice(CITIES)
                title = f"{city}市扎实推进第{article_id}号民生工程"
                paragraphs = [paragraph(rng, city, month, day) for _ in range(8)]
                related = rng.sample(urls, 3) if len(urls) > 3 else []
                path = site / f"2021{month:02d}" / f"{day:02d}" / f"{article_id}.html"
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(
                    article_html(title, date, city, paragraphs, related), encoding="utf-8"
                )
                urls.append(url)
                items.append((url, title, date))
                count += 1
            name = "index.html" if page == 1 else f"{page}.html"
            next_url = f"{page + 1}.html" if page < pages else None
            (site / channel).mkdir(parents=True, exist_ok=True)
            (site / channel / name).write_text(listing_html(items, next_url), encoding="utf-8")
            count += 1
    return count

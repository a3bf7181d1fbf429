"""Speed of ``extract_figures``: CPU ms per generated article (the pages the crawl benchmark
crawls), sentences per CPU second on varied template sentences, and CPU seconds on 0.5, 1, 2
and 4 MB of dense figure text, to show the time grows linearly.

CPU time (``time.process_time``) holds on a busy machine where wall time does not. Articles
and sentences take turns, ``--rounds`` times, and the best run of each counts: a busy spell
costs both alike.

Run from the repository root:
    python -m bench.figures_bench [--articles N] [--sentences N] [--rounds N] [--sizes MB …]
"""

from __future__ import annotations

import argparse
import math
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from crawler import extract_article
from crawler.figures import extract_figures
from crawler.items import Article
from fixtures.generated.sitegen import generate

PLACES = ["全市", "全县", "全区", "该镇", "召陵区", "临颍县", "郑州市", "全省"]
DATES = ["截至1月31日，", "2月3日0—24时，", "今年1-5月，", "", "", "据统计，", "截至目前，"]
TEMPLATES = [
    "{date}{place}累计排查返乡人员{n}人，确诊病例{s}例，疑似病例{s2}例。",
    "{place}财政拨付专项资金{m}万元，用于购买口罩{n}只、防护服{s}套。",
    "{date}{place}地区生产总值同比增长{p}%，增速比上年回落{q}个百分点。",
    "{place}设立{s}个工作组，建立{s2}项工作制度，严格执行24小时值班。",
    "隔离期间每天测量体温{s}次，居家隔离{d}天，每周开展{s2}次巡查。",
    "{place}新建道路{k}公里，完成造林{n}亩，总投资约{m}万元。",
    "一是加大宣传力度，发放宣传资料{n}多份；二是设立{s}个卡点。",
    "{place}共有规模以上工业企业{n}余家，实现利润{m}亿元，下降{p}%。",
    "咨询电话：0395-{tel}，投稿邮箱：news@hnr.cn，地址：人民路{s}号。",
    "第一时间组织{n}名党员干部深入一线，走访群众{n2}户。",
    "{date}{place}新增就业{n}人，城镇登记失业率控制在{p}%以内。",
    "活动持续{s}至{d}天，参与群众近{cn}人，接待游客{m}万人次。",
    "一位村民说，村里有{s}家企业，年产值{m}万元左右。",
    "{place}粮食总产量达到{m}万吨，比上年增加{k}万吨。",
    "有关部门要坚持“四个意识”，落实“九个一律”，严防输入。",
]
CHINESE = ["两千", "三百", "五千", "十三", "两万", "一千二百"]
ARTICLES_PER_PAGE = 80  # the generator's 4 channels of 20 articles per listing page


def sentences(count: int, seed: int = 7) -> list[str]:
    """``count`` sentences filled from the templates with varied numbers."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        template = TEMPLATES[i % len(TEMPLATES)]
        out.append(
            template.format(
                date=rng.choice(DATES),
                place=rng.choice(PLACES),
                n=rng.randint(10, 99999),
                n2=rng.randint(100, 9999),
                s=rng.randint(1, 30),
                s2=rng.randint(1, 30),
                d=rng.randint(3, 30),
                m=round(rng.uniform(1, 5000), rng.choice([0, 1, 2])),
                p=round(rng.uniform(0.1, 30), 1),
                q=round(rng.uniform(0.1, 5), 1),
                k=round(rng.uniform(1, 500), 1),
                tel=rng.randint(1000000, 9999999),
                cn=rng.choice(CHINESE),
            )
        )
    return out


def generated_articles(count: int) -> list[Article]:
    """The first ``count`` articles of the crawl benchmark's generated mirror, read by the
    text job as the crawl reads them (body, publication time, headline, dateline place)."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        generate(root, pages=math.ceil(count / ARTICLES_PER_PAGE))
        site = root / "site"
        pages = sorted(p for p in site.rglob("*.html") if not p.parent.name.startswith("ch"))
        return [
            extract_article(page.read_bytes(), f"http://{page.relative_to(site).as_posix()}")
            for page in pages[:count]
        ]


def dense_text(megabytes: float) -> str:
    """One text of template sentences, ``megabytes`` of UTF-8, with no paragraph break."""
    text, size, batch = [], 0, sentences(2000, seed=11)
    while size < megabytes * 1_000_000:
        for sentence in batch:
            text.append(sentence)
            size += len(sentence.encode("utf-8"))
    return "".join(text)


def cpu(function: Callable[[], int]) -> tuple[float, int]:
    """CPU seconds of one call, and what it returned."""
    began = time.process_time()
    result = function()
    return time.process_time() - began, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--sentences", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--sizes", type=float, nargs="*", default=[0.5, 1, 2, 4])
    args = parser.parse_args()
    articles = generated_articles(args.articles)
    texts = sentences(args.sentences)

    def on_articles() -> int:
        return sum(
            len(extract_figures(a.body, a.published_at, title=a.title, place=a.place))
            for a in articles
        )

    def on_sentences() -> int:
        return sum(len(extract_figures(t, "2020-06-01")) for t in texts)

    on_articles(), on_sentences()  # compile and warm up
    best_articles = best_sentences = float("inf")
    for _ in range(args.rounds):
        seconds, article_figures = cpu(on_articles)
        best_articles = min(best_articles, seconds)
        seconds, sentence_figures = cpu(on_sentences)
        best_sentences = min(best_sentences, seconds)
    print(
        f"{len(articles)} generated articles, {article_figures / len(articles):.1f} figures each:"
        f" {best_articles / len(articles) * 1000:.3f} ms CPU per article"
    )
    print(
        f"{len(texts)} sentences, {sentence_figures} figures:"
        f" {len(texts) / best_sentences:,.0f} sentences/CPU s"
    )
    print("dense text   figures   CPU s   CPU s per MB")
    for megabytes in args.sizes:
        text = dense_text(megabytes)
        seconds, found = cpu(lambda text=text: len(extract_figures(text, "2020-06-01")))
        print(f"{megabytes:6.1f} MB  {found:8,}  {seconds:6.2f}  {seconds / megabytes:8.2f}")


if __name__ == "__main__":
    main()

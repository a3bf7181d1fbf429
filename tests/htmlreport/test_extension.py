"""The per-run HTML report of a real crawl of the mirror, opened in headless Chromium."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from parsel import Selector
from PIL import Image

from crawler.htmlreport.svg import PALETTE
from tests.conftest import CrawlResult, run_crawl

WIDTH, HEIGHT = 900, 2400


@pytest.fixture(scope="module")
def crawl(hnr_mirror, tmp_path_factory) -> tuple[CrawlResult, Path]:
    feed = tmp_path_factory.mktemp("run") / "hnr.jsonl"
    result = run_crawl("hnr", hnr_mirror, feed)
    assert result.returncode == 0, result.log[-2000:]
    return result, feed


def _beside(feed: Path, suffix: str) -> Path:
    """The run's file with this suffix beside its feed (however the feed names them)."""
    (path,) = feed.parent.glob(f"*{suffix}")
    return path


def _page(crawl: tuple[CrawlResult, Path]) -> Path:
    return _beside(crawl[1], ".report.html")


def test_the_run_report_shows_what_the_run_did(crawl, chromium) -> None:
    result, feed = crawl
    dom = Selector(text=chromium.dump_dom(_page(crawl)))
    text = " ".join(t.strip() for t in dom.xpath("//body//text()").getall() if t.strip())
    tiles = dict(
        zip(dom.css(".tile span::text").getall(), dom.css(".tile b::text").getall(), strict=True)
    )
    run = json.loads(_beside(feed, ".report.json").read_text("utf-8"))
    assert tiles["status"] == run["status"] == "ok"
    assert tiles["articles"] == str(len(result.items)) == str(run["articles"]["exported"])
    assert tiles["figures"] == str(sum(len(a["numbers"]) for a in result.items))
    assert tiles["rejects"] == str(len(result.rejects)) == str(sum(run["rejects"].values()))
    assert tiles["errors"] == str(sum(run["errors"].values()))
    assert run["run_id"] in dom.css("h1::text").get()
    channels = Counter(a["channel"] for a in result.items if a["channel"])
    assert all(
        f"{channel}: {count}" in dom.css("svg title::text").getall()
        for channel, count in channels.items()
    )
    for reason, count in Counter(r["reason"] for r in result.rejects).items():
        assert f"{reason}: {count}" in dom.css("#health svg title::text").getall()
    assert len(dom.css("svg")) >= 6 and "Extraction health" in text


def test_the_screenshot_is_a_picture_of_the_page(crawl, chromium, tmp_path: Path) -> None:
    png = tmp_path / "run-report.png"
    chromium.screenshot(_page(crawl), png, WIDTH, HEIGHT)
    image = Image.open(png).convert("RGB")
    assert image.size == (WIDTH, HEIGHT)
    colours = Counter({colour: n for n, colour in image.getcolors(WIDTH * HEIGHT)})
    background = colours.most_common(1)[0][0]
    assert background == (255, 255, 255)
    drawn = sum(n for colour, n in colours.items() if colour != background)
    assert drawn > WIDTH * HEIGHT * 0.03, "the page looks blank"
    bar = tuple(int(PALETTE[0][i : i + 2], 16) for i in (1, 3, 5))
    assert colours[bar] > 2000, "no chart bars were drawn"
    darkest = image.crop((0, 0, WIDTH, 120)).convert("L").getextrema()[0]
    assert darkest < 80, "no heading text at the top"
    print(f"screenshot: {png}")

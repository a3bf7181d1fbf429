"""A profile file dropped into a folder named by CRAWLER_SITES takes effect: no code."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from crawler import sites
from crawler.extract import extract_page

PROFILE = """
name = "zkrb"
domains = ["zkrb.example.cn"]

[urls.article]
dated = '^https?://www\\.zkrb\\.example\\.cn/(?P<ym>\\d{6})/(?P<d>\\d{2})/\\d+\\.html$'

[article]
editor_label = ["责编"]

[[templates]]
name = "zkrb-2024"
body = ["div.zkrb-text"]
title = ["div.zkrb-headline"]
published = ["span.zkrb-time"]
source = ["span.zkrb-source"]
"""

PAGE = """<html><head><meta charset="utf-8"><title>周口港新开一条集装箱航线_周口日报</title></head><body>
<div class="zkrb-headline">周口港新开一条集装箱航线</div>
<p><span class="zkrb-time">2024-03-21 10:05</span> <span class="zkrb-source">来源：周口日报</span></p>
<div class="zkrb-text"><p>3月20日，周口港至上海港集装箱航线正式开通。</p></div>
<p>责编：李娜</p>
</body></html>"""


@pytest.fixture
def profile_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    (tmp_path / "zkrb.toml").write_text(PROFILE, encoding="utf-8")
    monkeypatch.setenv("CRAWLER_SITES", str(tmp_path))
    sites.reload_profiles()
    yield tmp_path
    monkeypatch.delenv("CRAWLER_SITES")
    sites.reload_profiles()


def test_without_the_profile_the_generic_extractor_runs() -> None:
    sites.reload_profiles()
    article = extract_page(PAGE.encode(), "https://www.zkrb.example.cn/202403/21/1.html")
    assert article.extractor == "generic"


def test_a_new_profile_takes_effect(profile_folder: Path) -> None:
    article = extract_page(PAGE.encode(), "https://www.zkrb.example.cn/202403/21/1.html")
    assert article.extractor == "zkrb-2024"
    assert article.site == "zkrb"
    assert article.title == "周口港新开一条集装箱航线"
    assert article.published_at == "2024-03-21T10:05:00+08:00"
    assert article.source == "周口日报"
    assert article.editor == "李娜"
    assert article.body == "3月20日，周口港至上海港集装箱航线正式开通。"

"""Which files of a run folder are feeds, and which lines of a feed are articles."""

from __future__ import annotations

import json
from pathlib import Path

from crawler.dataset.sources import FeedFile, Tally, feed_files, is_feed_name

ARTICLE = {"url": "http://news.hnr.cn/1.html", "title": "标题", "body": "正文。", "revision": 1}


def test_files_beside_the_feeds_are_skipped_by_name(tmp_path: Path) -> None:
    names = [
        "2026-01-01T00-00-00Z.jsonl",
        "2026-01-01T00-00-00Z.figures.csv",
        "2026-01-01T00-00-00Z.figures.jsonl",
        "2026-01-01T00-00-00Z.rejects.jsonl",
        "2026-01-01T00-00-00Z.report.json",
        "2026-01-01T00-00-00Z.report.html",
        "2026-01-02T00-00-00Z.jsonl.partial",
        "2026-01-02T00-00-00Z.partial.jsonl",
        "sub/2026-01-03T00-00-00Z.jsonl",
    ]
    for name in names:
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("")
    feeds, skipped = feed_files([tmp_path])
    assert [p.relative_to(tmp_path).as_posix() for p in feeds] == [
        "2026-01-01T00-00-00Z.jsonl",
        "sub/2026-01-03T00-00-00Z.jsonl",
    ]
    assert len(skipped) == len(names) - 2
    assert feed_files([tmp_path], exclude=tmp_path / "sub")[0] == feeds[:1]
    assert not is_feed_name(Path("x.rejects.jsonl")) and is_feed_name(Path("hnr.jsonl"))


def test_lines_that_are_not_articles_or_not_json_are_counted(tmp_path: Path) -> None:
    feed = tmp_path / "run.jsonl"
    lines = [
        json.dumps(ARTICLE, ensure_ascii=False),
        "",
        json.dumps({"what": "page", "url": "http://x/", "reason": "http_404"}),  # a reject
        "[1, 2]",
        json.dumps(ARTICLE | {"url": "http://news.hnr.cn/2.html"}, ensure_ascii=False),
        '{"url": "http://news.hnr.cn/3.html", "title": "被截断',  # a run killed mid-line
    ]
    feed.write_text("\n".join(lines), encoding="utf-8")
    tally = Tally()
    source = FeedFile(feed, tally)
    scanned = list(source.scan())
    assert [a["url"] for _, a in scanned] == [
        "http://news.hnr.cn/1.html",
        "http://news.hnr.cn/2.html",
    ]
    assert (tally.lines, tally.articles, tally.not_articles, tally.corrupt) == (5, 2, 2, 1)
    assert tally.locations["corrupt"] == [f"{feed}:6"]
    positions = [position for position, _ in scanned]
    ((line, article),) = source.read(positions[1:])
    assert article["url"] == "http://news.hnr.cn/2.html" and line.decode() == lines[4] + "\n"


def test_a_file_without_articles_is_skipped(tmp_path: Path) -> None:
    figures = tmp_path / "renamed-figures.jsonl"
    figures.write_text(json.dumps({"url": "u", "title": "t", "value": 3}) + "\n")
    tally = Tally()
    assert list(FeedFile(figures, tally).scan()) == []
    assert tally.skipped_files == [str(figures)] and tally.feeds == []

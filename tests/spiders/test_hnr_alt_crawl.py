"""A second, independent mirror of hnr.cn (fixtures/hnr-alt), written from the site
profile alone by someone who had not read the crawler: its other markup variants and
traps must come out as exactly as the first mirror's."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.conftest import FIXTURES, read_jsonl, run_crawl, start_mirror

ALT = FIXTURES / "hnr-alt"
EXPECTED = read_jsonl(ALT / "expected" / "articles.jsonl")
MUST_NOT = {
    line.strip()
    for line in (ALT / "expected" / "must_not_request.txt").read_text().splitlines()
    if line.strip()
}
FIELDS = (
    "url", "site", "channel", "title", "published_at", "published_date", "source", "place", "reporters",
    "correspondents", "editor", "keywords", "body", "related",
)  # fmt: skip


@pytest.fixture(scope="module")
def crawl(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("alt")
    process, mirror = start_mirror([ALT], workdir)
    try:
        result = run_crawl("hnr", mirror, workdir / "alt.jsonl")
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert result.returncode == 0, result.log[-2000:]
    return result


def test_every_article_once_with_every_field_right(crawl):
    urls = Counter(item["url"] for item in crawl.items)
    assert [u for u, n in urls.items() if n > 1] == []
    assert sorted(urls) == sorted(a["url"] for a in EXPECTED)
    got = crawl.by_url()
    for expected in EXPECTED:
        assert {k: got[expected["url"]][k] for k in FIELDS} == {k: expected[k] for k in FIELDS}


def test_nothing_forbidden_and_nothing_twice_but_retries(crawl):
    requested = Counter(r["url"] for r in crawl.requests)
    assert MUST_NOT & set(requested) == set()
    retried = {r["url"] for r in crawl.requests if r["status"] == 500}
    assert [u for u, n in requested.items() if n > 1 and u not in retried] == []

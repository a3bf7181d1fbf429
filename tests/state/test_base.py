"""The crawl state's contract (``crawler.state.base.CrawlState``), kept by every store:
SQLite, and Redis for distributed crawls."""

from __future__ import annotations

import pytest

from crawler.outcomes import Outcome
from crawler.state import open_state
from crawler.state.base import content_hash


def item(url: str, body: str, revision: int = 1, related: list[str] | None = None) -> dict:
    return {"url": url, "title": "标题", "body": body, "revision": revision,
            "related": related or [], "found_via": {"listing": "http://a/", "page": 1}}  # fmt: skip


@pytest.fixture(params=["sqlite", "redis"])
def state_uri(request: pytest.FixtureRequest, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 's.sqlite'}"
    return f"{request.getfixturevalue('redis_url')}?prefix=hnr&heartbeat=0.2"


def test_records_by_canonical_url(state_uri):
    state = open_state(state_uri)
    state.fetched("http://a/1", "2026-01-01T00:00:01Z", '"e1"', "Thu, 01 Jan 2026 00:00:00 GMT")
    state.exported("http://a/1", "2026-01-01T00:00:02Z", item("http://a/1", "h1"), 0)
    state.exported(
        "http://a/1", "2026-01-03T00:00:00Z", item("http://a/1", "h2", 2, ["http://a/3"]), 1
    )
    record = state.get("http://a/1")
    assert (record.etag, record.revision, record.content_hash) == (
        '"e1"', 2, content_hash("标题", "h2"),
    )  # fmt: skip
    assert (record.related, record.depth, record.has_item) == (["http://a/3"], 1, True)
    assert record.first_exported_at == "2026-01-01T00:00:02Z"
    assert state.exported_item("http://a/1")["body"] == "h2"
    assert [a["url"] for a in state.exported_items()] == ["http://a/1"]
    assert [r.url for r in state.recheck_due("2026-01-01T00:00:00Z")] == ["http://a/1"]
    assert state.recheck_due("2026-01-02T00:00:00Z") == []
    assert state.has_content(content_hash("标题", "h2"))
    assert not state.has_content(content_hash("标题", "h1"))
    state.outcome("http://a/2", "2026-01-01T00:00:00Z", Outcome.GONE)
    state.fetched("http://a/4", "2026-01-01T00:00:00Z", None, None)
    assert state.get("http://a/2").outcome is Outcome.GONE
    assert state.summary() == {"exported": 1, "gone": 1, None: 1}
    state.reset()
    assert state.get("http://a/1") is None and state.summary() == {}


def test_failed_urls_are_due_for_a_retry_with_how_they_were_reached_until_they_succeed(
    state_uri,
):
    state = open_state(state_uri)
    via = {"listing": "http://a/2.html", "page": 2}
    state.outcome(
        "http://a/9", "2026-01-01T00:00:00Z", Outcome.ERROR, role="article", found_via=via
    )
    state.outcome("http://a/8", "2026-01-01T00:00:00Z", Outcome.GONE)
    (due,) = state.retry_due()
    assert (due.url, due.role, due.found_via) == ("http://a/9", "article", via)
    state.exported("http://a/9", "2026-01-02T00:00:00Z", item("http://a/9", "b"), 0)
    assert state.retry_due() == []

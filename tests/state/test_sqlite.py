"""The SQLite state store and the recovery of a killed run's feed."""

from __future__ import annotations

import json

import pytest

from crawler.state import StateLocked, open_state
from crawler.state.base import GONE, content_hash
from crawler.state.recovery import drop_partial_line, recover_unfinished_runs


def test_records_by_canonical_url(tmp_path):
    state = open_state(f"sqlite:///{tmp_path / 's.sqlite'}")
    state.seen("http://a/1", "2026-01-01T00:00:00Z")
    state.fetched("http://a/1", "2026-01-01T00:00:01Z", '"e1"', "Thu, 01 Jan 2026 00:00:00 GMT")
    state.exported("http://a/1", "2026-01-01T00:00:02Z", "h1", 1, [], 0)
    state.exported("http://a/1", "2026-01-03T00:00:00Z", "h2", 2, ["http://a/3"], 1)
    record = state.get("http://a/1")
    assert (record.etag, record.revision, record.content_hash) == ('"e1"', 2, "h2")
    assert (record.related, record.depth) == (["http://a/3"], 1)
    assert record.first_exported_at == "2026-01-01T00:00:02Z"
    assert [r.url for r in state.recheck_due("2026-01-01T00:00:00Z")] == ["http://a/1"]
    assert state.recheck_due("2026-01-02T00:00:00Z") == []
    assert state.has_content("h2") and not state.has_content("h1")
    state.outcome("http://a/2", "2026-01-01T00:00:00Z", GONE)
    assert state.get("http://a/2").outcome == GONE
    state.reset()
    assert state.get("http://a/1") is None


def test_a_second_holder_is_refused(tmp_path):
    first = open_state(f"sqlite:///{tmp_path / 's.sqlite'}")
    first.acquire("run-1")
    second = open_state(f"sqlite:///{tmp_path / 's.sqlite'}")
    with pytest.raises(StateLocked, match="run-1"):
        second.acquire("run-2")
    first.close()
    second.acquire("run-2")
    second.close()


def test_recovery_cuts_a_partial_line_and_marks_the_rest_exported(tmp_path):
    feed = tmp_path / "run1.jsonl"
    whole = {"url": "http://a/1", "title": "标题", "body": "正文", "revision": 1}
    feed.write_text(
        json.dumps(whole, ensure_ascii=False) + "\n" + '{"url": "http://a/2", "tit',
        encoding="utf-8",
    )
    state = open_state(f"sqlite:///{tmp_path / 's.sqlite'}")
    state.start_run("run1", str(feed))
    assert recover_unfinished_runs(state, "2026-01-01T00:00:00Z") == ["run1"]
    assert feed.read_text(encoding="utf-8").endswith("}\n")
    assert state.get("http://a/1").content_hash == content_hash("标题", "正文")
    assert state.get("http://a/2") is None
    assert state.unfinished_runs() == []
    assert drop_partial_line(feed) is False

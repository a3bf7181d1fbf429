"""The SQLite state store and the recovery of a killed run's feed."""

from __future__ import annotations

import json
import sqlite3

import pytest

from crawler.outcomes import Outcome
from crawler.state import StateLocked, open_state
from crawler.state.base import content_hash
from crawler.state.recovery import drop_partial_line, recover_unfinished_runs


def item(url: str, body: str, revision: int = 1, related: list[str] | None = None) -> dict:
    return {"url": url, "title": "标题", "body": body, "revision": revision,
            "related": related or [], "found_via": {"listing": "http://a/", "page": 1}}  # fmt: skip


def test_records_by_canonical_url(tmp_path):
    state = open_state(f"sqlite:///{tmp_path / 's.sqlite'}")
    state.fetched("http://a/1", "2026-01-01T00:00:01Z", '"e1"', "Thu, 01 Jan 2026 00:00:00 GMT")
    state.exported("http://a/1", "2026-01-01T00:00:02Z", item("http://a/1", "h1"), 0)
    state.exported(
        "http://a/1", "2026-01-03T00:00:00Z", item("http://a/1", "h2", 2, ["http://a/3"]), 1
    )
    record = state.get("http://a/1")
    assert (record.etag, record.revision, record.content_hash) == (
        '"e1"',
        2,
        content_hash("标题", "h2"),
    )
    assert (record.related, record.depth, record.has_item) == (["http://a/3"], 1, True)
    assert record.first_exported_at == "2026-01-01T00:00:02Z"
    assert state.exported_item("http://a/1")["body"] == "h2"
    assert [a["url"] for a in state.exported_items()] == ["http://a/1"]
    assert [r.url for r in state.recheck_due("2026-01-01T00:00:00Z")] == ["http://a/1"]
    assert state.recheck_due("2026-01-02T00:00:00Z") == []
    assert state.has_content(content_hash("标题", "h2"))
    assert not state.has_content(content_hash("标题", "h1"))
    state.outcome("http://a/2", "2026-01-01T00:00:00Z", Outcome.GONE)
    assert state.get("http://a/2").outcome is Outcome.GONE
    state.reset()
    assert state.get("http://a/1") is None


def test_failed_urls_are_due_for_a_retry_with_how_they_were_reached(tmp_path):
    state = open_state(f"sqlite:///{tmp_path / 's.sqlite'}")
    via = {"listing": "http://a/2.html", "page": 2}
    state.outcome(
        "http://a/9", "2026-01-01T00:00:00Z", Outcome.ERROR, role="article", found_via=via
    )
    state.outcome("http://a/8", "2026-01-01T00:00:00Z", Outcome.GONE)
    (due,) = state.retry_due()
    assert (due.url, due.role, due.found_via) == ("http://a/9", "article", via)


def test_a_state_of_an_older_version_opens_and_its_old_outcomes_are_retried(tmp_path):
    path = tmp_path / "old.sqlite"
    db = sqlite3.connect(path)
    db.executescript(
        "CREATE TABLE urls (url TEXT PRIMARY KEY, first_seen TEXT NOT NULL, outcome TEXT,"
        " outcome_at TEXT, last_fetched TEXT, content_hash TEXT, revision INTEGER NOT NULL DEFAULT 0,"
        " exported_at TEXT, first_exported_at TEXT, etag TEXT, last_modified TEXT, related TEXT,"
        " depth INTEGER NOT NULL DEFAULT 0);"
        "INSERT INTO urls (url, first_seen, outcome) VALUES ('http://a/1', 'x', 'rejected');"
    )
    db.commit()
    db.close()
    state = open_state(f"sqlite:///{path}")
    assert state.get("http://a/1").outcome is Outcome.ERROR
    assert [r.url for r in state.retry_due()] == ["http://a/1"]


def test_a_second_holder_is_refused(tmp_path):
    first = open_state(f"sqlite:///{tmp_path / 's.sqlite'}")
    first.acquire("run-1")
    second = open_state(f"sqlite:///{tmp_path / 's.sqlite'}")
    with pytest.raises(StateLocked, match="run-1"):
        second.acquire("run-2")
    first.close()
    second.acquire("run-2")
    second.close()


@pytest.mark.parametrize("partial", [False, True])
def test_recovery_cuts_a_partial_line_and_marks_the_rest_exported(tmp_path, partial):
    feed = tmp_path / "run1.jsonl"
    written = tmp_path / ("run1.jsonl.partial" if partial else "run1.jsonl")
    whole = item("http://a/1", "正文")
    written.write_text(
        json.dumps(whole, ensure_ascii=False) + "\n" + '{"url": "http://a/2", "tit',
        encoding="utf-8",
    )
    state = open_state(f"sqlite:///{tmp_path / 's.sqlite'}")
    state.start_run("run1", str(feed))
    assert recover_unfinished_runs(state, "2026-01-01T00:00:00Z") == ["run1"]
    assert written.read_text(encoding="utf-8").endswith("}\n")
    assert state.get("http://a/1").content_hash == content_hash("标题", "正文")
    assert state.exported_item("http://a/1") == whole
    assert state.get("http://a/2") is None
    assert state.unfinished_runs() == []
    assert drop_partial_line(written) is False

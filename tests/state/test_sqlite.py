"""The SQLite state store (its records: tests/state/test_base.py): older versions, the lock,
and the recovery of a killed run's feed."""

from __future__ import annotations

import json
import sqlite3

import pytest

from crawler.outcomes import Outcome
from crawler.state import StateLocked, open_state
from crawler.state.base import content_hash
from crawler.state.recovery import drop_partial_line, recover_unfinished_runs
from tests.state.test_base import item


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

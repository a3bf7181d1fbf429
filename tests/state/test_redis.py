"""The Redis state store: shared by runs at once (its records: tests/state/test_base.py)."""

from __future__ import annotations

import pytest

from crawler.state import StateLocked, open_state


@pytest.fixture
def state_uri(redis_url: str) -> str:
    return f"{redis_url}?prefix=hnr&heartbeat=0.2"


def test_runs_share_the_state_and_a_run_is_unfinished_once_its_heartbeat_lapsed(state_uri):
    first, second = open_state(state_uri), open_state(state_uri)
    first.acquire("run-1")
    second.acquire("run-2")  # no lock: workers of a round share the state
    first.start_run("run-1", "a.jsonl")
    second.start_run("run-2", "b.jsonl")
    assert second.unfinished_runs() == []  # run-1 is crawling, not killed
    with pytest.raises(StateLocked, match="run-1"):
        second.reset()
    first._stop.set()  # run-1's process stops beating, as a killed one would
    first._beat.join()
    second.db.delete(f"{second.key}alive:run-1")
    assert second.unfinished_runs() == [("run-1", "a.jsonl")]
    second.finish_run("run-2", "finished")
    assert [(r, s) for r, _, s in second.runs()] == [("run-1", "running"), ("run-2", "finished")]
    first.close()
    second.close()

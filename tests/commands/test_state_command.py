import subprocess
import sys

from crawler.state import open_state
from tests.conftest import ROOT


def state_command(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "crawler", "state", *args], cwd=ROOT, capture_output=True, text=True
    )


def test_shows_and_resets_a_state(tmp_path):
    uri = f"sqlite:///{tmp_path / 's.sqlite'}"
    state = open_state(uri)
    state.exported(
        "http://a/1", "2026-01-01T00:00:00Z", {"url": "http://a/1", "title": "t", "body": "b"}, 0
    )
    state.start_run("r1", "data/hnr/r1.jsonl")
    state.close()
    shown = state_command("--uri", uri)
    assert shown.returncode == 0
    assert "exported: 1" in shown.stdout and "run r1 running" in shown.stdout
    assert state_command("--uri", uri, "--reset").returncode == 0
    assert "exported" not in state_command("--uri", uri).stdout


def test_refuses_a_state_in_use(tmp_path):
    uri = f"sqlite:///{tmp_path / 's.sqlite'}"
    holder = open_state(uri)
    holder.acquire("run-9")
    try:
        refused = state_command("--uri", uri, "--reset")
        assert refused.returncode == 1 and "run-9" in refused.stderr
    finally:
        holder.close()

"""``python -m crawler state``: shows and resets a state; every failure is one line."""

import subprocess
import sys

from crawler.state import open_state
from tests.commands.clean_exit import in_process, one_clean_line, started
from tests.conftest import ROOT


def test_shows_and_resets_a_state(capsys, tmp_path):
    uri = f"sqlite:///{tmp_path / 's.sqlite'}"
    state = open_state(uri)
    state.exported(
        "http://a/1", "2026-01-01T00:00:00Z", {"url": "http://a/1", "title": "t", "body": "b"}, 0
    )
    state.start_run("r1", "data/hnr/r1.jsonl")
    state.close()
    status, out, _ = in_process(capsys, "state", "--uri", uri)
    assert status == 0
    assert "exported: 1" in out and "run r1 running" in out
    assert in_process(capsys, "state", "--uri", uri, "--reset")[0] == 0
    assert "exported" not in in_process(capsys, "state", "--uri", uri)[1]


def test_refuses_a_state_in_use(capsys, tmp_path):
    uri = f"sqlite:///{tmp_path / 's.sqlite'}"
    holder = open_state(uri)
    holder.acquire("run-9")
    try:
        status, _, err = in_process(capsys, "state", "--uri", uri, "--reset")
        assert status == 1
        one_clean_line(err, "run-9")
    finally:
        holder.close()


def test_a_uri_it_cannot_open_is_one_line_and_status_2(capsys):
    status, _, err = in_process(capsys, "state", "--uri", "bad://x")
    assert status == 2
    one_clean_line(err, "--uri", "bad://x")


def test_a_missing_state_is_one_line_and_is_not_created(capsys, tmp_path):
    missing = tmp_path / "none" / "s.sqlite"
    for args in ((), ("--reset",)):
        status, _, err = in_process(capsys, "state", "--uri", f"sqlite:///{missing}", *args)
        assert status == 1
        one_clean_line(err, str(missing))
    assert not missing.parent.exists()


def test_a_file_that_is_not_a_state_is_one_line(capsys, tmp_path):
    (tmp_path / "notes.txt").write_text("not a database\n" * 100)
    status, _, err = in_process(capsys, "state", "--uri", f"sqlite:///{tmp_path / 'notes.txt'}")
    assert status == 1
    one_clean_line(err, "notes.txt")


def test_a_closed_pipe_ends_it_quietly(tmp_path):
    uri = f"sqlite:///{tmp_path / 's.sqlite'}"
    state = open_state(uri)
    state.start_run("r1", "data/hnr/r1.jsonl")
    state.close()
    reader_gone = started("state", "--uri", uri)
    reader_gone.stdout.close()  # before the command writes: its output meets a closed pipe
    stderr = reader_gone.stderr.read()
    assert reader_gone.wait(timeout=60) == 141 and stderr == ""
    piped = subprocess.run(
        f"{sys.executable} -m crawler state --uri {uri} | head -1",
        shell=True, cwd=ROOT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert piped.stdout.startswith("state: ") and piped.stderr == ""

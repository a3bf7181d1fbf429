import subprocess
import sys

from crawler.state import open_state
from tests.commands.clean_exit import command, one_clean_line, started
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


def test_a_uri_it_cannot_open_is_one_line_and_status_2():
    done = command("state", "--uri", "bad://x")
    assert done.returncode == 2
    one_clean_line(done.stderr, "--uri", "bad://x")


def test_a_missing_state_is_one_line_and_is_not_created(tmp_path):
    missing = tmp_path / "none" / "s.sqlite"
    for args in ((), ("--reset",)):
        done = command("state", "--uri", f"sqlite:///{missing}", *args)
        assert done.returncode == 1
        one_clean_line(done.stderr, str(missing))
    assert not missing.parent.exists()


def test_a_file_that_is_not_a_state_is_one_line(tmp_path):
    (tmp_path / "notes.txt").write_text("not a database\n" * 100)
    done = command("state", "--uri", f"sqlite:///{tmp_path / 'notes.txt'}")
    assert done.returncode == 1
    one_clean_line(done.stderr, "notes.txt")


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

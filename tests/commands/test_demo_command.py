"""``python -m crawler demo``: a missing mirror is one line and status 2; Ctrl-C stops the
crawl and the demo with status 130, no traceback and no process left behind."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from tests.commands.clean_exit import in_process, one_clean_line, started
from tests.faults.crawls import alive, descendants


def test_a_missing_mirror_is_named(capsys, tmp_path: Path):
    out = str(tmp_path / "o.jsonl")
    status, _, err = in_process(capsys, "demo", "--mirror", str(tmp_path / "nowhere"), "--out", out)
    assert status == 2
    one_clean_line(err, "nowhere", "--mirror")


def test_ctrl_c_stops_the_demo_cleanly(tmp_path: Path):
    demo = started("demo", "--out", str(tmp_path / "demo" / "hnr.jsonl"))
    try:
        assert demo.stdout.readline().startswith("demo: serving")
        time.sleep(2)  # the crawl is under way
        children = descendants(demo.pid)
        os.killpg(demo.pid, signal.SIGINT)
        _, stderr = demo.communicate(timeout=60)
    finally:
        if demo.poll() is None:
            os.killpg(demo.pid, signal.SIGKILL)
            demo.wait()
    assert demo.returncode == 130
    assert "Traceback" not in stderr, stderr[-3000:]
    time.sleep(1)
    assert not [p for p in children if alive(p)]

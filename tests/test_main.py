"""``python -m crawler``: Ctrl-C and unknown commands end any command cleanly."""

from __future__ import annotations

import os
import signal
import time

from tests.commands.clean_exit import command, one_clean_line, started


def test_ctrl_c_is_one_line_and_status_130():
    waiting = started("numbers")  # reads stdin, which stays open
    time.sleep(2)
    os.killpg(waiting.pid, signal.SIGINT)
    _, stderr = waiting.communicate(timeout=30)
    assert waiting.returncode == 130
    one_clean_line(stderr, "interrupted")


def test_an_unknown_command_is_refused_with_status_2():
    done = command("crawl")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "invalid choice: 'crawl'" in done.stderr

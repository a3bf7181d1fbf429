"""``python -m crawler``: Ctrl-C and unknown commands end any command cleanly."""

from __future__ import annotations

import os
import signal
import time

import pytest

from crawler.__main__ import main
from tests.commands.clean_exit import one_clean_line, started


def test_ctrl_c_is_one_line_and_status_130():
    waiting = started("numbers")  # reads stdin, which stays open
    time.sleep(2)
    os.killpg(waiting.pid, signal.SIGINT)
    _, stderr = waiting.communicate(timeout=30)
    assert waiting.returncode == 130
    one_clean_line(stderr, "interrupted")


def test_an_unknown_command_is_refused_with_status_2(capsys):
    with pytest.raises(SystemExit) as refused:
        main(["crawl"])
    assert refused.value.code == 2
    assert "invalid choice: 'crawl'" in capsys.readouterr().err

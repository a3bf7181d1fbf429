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
    [line] = capsys.readouterr().err.splitlines()
    assert "invalid choice: 'crawl'" in line and "--help" in line


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        (["extract"], "the following arguments are required: page"),
        (["numbers", "--published-at", "2024/01/01"], "'2024/01/01' is not a publication date"),
        (["mirror", "--port", "abc"], "argument --port: invalid int value: 'abc'"),
    ],
)
def test_a_wrong_argument_is_one_line_naming_it(capsys, argv, named):
    with pytest.raises(SystemExit) as refused:
        main(argv)
    assert refused.value.code == 2
    [line] = capsys.readouterr().err.splitlines()
    assert named in line

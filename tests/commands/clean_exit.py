"""Running ``python -m crawler`` commands as a user would, and what a clean failure is."""

from __future__ import annotations

import subprocess
import sys

from crawler.__main__ import main
from tests.conftest import ROOT, clean_env


def in_process(capsys, *args: str) -> tuple[int, str, str]:
    """``python -m crawler ARGS`` run in this process: exit status, stdout, stderr."""
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def command(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "crawler", *args],
        cwd=ROOT,
        env=clean_env(),
        capture_output=True,
        text=True,
        timeout=60,
        **kwargs,
    )


def started(*args: str) -> subprocess.Popen:
    """A command in its own process group, as a terminal's foreground job."""
    return subprocess.Popen(
        [sys.executable, "-m", "crawler", *args],
        cwd=ROOT,
        env=clean_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def one_clean_line(stderr: str, *named: str) -> None:
    """A failure told in one line of stderr that names what failed, and no traceback."""
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    for word in named:
        assert word in lines[0], f"{word!r} not named in {lines[0]!r}"

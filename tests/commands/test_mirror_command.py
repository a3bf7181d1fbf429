"""``python -m crawler mirror``: serves until Ctrl-C or SIGTERM (status 0, quietly); a missing
root, a busy port, an unwritable log or a faulty mirror.toml is one line and status 2."""

from __future__ import annotations

import os
import signal
import socket
import time
from pathlib import Path

import pytest

from tests.commands.clean_exit import in_process, one_clean_line, started
from tests.conftest import HNR_MIRROR


def test_a_missing_root_is_named(capsys, tmp_path: Path):
    status, _, err = in_process(capsys, "mirror", str(HNR_MIRROR), str(tmp_path / "nowhere"))
    assert status == 2
    one_clean_line(err, "nowhere")


def test_a_busy_port_is_named(capsys):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = str(busy.getsockname()[1])
        status, _, err = in_process(capsys, "mirror", str(HNR_MIRROR), "--port", port)
    assert status == 2
    one_clean_line(err, port, "--port")


def test_a_log_that_cannot_be_written_is_named(capsys, tmp_path: Path):
    log = str(tmp_path / "no" / "log.jsonl")
    status, _, err = in_process(capsys, "mirror", str(HNR_MIRROR), "--log", log)
    assert status == 2
    one_clean_line(err, "log.jsonl")


def test_a_faulty_mirror_toml_is_named(capsys, tmp_path: Path):
    (tmp_path / "mirror.toml").write_text('[[route]]\nurl = "http://a.cn/"\ndelay = 3\n')
    status, _, err = in_process(capsys, "mirror", str(tmp_path), str(HNR_MIRROR))
    assert status == 2
    one_clean_line(err, "mirror.toml", "delay")


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_stopping_is_quiet_and_clean(tmp_path: Path, stop: signal.Signals):
    port_file = tmp_path / "port"
    server = started("mirror", str(HNR_MIRROR), "--port-file", str(port_file))
    try:
        while not (port_file.exists() and port_file.read_text()):
            assert server.poll() is None, server.communicate()[1]
            time.sleep(0.05)
        os.killpg(server.pid, stop)
        _, stderr = server.communicate(timeout=10)
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
    assert server.returncode == 0 and stderr == ""

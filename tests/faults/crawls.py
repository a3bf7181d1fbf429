"""Crawls for the acceptance tests of issue 9: each in its own process group, killed whole
when it overruns, with what it wrote beside its feed and what it asked the mirror for."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from tests.conftest import (
    FIXTURES,
    ROOT,
    MirrorProcess,
    clean_env,
    crawl_command,
    read_jsonl,
    start_mirror,
)

FAULTS = FIXTURES / "faults"


@contextmanager
def serving(roots: list[Path], workdir: Path) -> Iterator[MirrorProcess]:
    """``python -m crawler mirror ROOTS`` for the duration of a ``with`` block."""
    process, mirror = start_mirror(roots, workdir)
    try:
        yield mirror
    finally:
        process.terminate()
        process.wait(timeout=10)


def beside(feed: Path, suffix: str) -> Path:
    """A file beside a feed, named after the feed's whole file name (``out.jsonl.report.json``)."""
    return feed.with_name(feed.name + suffix)


@dataclass
class Run:
    """A finished crawl: its exit status, log, requests, and its files as they were then."""

    returncode: int
    feed: Path
    stderr: str
    requests: list[dict]
    items: list[dict] = field(default_factory=list)
    rejects: list[dict] = field(default_factory=list)
    report: dict | None = None
    seconds: float = 0.0

    def __post_init__(self) -> None:
        self.items = read_jsonl(self.feed) if self.feed.suffix in {".jsonl", ".jl"} else []
        self.rejects = read_jsonl(beside(self.feed, ".rejects.jsonl"))
        report = beside(self.feed, ".report.json")
        if report.exists():
            self.report = json.loads(report.read_text(encoding="utf-8"))

    def urls(self) -> list[str]:
        return [item["url"] for item in self.items]

    def by_url(self) -> dict[str, dict]:
        return {item["url"]: item for item in self.items}

    def reasons(self) -> dict[str, set[str]]:
        """The reasons each rejected URL was recorded with."""
        found: dict[str, set[str]] = {}
        for record in self.rejects:
            found.setdefault(record["url"], set()).add(record["reason"])
        return found

    def requested(self, url: str) -> list[dict]:
        return [r for r in self.requests if r["url"].split("?")[0] == url]

    def tail(self) -> str:
        return self.stderr[-3000:]


def once(urls: list[str]) -> list[str]:
    """The URLs sorted, after checking that none is there twice."""
    twice = sorted(u for u, n in Counter(urls).items() if n > 1)
    assert twice == [], f"exported more than once: {twice}"
    return sorted(urls)


def crawl_process(
    mirror: MirrorProcess, feed: Path, *args: str, mode: str = "-O", state: Path | None = None
) -> subprocess.Popen:
    """``scrapy crawl hnr`` through the mirror in a new session (its own process group)."""
    state = state or feed.parent / "state.sqlite"
    command = crawl_command("hnr", mode, str(feed), "-s", f"STATE_URI=sqlite:///{state}", *args)
    return subprocess.Popen(
        command,
        cwd=ROOT,
        env=clean_env(http_proxy=mirror.proxy),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def finish(process: subprocess.Popen, timeout: float) -> tuple[int, str]:
    """Wait for a crawl; one that overruns is killed with its whole process group."""
    try:
        _, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        _, stderr = process.communicate()
        return -signal.SIGKILL, stderr + f"\n[the crawl overran {timeout} s and was killed]"
    return process.returncode, stderr


def crawl(
    mirror: MirrorProcess,
    feed: Path,
    *args: str,
    mode: str = "-O",
    state: Path | None = None,
    timeout: float = 45,
) -> Run:
    """A whole crawl; the mirror's log then holds this crawl's requests only."""
    mirror.clear_log()
    started = time.monotonic()
    returncode, stderr = finish(crawl_process(mirror, feed, *args, mode=mode, state=state), timeout)
    return Run(returncode, feed, stderr, mirror.requests(), seconds=time.monotonic() - started)


def descendants(pid: int) -> set[int]:
    """Every living process below ``pid`` (read from /proc)."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (stat := _stat(int(entry.name))):
            parents.setdefault(int(stat[1]), []).append(int(entry.name))
    found, todo = set(), [pid]
    while todo:
        for child in parents.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return {p for p in found if alive(p)}


def alive(pid: int) -> bool:
    stat = _stat(pid)
    return stat is not None and stat[0] != "Z"


def _stat(pid: int) -> list[str] | None:
    """State and parent pid of a process (fields 3 and 4 of /proc/PID/stat), or None."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return text.rsplit(")", 1)[1].split()[:2]

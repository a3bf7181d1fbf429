"""Where a dataset's articles come from: run feeds (JSON lines) or a crawl state.

A folder holds a run's feed beside its figures table, rejects file, run reports and,
while a run is writing, ``.partial`` files: only the feeds are articles. Files are told
apart by name first, then line by line by shape: an article has a url, a title and a
body. A line that is not JSON (a run killed mid-line) is skipped and counted.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from crawler.state import open_state

#: Files beside the feeds that are not articles, by the end of their name.
NOT_FEEDS = (".figures.jsonl", ".rejects.jsonl")
MAX_LOCATIONS = 10


def is_feed_name(path: Path) -> bool:
    """True for a JSON-lines file that can be a feed of articles (by name only)."""
    name = path.name
    return name.endswith(".jsonl") and not name.endswith(NOT_FEEDS) and ".partial" not in name


def is_article(value: Any) -> bool:
    """True for a JSON value shaped like an exported article."""
    return (
        isinstance(value, dict)
        and isinstance(value.get("url"), str)
        and isinstance(value.get("body"), str)
        and "title" in value
    )


@dataclass
class Tally:
    """What reading the sources met besides articles; every skipped thing is counted."""

    feeds: list[str] = field(default_factory=list)
    skipped_files: list[str] = field(default_factory=list)
    lines: int = 0
    articles: int = 0
    corrupt: int = 0
    not_articles: int = 0
    superseded: int = 0
    bad_dates: int = 0
    locations: dict[str, list[str]] = field(default_factory=dict)  # what -> first few "file:line"

    def note(self, what: str, where: str) -> None:
        setattr(self, what, getattr(self, what) + 1)
        places = self.locations.setdefault(what, [])
        if len(places) < MAX_LOCATIONS:
            places.append(where)


class Source(Protocol):
    """Articles that can be scanned for their latest revisions, then read again."""

    name: str

    def scan(self) -> Iterator[tuple[int, dict[str, Any]]]:
        """(position, article) of every article, in order."""

    def read(self, positions: Iterable[int]) -> Iterator[tuple[bytes | None, dict[str, Any]]]:
        """(line as stored, or None; article) at these positions (ascending)."""

    def folders(self) -> list[Path]:
        """Folders whose rejects files and run reports describe these articles."""


class FeedFile:
    """One feed: positions are byte offsets of its lines."""

    def __init__(self, path: Path, tally: Tally) -> None:
        self.path = path
        self.name = str(path)
        self.tally = tally

    def scan(self) -> Iterator[tuple[int, dict[str, Any]]]:
        found = 0
        with self.path.open("rb") as file:
            offset = 0
            for number, line in enumerate(file, 1):
                start, offset = offset, offset + len(line)
                if not line.strip():
                    continue
                self.tally.lines += 1
                try:
                    value = json.loads(line)
                except ValueError:  # JSONDecodeError and UnicodeDecodeError
                    self.tally.note("corrupt", f"{self.path}:{number}")
                    continue
                if not is_article(value):
                    self.tally.note("not_articles", f"{self.path}:{number}")
                    continue
                found += 1
                yield start, value
        self.tally.articles += found
        (self.tally.feeds if found else self.tally.skipped_files).append(self.name)

    def read(self, positions: Iterable[int]) -> Iterator[tuple[bytes | None, dict[str, Any]]]:
        with self.path.open("rb") as file:
            for position in positions:
                file.seek(position)
                line = file.readline()
                yield line, json.loads(line)

    def folders(self) -> list[Path]:
        return [self.path.parent]


class StateItems:
    """The last exported article of every URL of a crawl state; positions are ordinals.

    The state is opened for each pass and closed after it; it is only read (no lock is
    taken, so a dataset can be built while a crawl runs).
    """

    def __init__(self, uri: str, tally: Tally) -> None:
        self.name = uri
        self.tally = tally

    def _items(self) -> Iterator[dict[str, Any]]:
        state = open_state(self.name)
        try:
            yield from state.exported_items()
        finally:
            state.close()

    def scan(self) -> Iterator[tuple[int, dict[str, Any]]]:
        found = 0
        for position, value in enumerate(self._items()):
            self.tally.lines += 1
            if not is_article(value):
                self.tally.note("not_articles", f"{self.name}#{position}")
                continue
            found += 1
            yield position, value
        self.tally.articles += found
        self.tally.feeds.append(self.name)

    def read(self, positions: Iterable[int]) -> Iterator[tuple[bytes | None, dict[str, Any]]]:
        wanted = set(positions)
        for position, value in enumerate(self._items()):
            if position in wanted:
                yield None, value

    def folders(self) -> list[Path]:
        state = open_state(self.name)
        try:
            feeds = [Path(feed) for _, feed, _ in state.runs() if feed]
        finally:
            state.close()
        return list(dict.fromkeys(feed.parent for feed in feeds if feed.parent.is_dir()))


def feed_files(paths: Iterable[Path], exclude: Path | None = None) -> tuple[list[Path], list[Path]]:
    """(feeds, skipped): the feed files of files and folders (searched recursively, by name).

    Files under ``exclude`` (the dataset being written) are left out.
    """
    feeds: list[Path] = []
    skipped: list[Path] = []
    for path in paths:
        if not path.exists():
            raise FileNotFoundError(f"no such file or folder: {path}")
        candidates = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for candidate in candidates:
            if exclude is not None and candidate.resolve().is_relative_to(exclude.resolve()):
                continue
            (feeds if is_feed_name(candidate) else skipped).append(candidate)
    return list(dict.fromkeys(feeds)), skipped

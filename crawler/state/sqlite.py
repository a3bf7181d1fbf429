"""The SQLite state store: one file (WAL journal), and a lock file beside it against overlap."""

from __future__ import annotations

import fcntl
import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from crawler.outcomes import Outcome
from crawler.state.base import CrawlState, StateLocked, UrlRecord, item_facts

SCHEMA = """
CREATE TABLE IF NOT EXISTS urls (
    url TEXT PRIMARY KEY,
    first_seen TEXT NOT NULL,
    outcome TEXT,
    outcome_at TEXT,
    last_fetched TEXT,
    content_hash TEXT,
    revision INTEGER NOT NULL DEFAULT 0,
    exported_at TEXT,
    first_exported_at TEXT,
    etag TEXT,
    last_modified TEXT,
    related TEXT,
    depth INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS urls_hash ON urls (content_hash);
CREATE INDEX IF NOT EXISTS urls_first_exported ON urls (first_exported_at);
CREATE TABLE IF NOT EXISTS runs (
    run_id TEXT PRIMARY KEY,
    feed TEXT,
    status TEXT NOT NULL
);
"""
# Columns added after the first release: a state file from before gets them on opening.
ADDED_COLUMNS = {"role": "TEXT", "found_via": "TEXT", "item": "TEXT"}
_COLUMNS = (
    "url, first_seen, outcome, outcome_at, last_fetched, content_hash, revision, exported_at,"
    " first_exported_at, etag, last_modified, related, depth, role, found_via, item IS NOT NULL"
)


def _outcome(value: str | None) -> Outcome | None:
    """An outcome as stored; one an older version wrote and this one dropped is an error."""
    if value is None:
        return None
    try:
        return Outcome(value)
    except ValueError:
        return Outcome.ERROR


def _record(row: tuple[Any, ...]) -> UrlRecord:
    url, first_seen, outcome, *middle, related, depth, role, found_via, has_item = row
    return UrlRecord(
        url,
        first_seen,
        _outcome(outcome),
        *middle,
        related=json.loads(related) if related else [],
        depth=depth,
        role=role,
        found_via=json.loads(found_via) if found_via else None,
        has_item=bool(has_item),
    )


class SqliteState(CrawlState):
    """URL writes are committed in batches (every ``COMMIT_EVERY`` writes, and when a run
    starts, ends or closes): a run killed before a commit loses only facts that recovery
    rebuilds from its feed or that the next run finds again by fetching."""

    COMMIT_EVERY = 500

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)
        present = {row[1] for row in self.db.execute("PRAGMA table_info(urls)")}
        for column, kind in ADDED_COLUMNS.items():
            if column not in present:
                self.db.execute(f"ALTER TABLE urls ADD COLUMN {column} {kind}")
        self._lock: IO[str] | None = None
        self._uncommitted = 0

    def _write(self, sql: str, params: tuple[Any, ...] = ()) -> None:
        if not self.db.in_transaction:
            self.db.execute("BEGIN")
        self.db.execute(sql, params)
        self._uncommitted += 1
        if self._uncommitted >= self.COMMIT_EVERY:
            self.commit()

    def commit(self) -> None:
        if self.db.in_transaction:
            self.db.execute("COMMIT")
        self._uncommitted = 0

    # -- overlap ----------------------------------------------------------------------

    def acquire(self, run_id: str) -> None:
        lock = (self.path.parent / (self.path.name + ".lock")).open("a+", encoding="utf-8")
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock.seek(0)
            holder = lock.read().strip() or "another process"
            lock.close()
            raise StateLocked(
                f"the state {self.path} is in use by {holder}; not starting an overlapping run"
            ) from None
        lock.seek(0)
        lock.truncate()
        lock.write(f"run {run_id} (pid {os.getpid()})")
        lock.flush()
        self._lock = lock

    def release(self) -> None:
        if self._lock is not None:
            fcntl.flock(self._lock, fcntl.LOCK_UN)
            self._lock.close()
            self._lock = None

    # -- urls -------------------------------------------------------------------------

    def get(self, url: str) -> UrlRecord | None:
        row = self.db.execute(f"SELECT {_COLUMNS} FROM urls WHERE url = ?", (url,)).fetchone()
        return _record(row) if row else None

    def fetched(self, url: str, when: str, etag: str | None, last_modified: str | None) -> None:
        self._write(
            "INSERT INTO urls (url, first_seen, last_fetched, etag, last_modified)"
            " VALUES (?1, ?2, ?2, ?3, ?4) ON CONFLICT (url) DO UPDATE SET last_fetched = ?2,"
            " etag = COALESCE(?3, etag), last_modified = COALESCE(?4, last_modified)",
            (url, when, etag, last_modified),
        )

    def outcome(
        self,
        url: str,
        when: str,
        outcome: Outcome,
        *,
        role: str | None = None,
        depth: int = 0,
        found_via: dict[str, Any] | None = None,
    ) -> None:
        self._write(
            "INSERT INTO urls (url, first_seen, outcome, outcome_at, role, depth, found_via)"
            " VALUES (?1, ?2, ?3, ?2, ?4, ?5, ?6) ON CONFLICT (url) DO UPDATE SET outcome = ?3,"
            " outcome_at = ?2, role = COALESCE(?4, role), depth = ?5,"
            " found_via = COALESCE(?6, found_via)",
            (
                url,
                when,
                outcome.value,
                role,
                depth,
                json.dumps(found_via, ensure_ascii=False) if found_via else None,
            ),
        )

    def exported(self, url: str, when: str, item: dict[str, Any], depth: int) -> None:
        digest, revision, related = item_facts(item)
        self._write(
            "INSERT INTO urls (url, first_seen, outcome, outcome_at, exported_at,"
            " first_exported_at, content_hash, revision, related, depth, found_via, item)"
            " VALUES (?1, ?2, 'exported', ?2, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
            " ON CONFLICT (url) DO UPDATE SET outcome = 'exported', outcome_at = ?2,"
            " exported_at = ?2, first_exported_at = COALESCE(first_exported_at, ?2),"
            " content_hash = ?3, revision = ?4, related = ?5, depth = ?6, found_via = ?7,"
            " item = ?8",
            (
                url,
                when,
                digest,
                revision,
                json.dumps(related, ensure_ascii=False),
                depth,
                json.dumps(item.get("found_via"), ensure_ascii=False),
                json.dumps(item, ensure_ascii=False),
            ),
        )

    def exported_item(self, url: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT item FROM urls WHERE url = ?", (url,)).fetchone()
        return json.loads(row[0]) if row and row[0] else None

    def exported_items(self) -> Iterator[dict[str, Any]]:
        for (item,) in self.db.execute("SELECT item FROM urls WHERE item IS NOT NULL ORDER BY url"):
            yield json.loads(item)

    def has_content(self, content_hash: str) -> bool:
        query = "SELECT 1 FROM urls WHERE content_hash = ? AND exported_at IS NOT NULL LIMIT 1"
        return self.db.execute(query, (content_hash,)).fetchone() is not None

    def recheck_due(self, since: str) -> list[UrlRecord]:
        rows = self.db.execute(
            f"SELECT {_COLUMNS} FROM urls WHERE first_exported_at >= ? ORDER BY url", (since,)
        )
        return [_record(row) for row in rows]

    def retry_due(self) -> list[UrlRecord]:
        known = tuple(o.value for o in Outcome if o is not Outcome.ERROR)
        rows = self.db.execute(
            f"SELECT {_COLUMNS} FROM urls WHERE outcome IS NOT NULL"
            f" AND outcome NOT IN ({', '.join('?' * len(known))}) ORDER BY url",
            known,
        )
        return [_record(row) for row in rows]

    # -- runs -------------------------------------------------------------------------

    def start_run(self, run_id: str, feed: str | None) -> None:
        self.commit()
        self.db.execute(
            "INSERT OR REPLACE INTO runs (run_id, feed, status) VALUES (?, ?, 'running')",
            (run_id, feed),
        )

    def finish_run(self, run_id: str, status: str) -> None:
        self.commit()
        self.db.execute("UPDATE runs SET status = ? WHERE run_id = ?", (status, run_id))

    def unfinished_runs(self) -> list[tuple[str, str | None]]:
        return list(
            self.db.execute(
                "SELECT run_id, feed FROM runs WHERE status = 'running' ORDER BY run_id"
            )
        )

    def summary(self) -> dict[str | None, int]:
        return dict(
            self.db.execute("SELECT outcome, COUNT(*) FROM urls GROUP BY outcome ORDER BY 2 DESC")
        )

    def runs(self) -> list[tuple[str, str | None, str]]:
        return list(self.db.execute("SELECT run_id, feed, status FROM runs ORDER BY run_id"))

    def reset(self) -> None:
        self.commit()
        self.db.executescript("DELETE FROM urls; DELETE FROM runs;")

    def close(self) -> None:
        self.commit()
        self.db.close()
        self.release()

"""The crawl state in Redis, shared by the workers of a distributed crawl.

``STATE_URI = redis://HOST:PORT/DB?prefix=NAME&heartbeat=SECONDS`` (distributed mode sets
it from ``REDIS_URL``, ``NAME`` being the spider, the heartbeat ``DISTRIBUTED_HEARTBEAT``). Keys, under ``NAME:state:``:

- ``url:<url>`` — a hash per URL (the fields of :class:`UrlRecord` but the article) and
  ``item:<url>`` — the article last exported, as written;
- ``exported`` — a sorted set of ``<first exported at> <url>`` (all scores 0, so the
  members sort by time: the recheck window is a range);
- ``errors`` — URLs whose last fetch failed; ``hashes`` — content hash → URL of what is
  exported now; ``outcomes`` — how many URLs have each outcome;
- ``runs`` — run id → ``{feed, status}``; ``alive:<run>`` — a run's heartbeat.

A write that touches several keys is one Lua script, so that concurrent workers never see
half of it. Runs of several workers share the state at once; a run counts as unfinished
(killed) once its heartbeat lapsed, not while its worker is crawling.
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import redis

from crawler.outcomes import Outcome
from crawler.state.base import CrawlState, StateLocked, UrlRecord, item_facts

HEARTBEAT = 5.0  # seconds between a run's beats; it lapses after three missed ones
NO_OUTCOME = ""  # seen, not fetched (the outcome counts' key for a URL without one)

# KEYS: url hash, outcomes, errors. ARGV: url, when, outcome ('' keeps it), then field/value pairs.
# Sets the fields, keeps first_seen, moves the outcome counts and the errors set.
SET_OUTCOME = """
local old = redis.call('HGET', KEYS[1], 'outcome')
local fresh = redis.call('HSETNX', KEYS[1], 'first_seen', ARGV[2]) == 1
local new = ARGV[3]
if new == '' then new = old or '' end
if fresh then old = '' end
if fresh or (old or '') ~= new then
  if not fresh then redis.call('HINCRBY', KEYS[2], old or '', -1) end
  redis.call('HINCRBY', KEYS[2], new, 1)
end
if new ~= '' then redis.call('HSET', KEYS[1], 'outcome', new, 'outcome_at', ARGV[2]) end
if new == 'error' then redis.call('SADD', KEYS[3], ARGV[1]) else redis.call('SREM', KEYS[3], ARGV[1]) end
for i = 4, #ARGV, 2 do redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
return 1
"""
# KEYS: url hash, outcomes, errors, exported, hashes, item.
# ARGV: url, when, 'exported', content hash, the article, then field/value pairs.
EXPORTED = (
    SET_OUTCOME.replace("for i = 4,", "for i = 6,").replace("return 1", "")
    + """
if not redis.call('HGET', KEYS[1], 'first_exported_at') then
  redis.call('HSET', KEYS[1], 'first_exported_at', ARGV[2])
  redis.call('ZADD', KEYS[4], 0, ARGV[2] .. ' ' .. ARGV[1])
end
local previous = redis.call('HGET', KEYS[1], 'content_hash')
if previous and previous ~= ARGV[4] and redis.call('HGET', KEYS[5], previous) == ARGV[1] then
  redis.call('HDEL', KEYS[5], previous)
end
redis.call('HSET', KEYS[1], 'content_hash', ARGV[4], 'exported_at', ARGV[2])
redis.call('HSET', KEYS[5], ARGV[4], ARGV[1])
redis.call('SET', KEYS[6], ARGV[5])
return 1
"""
)


def parse_uri(uri: str) -> tuple[str, str, float]:
    """(the Redis URL for redis-py, the key prefix, the heartbeat) of a
    ``redis://…?prefix=NAME&heartbeat=SECONDS`` URI."""
    parts = urlsplit(uri)
    query = dict(parse_qsl(parts.query))
    prefix = query.pop("prefix", "crawler")
    try:
        heartbeat = float(query.pop("heartbeat", HEARTBEAT))
    except ValueError:
        raise ValueError(f"{uri!r}: heartbeat must be seconds") from None
    return parts._replace(query=urlencode(query)).geturl(), prefix, heartbeat


class RedisState(CrawlState):
    def __init__(self, uri: str) -> None:
        url, prefix, self.heartbeat = parse_uri(uri)
        self.uri = uri
        self.db = redis.Redis.from_url(url, socket_connect_timeout=10, socket_timeout=30)
        try:
            self.db.ping()
        except redis.RedisError as error:
            raise ConnectionError(f"cannot reach Redis: {error}") from None
        self.key = f"{prefix}:state:"
        self._set_outcome = self.db.register_script(SET_OUTCOME)
        self._exported = self.db.register_script(EXPORTED)
        self.run_id: str | None = None
        self._stop = threading.Event()
        self._beat: threading.Thread | None = None

    def _url(self, url: str) -> str:
        return f"{self.key}url:{url}"

    # -- runs share the state: each keeps a heartbeat --------------------------------------

    def acquire(self, run_id: str) -> None:
        self.run_id = run_id
        self._alive(run_id)
        self._stop.clear()
        self._beat = threading.Thread(target=self._beating, name="state-heartbeat", daemon=True)
        self._beat.start()

    def _alive(self, run_id: str) -> None:
        self.db.set(f"{self.key}alive:{run_id}", "1", px=int(self.heartbeat * 3000))

    def _beating(self) -> None:
        while not self._stop.wait(self.heartbeat):
            with contextlib.suppress(redis.RedisError):  # the next beat tries again
                self._alive(self.run_id or "")

    def alive(self, run_id: str) -> bool:
        """True while a run's heartbeat has not lapsed."""
        return bool(self.db.exists(f"{self.key}alive:{run_id}"))

    def release(self) -> None:
        self._stop.set()
        if self._beat is not None:
            self._beat.join(timeout=self.heartbeat + 1)
            self._beat = None
        if self.run_id is not None:
            self.db.delete(f"{self.key}alive:{self.run_id}")
            self.run_id = None

    # -- urls ---------------------------------------------------------------------------

    def get(self, url: str) -> UrlRecord | None:
        with self.db.pipeline(transaction=False) as pipe:
            pipe.hgetall(self._url(url)).exists(f"{self.key}item:{url}")
            fields, has_item = pipe.execute()
        return _record(url, fields, bool(has_item)) if fields else None

    def _records(self, urls: list[str]) -> list[UrlRecord]:
        with self.db.pipeline(transaction=False) as pipe:
            for url in urls:
                pipe.hgetall(self._url(url)).exists(f"{self.key}item:{url}")
            answers = pipe.execute()
        return [
            _record(url, fields, bool(has_item))
            for url, fields, has_item in zip(urls, answers[::2], answers[1::2], strict=True)
            if fields
        ]

    def _outcome_keys(self, url: str) -> list[str]:
        return [self._url(url), f"{self.key}outcomes", f"{self.key}errors"]

    def fetched(self, url: str, when: str, etag: str | None, last_modified: str | None) -> None:
        pairs = ["last_fetched", when]
        pairs += [
            x
            for name, value in (("etag", etag), ("last_modified", last_modified))
            if value
            for x in (name, value)
        ]
        self._set_outcome(keys=self._outcome_keys(url), args=[url, when, "", *pairs])

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
        pairs: list[Any] = ["depth", depth]
        if role:
            pairs += ["role", role]
        if found_via:
            pairs += ["found_via", json.dumps(found_via, ensure_ascii=False)]
        self._set_outcome(keys=self._outcome_keys(url), args=[url, when, outcome.value, *pairs])

    def exported(self, url: str, when: str, item: dict[str, Any], depth: int) -> None:
        digest, revision, related = item_facts(item)
        pairs = [
            "revision", revision, "depth", depth,
            "related", json.dumps(related, ensure_ascii=False),
            "found_via", json.dumps(item.get("found_via"), ensure_ascii=False),
        ]  # fmt: skip
        keys = [
            *self._outcome_keys(url),
            f"{self.key}exported",
            f"{self.key}hashes",
            f"{self.key}item:{url}",
        ]
        item_json = json.dumps(item, ensure_ascii=False)
        self._exported(
            keys=keys, args=[url, when, Outcome.EXPORTED.value, digest, item_json, *pairs]
        )

    def exported_item(self, url: str) -> dict[str, Any] | None:
        item = self.db.get(f"{self.key}item:{url}")
        return json.loads(item) if item else None

    def _exported_urls(self, since: str = "") -> Iterator[str]:
        start, step = 0, 1000
        low = f"[{since}" if since else "-"
        while batch := self.db.zrangebylex(f"{self.key}exported", low, "+", start, step):
            for member in batch:
                yield member.decode().split(" ", 1)[1]
            start += step

    def exported_items(self) -> Iterator[dict[str, Any]]:
        urls = sorted(self._exported_urls())
        for start in range(0, len(urls), 500):
            batch = urls[start : start + 500]
            for item in self.db.mget([f"{self.key}item:{url}" for url in batch]):
                if item:
                    yield json.loads(item)

    def has_content(self, content_hash: str) -> bool:
        return bool(self.db.hexists(f"{self.key}hashes", content_hash))

    def recheck_due(self, since: str) -> list[UrlRecord]:
        return self._records(sorted(self._exported_urls(since)))

    def retry_due(self) -> list[UrlRecord]:
        urls = sorted(u.decode() for u in self.db.smembers(f"{self.key}errors"))
        return self._records(urls)

    # -- runs ---------------------------------------------------------------------------

    def start_run(self, run_id: str, feed: str | None) -> None:
        run = json.dumps({"feed": feed, "status": "running"}, ensure_ascii=False)
        self.db.hset(f"{self.key}runs", run_id, run)

    def finish_run(self, run_id: str, status: str) -> None:
        run = json.loads(self.db.hget(f"{self.key}runs", run_id) or "{}")
        run["status"] = status
        self.db.hset(f"{self.key}runs", run_id, json.dumps(run, ensure_ascii=False))

    def _runs(self) -> list[tuple[str, str | None, str]]:
        runs = self.db.hgetall(f"{self.key}runs")
        found = []
        for run_id, value in sorted(runs.items()):
            run = json.loads(value)
            found.append((run_id.decode(), run.get("feed"), run.get("status", "running")))
        return found

    def unfinished_runs(self) -> list[tuple[str, str | None]]:
        """Runs that never finished and whose heartbeat lapsed: killed, not still crawling."""
        return [
            (run_id, feed)
            for run_id, feed, status in self._runs()
            if status == "running" and run_id != self.run_id and not self.alive(run_id)
        ]

    def summary(self) -> dict[str | None, int]:
        counts = {
            (k.decode() or None): int(v)
            for k, v in self.db.hgetall(f"{self.key}outcomes").items()
            if int(v)
        }
        return dict(sorted(counts.items(), key=lambda kv: -kv[1]))

    def runs(self) -> list[tuple[str, str | None, str]]:
        return self._runs()

    def reset(self) -> None:
        """Forget everything; refused while another run is crawling on the state."""
        others = [
            run_id
            for run_id, _, status in self._runs()
            if status == "running" and run_id != self.run_id and self.alive(run_id)
        ]
        if others:
            raise StateLocked(f"the state {self.uri} is in use by run {others[0]}; not resetting")
        for keys in _batches(self.db.scan_iter(match=f"{self.key}*", count=1000), 500):
            self.db.unlink(*keys)

    def close(self) -> None:
        self.release()
        self.db.close()


def _batches(keys: Iterator[bytes], size: int) -> Iterator[list[bytes]]:
    batch: list[bytes] = []
    for key in keys:
        batch.append(key)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _record(url: str, raw: dict[bytes, bytes], has_item: bool) -> UrlRecord:
    fields = {k.decode(): v.decode() for k, v in raw.items()}
    outcome = fields.get("outcome")
    try:
        known = Outcome(outcome) if outcome else None
    except ValueError:
        known = Outcome.ERROR
    return UrlRecord(
        url,
        fields.get("first_seen", ""),
        known,
        outcome_at=fields.get("outcome_at"),
        last_fetched=fields.get("last_fetched"),
        content_hash=fields.get("content_hash"),
        revision=int(fields.get("revision", 0)),
        exported_at=fields.get("exported_at"),
        first_exported_at=fields.get("first_exported_at"),
        etag=fields.get("etag"),
        last_modified=fields.get("last_modified"),
        related=json.loads(fields["related"]) if fields.get("related") else [],
        depth=int(fields.get("depth", 0)),
        role=fields.get("role"),
        found_via=json.loads(fields["found_via"]) if fields.get("found_via") else None,
        has_item=has_item,
    )

"""The shared frontier in Redis: the round of workers, the reliable queue, heartbeats.

Keys, for spider ``s`` (the queue and the filter are scrapy-redis's own):

- ``s:requests`` — the queue (a list: pushed at the head, taken from the tail);
- ``s:dupefilter`` — fingerprints of every request enqueued in this round;
- ``s:exported`` — the URLs and body hashes exported in this round, and by which worker;
- ``s:round`` — the round: its ``id``, when it ``started``, its ``seeder`` and whether it is
  still ``seeding`` (enqueuing the start requests, rechecks and retries);
- ``s:workers`` — the workers of the round; ``s:worker:<id>`` — a worker's heartbeat, a key
  that expires unless renewed; ``s:processing:<id>`` — what a worker took from the queue
  and has not finished (id → request).

Taking a request moves it from the queue into the worker's processing hash in one script;
finishing it deletes it there. A worker whose heartbeat lapsed (killed, or cut off) has its
processing hash put back at the tail of the queue by the first worker that notices, so its
in-flight requests are taken next. Every step that touches more than one key is one Lua
script: Redis runs scripts one at a time, which is the only lock the workers need.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import Any

import redis

logger = logging.getLogger(__name__)

_ALIVE = (
    "local function alive(w) return redis.call('EXISTS', ARGV[2] .. ':worker:' .. w) == 1 end\n"
)
_PENDING = """
local function pending()
  local live, queued = 0, redis.call('LLEN', KEYS[3])
  for _, w in ipairs(redis.call('SMEMBERS', KEYS[2])) do
    if alive(w) then live = live + 1 end
    queued = queued + redis.call('HLEN', ARGV[2] .. ':processing:' .. w)
  end
  return live, queued
end
"""
# KEYS: round, workers, queue, dupefilter, exported. ARGV: me, prefix, now, ttl_ms.
JOIN = (
    _ALIVE
    + _PENDING
    + """
local role = 'join'
local live, queued = pending()
if redis.call('EXISTS', KEYS[1]) == 1 and (live > 0 or queued > 0) then
  if redis.call('HGET', KEYS[1], 'seeding') == '1' and not alive(redis.call('HGET', KEYS[1], 'seeder')) then
    redis.call('HSET', KEYS[1], 'seeder', ARGV[1])
    role = 'seed'
  end
else
  redis.call('DEL', KEYS[1], KEYS[2], KEYS[4], KEYS[5])
  redis.call('HSET', KEYS[1], 'id', ARGV[1], 'started', ARGV[3], 'seeder', ARGV[1], 'seeding', '1')
  role = 'seed'
end
redis.call('SADD', KEYS[2], ARGV[1])
redis.call('SET', ARGV[2] .. ':worker:' .. ARGV[1], '1', 'PX', ARGV[4])
return {role, redis.call('HGET', KEYS[1], 'started'), redis.call('HGET', KEYS[1], 'id')}
"""
)
# KEYS: queue, processing, seq. Returns {id, request} or nil.
TAKE = """
local data = redis.call('RPOP', KEYS[1])
if not data then return false end
local id = redis.call('INCR', KEYS[3])
redis.call('HSET', KEYS[2], id, data)
return {tostring(id), data}
"""
# KEYS: round, workers, queue. ARGV: me, prefix. {queued, in flight, seeding, dead workers}.
STATUS = (
    _ALIVE
    + """
local inflight, dead = 0, {}
for _, w in ipairs(redis.call('SMEMBERS', KEYS[2])) do
  inflight = inflight + redis.call('HLEN', ARGV[2] .. ':processing:' .. w)
  if not alive(w) then table.insert(dead, w) end
end
local seeding = 0
if redis.call('HGET', KEYS[1], 'seeding') == '1' and alive(redis.call('HGET', KEYS[1], 'seeder') or '') then
  seeding = 1
end
return {redis.call('LLEN', KEYS[3]), inflight, seeding, dead}
"""
)
# KEYS: workers, queue. ARGV: the dead worker, prefix. Its in-flight requests, re-queued.
REQUEUE = """
if redis.call('SREM', KEYS[1], ARGV[1]) == 0 then return -1 end
local processing = ARGV[2] .. ':processing:' .. ARGV[1]
local taken = redis.call('HVALS', processing)
for _, data in ipairs(taken) do redis.call('RPUSH', KEYS[2], data) end
redis.call('DEL', processing)
return #taken
"""
# KEYS: round, workers, queue, dupefilter, exported. ARGV: me, prefix. 1 when the round is over.
LEAVE = (
    _ALIVE
    + _PENDING
    + """
local processing = ARGV[2] .. ':processing:' .. ARGV[1]
for _, data in ipairs(redis.call('HVALS', processing)) do redis.call('RPUSH', KEYS[3], data) end
redis.call('DEL', processing, ARGV[2] .. ':worker:' .. ARGV[1])
redis.call('SREM', KEYS[2], ARGV[1])
local live, queued = pending()
if live == 0 and queued == 0 then
  redis.call('DEL', KEYS[1], KEYS[2], KEYS[4], KEYS[5])
  return 1
end
return 0
"""
)

# KEYS: exported. ARGV: me, prefix, url, body hash. '' when claimed for this worker, else
# what another live worker (or this one) exported already: 'url' or 'body'. A claim of a
# worker that died is void: its article is in its feed and the state, or nowhere.
CLAIM = (
    _ALIVE
    + """
for i, what in ipairs({'url', 'body'}) do
  local owner = redis.call('HGET', KEYS[1], what .. ' ' .. ARGV[2 + i])
  if owner and (owner == ARGV[1] or alive(owner)) then return what end
end
redis.call('HSET', KEYS[1], 'url ' .. ARGV[3], ARGV[1], 'body ' .. ARGV[4], ARGV[1])
return ''
"""
)


@dataclass
class Status:
    queued: int  # requests in the queue
    in_flight: int  # taken by a worker, not finished
    seeding: bool  # the start requests are being enqueued
    dead: list[str]  # workers whose heartbeat lapsed

    @property
    def empty(self) -> bool:
        return not (self.queued or self.in_flight or self.seeding)


class Frontier:
    """One worker's handle on the shared frontier of spider ``name``."""

    def __init__(self, server: redis.Redis, name: str, me: str, heartbeat: float) -> None:
        self.server = server
        self.prefix = name
        self.me = me
        self.heartbeat = heartbeat
        self.queue_key = f"{name}:requests"
        self.dupefilter_key = f"{name}:dupefilter"
        self.exported_key = f"{name}:exported"
        self.round_key = f"{name}:round"
        self.workers_key = f"{name}:workers"
        self.processing_key = f"{name}:processing:{me}"
        self.role = "join"
        self.round_id = ""
        self.started = ""
        self._join, self._take, self._status, self._requeue, self._leave, self._claim = (
            server.register_script(script) for script in (JOIN, TAKE, STATUS, REQUEUE, LEAVE, CLAIM)
        )
        self._stop = threading.Event()
        self._beat: threading.Thread | None = None

    @property
    def ttl_ms(self) -> int:
        """A heartbeat lapses after three missed beats."""
        return int(self.heartbeat * 3000)

    def _round_keys(self) -> list[str]:
        return [
            self.round_key, self.workers_key, self.queue_key, self.dupefilter_key, self.exported_key
        ]  # fmt: skip

    def join(self, now: str) -> str:
        """Join the running round, or start one (then this worker seeds it): 'seed' or 'join'."""
        role, started, round_id = self._join(
            keys=self._round_keys(), args=[self.me, self.prefix, now, self.ttl_ms]
        )
        self.role, self.started, self.round_id = (
            v.decode() if isinstance(v, bytes) else v for v in (role, started, round_id)
        )
        self._beat = threading.Thread(target=self._beating, name="frontier-heartbeat", daemon=True)
        self._beat.start()
        return self.role

    def _beating(self) -> None:
        key = f"{self.prefix}:worker:{self.me}"
        while not self._stop.wait(self.heartbeat):
            try:
                with self.server.pipeline() as pipe:
                    pipe.set(key, "1", px=self.ttl_ms).sadd(self.workers_key, self.me).execute()
            except redis.RedisError as error:  # the next beat tries again
                logger.warning("heartbeat to Redis failed: %s", error)

    def seeded(self) -> None:
        """The start requests, rechecks and retries are all in the queue."""
        if self.role == "seed":
            self.server.hset(self.round_key, "seeding", "0")

    def push(self, data: bytes, done: str | None = None) -> None:
        """Enqueue a request; ``done``: the in-flight entry it replaces (a retry, a redirect)."""
        with self.server.pipeline() as pipe:
            pipe.lpush(self.queue_key, data)
            if done is not None:
                pipe.hdel(self.processing_key, done)
            pipe.execute()

    def take(self) -> tuple[str, bytes] | None:
        """The next request, now in flight here: (entry id, request), or None."""
        taken = self._take(keys=[self.queue_key, self.processing_key, f"{self.prefix}:seq"])
        if not taken:
            return None
        entry, data = taken
        return entry.decode() if isinstance(entry, bytes) else entry, data

    def finish(self, entry: str) -> None:
        """A request is done with: its response handled, its items written (or it failed)."""
        self.server.hdel(self.processing_key, entry)

    def finish_all(self) -> int:
        """Everything in flight here is done (the engine is idle): how many were left."""
        return int(self.server.delete(self.processing_key))

    def claim(self, url: str, body_hash: str) -> str:
        """Export an article once per round: '' when this worker may, else 'url' or 'body'
        (the URL, or the same text under another URL, is exported already)."""
        found = self._claim(keys=[self.exported_key], args=[self.me, self.prefix, url, body_hash])
        return found.decode() if isinstance(found, bytes) else found

    def queued(self) -> int:
        return int(self.server.llen(self.queue_key))

    def status(self) -> Status:
        queued, in_flight, seeding, dead = self._status(
            keys=[self.round_key, self.workers_key, self.queue_key], args=[self.me, self.prefix]
        )
        return Status(
            int(queued), int(in_flight), bool(seeding), [d.decode() for d in dead if d != self.me]
        )

    def requeue(self, worker: str) -> int:
        """Put a dead worker's in-flight requests back in the queue (-1: another worker did)."""
        return int(
            self._requeue(keys=[self.workers_key, self.queue_key], args=[worker, self.prefix])
        )

    def leave(self) -> bool:
        """Leave the round (what is still in flight here goes back to the queue); True when
        this was the last worker and the round is over."""
        self._stop.set()
        if self._beat is not None:
            self._beat.join(timeout=self.heartbeat + 1)
        return bool(self._leave(keys=self._round_keys(), args=[self.me, self.prefix]))

    def info(self) -> dict[str, Any]:
        return {"round": self.round_id, "role": self.role, "started": self.started}

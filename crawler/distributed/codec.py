"""Requests in the shared queue as JSON, not pickle: a shared Redis never runs code in a worker.

``SCHEDULER_SERIALIZER`` names this module (scrapy-redis calls its ``dumps`` and ``loads``
on the dict of :meth:`scrapy.Request.to_dict`). JSON has no bytes and only string keys, so
bytes are written as ``{"$b": base64}`` and a dict with other keys (headers) as
``{"$d": [[key, value], ...]}``; tuples come back as lists.
"""

from __future__ import annotations

import base64
import json
from typing import Any


def _plain(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"$b": base64.b64encode(value).decode("ascii")}
    if isinstance(value, dict):
        if all(isinstance(key, str) for key in value):
            return {key: _plain(item) for key, item in value.items()}
        return {"$d": [[_plain(key), _plain(item)] for key, item in value.items()]}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    return value


def _hook(value: dict[str, Any]) -> Any:
    if len(value) == 1:
        if "$b" in value:
            return base64.b64decode(value["$b"])
        if "$d" in value:
            return {_key(key): item for key, item in value["$d"]}
    return value


def _key(key: Any) -> Any:
    return tuple(key) if isinstance(key, list) else key


def dumps(obj: Any) -> bytes:
    return json.dumps(_plain(obj), ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def loads(data: bytes | str) -> Any:
    return json.loads(data, object_hook=_hook)

"""The special routes of a mirror root (``mirror.toml``), checked when the mirror starts."""

from __future__ import annotations

import struct
import tomllib
import zlib
from dataclasses import dataclass, fields
from pathlib import Path

REPEAT_START, REPEAT_END = b"<!--repeat-->", b"<!--/repeat-->"
RESETS = ("before", "mid")
_GZIP_HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"


class MirrorConfigError(ValueError):
    """A ``mirror.toml`` that cannot be served as written; the message names file and key."""


@dataclass
class Route:
    """One ``[[route]]``: faults for the first ``times`` requests (all without it), then the
    file; ``content_type``, ``size_mb``, ``gzip`` and ``latency`` shape every answer."""

    status: int | None = None
    location: str | None = None
    times: int | None = None
    retry_after: float | None = None
    retry_after_date: bool = False
    drip_seconds: float | None = None
    truncate: float | None = None
    reset: str | None = None
    content_type: str | None = None
    size_mb: float | None = None
    gzip: bool = False
    latency: float | None = None
    served: int = 0

    def faulty(self) -> bool:
        """True while the route's faults apply (call after counting the request)."""
        return self.times is None or self.served <= self.times

    def check(self) -> str | None:
        """What is wrong with the route's values, or None."""
        if self.status is not None and not 300 <= self.status <= 599:
            return "status must be an HTTP status from 300 to 599"
        if self.location is not None and not (self.status and 300 <= self.status < 400):
            return "location needs a 3xx status"
        if self.retry_after is not None and self.status is None:
            return "retry_after needs a status (429 or 503)"
        if self.truncate is not None and not 0 <= self.truncate < 1:
            return "truncate is the share of the body sent, from 0 to below 1"
        if self.reset is not None and self.reset not in RESETS:
            return f"reset must be one of {', '.join(RESETS)}"
        if self.size_mb is not None and self.size_mb <= 0:
            return "size_mb must be positive"
        if self.latency is not None and self.latency < 0:
            return "latency must be seconds, 0 or more"
        return None


_TYPES: dict[str, tuple[type, ...]] = {
    "url": (str,),
    "status": (int,),
    "location": (str,),
    "times": (int,),
    "retry_after": (int, float),
    "retry_after_date": (bool,),
    "drip_seconds": (int, float),
    "truncate": (int, float),
    "reset": (str,),
    "content_type": (str,),
    "size_mb": (int, float),
    "gzip": (bool,),
    "latency": (int, float),
}
assert set(_TYPES) - {"url"} == {f.name for f in fields(Route)} - {"served"}


def load_routes(root: Path) -> dict[str, Route]:
    """The routes of ``root/mirror.toml`` by URL (none when the file is absent)."""
    config = root / "mirror.toml"
    if not config.exists():
        return {}
    try:
        entries = tomllib.loads(config.read_text(encoding="utf-8")).get("route", [])
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise MirrorConfigError(f"{config}: not valid TOML ({exc})") from None
    routes = {}
    for number, entry in enumerate(entries, 1):
        where = f"{config}: route {number}"
        for key, value in entry.items():
            if key not in _TYPES:
                raise MirrorConfigError(f"{where}: unknown key {key!r}")
            if not isinstance(value, _TYPES[key]) or (
                isinstance(value, bool) and bool not in _TYPES[key]
            ):
                raise MirrorConfigError(f"{where}: {key} = {value!r} has the wrong type")
        if "url" not in entry:
            raise MirrorConfigError(f"{where}: no url")
        url = entry.pop("url")
        route = Route(**entry)
        if problem := route.check():
            raise MirrorConfigError(f"{where} ({url}): {problem}")
        routes[url] = route
    return routes


def inflated(page: bytes, size_mb: float) -> bytes:
    """The page grown to ``size_mb`` MB by repeating its part between ``<!--repeat-->`` and
    ``<!--/repeat-->`` (the whole page when it has no such part)."""
    start, end = page.find(REPEAT_START), page.find(REPEAT_END)
    if start < 0 or end < start:
        head, part, tail = b"", page, b""
    else:
        head, part, tail = page[:start], page[start + len(REPEAT_START) : end], page[end:]
    room = int(size_mb * 2**20) - len(head) - len(tail)
    return head + part * max(1, room // max(1, len(part))) + tail


def gzipped(page: bytes, size_mb: float | None) -> bytes:
    """``page`` (inflated to ``size_mb`` MB when given) as a gzip member.

    A large inflation is built from one compressed megabyte repeated: after a full flush
    the deflate stream restarts, so the same block compresses to the same bytes. That
    makes a 300 MB bomb in a fraction of a second, about 1 MB on the wire.
    """
    if size_mb is None:
        return zlib.compress(page, 9, wbits=31)
    start, end = page.find(REPEAT_START), page.find(REPEAT_END)
    part = page if start < 0 or end < start else page[start + len(REPEAT_START) : end]
    block = part * max(1, 2**20 // max(1, len(part)))
    count = max(1, int(size_mb * 2**20) // len(block))
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    piece = deflate.compress(block) + deflate.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(count):
        crc = zlib.crc32(block, crc)
    trailer = struct.pack("<II", crc, (len(block) * count) & 0xFFFFFFFF)
    return _GZIP_HEADER + piece * count + deflate.flush() + trailer


def prepared_body(route: Route, file: Path | None, where: str) -> bytes | None:
    """The body a route serves instead of its file's bytes (``size_mb``, ``gzip``), made once."""
    if route.size_mb is None and not route.gzip:
        return None
    if file is None:
        raise MirrorConfigError(f"{where}: size_mb and gzip need a file at the URL")
    page = file.read_bytes()
    if route.gzip:
        return gzipped(page, route.size_mb)
    assert route.size_mb is not None
    return inflated(page, route.size_mb)

"""A loopback HTTP proxy that serves a site mirror from files, so crawls use the real URLs.

A mirror root holds ``site/<host>/<path>`` (a path ending in ``/`` is ``index.html``)
and optionally ``mirror.toml`` with special routes::

    [[route]]
    url = "http://news.hnr.cn/202004/01/4001.html"
    status = 301                      # redirect to `location`
    location = "http://news.hnr.cn/202004/01/4002.html"

    [[route]]
    url = "http://news.hnr.cn/202003/10/5001.html"
    status = 500                      # fails; with `times`, only that many times
    times = 1

    [[route]]
    url = "http://news.hnr.cn/xwrd/201705/t20170512_1001.html"
    content_type = "text/html; charset=gbk"

Several roots may be given: the first that has a file or route for a URL wins, which
is how a second version of a site is laid over the first. Query strings do not take
part in finding a file. Every response carries an ``ETag`` (a hash of the body) and a
``Last-Modified`` (the file's mtime); conditional requests get ``304``. Each request can
be logged as a JSON line, which is how tests prove what a crawl did not request.
"""

from __future__ import annotations

import email.utils
import hashlib
import json
import mimetypes
import threading
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

#: `scrapy crawl` options for a crawl through the mirror: no politeness delays, since the
#: "site" is a local folder (``make demo``, the tests, the benchmarks).
CRAWL_OPTIONS = (
    "-s",
    "AUTOTHROTTLE_ENABLED=0",
    "-s",
    "DOWNLOAD_DELAY=0",
    "-s",
    "CONCURRENT_REQUESTS_PER_DOMAIN=8",
)


@dataclass
class Route:
    status: int | None = None
    location: str | None = None
    times: int | None = None
    content_type: str | None = None
    served: int = 0


@dataclass
class Mirror:
    """The files and routes of one or more mirror roots."""

    roots: list[Path]
    routes: dict[str, Route] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for root in reversed(self.roots):  # the first root's routes win
            config = root / "mirror.toml"
            if config.exists():
                for entry in tomllib.loads(config.read_text(encoding="utf-8")).get("route", []):
                    url = entry.pop("url")
                    self.routes[url] = Route(**entry)

    def file_for(self, url: str) -> Path | None:
        parts = urlsplit(url)
        path = parts.path or "/"
        if path.endswith("/"):
            path += "index.html"
        relative = Path((parts.hostname or "").lower()) / path.lstrip("/")
        if ".." in relative.parts:
            return None
        for root in self.roots:
            candidate = root / "site" / relative
            if candidate.is_file():
                return candidate
        return None


class MirrorHandler(BaseHTTPRequestHandler):
    server: MirrorServer
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self._answer(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(send_body=False)

    def _url(self) -> str:
        if self.path.startswith(("http://", "https://")):
            return self.path
        return f"http://{self.headers.get('Host', 'localhost')}{self.path}"

    def _answer(self, send_body: bool) -> None:
        url = self._url()
        key = url.split("?", 1)[0].split("#", 1)[0]
        mirror = self.server.mirror
        with self.server.lock:
            route = mirror.routes.get(key)
            if route is not None:
                route.served += 1
        status, headers, body = 200, {}, b""
        if route and route.status and route.location:
            status, headers["Location"] = route.status, route.location
        elif route and route.status and (route.times is None or route.served <= route.times):
            status, body = route.status, f"<h1>{route.status}</h1>".encode()
        elif (path := mirror.file_for(key)) is None:
            status, body = 404, b"<h1>404 Not Found</h1>"
        else:
            body = path.read_bytes()
            guessed = mimetypes.guess_type(path.name)[0] or "text/html"
            headers["Content-Type"] = (route and route.content_type) or guessed
            headers["ETag"] = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            headers["Last-Modified"] = email.utils.formatdate(
                int(path.stat().st_mtime), usegmt=True
            )
            if self.headers.get("If-None-Match") == headers["ETag"]:
                status, body = 304, b""
        self._log(url, status)
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body and body:
            self.wfile.write(body)

    def _log(self, url: str, status: int) -> None:
        if self.server.log is None:
            return
        record = {
            "method": self.command,
            "url": url,
            "status": status,
            "user_agent": self.headers.get("User-Agent"),
            "if_none_match": self.headers.get("If-None-Match"),
            "if_modified_since": self.headers.get("If-Modified-Since"),
        }
        with self.server.lock:
            self.server.log.write(json.dumps(record, ensure_ascii=False) + "\n")
            self.server.log.flush()

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: requests go to the JSON log, not stderr."""


class MirrorServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, mirror: Mirror, port: int = 0, log_path: Path | None = None) -> None:
        super().__init__(("127.0.0.1", port), MirrorHandler)
        self.mirror = mirror
        self.lock = threading.Lock()
        self.log = log_path.open("a", encoding="utf-8") if log_path else None

    @property
    def proxy_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def server_close(self) -> None:
        super().server_close()
        if self.log:
            self.log.close()


@contextmanager
def running_mirror(roots: list[Path], log_path: Path | None = None) -> Iterator[MirrorServer]:
    """A mirror serving in a background thread for the duration of a ``with`` block."""
    server = MirrorServer(Mirror(roots), 0, log_path)
    thread = threading.Thread(target=server.serve_forever, name="mirror", daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)

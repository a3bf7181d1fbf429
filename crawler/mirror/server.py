"""The mirror's HTTP proxy: files by URL, routes and their faults, the request log."""

from __future__ import annotations

import email.utils
import hashlib
import json
import mimetypes
import socket
import struct
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from crawler.mirror.routes import Route, load_routes, prepared_body

DRIP_CHUNKS = 20


@dataclass
class Mirror:
    """The files and routes of one or more mirror roots; generated bodies are made here, once."""

    roots: list[Path]
    latency: float = 0.0  # seconds every answer waits (a route's own ``latency`` wins)
    routes: dict[str, Route] = field(default_factory=dict)
    bodies: dict[str, bytes] = field(default_factory=dict)

    def __post_init__(self) -> None:
        origins = {}
        for root in reversed(self.roots):  # the first root's routes win
            routes = load_routes(root)
            self.routes.update(routes)
            origins.update(dict.fromkeys(routes, root / "mirror.toml"))
        for url, route in self.routes.items():
            where = f"{origins[url]}: route {url}"
            if (body := prepared_body(route, self.file_for(url), where)) is not None:
                self.bodies[url] = body

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
            fault = route if route is not None and route.faulty() else None
        latency = route.latency if route and route.latency is not None else mirror.latency
        if latency:
            time.sleep(latency)  # this connection's thread only: others are served meanwhile
        if fault and fault.reset == "before":
            self._log(url, None, "reset-before")
            self._reset()
            return
        status, headers, body = 200, {}, b""
        if fault and fault.status:
            status = fault.status
            if fault.location:
                headers["Location"] = fault.location
            else:
                body = f"<h1>{status}</h1>".encode()
            if fault.retry_after is not None:
                headers["Retry-After"] = retry_after_value(fault)
        elif (path := mirror.file_for(key)) is None:
            status, body = 404, b"<h1>404 Not Found</h1>"
        else:
            body = mirror.bodies.get(key) or path.read_bytes()
            guessed = mimetypes.guess_type(path.name)[0] or "text/html"
            headers["Content-Type"] = (route and route.content_type) or guessed
            if route and route.gzip:
                headers["Content-Encoding"] = "gzip"
            headers["ETag"] = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            headers["Last-Modified"] = email.utils.formatdate(
                int(path.stat().st_mtime), usegmt=True
            )
            if self.headers.get("If-None-Match") == headers["ETag"]:
                status, body = 304, b""
        self._log(url, status, fault_name(fault) if body and send_body else None)
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body and body:
            self._send(body, fault)

    def _send(self, body: bytes, fault: Route | None) -> None:
        try:
            if fault and fault.reset == "mid":
                self.wfile.write(body[: len(body) // 2])
                self._reset()
            elif fault and fault.truncate is not None:
                self.wfile.write(body[: int(len(body) * fault.truncate)])
                self.close_connection = True  # the server closes it: the client sees EOF early
            elif fault and fault.drip_seconds:
                step = -(-len(body) // DRIP_CHUNKS)
                for start in range(0, len(body), step):
                    self.wfile.write(body[start : start + step])
                    self.wfile.flush()
                    time.sleep(fault.drip_seconds / DRIP_CHUNKS)
            else:
                self.wfile.write(body)
        except ConnectionError:  # the client gave up: nothing to answer to
            self.close_connection = True

    def _reset(self) -> None:
        """Abort the connection with a TCP RST (SO_LINGER 0), not an orderly close."""
        self.wfile.flush()
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True

    def _log(self, url: str, status: int | None, fault: str | None) -> None:
        if self.server.log is None:
            return
        record: dict[str, Any] = {
            "method": self.command,
            "url": url,
            "status": status,
            "at": round(time.time(), 3),
            "fault": fault,
            "user_agent": self.headers.get("User-Agent"),
            "if_none_match": self.headers.get("If-None-Match"),
            "if_modified_since": self.headers.get("If-Modified-Since"),
        }
        with self.server.lock:
            self.server.log.write(json.dumps(record, ensure_ascii=False) + "\n")
            self.server.log.flush()

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: requests go to the JSON log, not stderr."""


def retry_after_value(route: Route) -> str:
    """``Retry-After`` as delta-seconds, or as an HTTP date that many seconds ahead."""
    seconds = route.retry_after or 0
    if route.retry_after_date:
        return email.utils.formatdate(time.time() + seconds, usegmt=True)
    return str(int(seconds)) if float(seconds).is_integer() else str(seconds)


def fault_name(route: Route | None) -> str | None:
    """What went wrong with the body of an answer, for the request log."""
    if route is None:
        return None
    if route.reset:
        return f"reset-{route.reset}"
    if route.truncate is not None:
        return "truncate"
    return "drip" if route.drip_seconds else None


class MirrorServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, mirror: Mirror, port: int = 0, log_path: Path | None = None) -> None:
        self.mirror = mirror
        self.lock = threading.Lock()
        self.log = log_path.open("a", encoding="utf-8") if log_path else None
        try:
            super().__init__(("127.0.0.1", port), MirrorHandler)
        except OSError:
            if self.log:
                self.log.close()
            raise

    @property
    def proxy_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away is no error of the mirror's; others are printed as usual."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)

    def server_close(self) -> None:
        super().server_close()
        if self.log:
            self.log.close()


@contextmanager
def running_mirror(
    roots: list[Path], log_path: Path | None = None, latency: float = 0.0
) -> Iterator[MirrorServer]:
    """A mirror serving in a background thread for the duration of a ``with`` block."""
    server = MirrorServer(Mirror(roots, latency), 0, log_path)
    thread = threading.Thread(target=server.serve_forever, name="mirror", daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)

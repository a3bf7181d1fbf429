"""Serve one or more fixture mirrors as an HTTP proxy on 127.0.0.1 until stopped.

Point a crawl at it with ``http_proxy=http://127.0.0.1:PORT scrapy crawl hnr``. Ctrl-C or
SIGTERM stops it (exit status 0). A root with neither ``site/`` nor ``mirror.toml``, a busy ``--port``, a log that
cannot be written or a faulty ``mirror.toml`` is one line on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path

from crawler.mirror import Mirror, MirrorConfigError, MirrorServer


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "roots", nargs="+", type=Path, help="mirror roots (site/ + mirror.toml); the first wins"
    )
    parser.add_argument(
        "--port", type=int, default=0, help="port on 127.0.0.1 (default: any free one)"
    )
    parser.add_argument(
        "--latency",
        type=float,
        default=0.0,
        help="seconds every answer waits, as a distant server's would (default 0)",
    )
    parser.add_argument("--log", type=Path, help="append one JSON line per request to this file")
    parser.add_argument(
        "--port-file", type=Path, help="write the chosen port to this file once listening"
    )


def _stop(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def fail(message: str) -> int:
    print(f"mirror: {message}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    missing = [
        str(r) for r in args.roots if not ((r / "site").is_dir() or (r / "mirror.toml").is_file())
    ]
    if missing:
        return fail(f"no site/ folder or mirror.toml in {', '.join(missing)}")
    if args.latency < 0:
        return fail(f"--latency must be seconds, 0 or more, not {args.latency:g}")
    try:
        mirror = Mirror(list(args.roots), args.latency)
    except MirrorConfigError as exc:
        return fail(str(exc))
    try:
        server = MirrorServer(mirror, args.port, args.log)
    except OverflowError:
        return fail(f"--port {args.port} is not a port number (0-65535)")
    except OSError as exc:
        if exc.filename:
            return fail(f"cannot write the log {exc.filename}: {exc.strerror}")
        return fail(f"cannot listen on 127.0.0.1:{args.port} (--port): {exc.strerror}")
    if args.port_file:
        try:
            args.port_file.write_text(str(server.server_address[1]))
        except OSError as exc:
            server.server_close()
            return fail(f"cannot write the port file {args.port_file}: {exc.strerror}")
    signal.signal(signal.SIGTERM, _stop)
    try:
        roots = ", ".join(map(str, args.roots))
        print(f"mirror: serving {roots} as proxy {server.proxy_url}", flush=True)
        server.serve_forever()
    except KeyboardInterrupt:
        pass  # Ctrl-C or SIGTERM: the way to stop a server
    finally:
        server.server_close()
    return 0

"""Serve one or more fixture mirrors as an HTTP proxy on 127.0.0.1 until stopped.

Point a crawl at it with ``http_proxy=http://127.0.0.1:PORT scrapy crawl hnr``.
"""

from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path

from crawler.mirror import Mirror, MirrorServer


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "roots", nargs="+", type=Path, help="mirror roots (site/ + mirror.toml); the first wins"
    )
    parser.add_argument(
        "--port", type=int, default=0, help="port on 127.0.0.1 (default: any free one)"
    )
    parser.add_argument("--log", type=Path, help="append one JSON line per request to this file")
    parser.add_argument(
        "--port-file", type=Path, help="write the chosen port to this file once listening"
    )


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def run(args: argparse.Namespace) -> int:
    missing = [str(r) for r in args.roots if not (r / "site").is_dir()]
    if missing:
        print(f"mirror: no site/ folder in {', '.join(missing)}", file=sys.stderr)
        return 2
    server = MirrorServer(Mirror(list(args.roots)), args.port, args.log)
    signal.signal(signal.SIGTERM, _interrupt)
    port = server.server_address[1]
    if args.port_file:
        args.port_file.write_text(str(port))
    print(
        f"mirror: serving {', '.join(map(str, args.roots))} as proxy {server.proxy_url}", flush=True
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0

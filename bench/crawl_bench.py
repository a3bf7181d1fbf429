"""Crawl benchmark: the full ``hnr`` crawl against a bare spider on a generated 5,000-page mirror.

Prints pages/s of both, their ratio and each run's peak memory. Target: the full crawl
(extraction, cleaning, figures, validation, export) at no less than half the bare rate.

    python bench/crawl_bench.py [--pages-per-channel 60]
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sitegen import generate  # noqa: E402

from crawler.mirror import running_mirror  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = [
    "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "CONCURRENT_REQUESTS=32",
    "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=32", "-s", "LOG_LEVEL=INFO", "-s", "LOGSTATS_INTERVAL=0",
]  # fmt: skip


def crawl(command: list[str], proxy: str) -> dict:
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()} | {"http_proxy": proxy}
    done = subprocess.run(
        command + SETTINGS, cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    stats_block = re.search(r"Dumping Scrapy stats:\n(\{.*?\})\n", done.stderr, re.S)
    if done.returncode != 0 or not stats_block:
        sys.exit(f"crawl failed ({done.returncode}):\n{done.stderr[-3000:]}")
    text = re.sub(r"datetime\.datetime\([^)]*\)", "None", stats_block.group(1))
    return ast.literal_eval(text)


def rate(stats: dict) -> float:
    return stats["response_received_count"] / stats["elapsed_time_seconds"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages-per-channel", type=int, default=60)
    parser.add_argument(
        "--rounds", type=int, default=2, help="runs of each crawl; the fastest counts"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        pages = generate(root / "mirror", pages=args.pages_per_channel)
        starts = f"start_urls={','.join(f'http://news.hnr.cn/ch{c}/' for c in range(4))}"
        bare_command = [
            sys.executable,
            "-m",
            "scrapy",
            "runspider",
            "bench/bare_spider.py",
            "-a",
            starts,
        ]
        bare, full = [], []
        with running_mirror([root / "mirror"]) as mirror:
            for n in range(args.rounds):  # alternate, so that load on the machine hits both alike
                bare.append(crawl(bare_command, mirror.proxy_url))
                out = root / f"full{n}.jsonl"
                state = f"STATE_URI=sqlite:///{root / f'state{n}.sqlite'}"
                full_command = [
                    sys.executable,
                    "-m",
                    "scrapy",
                    "crawl",
                    "hnr",
                    "-O",
                    str(out),
                    "-s",
                    state,
                    "-a",
                    starts,
                ]
                full.append(crawl(full_command, mirror.proxy_url))
        exported = sum(1 for _ in out.open(encoding="utf-8"))
        report = json.loads(out.with_name(out.name + ".report.json").read_text(encoding="utf-8"))
    print(f"generated mirror: {pages} pages; best of {args.rounds} runs each")
    best = {}
    for name, runs in (("bare spider", bare), ("full hnr crawl", full)):
        stats = max(runs, key=rate)
        best[name] = rate(stats)
        print(
            f"{name:15s} {stats['response_received_count']:6d} responses in {stats['elapsed_time_seconds']:6.1f} s"
            f" = {best[name]:7.1f} pages/s, peak memory {stats.get('memusage/max', 0) / 2**20:6.1f} MiB"
        )
    print(
        f"full crawl exported {exported} articles, {full[-1].get('figures/extracted', 0)} figures, rejects {report['rejects']}"
    )
    print(f"ratio full/bare: {best['full hnr crawl'] / best['bare spider']:.2f} (target >= 0.50)")


if __name__ == "__main__":
    main()

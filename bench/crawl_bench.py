"""Crawl benchmark: the full ``hnr`` crawl against a bare spider on a generated mirror.

The bare spider requests exactly what the real one does (listings, pagination, related
reading) and extracts nothing. Printed for each: pages, wall time and pages/s, CPU time
per page of the crawl and every process it started (text workers included), and peak
memory; then the two ratios. Targets: CPU per page of the full crawl at most twice the
bare spider's, and its wall-clock rate at least 0.6 of the bare one when a core is free.
CPU holds on a busy machine where wall time does not.

    python -m bench.crawl_bench [--pages-per-channel 60] [--rounds 2]
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from crawler.mirror import running_mirror
from fixtures.generated.sitegen import generate

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = [
    "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "CONCURRENT_REQUESTS=32",
    "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=32", "-s", "LOG_LEVEL=INFO", "-s", "STATS_DUMP=1",
    "-s", "PROGRESS_INTERVAL=0",
]  # fmt: skip


@dataclass
class Run:
    pages: int
    wall: float
    cpu: float
    memory: float  # MiB

    @property
    def rate(self) -> float:
        return self.pages / self.wall

    @property
    def cpu_per_page(self) -> float:
        return self.cpu / self.pages


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def crawl(command: list[str], proxy: str) -> Run:
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()} | {"http_proxy": proxy}
    cpu, started = children_cpu(), time.monotonic()
    done = subprocess.run(command + SETTINGS, cwd=ROOT, env=env, capture_output=True, text=True)
    wall, cpu = time.monotonic() - started, children_cpu() - cpu
    stats_block = re.search(r"Dumping Scrapy stats:\n(\{.*?\})\n", done.stderr, re.S)
    if done.returncode != 0 or not stats_block:
        sys.exit(f"crawl failed ({done.returncode}):\n{done.stderr[-3000:]}")
    stats = ast.literal_eval(re.sub(r"datetime\.datetime\([^)]*\)", "None", stats_block[1]))
    return Run(stats["response_received_count"], wall, cpu, stats.get("memusage/max", 0) / 2**20)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages-per-channel", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=2, help="runs of each; the fastest counts")
    args = parser.parse_args()
    starts = f"start_urls={','.join(f'http://news.hnr.cn/ch{c}/' for c in range(4))}"
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        pages = generate(root / "mirror", pages=args.pages_per_channel)
        bare_command = [sys.executable, "-m", "scrapy", "runspider", "bench/bare_spider.py"]
        runs: dict[str, list[Run]] = {"bare spider": [], "full hnr crawl": []}
        with running_mirror([root / "mirror"]) as mirror:
            for n in range(args.rounds):  # alternate, so that load on the machine hits both alike
                runs["bare spider"].append(crawl([*bare_command, "-a", starts], mirror.proxy_url))
                out = root / f"full{n}.jsonl"
                full_command = [
                    sys.executable, "-m", "scrapy", "crawl", "hnr", "-O", str(out),
                    "-s", f"STATE_URI=sqlite:///{root / f'state{n}.sqlite'}", "-a", starts,
                ]  # fmt: skip
                runs["full hnr crawl"].append(crawl(full_command, mirror.proxy_url))
        exported = sum(1 for _ in out.open(encoding="utf-8"))
        report = json.loads(out.with_name(out.name + ".report.json").read_text(encoding="utf-8"))
    print(f"generated mirror: {pages} pages; best of {args.rounds} runs each")
    best = {}
    for name, found in runs.items():
        run = best[name] = max(found, key=lambda r: r.rate)
        cheapest = min(r.cpu_per_page for r in found)
        print(
            f"{name:15s} {run.pages:6d} pages in {run.wall:6.1f} s = {run.rate:6.1f} pages/s;"
            f" CPU {1000 * cheapest:5.2f} ms/page (all processes); peak memory {run.memory:5.1f} MiB"
        )
    print(
        f"full crawl exported {exported} articles, {report['figures']} figures, rejects {report['rejects']}"
    )
    cpu = report["cpu_s"]
    print(
        f"last full crawl's CPU: crawl process {cpu['crawl']} s, text workers {cpu['text_workers']} s"
    )
    bare, full = best["bare spider"], best["full hnr crawl"]
    cpu_ratio = min(r.cpu_per_page for r in runs["full hnr crawl"]) / min(
        r.cpu_per_page for r in runs["bare spider"]
    )
    print(f"CPU per page, full/bare: {cpu_ratio:.2f} (target <= 2.0)")
    print(f"pages/s, full/bare:      {full.rate / bare.rate:.2f} (target >= 0.6 with a core free)")


if __name__ == "__main__":
    main()

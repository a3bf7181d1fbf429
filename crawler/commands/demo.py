"""Crawl the bundled mirror of hnr.cn with ``scrapy crawl hnr`` and summarise the JSON lines.

The mirror runs on 127.0.0.1 as the crawl's HTTP proxy and stops when the crawl ends;
politeness delays are off because the "site" is a local folder. The demo keeps its own
crawl state beside its output and resets it, so every demo is a full crawl. A mirror root
without ``site/`` is one line and exit status 2; Ctrl-C lets the crawl close (its previous
file stays as it was) and ends with status 130.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

from crawler.mirror import CRAWL_OPTIONS, running_mirror

ROOT = Path(__file__).resolve().parents[2]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--mirror", type=Path, default=ROOT / "fixtures" / "hnr", help="mirror root"
    )
    parser.add_argument(
        "--out", type=Path, default=ROOT / "data" / "demo" / "hnr.jsonl", help="JSON lines file"
    )


def run(args: argparse.Namespace) -> int:
    if not (args.mirror / "site").is_dir():
        print(
            f"demo: no mirror in {args.mirror} (--mirror); the demo runs in a checkout (make demo)",
            file=sys.stderr,
        )
        return 2
    try:
        args.out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"demo: cannot write {args.out.parent} (--out): {exc.strerror}", file=sys.stderr)
        return 2
    with running_mirror([args.mirror]) as mirror:
        env = {**os.environ, "http_proxy": mirror.proxy_url, "no_proxy": ""}
        env.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")  # outside a checkout too
        state = f"STATE_URI=sqlite:///{args.out.parent / 'state.sqlite'}"
        command = [
            sys.executable,
            "-m",
            "scrapy",
            "crawl",
            "hnr",
            "-O",
            str(args.out),
            *CRAWL_OPTIONS,
        ]
        command += ["-s", state, "-a", "reset_state=1", "-s", "LOG_LEVEL=WARNING"]
        print(
            f"demo: serving {args.mirror} on {mirror.proxy_url}; running {' '.join(command[1:])}",
            flush=True,
        )
        crawl = subprocess.Popen(command, cwd=ROOT, env=env)
        try:
            returncode = crawl.wait()
        except KeyboardInterrupt:  # the crawl got the Ctrl-C too: let it close its files
            crawl.wait()
            print("demo: interrupted; the crawl stopped", file=sys.stderr)
            return 130
    if returncode != 0:
        print(f"demo: the crawl failed (exit {returncode})", file=sys.stderr)
        return returncode
    print(summary(args.out))
    return 0


def summary(path: Path) -> str:
    """A few lines on what a JSON-lines feed of articles holds."""
    articles = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    by_extractor = Counter(a["extractor"] for a in articles)
    figures = sum(len(a["numbers"]) for a in articles)
    report = json.loads(path.with_name(path.name + ".report.json").read_text(encoding="utf-8"))
    lines = [
        f"demo: {len(articles)} articles, {figures} figures -> {path}",
        f"  run {report['status']}: pages {report['pages']}, rejects {report['rejects']}",
        f"  figures table: {path.with_name(path.name + '.figures.csv')}",
        f"  report to look at: {path.with_name(path.name + '.report.html')}",
    ]
    lines += [f"  {name}: {count}" for name, count in by_extractor.most_common()]
    lines += [f"  {a['published_at'][:10]}  {a['title']}" for a in articles[:5]]
    return "\n".join(lines)

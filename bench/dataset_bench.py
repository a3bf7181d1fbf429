"""Speed of the figures table exporter and of ``python -m crawler dataset``.

Prints: articles/s and rows/s of the figures CSV exporter on an unbuffered file (as the
crawl writes it) with its writes per article; the dataset build time on the demo feed
(``make demo`` writes it) and on generated run feeds (many runs, repeated URLs, revisions,
a line cut short at the end of each run), with peak memory.

Run: .venv/bin/python bench/dataset_bench.py [--runs 10 --per-run 5000]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import tempfile
import time
from dataclasses import asdict
from datetime import date, timedelta
from pathlib import Path

from crawler.dataset import build_dataset
from crawler.exporters import FiguresCsvExporter
from crawler.figures import extract_figures

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "fixtures" / "hnr" / "expected" / "articles.jsonl"


def templates() -> list[dict]:
    """The mirror's expected articles with their figures, as a crawl exports them."""
    articles = []
    for line in TEMPLATES.read_text("utf-8").splitlines():
        article = json.loads(line)
        article["numbers"] = [
            asdict(f) for f in extract_figures(article["body"], article["published_at"])
        ]
        articles.append(article)
    return articles


class Counting:
    """An unbuffered file that counts its writes."""

    def __init__(self, path: Path) -> None:
        self.file = path.open("wb", buffering=0)
        self.writes = 0

    def write(self, data: bytes) -> int:
        self.writes += 1
        return self.file.write(data)

    def tell(self) -> int:
        return self.file.tell()


def bench_exporter(articles: list[dict], count: int, folder: Path) -> None:
    out = Counting(folder / "figures.csv")
    exporter = FiguresCsvExporter(out, encoding="utf-8")
    started = time.perf_counter()
    exporter.start_exporting()
    rows = 0
    for i in range(count):
        article = articles[i % len(articles)]
        exporter.export_item(article)
        rows += len(article["numbers"])
    exporter.finish_exporting()
    seconds = time.perf_counter() - started
    out.file.close()
    print(
        f"figures CSV exporter: {count / seconds:,.0f} articles/s, {rows / seconds:,.0f} rows/s,"
        f" {(out.writes - 1) / count:.2f} writes per article ({rows / count:.1f} rows each)"
    )


def generate(articles: list[dict], folder: Path, runs: int, per_run: int, seed: int = 5) -> int:
    """Run feeds: new URLs, repeats of earlier ones (some revised), a cut line per run."""
    rng = random.Random(seed)
    folder.mkdir(parents=True)
    next_id, lines = 0, 0
    for run in range(runs):
        crawled = f"2026-01-{run + 1:02d}T06:00:00Z"
        with (folder / f"2026-01-{run + 1:02d}T06-00-00Z.jsonl").open("w", encoding="utf-8") as f:
            for _ in range(per_run):
                repeat = next_id and rng.random() < 0.3
                number = rng.randrange(next_id) if repeat else next_id
                next_id += not repeat
                article = dict(articles[number % len(articles)])
                day = date(2016, 1, 1) + timedelta(days=number % 3000)
                article |= {
                    "url": f"http://news.hnr.cn/bench/{number}.html",
                    "published_at": f"{day}T0{number % 10}:30:00+08:00",
                    "published_date": str(day),
                    "crawled_at": crawled,
                    "revision": 2 if repeat and rng.random() < 0.5 else 1,
                }
                f.write(json.dumps(article, ensure_ascii=False) + "\n")
                lines += 1
            f.write('{"url": "http://news.hnr.cn/bench/cut.html", "ti')
    return lines


def bench_build(label: str, sources: list[Path], folder: Path) -> None:
    built = build_dataset(sources, folder)
    phases = ", ".join(f"{k} {v:.2f} s" for k, v in built.timings.items())
    print(
        f"dataset of {label}: {built.seconds:.2f} s ({phases}); {built.tally.articles:,} article"
        f" lines -> {built.articles:,} articles, {built.figures:,} figures,"
        f" {built.tally.corrupt} cut lines skipped"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--per-run", type=int, default=5000)
    parser.add_argument("--demo", type=Path, default=ROOT / "data" / "demo" / "hnr.jsonl")
    args = parser.parse_args()
    articles = templates()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        bench_exporter(articles, 20000, work)
        if args.demo.exists():
            bench_build(f"the demo feed {args.demo.name}", [args.demo], work / "demo")
        else:
            print(f"no demo feed at {args.demo}: run `make demo` first")
        lines = generate(articles, work / "runs", args.runs, args.per_run)
        bench_build(f"{args.runs} generated runs ({lines:,} lines)", [work / "runs"], work / "big")
        size = sum(p.stat().st_size for p in (work / "runs").iterdir()) / 2**20
        print(f"generated feeds: {size:,.0f} MiB")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:,.0f} MiB")


if __name__ == "__main__":
    main()

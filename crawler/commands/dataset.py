"""Build one dataset from run feeds or a crawl state: the latest revision of every article.

SOURCE is a feed (JSON lines) or a folder of them (searched recursively; figures tables,
rejects files, reports and .partial files beside the feeds are skipped). OUTDIR gets
articles.jsonl, figures.csv, dataset.duckdb, articles.parquet, figures.parquet and
report.html.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crawler.dataset import build_dataset


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sources", nargs="*", type=Path, metavar="SOURCE", help="feed or folder")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="OUTDIR")
    parser.add_argument(
        "--state", metavar="URI", help="a crawl state, e.g. sqlite:///.state/hnr.sqlite"
    )
    parser.add_argument(
        "--excel", action="store_true", help="figures.csv with a UTF-8 BOM, for Excel"
    )
    parser.add_argument(
        "--no-duckdb", action="store_true", help="JSON lines and CSV only (no DuckDB, no Parquet)"
    )


def run(args: argparse.Namespace) -> int:
    if not args.sources and not args.state:
        print("dataset: name at least one SOURCE (feed or folder) or --state URI", file=sys.stderr)
        return 2
    state_file = Path(args.state.removeprefix("sqlite:///")) if args.state else None
    if state_file and args.state.startswith("sqlite:///") and not state_file.is_file():
        print(f"dataset: no crawl state at {args.state}", file=sys.stderr)
        return 1
    try:
        built = build_dataset(
            args.sources,
            args.output,
            state=args.state,
            excel=args.excel,
            database=not args.no_duckdb,
        )
    except (ImportError, FileNotFoundError, ValueError, ConnectionError) as error:
        print(f"dataset: {error}", file=sys.stderr)
        return 1
    tally = built.tally
    print(
        f"dataset: {built.articles} articles, {built.figures} figures -> {built.outdir}"
        f" ({', '.join(p.name for p in built.files)}) in {built.seconds:.1f} s;"
        f" {len(tally.feeds)} feeds, {tally.articles} article lines,"
        f" {tally.superseded} older revisions or repeats left out,"
        f" {tally.corrupt} corrupt lines skipped",
        file=sys.stderr,
    )
    return 0

"""Write the figures table of an articles feed: one row per figure, with the article's url,
title, published_at, published_date, place and channel beside the figure's fields.

The format follows the output file's extension: .csv or .jsonl. Lines of the feed that
are not JSON (a run killed mid-line) are skipped and counted; dates of older feeds are
normalised as the dataset command does.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crawler.dataset.dates import normalise_published
from crawler.dataset.sources import FeedFile, Tally
from crawler.exporters import FiguresCsvExporter, FiguresJsonLinesExporter

EXPORTERS = {".csv": FiguresCsvExporter, ".jsonl": FiguresJsonLinesExporter}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("articles", type=Path, help="articles as JSON lines (a crawl feed)")
    parser.add_argument("-o", "--output", type=Path, required=True, help="FILE.csv or FILE.jsonl")
    parser.add_argument("--excel", action="store_true", help="a CSV with a UTF-8 BOM, for Excel")


def run(args: argparse.Namespace) -> int:
    suffix = args.output.suffix.lower()
    exporter_class = EXPORTERS.get(suffix)
    if exporter_class is None:
        print(f"figures: unknown table format {suffix!r}: use .csv or .jsonl", file=sys.stderr)
        return 2
    if args.excel and suffix != ".csv":
        print("figures: --excel applies to a .csv table", file=sys.stderr)
        return 2
    if not args.articles.is_file():
        print(f"figures: no such feed: {args.articles}", file=sys.stderr)
        return 1
    tally = Tally()
    options = {"bom": True} if args.excel else {}
    with args.output.open("wb") as out:
        exporter = exporter_class(out, encoding="utf-8", **options)
        exporter.start_exporting()
        for _, article in FeedFile(args.articles, tally).scan():
            normalise_published(article)
            exporter.export_item(article)
        exporter.finish_exporting()
    for what in ("corrupt", "not_articles"):
        if count := getattr(tally, what):
            where = ", ".join(tally.locations[what][:3]) + (" …" if count > 3 else "")
            label = "not JSON" if what == "corrupt" else "not articles"
            print(f"figures: skipped {count} lines that are {label} ({where})", file=sys.stderr)
    print(f"{args.output}: the figures of {tally.articles} articles", file=sys.stderr)
    return 0 if tally.articles or not tally.lines else 1

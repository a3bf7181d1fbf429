"""Write the figures table of an articles feed: one row per figure, with the article's
url, title, published_at, place and channel beside the record's fields.

The format follows the output file's extension: .csv or .jsonl.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from crawler.exporters import FiguresCsvExporter, FiguresJsonLinesExporter

EXPORTERS = {".csv": FiguresCsvExporter, ".jsonl": FiguresJsonLinesExporter}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("articles", type=Path, help="articles as JSON lines (a crawl feed)")
    parser.add_argument("-o", "--output", type=Path, required=True, help="FILE.csv or FILE.jsonl")


def run(args: argparse.Namespace) -> int:
    exporter_class = EXPORTERS.get(args.output.suffix.lower())
    if exporter_class is None:
        print(f"unknown table format {args.output.suffix!r}: use .csv or .jsonl", file=sys.stderr)
        return 2
    count = 0
    with args.articles.open(encoding="utf-8-sig") as articles, args.output.open("wb") as out:
        exporter = exporter_class(out, encoding="utf-8")
        exporter.start_exporting()
        for number, line in enumerate(articles, 1):
            if not line.strip():
                continue
            try:
                article = json.loads(line)
            except json.JSONDecodeError as error:
                print(f"{args.articles}:{number}: not JSON: {error}", file=sys.stderr)
                return 1
            exporter.export_item(article)
            count += 1
        exporter.finish_exporting()
    print(f"{args.output}: the figures of {count} articles", file=sys.stderr)
    return 0

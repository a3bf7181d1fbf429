"""Print the figures of texts read on stdin.

Each input line is a JSON object {"id", "text", "published_at"?, "title"?, "place"?}; each
output line is {"id", "numbers": [records]}. A line that is not such an object gets one
error line naming it on stderr, and the command exits 1 after the others. Text on stdin
that is not JSON lines is read as one text and gives one output line.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import asdict
from typing import Any

from crawler.figures import extract_figures
from crawler.timestamps import published


def publication_date(value: str) -> str:
    """``--published-at`` as given, once it reads as a publication date."""
    if published(value)[0] is None:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a publication date (YYYY-MM-DD, from 1995 to today)"
        )
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--published-at", type=publication_date, help="date of the texts (YYYY-MM-DD), for years"
    )
    parser.add_argument("--title", help="headline of a plain text, for 全市 / 我区 …")
    parser.add_argument("--place", help="dateline place of a plain text (漯河), for 全市 / 我区 …")


def _numbers(text: str, published_at: Any, title: Any, place: Any) -> list[dict[str, Any]]:
    found = extract_figures(
        text,
        published_at if isinstance(published_at, str) else None,
        title=title if isinstance(title, str) else None,
        place=place if isinstance(place, str) else None,
    )
    return [asdict(figure) for figure in found]


def _write(record: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


def _json_lines(data: str) -> list[tuple[int, str]] | None:
    """The numbered non-blank lines of JSON-lines input, or None when it is plain text."""
    lines = [(n, line) for n, line in enumerate(data.splitlines(), 1) if line.strip()]
    try:
        first = json.loads(lines[0][1]) if lines else None
    except json.JSONDecodeError:
        return None
    return lines if isinstance(first, dict) and "text" in first else None


def _item(line: str) -> dict[str, Any]:
    """The object of one input line; ValueError naming what is wrong with it."""
    try:
        item = json.loads(line)
    except json.JSONDecodeError as error:
        raise ValueError(f"not JSON ({error.msg} at column {error.colno})") from None
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        raise ValueError('not an object with a "text" string')
    return item


def _figures(args: argparse.Namespace) -> int:
    data = sys.stdin.buffer.read().decode("utf-8-sig", errors="replace")
    lines = _json_lines(data)
    if lines is None:
        _write({"id": None, "numbers": _numbers(data, args.published_at, args.title, args.place)})
        return 0
    status = 0
    for number, line in lines:
        try:
            item = _item(line)
        except ValueError as error:
            print(f"numbers: line {number}: {error}", file=sys.stderr)
            status = 1
            continue
        published_at = item.get("published_at") or args.published_at
        title, place = item.get("title", args.title), item.get("place", args.place)
        _write(
            {"id": item.get("id"), "numbers": _numbers(item["text"], published_at, title, place)}
        )
    return status


def run(args: argparse.Namespace) -> int:
    sys.stdout.reconfigure(encoding="utf-8")
    try:
        status = _figures(args)
        sys.stdout.flush()
    except BrokenPipeError:  # … | head: the reader has all it wants
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("numbers: interrupted", file=sys.stderr)
        return 130
    return status

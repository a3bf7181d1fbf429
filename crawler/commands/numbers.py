"""Print the figures of texts read on stdin.

Each input line is a JSON object {"id", "text", "published_at"?, "url"?}; each output
line is {"id", "numbers": [records]}. Text on stdin that is not JSON lines is read as
one text and gives one output line.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import Any

from crawler.figures import extract_figures


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--published-at", help="date of a plain text (YYYY-MM-DD), for years")


def _numbers(text: str, published_at: str | None) -> list[dict[str, Any]]:
    return [asdict(figure) for figure in extract_figures(text, published_at)]


def _write(record: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


def _json_lines(data: str) -> list[Any] | None:
    """The objects of JSON-lines input, or None when the input is plain text."""
    lines = [line for line in data.splitlines() if line.strip()]
    try:
        first = json.loads(lines[0]) if lines else None
    except json.JSONDecodeError:
        return None
    return lines if isinstance(first, dict) and "text" in first else None


def run(args: argparse.Namespace) -> int:
    sys.stdout.reconfigure(encoding="utf-8")
    data = sys.stdin.buffer.read().decode("utf-8-sig")
    lines = _json_lines(data)
    if lines is None:
        _write({"id": None, "numbers": _numbers(data, args.published_at)})
        return 0
    status = 0
    for number, line in enumerate(lines, 1):
        try:
            item = json.loads(line)
            text = item["text"]
        except (json.JSONDecodeError, KeyError, TypeError) as error:
            print(f"line {number}: not an object with a text: {error}", file=sys.stderr)
            status = 1
            continue
        published_at = item.get("published_at") or args.published_at
        _write({"id": item.get("id"), "numbers": _numbers(text, published_at)})
    return status

"""Print the Article of one page (a file or an http(s) URL) as a JSON object.

The page's bytes are decoded by the crawler itself; the site profile matching the URL
picks the template, else the generic extractor runs. Cleaning and figures are the
same functions the crawl's pipelines call.
"""

from __future__ import annotations

import argparse
import json
import sys
import urllib.request
from pathlib import Path

from itemadapter import ItemAdapter

from crawler import NotAnArticle, extract_article


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("page", help="an HTML file, or an http(s) URL to fetch")
    parser.add_argument(
        "--url", help="the page's URL, for a file (picks the site profile, resolves links)"
    )


def read_page(page: str) -> tuple[bytes, str | None, str]:
    """The page's bytes, its Content-Type header (for URLs) and its URL."""
    if page.startswith(("http://", "https://")):
        with urllib.request.urlopen(page, timeout=30) as response:  # noqa: S310 (the user's URL)
            return response.read(), response.headers.get("Content-Type"), response.geturl()
    path = Path(page)
    return path.read_bytes(), None, path.resolve().as_uri()


def run(args: argparse.Namespace) -> int:
    try:
        data, content_type, fetched_url = read_page(args.page)
    except OSError as exc:
        print(f"extract: cannot read {args.page}: {exc}", file=sys.stderr)
        return 2
    try:
        article = extract_article(data, args.url or fetched_url, content_type=content_type)
    except NotAnArticle as exc:
        print(f"extract: {args.page} is not an article ({exc})", file=sys.stderr)
        return 1
    json.dump(ItemAdapter(article).asdict(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0

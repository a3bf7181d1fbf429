"""Show what a crawl state holds (URLs by outcome, the last runs), or reset it.

The state is the one a crawl uses: ``STATE_URI`` from the project settings unless given.
A ``--uri`` the crawler cannot open is one line and exit status 2; a state that does not
exist (no run has used it) or that a running crawl holds is one line and exit status 1.
Neither showing nor resetting creates a state.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

from scrapy.utils.project import get_project_settings

from crawler.state import StateLocked, open_state


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--uri", help="a STATE_URI (default: the setting, for --spider)")
    parser.add_argument(
        "--spider", default="hnr", help="spider name filled into the setting (default hnr)"
    )
    parser.add_argument("--reset", action="store_true", help="forget every URL and run")


def fail(message: str, status: int) -> int:
    print(f"state: {message}", file=sys.stderr)
    return status


def run(args: argparse.Namespace) -> int:
    uri = args.uri or (get_project_settings().get("STATE_URI") or "") % {"name": args.spider}
    if not uri:
        return fail("STATE_URI is empty: incremental crawling is off, there is no state", 1)
    if uri.startswith("sqlite:///") and not Path(uri.removeprefix("sqlite:///")).is_file():
        return fail(f"no crawl state at {uri.removeprefix('sqlite:///')} (no run has used it)", 1)
    try:
        state = open_state(uri)
    except ValueError as exc:
        return fail(f"{'--uri' if args.uri else 'STATE_URI'}: {exc}", 2)
    except (sqlite3.Error, OSError) as exc:
        return fail(f"cannot open {uri}: {exc}", 1)
    try:
        state.acquire("state command")
    except StateLocked as exc:
        state.close()
        return fail(str(exc), 1)
    try:
        if args.reset:
            state.reset()
            print(f"state: {uri} reset")
            return 0
        print(f"state: {uri}")
        for outcome, count in state.summary().items():
            print(f"  {outcome or 'seen, not fetched'}: {count}")
        for run_id, feed, status in state.runs()[-5:]:
            print(f"  run {run_id} {status}: {feed}")
        return 0
    except sqlite3.Error as exc:
        return fail(f"cannot read {uri}: {exc}", 1)
    finally:
        state.close()

"""Show what a crawl state holds (URLs by outcome, the last runs), or reset it.

The state is the one a crawl uses: ``STATE_URI`` from the project settings unless given.
"""

from __future__ import annotations

import argparse
import sys

from scrapy.utils.project import get_project_settings

from crawler.state import StateLocked, open_state


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--uri", help="a STATE_URI (default: the setting, for --spider)")
    parser.add_argument(
        "--spider", default="hnr", help="spider name filled into the setting (default hnr)"
    )
    parser.add_argument("--reset", action="store_true", help="forget every URL and run")


def run(args: argparse.Namespace) -> int:
    uri = args.uri or get_project_settings().get("STATE_URI") % {"name": args.spider}
    state = open_state(uri)
    try:
        state.acquire("state command")
    except StateLocked as exc:
        print(f"state: {exc}", file=sys.stderr)
        return 1
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
    finally:
        state.close()

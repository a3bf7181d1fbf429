"""``python -m crawler COMMAND``: the project's tools outside a crawl.

Each command is a module in :mod:`crawler.commands` with ``add_arguments(parser)``
and ``run(args) -> int``. Whatever the command: Ctrl-C ends it with one line and exit
status 130, and a reader that goes away (``… | head``) ends it quietly with status 141
(as SIGPIPE would), never with a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from typing import NoReturn

COMMANDS = {
    "extract": "print one page as an Article (JSON)",
    "numbers": "figures of texts read as JSON lines (or plain text) on stdin",
    "figures": "the figures table (CSV / JSON lines) of an articles feed",
    "dataset": "one dataset (JSON lines, CSV, DuckDB, Parquet, report) of run feeds or a state",
    "mirror": "serve a fixtures mirror as an HTTP proxy on 127.0.0.1",
    "demo": "crawl the bundled mirror of hnr.cn and summarise the JSON lines",
    "state": "show or reset a crawl state",
}


class OneLineParser(argparse.ArgumentParser):
    """argparse, but a wrong command or argument is one line naming it (and where help is)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def program() -> str:
    """How the user called the tools: ``hnr-crawler`` (the installed command) or ``python -m crawler``."""
    called = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else ""
    return "python -m crawler" if called in ("", "__main__.py", "-c") else called


def main(argv: list[str] | None = None) -> int:
    sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    name = program()
    try:
        parser = OneLineParser(prog=name, description=__doc__.splitlines()[0])
        sub = parser.add_subparsers(dest="command", required=True)
        for command, help_text in COMMANDS.items():
            module = importlib.import_module(f"crawler.commands.{command}")
            module.add_arguments(
                sub.add_parser(command, help=help_text, description=module.__doc__)
            )
        args = parser.parse_args(argv)
        name = args.command
        status = importlib.import_module(f"crawler.commands.{name}").run(args)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's last flush
    except KeyboardInterrupt:
        print(f"{name}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    return status


if __name__ == "__main__":
    sys.exit(main())

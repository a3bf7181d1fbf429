"""``scrapy check``: the callbacks' contracts, with nothing written to disk."""

from __future__ import annotations

import argparse

from scrapy.commands.check import Command as ScrapyCheck

from crawler.scrapy_commands._quiet import quieten


class Command(ScrapyCheck):
    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        quieten(self.settings)

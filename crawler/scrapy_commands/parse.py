"""``scrapy parse``: a page through the spider, picking the callback by the URL's shape
(``spider.parse``), with nothing written to disk."""

from __future__ import annotations

import argparse

from scrapy.commands.parse import Command as ScrapyParse

from crawler.scrapy_commands._quiet import quieten


class Command(ScrapyParse):
    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        quieten(self.settings)

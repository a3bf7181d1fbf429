"""``scrapy crawl``, exiting 1 when the run report says the run failed (for cron and systemd)."""

from __future__ import annotations

import argparse

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.exceptions import UsageError


class Command(ScrapyCrawl):
    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1:
            raise UsageError("give one spider name")
        assert self.crawler_process
        crawler = self._create_crawler(args[0])
        self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        failed = crawler.stats is not None and crawler.stats.get_value("run/status") == "failed"
        if self.crawler_process.bootstrap_failed or failed:
            self.exitcode = 1

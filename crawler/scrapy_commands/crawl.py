"""``scrapy crawl``: arguments and settings checked before anything is requested, and an
exit status from the run report (for cron, systemd and scrapyd).

Exit status 2: a wrong spider name, argument or setting (one line naming it, nothing
crawled); 1: the run failed or could not start (its report says why); 0: the run succeeded.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from typing import Any, NoReturn

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.exceptions import UsageError
from scrapy.spiderloader import get_spider_loader

from crawler.project_settings import SettingsError, check_settings
from crawler.sites import ProfileError
from crawler.spiders.arguments import ArgumentError
from crawler.state import StateLocked

logger = logging.getLogger(__name__)


class Command(ScrapyCrawl):
    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        """Scrapy's options, then the spider, its arguments and the settings checked, before
        Scrapy starts logging: a wrong one is the only line the command prints."""
        super().process_options(args, opts)
        if len(args) != 1:
            raise UsageError("give one spider name")
        name = args[0]
        loader = get_spider_loader(self.settings)
        if name not in loader.list():
            self.refuse(f"no spider {name!r}; known: {', '.join(sorted(loader.list()))}")
        self.spidercls = loader.load(name)
        try:
            check_settings(self.settings)
            if (check_arguments := getattr(self.spidercls, "check_arguments", None)) is not None:
                check_arguments(opts.spargs)
        except (ArgumentError, SettingsError, ProfileError) as error:
            self.refuse(str(error))

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        assert self.crawler_process
        crawler = self.crawler_process.create_crawler(self.spidercls)
        started = self.crawler_process.crawl(crawler, **opts.spargs)
        started.add_done_callback(self.not_started)
        self.crawler_process.start()
        try:
            status = crawler.stats.get_value("run/status")
        except RuntimeError:  # the crawl failed before it had stats (an add-on refused it)
            status = None
        if self.exitcode == 0 and (self.crawler_process.bootstrap_failed or status != "ok"):
            self.exitcode = 1

    def refuse(self, message: str) -> NoReturn:
        say(self.settings, f"crawl: {message}")
        sys.exit(2)

    def not_started(self, task: asyncio.Task[None]) -> None:
        """A crawl that could not start (the state is in use, a broken profile): one line,
        exit status 1. Retrieving the error also keeps asyncio from printing its traceback."""
        error = None if task.cancelled() else task.exception()
        if error is None:
            return
        self.exitcode = 1
        if isinstance(error, (StateLocked, ProfileError, ArgumentError, SettingsError)):
            say(self.settings, f"crawl: {error}")
        else:
            logger.error("the crawl could not start", exc_info=error)


def say(settings: Any, line: str) -> None:
    """One line on stderr, and in the log file when there is one (scrapyd's job log), whether
    Scrapy's logging has started or not."""
    print(line, file=sys.stderr)
    if log_file := settings.get("LOG_FILE"):
        with open(log_file, "a", encoding="utf-8") as log:
            print(line, file=log)

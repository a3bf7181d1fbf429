"""The crawl's filter of requests already made in this run, kept in memory even with JOBDIR.

Scrapy's own filter writes what it has scheduled to ``JOBDIR/requests.seen``; a crawl killed
with SIGKILL can leave fingerprints there of requests its lost queue never sent, and a
resumed crawl would then skip them for good. Here the crawl state decides what a resumed
run skips (exported articles, final outcomes), so the filter only has to stop repeats
within one process: a resumed run reads the listings again and requests what is not done.
"""

from __future__ import annotations

from typing import Self

from scrapy.crawler import Crawler
from scrapy.dupefilters import RFPDupeFilter


class RunDupeFilter(RFPDupeFilter):
    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        debug = crawler.settings.getbool("DUPEFILTER_DEBUG")
        return cls(None, debug, fingerprinter=crawler.request_fingerprinter)

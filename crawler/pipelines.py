"""Item pipelines: thin adapters over the pure stages, one job each, outcomes in the stats."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import cache
from typing import Any

import fastjsonschema
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from crawler.extract.clean import clean_article
from crawler.extract.quality import mojibake
from crawler.items import Article, article_schema
from crawler.process import figure_records
from crawler.state.base import CrawlState, content_hash
from crawler.workers import text_workers


class Rejected(DropItem):
    """An item that must not be exported; ``reason`` becomes the stats key ``rejects/<reason>``."""

    is_reject = True

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


class Unchanged(Rejected):
    """A rechecked article whose content did not change: not exported again, not a reject."""

    is_reject = False

    def __init__(self, url: str) -> None:
        super().__init__("unchanged", url)


class _Pipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler):
        return cls(crawler)


class CleanBodyPipeline(_Pipeline):
    """The article's paragraphs only, and the dateline read into place and credits."""

    def process_item(self, item: Article) -> Article:
        item = clean_article(item)
        if not item.body:
            raise Rejected("empty_body", "nothing left after cleaning")
        return item


class EncodingCheckPipeline(_Pipeline):
    """Refuse text that still holds U+FFFD or mojibake: it is never exported as clean."""

    def process_item(self, item: Article) -> Article:
        if reason := mojibake(item.title + "\n" + item.body):
            raise Rejected("encoding", reason)
        return item


class FiguresPipeline(_Pipeline):
    """Every number the body reports, as records in ``numbers``; in ``TEXT_WORKERS``
    worker processes, so that the engine goes on meanwhile."""

    async def process_item(self, item: Article) -> Article:
        try:
            item.numbers = await text_workers(self.crawler).run(
                figure_records, item.body, item.published_at
            )
        except Exception as exc:  # a bug or a broken worker: the item goes to the rejects
            raise Rejected("figures_failed", f"{type(exc).__name__}: {exc}") from exc
        self.stats.inc_value("figures/extracted", len(item.numbers))
        return item


@cache
def article_validator() -> Callable[[dict[str, Any]], Any]:
    """The schema compiled to Python (fastjsonschema): about 15 times faster than interpreting it."""
    return fastjsonschema.compile(article_schema())


class SchemaValidationPipeline(_Pipeline):
    """Drop items that do not match ``crawler/schemas/article.schema.json``, naming the field."""

    def process_item(self, item: Article) -> Article:
        try:
            article_validator()(vars(item))  # the dataclass's own dict: nothing copied
        except fastjsonschema.JsonSchemaValueException as error:
            path = [p for p in error.path if p != "data"]
            raise Rejected(f"invalid/{path[0] if path else 'item'}", error.message[:200]) from None
        return item


class DuplicatesPipeline(_Pipeline):
    """Export each article once: by canonical URL, and by the hash of its clean body."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.urls: set[str] = set()
        self.bodies: set[bytes] = set()

    def process_item(self, item: Article) -> Article:
        digest = hashlib.sha1(item.body.encode("utf-8")).digest()
        if item.url in self.urls:
            raise Rejected("duplicate_url", item.url)
        if digest in self.bodies:
            raise Rejected("duplicate_body", item.url)
        self.urls.add(item.url)
        self.bodies.add(digest)
        return item


class RevisionPipeline(_Pipeline):
    """Across runs, through the crawl state: unchanged articles stay out, changed ones get
    ``revision`` raised, and a new URL with an exported article's content is a duplicate."""

    def process_item(self, item: Article) -> Article:
        state: CrawlState | None = getattr(self.crawler.spider, "state", None)
        if state is None:
            return item
        digest = content_hash(item.title, item.body)
        record = state.get(item.url)
        if record is not None and record.exported:
            if record.content_hash == digest:
                raise Unchanged(item.url)
            item.revision = record.revision + 1
            self.stats.inc_value("articles/changed")
        elif state.has_content(digest):
            raise Rejected(
                "duplicate_body", f"{item.url} has the content of an article exported before"
            )
        else:
            self.stats.inc_value("articles/new")
        return item

"""Item pipelines: what happens to a finished Article before it reaches the feeds.

The text stages (cleaning, figures …) ran in the text job (:mod:`crawler.article`); here an
article is validated against the schema, kept to once per run, and compared with what
earlier runs exported (through the crawl state). Each counts its outcomes in the stats.
Articles an earlier run exported, written again from the state into a snapshot feed
(:class:`crawler.items.StoredArticle`), pass through untouched but for the once-per-run
check.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import cache
from typing import Any, Self

import fastjsonschema
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from crawler.feeds import is_snapshot
from crawler.items import Article, StoredArticle, article_schema
from crawler.state.base import content_hash
from crawler.state.extension import state_extension


class Rejected(DropItem):
    """An item that must not be exported; ``reason`` becomes the stats key ``rejects/<reason>``."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


class AlreadyExported(DropItem):
    """The same URL a second time in one run (a resumed JOBDIR run fetches again what its
    queue held): written once, not a reject."""

    def __init__(self, url: str) -> None:
        super().__init__(f"already exported in this run: {url}", log_level="DEBUG")


class Unchanged(DropItem):
    """A rechecked article whose content did not change: not written again, not a reject."""

    def __init__(self, url: str) -> None:
        super().__init__(f"unchanged: {url}", log_level="DEBUG")


class _Pipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)


@cache
def article_validator() -> Callable[[dict[str, Any]], Any]:
    """The schema compiled to Python (fastjsonschema), every field of the article checked but
    the figure records inside ``numbers``: those are made by one function from one dataclass
    (tests check them against the whole schema), and checking each cost a tenth of a crawl."""
    schema = article_schema()
    numbers = {**schema["properties"]["numbers"], "items": {"type": "object"}}
    return fastjsonschema.compile(
        {**schema, "properties": {**schema["properties"], "numbers": numbers}}
    )


class SchemaValidationPipeline(_Pipeline):
    """Drop items that do not match ``crawler/schemas/article.schema.json``, naming the field."""

    def process_item(self, item: Any) -> Any:
        if isinstance(item, StoredArticle):
            return item
        try:
            article_validator()(vars(item))  # the dataclass's own dict: nothing copied
        except fastjsonschema.JsonSchemaValueException as error:
            path = [p for p in error.path if p != "data"]
            raise Rejected(f"invalid/{path[0] if path else 'item'}", error.message[:200]) from None
        return item


class DuplicatesPipeline(_Pipeline):
    """Export each article once per run: by canonical URL, and by the hash of its clean body."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.urls: set[str] = set()
        self.bodies: set[bytes] = set()

    def process_item(self, item: Any) -> Any:
        url = item["url"] if isinstance(item, StoredArticle) else item.url
        if url in self.urls:
            raise AlreadyExported(url)
        if isinstance(item, Article):
            digest = hashlib.sha1(item.body.encode("utf-8")).digest()
            if digest in self.bodies:
                raise Rejected("duplicate_body", url)
            self.bodies.add(digest)
        self.urls.add(url)
        return item


class RevisionPipeline(_Pipeline):
    """Across runs, through the crawl state: an unchanged article stays out of a feed that
    is not a snapshot, a changed one gets ``revision`` raised, and a new URL with an exported
    article's content is a duplicate."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        extension = state_extension(crawler)
        self.state = extension.state if extension is not None else None
        self.snapshot = is_snapshot(crawler.settings)

    def process_item(self, item: Any) -> Any:
        if self.state is None or not isinstance(item, Article):
            return item
        digest = content_hash(item.title, item.body)
        record = self.state.get(item.url)
        if record is not None and record.exported:
            if record.content_hash == digest:
                self.stats.inc_value("articles/unchanged")
                if not self.snapshot:
                    raise Unchanged(item.url)
                item.revision = record.revision
                return item
            item.revision = record.revision + 1
            self.stats.inc_value("articles/changed")
        elif self.state.has_content(digest):
            raise Rejected(
                "duplicate_body", f"{item.url} has the content of an article exported before"
            )
        else:
            self.stats.inc_value("articles/new")
        return item

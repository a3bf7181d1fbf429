"""The items the crawl exports: one schema, mirrored by ``crawler/schemas/article.schema.json``."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from functools import cache
from importlib import resources
from typing import Any


@dataclass
class Figure:
    """One number an article reports, with where it stands in the body and what it counts."""

    value: float | int
    unit: str | None
    kind: str
    raw: str
    start: int
    end: int
    value_max: float | int | None = None
    approximate: bool = False
    direction: str | None = None
    subject: str | None = None
    as_of: str | None = None
    qualifier: str | None = None  # "new", "cumulative", "current" or None
    region: dict[str, str] | None = None  # {"name": "河南省漯河市召陵区", "code": "411104"}
    indicator: str | None = None  # a word of crawler.figures' indicator vocabulary, or None
    sentence: str = ""  # the sentence of the body the figure stands in

    def record(self) -> dict[str, Any]:
        """The figure as a plain record (``numbers`` of an Article), without deep copies."""
        return {name: getattr(self, name) for name in _FIGURE_FIELDS}


_FIGURE_FIELDS = tuple(f.name for f in fields(Figure))


@dataclass
class Article:
    """A news article as exported: field names are the public interface."""

    url: str
    site: str
    channel: str | None = None
    title: str = ""
    published_at: str | None = None  # ISO 8601 with +08:00; a page showing a day only: T00:00:00
    published_date: str | None = None  # the calendar day in Asia/Shanghai
    source: str | None = None
    place: str | None = None
    place_region: dict[str, str] | None = None  # the place as a division: {"name", "code"}
    reporters: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)
    editor: str | None = None
    keywords: list[str] = field(default_factory=list)
    body: str = ""
    numbers: list[dict[str, Any]] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    found_via: dict[str, Any] | None = None
    crawled_at: str | None = None
    extractor: str = ""
    revision: int = 1
    failed_stages: list[str] = field(default_factory=list)  # text stages that failed: "figures"


class StoredArticle(dict[str, Any]):
    """An article exported by an earlier run, as it was written, taken from the crawl state
    into a snapshot feed (``-O``) without fetching its page again."""


@cache
def article_schema() -> dict[str, Any]:
    """The JSON schema of an exported Article, read from the package (works from a wheel or egg)."""
    text = resources.files("crawler").joinpath("schemas/article.schema.json").read_text("utf-8")
    return json.loads(text)

"""The items the crawl exports: one schema, mirrored by ``schemas/article.schema.json``."""

from __future__ import annotations

from dataclasses import dataclass, field
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


@dataclass
class Article:
    """A news article as exported: field names are the public interface."""

    url: str
    site: str
    channel: str | None = None
    title: str = ""
    published_at: str = ""
    source: str | None = None
    place: str | None = None
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

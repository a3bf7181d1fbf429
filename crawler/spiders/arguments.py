"""Spider arguments (``-a name=value``) as typed, validated parameters.

Each news spider declares its arguments as a frozen dataclass; :meth:`CrawlArguments.parse`
turns the strings of the command line (or Python values of a library caller) into it, and
refuses an unknown name with the list of valid ones, or a bad value naming the argument.
Names starting with ``_`` are Scrapy tools' own (scrapyd adds ``_job``) and are ignored.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date
from typing import Any, Self
from urllib.parse import urlsplit


class ArgumentError(ValueError):
    """A spider argument that cannot be used; the message names it."""


def _urls(name: str, value: Any) -> tuple[str, ...]:
    items = value.split(",") if isinstance(value, str) else list(value or ())
    urls = tuple(u.strip() for u in items if str(u).strip())
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ArgumentError(f"{name}: {url!r} is not an http(s) URL")
    return urls


def _date(name: str, value: Any) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ArgumentError(f"{name} must be a date as YYYY-MM-DD, not {value!r}") from None


def _count(name: str, value: Any, minimum: int) -> int:
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ArgumentError(f"{name} must be a whole number, not {value!r}") from None
    if number < minimum:
        raise ArgumentError(f"{name} must be at least {minimum}, not {number}")
    return number


def _flag(name: str, value: Any) -> bool:
    text = str(value).strip().lower()
    if text in {"1", "true", "yes", "on"}:
        return True
    if text in {"0", "false", "no", "off", ""}:
        return False
    raise ArgumentError(f"{name} must be 1 or 0 (true/false), not {value!r}")


@dataclass(frozen=True)
class CrawlArguments:
    """The arguments of every news spider."""

    start_urls: tuple[str, ...] = ()  # listing URLs (comma-separated); replace the profile's
    since: date | None = None  # older articles are skipped, and pagination stops at them
    max_pages: int | None = None  # listing pages per channel
    related_depth: int = 2  # 相关阅读 hops from a listed article
    reset_state: bool = False  # forget the crawl state first

    @classmethod
    def parse(cls, raw: Mapping[str, Any]) -> Self:
        """The arguments from ``-a`` strings or Python values; ArgumentError otherwise."""
        names = [f.name for f in fields(cls)]
        for name in raw:
            if name not in names and not name.startswith("_"):
                raise ArgumentError(f"unknown spider argument {name!r}; valid: {', '.join(names)}")
        values: dict[str, Any] = {}
        for name, value in raw.items():
            if name.startswith("_"):
                continue
            if name == "start_urls":
                values[name] = _urls(name, value)
            elif name == "since":
                values[name] = _date(name, value)
            elif name == "max_pages":
                values[name] = None if value in (None, "") else _count(name, value, 1)
            elif name == "related_depth":
                values[name] = _count(name, value, 0)
            elif name == "reset_state":
                values[name] = _flag(name, value)
        return cls(**values)

    def check_for_crawl(self) -> None:
        """What a crawl needs beyond valid values (``scrapy check`` and ``scrapy parse`` make
        a spider without arguments); ArgumentError otherwise."""


@dataclass(frozen=True)
class NewsArguments(CrawlArguments):
    """The ``news`` spider crawls the hosts of its start URLs: it needs them."""

    def check_for_crawl(self) -> None:
        if not self.start_urls:
            raise ArgumentError("news needs start_urls: -a start_urls=https://host/channel/,...")

"""A site profile as typed objects: every default in one place (the field defaults here)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from typing import Any
from urllib.parse import urlsplit

from crawler import vocabulary
from crawler.urls import canonical_url


@dataclass(frozen=True)
class Template:
    """Selectors of one page template; ``body`` decides whether the template applies."""

    name: str
    body: tuple[str, ...]
    title: tuple[str, ...] = ()
    published: tuple[str, ...] = ()
    source: tuple[str, ...] = ()
    channel: tuple[str, ...] = ()


@dataclass(frozen=True)
class ListingRules:
    """How a channel listing shows its articles and its next page."""

    items: tuple[str, ...] = ()  # selectors of list items; links are read inside them
    item_date: tuple[str, ...] = ()  # selectors of the date beside a link, inside an item
    next_text: tuple[str, ...] = vocabulary.NEXT_PAGE


@dataclass(frozen=True)
class ArticleRules:
    """Labels and blocks of an article page."""

    related_marker: str = vocabulary.RELATED_HEADINGS[0]
    section_markers: tuple[str, ...] = ()  # headings after the related block: it ends there
    related: tuple[str, ...] = ()  # selectors of the related block
    keywords_label: str = vocabulary.KEYWORD_LABELS[0]
    editor_label: tuple[str, ...] = vocabulary.EDITOR_LABELS[:2]
    source_label: str = vocabulary.SOURCE_LABELS[-1]
    dateline: re.Pattern[str] | None = None  # groups `place` and `credits`
    reporter_labels: tuple[str, ...] = vocabulary.REPORTER_LABELS[:1]
    correspondent_labels: tuple[str, ...] = vocabulary.CORRESPONDENT_LABELS
    title_suffixes: tuple[str, ...] = ()


@dataclass(frozen=True)
class SiteProfile:
    name: str
    domains: tuple[str, ...]
    timezone: str = "+08:00"
    scheme: str | None = None  # the one scheme the site is served on, if any
    start_urls: tuple[str, ...] = ()
    tracking_params: frozenset[str] = frozenset()
    article_urls: dict[str, re.Pattern[str]] = field(default_factory=dict)
    listing_urls: dict[str, re.Pattern[str]] = field(default_factory=dict)
    listing: ListingRules = ListingRules()
    article: ArticleRules = ArticleRules()
    boilerplate: tuple[re.Pattern[str], ...] = ()
    templates: tuple[Template, ...] = ()
    source_file: str = ""  # where it was read from (for messages); "" when built in code

    def owns(self, url: str) -> bool:
        """True when the URL's host is one of the profile's domains or below one."""
        host = (urlsplit(url).hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self.domains)

    def canonical(self, url: str, base: str | None = None) -> str:
        """A URL as the crawl keys it: absolute, tracking parameters and fragment dropped,
        and on the profile's hosts in the site's ``scheme`` when the profile names one."""
        found = canonical_url(url, base, self.tracking_params)
        if self.scheme and not found.startswith(self.scheme + "://") and self.owns(found):
            return self.scheme + found[found.index("://") :]
        return found

    def article_era(self, url: str) -> str | None:
        """Name of the article URL shape the URL has, or None when it is no article URL."""
        path = url.split("?", 1)[0]  # a query (?page=1) leaves the page an article
        for era, pattern in self.article_urls.items():
            if pattern.match(path):
                return era
        return None

    def is_listing(self, url: str) -> bool:
        return any(p.match(url) for p in self.listing_urls.values())

    def is_boilerplate(self, paragraph: str) -> bool:
        return any(p.search(paragraph) for p in self.boilerplate)

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        """A profile read from a file travels by name (a request in a JOBDIR or Redis queue,
        a job for a text worker) and is loaded once per process at the other end."""
        from crawler.sites.loader import is_registered, load_profile

        if is_registered(self):
            return load_profile, (self.name,)
        return SiteProfile, tuple(getattr(self, f.name) for f in fields(self))

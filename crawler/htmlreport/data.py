"""What a report shows, accumulated article by article as compact counters (never whole articles)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from crawler.outcomes import is_error

#: Article fields whose completeness the report shows (a field is filled when truthy).
ARTICLE_FIELDS = (
    "title",
    "channel",
    "published_at",
    "published_date",
    "source",
    "place",
    "place_region",
    "reporters",
    "editor",
    "keywords",
    "related",
    "numbers",
)
FIGURE_FIELDS = ("subject", "as_of", "qualifier", "region", "indicator", "sentence")
EXAMPLES = 5
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _day(value: Any) -> str | None:
    """The day of a date or timestamp string (``YYYY-MM-DD``), or None."""
    return value[:10] if isinstance(value, str) and _DAY.match(value) else None


@dataclass
class ReportData:
    """Counters of one run or one dataset: articles, figures and extraction health."""

    title: str
    articles: int = 0
    days: Counter[str] = field(default_factory=Counter)  # published day -> articles
    undated: int = 0
    channels: Counter[str] = field(default_factory=Counter)
    sites: Counter[str] = field(default_factory=Counter)
    filled: Counter[str] = field(default_factory=Counter)
    failed_stages: Counter[str] = field(default_factory=Counter)
    figures: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    figure_days: Counter[str] = field(default_factory=Counter)  # day described -> figures
    indicators: Counter[str] = field(default_factory=Counter)
    regions: Counter[str] = field(default_factory=Counter)
    region_codes: dict[str, str] = field(default_factory=dict)
    indicator_days: Counter[tuple[str, str]] = field(default_factory=Counter)
    region_days: Counter[tuple[str, str]] = field(default_factory=Counter)
    figure_filled: Counter[str] = field(default_factory=Counter)
    rejects: Counter[str] = field(default_factory=Counter)
    reject_urls: dict[str, list[str]] = field(default_factory=dict)
    facts: list[tuple[str, str]] = field(default_factory=list)  # (label, value) at the top
    runs: list[dict[str, Any]] = field(default_factory=list)  # rows of the runs table
    notes: list[str] = field(default_factory=list)

    def add_article(self, article: Mapping[str, Any]) -> None:
        """Count one exported article (a dict or an ItemAdapter) and its figures."""
        self.articles += 1
        published = article.get("published_date") or _day(article.get("published_at"))
        if published:
            self.days[published] += 1
        else:
            self.undated += 1
        self.channels[article.get("channel") or "(no channel)"] += 1
        self.sites[article.get("site") or "(no site)"] += 1
        self.filled.update(name for name in ARTICLE_FIELDS if article.get(name))
        self.failed_stages.update(article.get("failed_stages") or ())
        for figure in article.get("numbers") or ():
            self.add_figure(figure, published)

    def add_figure(self, figure: Mapping[str, Any], published: str | None) -> None:
        self.figures += 1
        self.figure_filled.update(name for name in FIGURE_FIELDS if figure.get(name))
        self.kinds[figure.get("kind") or "(no kind)"] += 1
        day = _day(figure.get("as_of")) or published
        if day:
            self.figure_days[day] += 1
        if indicator := figure.get("indicator"):
            self.indicators[indicator] += 1
            if day:
                self.indicator_days[day, indicator] += 1
        region = figure.get("region")
        if isinstance(region, Mapping) and (name := region.get("name")):
            self.regions[name] += 1
            self.region_codes[name] = region.get("code") or ""
            if day:
                self.region_days[day, name] += 1

    def add_reject(self, reason: str, url: str | None) -> None:
        self.rejects[reason] += 1
        examples = self.reject_urls.setdefault(reason, [])
        if url and len(examples) < EXAMPLES:
            examples.append(url)

    @property
    def errors(self) -> Counter[str]:
        """The rejects that are errors (HTTP statuses, network failures, the crawler's own)."""
        return Counter({reason: n for reason, n in self.rejects.items() if is_error(reason)})

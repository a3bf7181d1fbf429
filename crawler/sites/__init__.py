"""Site profiles: one TOML data file per site, loaded into a :class:`SiteProfile`.

Profiles are read from this package and from every folder named in the environment
variable ``CRAWLER_SITES`` (``os.pathsep``-separated); a file there with the same
``name`` replaces the bundled one.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from crawler.urls import canonical_url

BUNDLED = Path(__file__).parent


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
class SiteProfile:
    name: str
    domains: tuple[str, ...]
    display_name: str = ""
    timezone: str = "+08:00"
    scheme: str | None = None
    start_urls: tuple[str, ...] = ()
    tracking_params: frozenset[str] = frozenset()
    article_urls: dict[str, re.Pattern[str]] = field(default_factory=dict)
    listing_urls: dict[str, re.Pattern[str]] = field(default_factory=dict)
    listing: dict[str, tuple[str, ...]] = field(default_factory=dict)
    article: dict[str, object] = field(default_factory=dict)
    boilerplate: tuple[re.Pattern[str], ...] = ()
    templates: tuple[Template, ...] = ()

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


def _strings(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


def parse_profile(data: dict) -> SiteProfile:
    """Build a profile from the parsed TOML of a profile file."""
    urls = data.get("urls", {})
    return SiteProfile(
        name=data["name"],
        domains=tuple(d.lower() for d in data["domains"]),
        display_name=data.get("display_name", data["name"]),
        timezone=data.get("timezone", "+08:00"),
        scheme=data.get("scheme"),
        start_urls=tuple(data.get("start_urls", ())),
        tracking_params=frozenset(data.get("tracking_params", ())),
        article_urls={k: re.compile(v) for k, v in urls.get("article", {}).items()},
        listing_urls={k: re.compile(v) for k, v in urls.get("listing", {}).items()},
        listing={k: _strings(v) for k, v in data.get("listing", {}).items()},
        article=dict(data.get("article", {})),
        boilerplate=tuple(re.compile(p) for p in data.get("boilerplate", {}).get("paragraph", ())),
        templates=tuple(
            Template(
                name=t["name"],
                body=_strings(t["body"]),
                title=_strings(t.get("title")),
                published=_strings(t.get("published")),
                source=_strings(t.get("source")),
                channel=_strings(t.get("channel")),
            )
            for t in data.get("templates", ())
        ),
    )


def _profile_dirs() -> list[Path]:
    extra = [Path(p) for p in os.environ.get("CRAWLER_SITES", "").split(os.pathsep) if p]
    return [BUNDLED, *extra]


@cache
def _profiles() -> dict[str, SiteProfile]:
    profiles: dict[str, SiteProfile] = {}
    for folder in _profile_dirs():
        for path in sorted(folder.glob("*.toml")):
            with path.open("rb") as f:
                profile = parse_profile(tomllib.load(f))
            profiles[profile.name] = profile
    return profiles


def load_profile(name: str) -> SiteProfile:
    """The profile called ``name``; KeyError names the known ones when there is none."""
    try:
        return _profiles()[name]
    except KeyError:
        raise KeyError(
            f"no site profile {name!r}; known: {', '.join(sorted(_profiles()))}"
        ) from None


def profile_for_url(url: str) -> SiteProfile | None:
    """The profile whose domains cover the URL's host, or None."""
    return next((p for p in _profiles().values() if p.owns(url)), None)


def reload_profiles() -> None:
    """Forget loaded profiles, so files added since are read (tests, long sessions)."""
    _profiles.cache_clear()

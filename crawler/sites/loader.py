"""Reading profile files: TOML to a :class:`SiteProfile`, strictly, and the registry of profiles.

Profiles are read once per process from this package (as package resources, so they are
found inside a wheel or an egg) and from every folder named in the environment variable
``CRAWLER_SITES`` (``os.pathsep``-separated); a file there with the same ``name`` replaces
the bundled one. A key the format does not know, or a value of the wrong type, is a
:class:`ProfileError` naming the file and the key.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import fields
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from crawler.sites.profile import ArticleRules, ListingRules, SiteProfile, Template


class ProfileError(ValueError):
    """A profile file that cannot be used: the message names the file and the key."""


def _check_keys(where: str, table: dict[str, Any], allowed: set[str]) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise ProfileError(
            f"{where}: unknown key {unknown[0]!r}; known: {', '.join(sorted(allowed))}"
        )


def _strings(where: str, key: str, value: Any) -> tuple[str, ...]:
    """A string or a list of strings, as a tuple."""
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ProfileError(f"{where}: {key!r} must be a string or a list of strings")


def _string(where: str, key: str, value: Any) -> str:
    if not isinstance(value, str):
        raise ProfileError(f"{where}: {key!r} must be a string")
    return value


def _regex(where: str, key: str, value: Any) -> re.Pattern[str]:
    try:
        return re.compile(_string(where, key, value))
    except re.error as error:
        raise ProfileError(f"{where}: {key!r} is not a valid regex ({error})") from None


def _regex_table(where: str, value: Any) -> dict[str, re.Pattern[str]]:
    if not isinstance(value, dict):
        raise ProfileError(f"{where} must be a table of named regexes")
    return {name: _regex(where, name, pattern) for name, pattern in value.items()}


def _rules(cls: type, where: str, table: Any) -> Any:
    """ListingRules or ArticleRules from their TOML table, each value typed as declared."""
    if not isinstance(table, dict):
        raise ProfileError(f"{where} must be a table")
    _check_keys(where, table, {f.name for f in fields(cls)})
    values: dict[str, Any] = {}
    for name, value in table.items():
        kind = next(f.type for f in fields(cls) if f.name == name)
        if "re.Pattern" in str(kind):
            values[name] = _regex(where, name, value)
        elif "tuple" in str(kind):
            values[name] = _strings(where, name, value)
        else:
            values[name] = _string(where, name, value)
    return cls(**values)


_TOP_KEYS = {
    "name", "domains", "timezone", "scheme", "start_urls", "tracking_params",
    "urls", "listing", "article", "boilerplate", "templates",
}  # fmt: skip


def parse_profile(data: dict[str, Any], source: str = "<profile>") -> SiteProfile:
    """Build a profile from the parsed TOML of a profile file (``source`` names it in errors)."""
    _check_keys(source, data, _TOP_KEYS)
    for key in ("name", "domains"):
        if key not in data:
            raise ProfileError(f"{source}: missing key {key!r}")
    urls = data.get("urls", {})
    _check_keys(f"{source} [urls]", urls, {"article", "listing"})
    boilerplate = data.get("boilerplate", {})
    _check_keys(f"{source} [boilerplate]", boilerplate, {"paragraph"})
    templates = []
    for index, table in enumerate(data.get("templates", ())):
        where = f"{source} [[templates]] #{index + 1}"
        _check_keys(where, table, {f.name for f in fields(Template)})
        if "name" not in table or "body" not in table:
            raise ProfileError(f"{where}: a template needs 'name' and 'body'")
        templates.append(
            Template(
                name=_string(where, "name", table["name"]),
                **{k: _strings(where, k, v) for k, v in table.items() if k != "name"},
            )
        )
    name = _string(source, "name", data["name"])
    return SiteProfile(
        name=name,
        domains=tuple(d.lower() for d in _strings(source, "domains", data["domains"])),
        timezone=_string(source, "timezone", data.get("timezone", "+08:00")),
        scheme=_string(source, "scheme", data["scheme"]) if "scheme" in data else None,
        start_urls=_strings(source, "start_urls", data.get("start_urls", [])),
        tracking_params=frozenset(
            _strings(source, "tracking_params", data.get("tracking_params", []))
        ),
        article_urls=_regex_table(f"{source} [urls.article]", urls.get("article", {})),
        listing_urls=_regex_table(f"{source} [urls.listing]", urls.get("listing", {})),
        listing=_rules(ListingRules, f"{source} [listing]", data.get("listing", {})),
        article=_rules(ArticleRules, f"{source} [article]", data.get("article", {})),
        boilerplate=tuple(
            _regex(f"{source} [boilerplate]", "paragraph", p)
            for p in _strings(source, "paragraph", boilerplate.get("paragraph", []))
        ),
        templates=tuple(templates),
        source_file=source,
    )


def read_profile(path: Any) -> SiteProfile:
    """A profile file (a Path or a package resource)."""
    name = getattr(path, "name", str(path))
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise ProfileError(f"{name}: not valid TOML ({error})") from None
    return parse_profile(data, str(path) if isinstance(path, Path) else f"crawler/sites/{name}")


def _profile_files() -> list[Any]:
    bundled = sorted(
        (f for f in resources.files("crawler.sites").iterdir() if f.name.endswith(".toml")),
        key=lambda f: f.name,
    )
    extra = [Path(p) for p in os.environ.get("CRAWLER_SITES", "").split(os.pathsep) if p]
    return [*bundled, *(f for folder in extra for f in sorted(folder.glob("*.toml")))]


@cache
def _profiles() -> dict[str, SiteProfile]:
    profiles: dict[str, SiteProfile] = {}
    for path in _profile_files():
        profile = read_profile(path)
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


def is_registered(profile: SiteProfile) -> bool:
    """True for a profile loaded from a file (it can be loaded again by name)."""
    return _profiles().get(profile.name) is profile


def profile_for_url(url: str) -> SiteProfile | None:
    """The profile whose domains cover the URL's host, or None."""
    return next((p for p in _profiles().values() if p.owns(url)), None)


def reload_profiles() -> None:
    """Forget loaded profiles, so files added since are read (tests, long sessions)."""
    _profiles.cache_clear()

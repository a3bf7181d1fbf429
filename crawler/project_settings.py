"""The project's own settings as typed, validated values, and a check of ``-s`` names.

:func:`check_settings` runs before a crawl starts (``scrapy crawl``): a value that cannot
be used, or a name that is a near miss of a known setting (``TEXT_WORKER``), is a
:class:`SettingsError` naming it. A name nobody knows and close to none is taken as another
add-on's setting and only warned about.
"""

from __future__ import annotations

import difflib
import importlib.util
import logging
from collections.abc import Callable
from typing import Any

from scrapy.settings import SETTINGS_PRIORITIES, BaseSettings, default_settings

from crawler import settings as project_defaults

logger = logging.getLogger(__name__)


class SettingsError(ValueError):
    """A setting that cannot be used; the message names it."""


def _number(
    kind: type, low: float | None = None, high: float | None = None
) -> Callable[[str, Any], Any]:
    def parse(name: str, value: Any) -> Any:
        try:
            number = kind(value)
        except (TypeError, ValueError):
            raise SettingsError(f"{name} must be a {kind.__name__}, not {value!r}") from None
        if (low is not None and number < low) or (high is not None and number > high):
            bounds = f"from {low:g}" + (f" to {high:g}" if high is not None else " up")
            raise SettingsError(f"{name} must be {bounds}, not {value!r}")
        return number

    return parse


def _one_of(*allowed: str) -> Callable[[str, Any], str]:
    def parse(name: str, value: Any) -> str:
        text = "" if value is None else str(value)
        if text not in allowed:
            shown = ", ".join(repr(a) for a in allowed)
            raise SettingsError(f"{name} must be one of {shown}, not {text!r}")
        return text

    return parse


def _flag(name: str, value: Any) -> bool:
    try:
        return BaseSettings({name: value}).getbool(name)
    except ValueError:
        raise SettingsError(f"{name} must be 0/1 or true/false, not {value!r}") from None


REDIS_SCHEMES = ("redis://", "rediss://", "unix://")


def _state_uri(name: str, value: Any) -> str:
    text = value or ""
    if text and not text.startswith(("sqlite:///", *REDIS_SCHEMES)):
        raise SettingsError(
            f"{name} must be sqlite:///PATH, redis://HOST:PORT/DB or empty, not {text!r}"
        )
    return text


def _redis_url(name: str, value: Any) -> str:
    text = value or ""
    if text and not text.startswith(REDIS_SCHEMES):
        raise SettingsError(
            f"{name} must be redis://HOST:PORT/DB (or rediss://, unix://), not {text!r}"
        )
    if text and not all(importlib.util.find_spec(m) for m in ("redis", "scrapy_redis")):
        raise SettingsError(f"{name} needs the redis extra: pip install 'hnr-crawler[redis]'")
    return text


#: The project's settings and how each is read; defaults are in crawler/settings.py.
PROJECT_SETTINGS: dict[str, Callable[[str, Any], Any]] = {
    "TEXT_WORKERS": _number(int, 0, 64),
    "TEXT_JOB_TIMEOUT": _number(float, 0.1),
    "RUN_MAX_ERROR_RATE": _number(float, 0, 1),
    "RECHECK_DAYS": _number(float, 0),
    "FINAL_RECHECK_DAYS": _number(float, 0),
    "PROGRESS_INTERVAL": _number(float, 0),
    "FIGURES_FEED_SUFFIX": _one_of("", ".figures.csv", ".figures.jsonl"),
    "FIGURES_CSV_BOM": _flag,
    "STATE_URI": _state_uri,
    "REDIS_URL": _redis_url,
    "MAX_IDLE_TIME_BEFORE_CLOSE": _number(float, 0),
    "DISTRIBUTED_HEARTBEAT": _number(float, 0.1),
}


def _check_distributed(settings: BaseSettings) -> None:
    """What distributed mode (``REDIS_URL``) needs of the state and the feeds."""
    state = settings.get("STATE_URI") or ""
    if not settings.get("REDIS_URL"):
        if state.startswith(REDIS_SCHEMES):
            raise SettingsError(
                "STATE_URI redis://… is the state of distributed crawls: set REDIS_URL too"
            )
        return
    given = settings.getpriority("STATE_URI") == SETTINGS_PRIORITIES["cmdline"]
    if given and state.startswith("sqlite:///"):
        raise SettingsError(
            "STATE_URI must be redis://… or empty with REDIS_URL: the workers share one state"
        )
    for uri, options in settings.getdict("FEEDS").items():
        if options.get("overwrite"):
            raise SettingsError(
                f"-O {uri}: with REDIS_URL each worker writes its own feed; give no -o/-O"
                " (or -o with %(run_id)s in the path) and merge them with python -m crawler dataset"
            )
        if "%(run_id)s" not in str(uri):
            raise SettingsError(
                f"-o {uri}: with REDIS_URL each worker writes its own feed: put %(run_id)s in the path"
            )


def check_settings(settings: BaseSettings) -> None:
    """Raise SettingsError for a project setting with a bad value or a misspelt name given
    on the command line; warn about names no one knows."""
    for name, parse in PROJECT_SETTINGS.items():
        parse(name, settings.get(name))
    _check_distributed(settings)
    known = {n for n in dir(default_settings) if n.isupper()}
    known |= {n for n in dir(project_defaults) if n.isupper()}
    for name in given_on_command_line(settings):
        if name in known:
            continue
        close = difflib.get_close_matches(name, known, n=1, cutoff=0.8)
        if close:
            raise SettingsError(f"unknown setting {name}; did you mean {close[0]}?")
        logger.warning("setting %s is not one Scrapy or this project knows", name)


def given_on_command_line(settings: BaseSettings) -> list[str]:
    cmdline = SETTINGS_PRIORITIES["cmdline"]
    return [name for name in settings.attributes if settings.getpriority(name) == cmdline]

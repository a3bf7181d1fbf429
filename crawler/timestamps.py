"""Timestamps as the project writes them: UTC for crawl times, +08:00 for publication times."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

#: Publication dates before this year are not believed (no Chinese news portal is older).
EARLIEST_YEAR = 1995


def utc_now() -> str:
    """The current time in UTC, to the second: ``2026-12-07T14:05:09Z``."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def published(value: str | None, tz: str = "+08:00") -> tuple[str | None, str | None]:
    """``(published_at, published_date)`` of a date as extracted (``2020-02-04`` or
    ``2020-02-04T09:31:00+08:00``): one format, ``YYYY-MM-DDTHH:MM:SS+08:00`` with midnight for
    a page that shows a day only, and the calendar day in the site's time zone.

    A date that cannot be read, lies in the future (beyond a day of clock skew) or before
    :data:`EARLIEST_YEAR` gives ``(None, None)``.
    """
    if not value:
        return None, None
    try:
        moment = datetime.fromisoformat(value if "T" in value else value + "T00:00:00" + tz)
    except ValueError:
        return None, None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=_zone(tz))
    local = moment.astimezone(_zone(tz))
    now = datetime.now(UTC)
    if local.year < EARLIEST_YEAR or local > now + timedelta(days=1):
        return None, None
    return local.isoformat(), local.date().isoformat()


def _zone(offset: str) -> timezone:
    sign = -1 if offset.startswith("-") else 1
    hours, minutes = offset.lstrip("+-").split(":")
    return timezone(sign * timedelta(hours=int(hours), minutes=int(minutes)))


def day_of(iso: str | None) -> date | None:
    """The calendar day an ISO date or datetime string starts with, or None."""
    if not iso:
        return None
    try:
        return date.fromisoformat(iso[:10])
    except ValueError:
        return None

"""Publication dates as shown on pages, to ISO 8601 in the site's time zone."""

from __future__ import annotations

import re
from datetime import date, datetime

_DATE_TIME = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})(?!\d)\s*日?"
    r"(?:\s*(?:T|\s)?\s*(?P<H>\d{1,2})\s*[:：时]\s*(?P<M>\d{2})(?:\s*[:：分]\s*(?P<S>\d{2}))?)?"
)


def find_date(text: str, tz: str = "+08:00", last: bool = False) -> str | None:
    """The first (or ``last``) valid date in a text: ``YYYY-MM-DD``, or with its time
    ``YYYY-MM-DDTHH:MM:SS+08:00``."""
    matches = list(_DATE_TIME.finditer(text)) if last else _DATE_TIME.finditer(text)
    for m in reversed(matches) if last else matches:
        try:
            day = date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            continue
        if m["H"] is None:
            return day.isoformat()
        try:
            moment = datetime(
                day.year, day.month, day.day, int(m["H"]), int(m["M"]), int(m["S"] or 0)
            )
        except ValueError:
            return day.isoformat()
        return moment.isoformat() + tz
    return None


def date_from_url_groups(groups: dict[str, str | None]) -> str | None:
    """A date from the named groups of an article URL pattern (ymd, ym+d, y+md)."""
    digits = groups.get("ymd") or (
        (groups.get("ym") or "") + (groups.get("d") or "")
        or (groups.get("y") or "") + (groups.get("md") or "")
    )
    if not digits or len(digits) != 8:
        return None
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:])).isoformat()
    except ValueError:
        return None

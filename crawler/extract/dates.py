"""Page dates, in one place: dates a page shows, its meta data and JSON-LD, its URL.

Every date leaves here as ISO 8601: ``YYYY-MM-DD`` for a day, ``YYYY-MM-DDTHH:MM:SS+08:00``
when a time is shown (China time; meta values with a zone are converted to it). A date is
plausible from 1995 to today: anything else is no publication date (a founding year, a
typo, a day to come). A year is never taken from the clock: a date shown without its year
takes the year the page or its URL gives, or is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone

from lxml import etree

CHINA = timezone(timedelta(hours=8))
#: The earliest plausible publication day.
EARLIEST = date(1995, 1, 1)

_TIME = (
    r"(?:\s*(?:T|\s|-|,|，)?\s*(?P<H>\d{1,2})\s*[:：时]\s*(?P<M>\d{2})"
    r"(?:\s*[:：分]\s*(?P<S>\d{2}))?(?:\s*(?P<ampm>[AaPp][Mm])\b)?)?"
)
# A shown date: 2024-03-05, 2024年3月5日, 2024/3/5, 2024.03.05 (a year first); 5/3/2024
# (a year last: day first unless the first number cannot be a month); 03-05 or 3月5日
# (no year); each with a time or not.
_SHOWN = re.compile(
    r"(?<![\d.])(?:"
    r"(?P<y>(?:19|20)\d{2})\s*(?P<ys>[-/.年])\s*(?P<m>\d{1,2})\s*(?P<ms>[-/.月])\s*(?P<d>\d{1,2})(?!\d)\s*日?"
    r"|(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y2>(?:19|20)\d{2})(?!\d)"
    r"|(?P<m3>\d{1,2})\s*(?P<ms3>[-/.月])\s*(?P<d3>\d{1,2})(?!\d)\s*日?"
    r")" + _TIME
)
_ISO = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?"
)
_URL_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?!\d)"
)
_META_DATE_NAMES = frozenset(
    [
        "article:published_time",
        "og:article:published_time",
        "og:release_date",
        "publishdate",
        "pubdate",
        "publish_date",
        "publishtime",
        "publish-date",
        "published_time",
        "datepublished",
        "firstpublishedtime",
        "weibo:article:create_at",
        "apub:time",
        "sailthru.date",
        "dc.date.issued",
        "dc.date",
        "publisheddate",
        "published",
        "og:published_time",
        "pubtime",
        "releasedate",
    ]
)
_META = etree.XPath("//meta[@content]")
_JSON_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
_JSON_LD = etree.XPath("//script[@type='application/ld+json']/text()")
_SCRIPTS = etree.XPath("//script[not(@src)]/text()")
_SCRIPT_DATE = re.compile(
    r"(?<![A-Za-z_.])[\"']?(?:publish_?time|pub_?time|publish_?date|pub_?date|date_?published|create_?time|ct)"
    r"[\"']?\s*[:=]\s*[\"']?(1\d{9}(?:\d{3})?|20\d{2}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?)(?![\d-])",
    re.I,
)
_COPYRIGHT_YEAR = re.compile(
    r"(?:©|\(c\)|Copyright|版权所有)\s*(?:(?:19|20)\d{2}\s*[-–—~至]\s*)?((?:19|20)\d{2})", re.I
)
_PUBLISHED_LABEL = re.compile(r"(?:发布|发表|首发|出版)\s*(?:时间|日期|于)?\s*[:：]?\s*$")
_LABEL_WORD = re.compile(r"发布|发表|首发|出版")
# ... or after it: 本贴由大卫于2005年8月12日16:12:21在〖论坛〗发表
_PUBLISHED_AFTER = re.compile(r"\s*(?:在[^。，,]{0,24})?(?:发表|发布)(?!\s*(?:时间|日期|于))")


def plausible(day: date, today: date | None = None) -> bool:
    """A publication day: from :data:`EARLIEST` to today (a day's grace for time zones)."""
    return EARLIEST <= day <= (today or date.today()) + timedelta(days=1)


def iso(
    y: int, m: int, d: int, hh: str | None = None, mm: str | None = None, ss: str | None = None
) -> str | None:
    """``YYYY-MM-DD`` (or with its time, China time) of a plausible date, else None."""
    try:
        day = date(y, m, d)
    except ValueError:
        return None
    if not plausible(day):
        return None
    if hh is None:
        return day.isoformat()
    try:
        return datetime(y, m, d, int(hh), int(mm or 0), int(ss or 0)).isoformat() + "+08:00"
    except ValueError:
        return day.isoformat()


def _hour(m: re.Match[str]) -> str | None:
    """The hour of a match, 12-hour clock read."""
    if m["H"] is None or m["ampm"] is None:
        return m["H"]
    hour = int(m["H"]) % 12 + (12 if m["ampm"].lower() == "pm" else 0)
    return str(hour)


def _shown(m: re.Match[str], year: int | None) -> tuple[str | None, bool]:
    """The ISO date of a match (the year from ``year`` when it shows none) and whether it
    showed its year."""
    if m["y"] is not None:
        if m["ys"] != "年" and m["ms"] != m["ys"]:
            return None, True
        return iso(int(m["y"]), int(m["m"]), int(m["d"]), _hour(m), m["M"], m["S"]), True
    if m["y2"] is not None:
        first, second = int(m["a"]), int(m["b"])
        day, month = (second, first) if second > 12 else (first, second)
        return iso(int(m["y2"]), month, day, _hour(m), m["M"], m["S"]), True
    if year is None or (m["H"] is None and m["ms3"] != "月"):
        return None, False
    month, day = int(m["m3"]), int(m["d3"])
    # not a day to come: then last year's
    found = iso(year, month, day, _hour(m), m["M"], m["S"])
    return found or iso(year - 1, month, day, _hour(m), m["M"], m["S"]), False


def shown_dates(text: str, year: int | None = None) -> Iterator[tuple[str, bool, bool]]:
    """Each plausible date a text shows: (ISO date, shown with its year, labelled as the
    publication's: 发布时间 / 发表于 just before it)."""
    for m in _SHOWN.finditer(text):
        found, with_year = _shown(m, year)
        if found:
            label = bool(
                _PUBLISHED_LABEL.search(text[max(m.start() - 10, 0) : m.start()])
                or _PUBLISHED_AFTER.match(text, m.end())
            )
            yield found, with_year, label


def shown_date(
    text: str,
    year: int | None = None,
    *,
    prefer_labelled: bool = False,
    last: bool = False,
    full_only: bool = False,
    labelled_only: bool = False,
) -> str | None:
    """The first (or ``last``) date a text shows, the year from ``year`` when not shown.

    ``prefer_labelled``: a date after 发布时间 (发表, 首发, 出版) first, then one showing
    its year (not a 4月1日 in a subtitle); ``labelled_only``: no other date;
    ``full_only``: dates showing their year only.
    """
    if labelled_only and not _LABEL_WORD.search(text):
        return None
    found = [f for f in shown_dates(text, year) if f[1] or not full_only]
    if not found:
        return None
    labelled = [when for when, _, label in found if label]
    if labelled_only:
        return labelled[0] if labelled else None
    if prefer_labelled:
        full = [when for when, with_year, _ in found if with_year]
        return (labelled or full or [found[0][0]])[0]
    return found[-1][0] if last else found[0][0]


def yearless_date_in(text: str) -> bool:
    """Whether a text shows a date without its year (03-05 17:05, 3月5日) to read with one."""
    return any(
        m["m3"] is not None and (m["H"] is not None or m["ms3"] == "月")
        for m in _SHOWN.finditer(text)
    )


def labelled_somewhere(text: str) -> bool:
    """Whether a text holds a publication label at all (发布, 发表 …)."""
    return _LABEL_WORD.search(text) is not None


def shown_date_in(text: str) -> bool:
    """Whether a text shows a date with its year, or a month and day with a time."""
    return any(True for _ in shown_dates(text, date.today().year))


def full_days(text: str) -> list[str]:
    """The plausible days a text shows with their year."""
    return [when[:10] for when, with_year, _ in shown_dates(text) if with_year]


def copyright_years(text: str) -> list[int]:
    """The years a text's copyright lines give: ``©2025``, ``Copyright 2003-2024``."""
    return [int(y) for y in _COPYRIGHT_YEAR.findall(text)]


def find_date(text: str, tz: str = "+08:00", last: bool = False) -> str | None:
    """The first (or ``last``) date shown with its year: ``YYYY-MM-DD``, or with its time
    ``YYYY-MM-DDTHH:MM:SS+08:00``."""
    found = shown_date(text, last=last, full_only=True)
    return found.replace("+08:00", tz) if found and tz != "+08:00" else found


def iso_date(value: str) -> str | None:
    """A meta value (ISO 8601, ``YYYY-MM-DD HH:MM``, or as a page shows dates) in China time;
    a date alone as is."""
    m = _ISO.search(value)
    if not m:
        return shown_date(value, full_only=True)
    y, mo, d, hh, mm, ss, tz = m.groups()
    if tz is None:
        return iso(int(y), int(mo), int(d), hh, mm, ss)
    offset = tz.replace(":", "")
    sign = -1 if offset[0] == "-" else 1
    zone = (
        UTC
        if tz == "Z"
        else timezone(sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])))
    )
    try:
        moment = datetime(int(y), int(mo), int(d), int(hh), int(mm), int(ss or 0), tzinfo=zone)
    except ValueError:
        return None
    local = moment.astimezone(CHINA)
    if not plausible(local.date()):
        return None
    return local.replace(tzinfo=None).isoformat() + "+08:00"


def meta_date(root: etree._Element) -> str | None:
    """The publication date of the page's meta tags, else of its JSON-LD."""
    for meta in _META(root):
        name = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if name in _META_DATE_NAMES and (when := iso_date(meta.get("content", ""))):
            return when
    for script in _JSON_LD(root):
        if (m := _JSON_LD_DATE.search(script)) and (when := iso_date(m.group(1))):
            return when
    return None


def script_date(root: etree._Element) -> str | None:
    """A publication time in the page's script variables: ``var ct = "1710325800"`` (WeChat),
    ``"pubtime": "2024-04-03 09:12:45"``, ``publish_time: 1712113703``."""
    for script in _SCRIPTS(root):
        if m := _SCRIPT_DATE.search(script):
            value = m.group(1)
            if not value.isdigit():
                return iso_date(value)
            seconds = int(value) / (1000 if len(value) == 13 else 1)
            moment = datetime.fromtimestamp(seconds, CHINA)
            if plausible(moment.date()):
                return moment.replace(tzinfo=None).isoformat() + "+08:00"
    return None


def url_date(url: str) -> str | None:
    """The day an article URL's path shows: ``/2024/0305/``, ``/2024-03/05/``, ``t20240305_``."""
    path = url.split("/", 3)[-1]
    for m in _URL_DATE.finditer(path):
        if when := iso(int(m[1]), int(m[2]), int(m[3])):
            return when
    return None


def date_from_url_groups(groups: dict[str, str | None]) -> str | None:
    """A date from the named groups of an article URL pattern (ymd, ym+d, y+md)."""
    digits = groups.get("ymd") or (
        (groups.get("ym") or "") + (groups.get("d") or "")
        or (groups.get("y") or "") + (groups.get("md") or "")
    )
    if not digits or len(digits) != 8 or not digits.isdigit():
        return None
    return iso(int(digits[:4]), int(digits[4:6]), int(digits[6:]))

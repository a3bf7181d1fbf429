"""Date, source, credits and editor of a page with no profile.

They are read first from the info bar: the text between the headline and the body (then
just before the headline, where e-paper pages print the issue date); then from meta tags
and JSON-LD, the URL, and lines around the body. Comments and side boxes are never read
for a date, so a comment's time is not taken for the article's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone

from lxml import etree

from crawler.extract.byline import split_credits
from crawler.extract.generic.body import CREDIT_LINE
from crawler.extract.generic.scan import PageScan
from crawler.extract.html import squash

_WHEN = re.compile(
    r"(?<![\d.])(?:(?P<y>(?:19|20)\d{2})\s*(?P<ys>[-/.年])\s*)?(?P<m>\d{1,2})\s*(?P<ms>[-/.月])\s*(?P<d>\d{1,2})(?!\d)\s*日?"
    r"(?:\s*(?:T|\s)?\s*(?P<H>\d{1,2})\s*[:：时]\s*(?P<M>\d{2})(?:\s*[:：分]\s*(?P<S>\d{2}))?)?"
)
_PREFERRED_LABEL = re.compile(r"(?:发布|发表|首发|出版)\s*(?:时间|日期)?\s*[:：]?\s*$")
_ISO = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?"
)
_URL_DATE = re.compile(r"(?<!\d)(20\d{2})[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?!\d)")
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
_SOURCE = re.compile(
    r"(?<!图片)(?<!图)(?<!照片)(?<!视频)(?<!数据)(?:文章来源|信息来源|新闻来源|稿件来源|稿源|来源|来自)\s*(?:[】\]]\s*[:：]?|[:：|丨｜])\s*([^\s|｜/]{2,30})"
)
_AUTHOR = re.compile(
    r"(?:(?:作者|记者|撰文|文)\s*(?:[】\]]\s*[:：]?|[:：/|｜])|记者\s)\s*((?:[\u4e00-\u9fff·]{2,5}[\s、，,]*){1,6})"
)
_NEWS_FROM = re.compile(r"(?:^|\s)([\u4e00-\u9fff]{2,8}?)(?:消息|讯)\s*[:：]")
_LABEL_WORD = re.compile(r"来源|发布|时间|日期|编辑|责编|浏览|点击|通讯员|摄影|字号")
_EDITOR = re.compile(
    r"(?<![总主美图片视频文字])(?:责任编辑|责编|编辑)\s*[:：|丨｜]\s*([\u4e00-\u9fff·A-Za-z]{2,12}?)"
    r"(?=$|[\s)）\]】|,，、;；/_]|审核|校对|监制|终审|编审)"
)
_DATELINE = re.compile(r"^.{0,24}?(?:讯|电|消息)\s*[(（]([^()（）]{2,60})[)）]")
_SOURCE_END = re.compile(r"(?:作者|编辑|责编|时间|发布|日期|浏览|点击|阅读|字号|记者)[:：]?.*$")
_REPORTER_LABELS = ("记者", "作者", "撰文")
_CORRESPONDENT_LABELS = ("通讯员",)
_COPYRIGHT_YEAR = re.compile(
    r"(?:©|\(c\)|Copyright|版权所有)\s*(?:(?:19|20)\d{2}\s*[-–—~至]\s*)?((?:19|20)\d{2})", re.I
)
_CHINA = timezone(timedelta(hours=8))
REGION_SEGMENTS = 40


@dataclass
class Regions:
    """Text around the headline: the info bar after it, and a little before it."""

    after: str = ""
    before: str = ""
    tail: str = ""
    first_lines: list[str] = field(default_factory=list)


def regions(page: PageScan, headline: etree._Element | None, container: etree._Element) -> Regions:
    segments = page.segments
    body_start, body_end = page.start[container], page.end[container]
    if headline is not None and headline in page.end:
        first = page.end[headline]
        last = body_start if body_start > first else len(segments)
        after = []
        for segment in segments[first : min(last, first + REGION_SEGMENTS)]:
            block = page.blocks.get(segment.owner)
            if block is not None and block.is_prose and len(segment.text) > 40:
                break
            after.append(segment.text)
        before = page.text_between(page.start[headline] - 6, page.start[headline])
    else:
        after = [s.text for s in segments[max(body_start - 12, 0) : body_start]]
        before = ""
    return Regions(
        after=" ".join(after),
        before=before,
        tail=page.text_between(body_end, body_end + REGION_SEGMENTS),
    )


def published_at(
    root: etree._Element, page: PageScan, url: str, around: Regions, body: list[str]
) -> str:
    """The publication time shown on the page, else in its meta data, else its URL's date.

    Shown means in the info bar after the headline, else in the page's meta data or script
    variables, else labelled 发布时间 just below the body (where some city sites print it),
    else just before the headline (an e-paper's issue) when it is the URL's day.
    """
    meta = meta_date(root) or script_date(root)
    from_url = url_date(url)
    context_year = (
        int(meta[:4]) if meta else int(from_url[:4]) if from_url else page_year(page, around)
    )
    before = shown_date(around.before, context_year, last=True)
    if before and from_url and before[:10] != from_url:
        before = None  # a date bar above the page (today's date), not the article's
    return (
        shown_date(around.after, context_year, prefer_labelled=True)
        or meta
        or shown_date(around.tail, context_year, labelled_only=True)
        or before
        or from_url
        or shown_date(" ".join(body[-3:]), context_year, last=True, full_only=True)
        or ""
    )


def shown_date(
    text: str,
    year: int,
    *,
    prefer_labelled: bool = False,
    last: bool = False,
    full_only: bool = False,
    labelled_only: bool = False,
) -> str | None:
    """The first (or last) date in a text, the year from ``year`` when not shown.

    ``prefer_labelled``: a date after 发布时间 (发表, 首发, 出版) first, then one showing
    its year (not a 4月1日 in a subtitle); ``labelled_only``: no other date.
    """
    found: list[tuple[bool, bool, str]] = []
    for m in _WHEN.finditer(text):
        if m["y"] is None and (full_only or (m["H"] is None and m["ms"] != "月")):
            continue
        if m["y"] is not None and m["ys"] != "年" and m["ms"] != m["ys"]:
            continue
        iso = _iso(int(m["y"] or year), int(m["m"]), int(m["d"]), m["H"], m["M"], m["S"])
        if iso and m["y"] is None and iso[:10] > date.today().isoformat():  # not a day to come
            iso = _iso(year - 1, int(m["m"]), int(m["d"]), m["H"], m["M"], m["S"])
        if iso:
            label = bool(_PREFERRED_LABEL.search(text[max(m.start() - 10, 0) : m.start()]))
            found.append((label, m["y"] is not None, iso))
    if not found:
        return None
    labelled = [iso for label, _, iso in found if label]
    if labelled_only:
        return labelled[0] if labelled else None
    if prefer_labelled:
        full = [iso for _, with_year, iso in found if with_year]
        return (labelled or full or [found[0][2]])[0]
    return found[-1][2] if last else found[0][2]


def page_year(page: PageScan, around: Regions) -> int:
    """The year of a page whose meta data and URL give none: that of a full date around
    the headline and body, else the latest of the page's full dates and copyright years
    not after today (list dates, ``©2025``), else this year."""
    today = date.today().isoformat()
    for text in (around.after, around.before, around.tail):
        if near := _full_days(text, today):
            return int(near[0][:4])
    text = " ".join(s.text for s in page.segments)
    years = [int(day[:4]) for day in _full_days(text, today)]
    years += [int(y) for y in _COPYRIGHT_YEAR.findall(text) if y <= today[:4]]
    return max(years, default=int(today[:4]))


def _full_days(text: str, today: str) -> list[str]:
    """The days shown with their year in a text, up to today."""
    days = []
    for m in _WHEN.finditer(text):
        if m["y"] and (m["ys"] == "年" or m["ms"] == m["ys"]):
            day = _iso(int(m["y"]), int(m["m"]), int(m["d"]), None, None, None)
            if day and day <= today:
                days.append(day)
    return days


def script_date(root: etree._Element) -> str | None:
    """A publication time in the page's script variables: ``var ct = "1710325800"`` (WeChat),
    ``"pubtime": "2024-04-03 09:12:45"``, ``publish_time: 1712113703``."""
    for script in _SCRIPTS(root):
        if m := _SCRIPT_DATE.search(script):
            value = m.group(1)
            if not value.isdigit():
                return iso_date(value)
            seconds = int(value) / (1000 if len(value) == 13 else 1)
            moment = datetime.fromtimestamp(seconds, _CHINA)
            if 2000 <= moment.year <= 2100:
                return moment.replace(tzinfo=None).isoformat() + "+08:00"
    return None


def _iso(y: int, m: int, d: int, hh: str | None, mm: str | None, ss: str | None) -> str | None:
    try:
        day = date(y, m, d)
    except ValueError:
        return None
    if hh is None:
        return day.isoformat()
    try:
        return datetime(y, m, d, int(hh), int(mm or 0), int(ss or 0)).isoformat() + "+08:00"
    except ValueError:
        return day.isoformat()


def meta_date(root: etree._Element) -> str | None:
    for meta in _META(root):
        name = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if name in _META_DATE_NAMES and (when := iso_date(meta.get("content", ""))):
            return when
    for script in _JSON_LD(root):
        if (m := _JSON_LD_DATE.search(script)) and (when := iso_date(m.group(1))):
            return when
    return None


def iso_date(value: str) -> str | None:
    """An ISO 8601 (or ``YYYY-MM-DD HH:MM``) value in China time; a date alone as is."""
    m = _ISO.search(value)
    if not m:
        return shown_date(value, date.today().year)
    y, mo, d, hh, mm, ss, tz = m.groups()
    if tz is None:
        return _iso(int(y), int(mo), int(d), hh, mm, ss)
    offset = tz.replace(":", "")
    zone = (
        UTC
        if tz == "Z"
        else timezone(
            (-1 if offset[0] == "-" else 1)
            * timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5]))
        )
    )
    try:
        moment = datetime(int(y), int(mo), int(d), int(hh), int(mm), int(ss or 0), tzinfo=zone)
    except ValueError:
        return None
    return moment.astimezone(_CHINA).replace(tzinfo=None).isoformat() + "+08:00"


def url_date(url: str) -> str | None:
    path = url.split("/", 3)[-1]
    for m in _URL_DATE.finditer(path):
        if when := _iso(int(m[1]), int(m[2]), int(m[3]), None, None, None):
            return when
    return None


def source_of(around: Regions, lines: list[str], page: PageScan, body_start: int) -> str | None:
    """The 来源 the info bar names, else a source element's text before the body, else a source line."""
    if found := _labelled_source(around.after) or _labelled_source(around.before):
        return found
    if m := _NEWS_FROM.search(around.after):
        return m.group(1)
    for element in page.sources:
        if page.start[element] >= body_start:
            continue
        text = squash(element.xpath("string()"))
        if found := _labelled_source(text):
            return found
        if 2 <= len(text) <= 20 and not re.search(r"\d", text):
            return text
    for text in (*lines, around.tail):
        if found := _labelled_source(text):
            return found
    return None


def _labelled_source(text: str) -> str | None:
    if m := _SOURCE.search(text):
        return _SOURCE_END.sub("", m.group(1)).strip("【】[]()（）:：,，。") or None
    return None


def credits_of(around: Regions, lines: list[str]) -> tuple[list[str], list[str]]:
    """Reporters and correspondents: the info bar's 作者/记者, a dateline or a credit line."""
    if m := _AUTHOR.search(around.after):
        names = _LABEL_WORD.split(m.group(1))[0]
        return [n for n in re.split(r"[\s、，,]+", names) if n], []
    for line in (*lines[:3], *lines[-3:]):
        if m := _DATELINE.match(line):
            return split_credits(m.group(1), _REPORTER_LABELS, _CORRESPONDENT_LABELS)
        if len(line) <= 40 and CREDIT_LINE.match(line):
            return split_credits(
                line.strip("()（）[]【】"), _REPORTER_LABELS, _CORRESPONDENT_LABELS
            )
    return [], []


def editor_of(around: Regions, lines: list[str]) -> str | None:
    """The 责任编辑 (else the 编辑) named after the body, in its last lines or in the info bar."""
    texts = (*reversed(lines), around.tail, around.after)
    found = [m for text in texts for m in _EDITOR.finditer(text)]
    chief = [m for m in found if m.group(0).startswith(("责任编辑", "责编"))]
    return (chief or found)[0].group(1) if found else None

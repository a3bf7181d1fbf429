"""Date, source, credits and editor of a page with no profile.

They are read first from the info bar: the text between the headline and the body (then
just before the headline, where e-paper pages print the issue date); then from meta tags
and JSON-LD, the URL, and lines around the body. Comments and side boxes are never read
for a date, so a comment's time is not taken for the article's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from lxml import etree

from crawler.extract.dates import (
    copyright_years,
    full_days,
    labelled_somewhere,
    meta_date,
    script_date,
    shown_date,
    url_date,
    yearless_date_in,
)
from crawler.extract.generic.scan import PageScan, Segment
from crawler.extract.html import all_text, squash
from crawler.vocabulary import (
    EDITOR_LABELS,
    INFO_WORDS,
    REPORTER_LABELS,
    SOURCE_FROM,
    SOURCE_LABELS,
    alternation,
)

_SOURCE = re.compile(
    r"(?<!图片)(?<!图)(?<!照片)(?<!视频)(?<!数据)"
    + alternation((*SOURCE_LABELS, SOURCE_FROM))
    + r"\s*(?:[】\]]\s*[:：]?|[:：|丨｜])\s*([^\s|｜/]{2,30})"
)
# Text without one of these holds no 来源 label (each label ends with one of them).
_SOURCE_HINTS = frozenset({label[-1] for label in SOURCE_LABELS} | {SOURCE_FROM})
_NEWS_FROM = re.compile(r"(?:^|\s)([\u4e00-\u9fff]{2,8}?)(?:消息|讯)\s*[:：]")
_EDITOR = re.compile(
    r"(?<![总主美图片视频文字])"
    + alternation(EDITOR_LABELS)
    + r"\s*[:：|丨｜]\s*([\u4e00-\u9fff·A-Za-z]{2,12}?)"
    r"(?=$|[\s)）\]】|,，、;；/_]|审核|校对|监制|终审|编审)"
)
_SOURCE_END = re.compile(
    alternation((*REPORTER_LABELS, *EDITOR_LABELS, *INFO_WORDS)) + r"[:：]?.*$"
)
REGION_SEGMENTS = 40


@dataclass
class Regions:
    """Text around the headline: the info bar after it, and a little before it."""

    after: str = ""
    before: str = ""
    tail: str = ""
    after_lines: list[str] = field(default_factory=list)


def regions(page: PageScan, headline: etree._Element | None, container: etree._Element) -> Regions:
    segments = page.segments
    body_start, body_end = page.start[container], page.end[container]
    if headline is not None and headline in page.end:
        first = page.end[headline]
        last = body_start if body_start > first else len(segments)
        after, after_segments = [], []
        for segment in segments[first : min(last, first + REGION_SEGMENTS)]:
            block = page.blocks.get(segment.owner)
            if block is not None and block.is_prose and len(segment.text) > 40:
                break
            after.append(segment.text)
            after_segments.append(segment)
        before = page.text_between(page.start[headline] - 6, page.start[headline])
    else:
        after_segments = segments[max(body_start - 12, 0) : body_start]
        after = [s.text for s in after_segments]
        before = ""
    return Regions(
        after=" ".join(after),
        after_lines=_lines(after_segments),
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
    labelled = "\n".join(line for line in body if labelled_somewhere(line))
    context_year = int(meta[:4]) if meta else int(from_url[:4]) if from_url else None
    texts = (around.after, around.before, around.tail, labelled)
    if context_year is None and any(map(yearless_date_in, texts)):
        context_year = page_year(page, around)  # only when a date shows no year
    before = shown_date(around.before, context_year, last=True)
    if before and from_url and before[:10] != from_url:
        before = None  # a date bar above the page (today's date), not the article's
    return (
        shown_date(around.after, context_year, prefer_labelled=True)
        or meta
        or shown_date(labelled, context_year, labelled_only=True)
        or shown_date(around.tail, context_year, labelled_only=True)
        or before
        or from_url
        or shown_date(" ".join(body[-3:]), context_year, last=True, full_only=True)
        or ""
    )


def page_year(page: PageScan, around: Regions) -> int | None:
    """The year of a page whose meta data and URL give none: that of a full date around
    the headline and body, else the latest of the page's full dates and copyright years
    (list dates, ``©2025``); None when the page shows no year (never the clock's)."""
    for text in (around.after, around.before, around.tail):
        if near := full_days(text):
            return int(near[0][:4])
    text = page.text
    this_year = date.today().year
    years = [int(day[:4]) for day in full_days(text)]
    years += [y for y in copyright_years(text) if y <= this_year]
    return max(years, default=None)


def source_of(around: Regions, lines: list[str], page: PageScan, body_start: int) -> str | None:
    """The 来源 the info bar names, else a source element's text before the body, else a source line."""
    if found := _labelled_source(around.after) or _labelled_source(around.before):
        return found
    if m := _NEWS_FROM.search(around.after):
        return m.group(1)
    for element in page.sources:
        if page.start[element] >= body_start:
            continue
        text = all_text(element)
        if found := _labelled_source(text):
            return found
        if 2 <= len(text) <= 20 and not re.search(r"\d", text):
            return text
    for text in (*lines, around.tail):
        if found := _labelled_source(text):
            return found
    return None


def _labelled_source(text: str) -> str | None:
    if not any(hint in text for hint in _SOURCE_HINTS):
        return None
    if m := _SOURCE.search(text):
        return _SOURCE_END.sub("", m.group(1)).strip("【】[]()（）:：,，。") or None
    return None


def _lines(segments: list[Segment]) -> list[str]:
    """Segments joined into the lines the page shows."""
    found: list[str] = []
    for segment in segments:
        if segment.newline or not found:
            found.append(segment.text)
        else:
            found[-1] += " " + segment.text
    return [line for line in map(squash, found) if line]


def editor_of(around: Regions, lines: list[str]) -> str | None:
    """The 责任编辑 (else the 编辑) named after the body, in its last lines or in the info bar."""
    texts = (*reversed(lines), around.tail, around.after)
    found = [m for text in texts for m in _EDITOR.finditer(text)]
    chief = [m for m in found if m.group(0).startswith(EDITOR_LABELS[:2])]
    return (chief or found)[0].group(1) if found else None

"""Extraction of pages no profile template matches: any Chinese news page.

:mod:`scan` scores the page's blocks and picks the body's container,
:mod:`title` the headline, :mod:`body` the paragraphs and
:mod:`meta` the date, source, credits and editor.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from lxml import etree
from parsel import Selector

from crawler.extract import labels
from crawler.extract.generic import meta
from crawler.extract.generic.body import body_lines, clean_lines
from crawler.extract.generic.credits import credits_of
from crawler.extract.generic.posts import first_post
from crawler.extract.generic.scan import BLOCKS, PageScan, scan
from crawler.extract.generic.title import (
    find_title,
    heading_above,
    headline_near,
    plain_title,
    title_refs,
)
from crawler.extract.html import all_text
from crawler.extract.page import NotAnArticle, page_url
from crawler.items import Article
from crawler.sites import SiteProfile
from crawler.urls import canonical_url
from crawler.vocabulary import KEYWORD_LABEL, RELATED_HEADINGS

# A body shorter than this (characters) is no article text: a video or photo page.
MIN_BODY = 10
# A container with this many headline links and little prose per link is a listing (and, to
# the news spider, a page that is no article but links to this many articles).
LISTING_LINKS = 5
PROSE_PER_LINK = 80
_CRUMB_SKIP = frozenset({"首页", "正文", "返回首页", "当前位置", ">"})


def extract_generic(sel: Selector, url: str, profile: SiteProfile | None = None) -> Article:
    root = sel.root
    page = scan(root)
    headline, title, vouched = find_title(root, page)
    if (
        vouched and headline is not None
    ):  # an article's page: its headline and teaser boxes are not body
        headline_only = page.chars.get(headline, 0) <= 2 * len(title)
        page.silence(page.teasers | ({headline} if headline_only else set()))
    container = page.best_container()
    if container is None:
        raise NotAnArticle("no_body", "generic: no block of prose")
    post = first_post(page, container)
    if post is not None:
        container, post_headline = post
        if not vouched and post_headline is not None:
            headline, title, vouched = post_headline, all_text(post_headline), True
    if not vouched and (near := headline_near(page, container, title_refs(root), headline)):
        headline, title = near
    elif headline is None and (above := heading_above(page, container)):
        headline, title = above
    title = plain_title(title)
    raw = body_lines(page, container, headline)
    body = clean_lines(raw, title)
    if sum(map(len, body)) < MIN_BODY:
        raise NotAnArticle("no_body", "generic: no article text")
    if is_listing(page, container, body):
        raise NotAnArticle("no_body", "generic: a listing of links")
    if not title:
        raise NotAnArticle("no_title", "generic: no headline found")
    canonical = page_url(sel, url, profile)
    around = meta.regions(page, headline, container)
    reporters, correspondents = credits_of(
        around.after_lines, raw, around.tail, title, around.before
    )
    return Article(
        url=canonical,
        site=profile.name if profile else (urlsplit(canonical).hostname or "").removeprefix("www."),
        channel=channel_of(page),
        title=title,
        published_at=meta.published_at(root, page, canonical, around, raw),
        source=meta.source_of(around, raw, page, page.start[container]),
        reporters=reporters,
        correspondents=correspondents,
        editor=meta.editor_of(around, raw),
        keywords=keywords(sel, page),
        body="\n".join(body),
        related=related_links(sel, page, canonical),
        extractor="generic",
    )


def keywords(sel: Selector, page: PageScan) -> list[str]:
    """The words after the page's 关键词 label, if it shows one."""
    shown = any(KEYWORD_LABEL in s.text for s in page.segments)
    return labels.keywords(sel, KEYWORD_LABEL) if shown else []


def is_listing(page: PageScan, container: etree._Element, body: list[str]) -> bool:
    """A list of article teasers rather than an article."""
    near = [container, *container.iterancestors()][:3]
    if any(e in page.teasers for e in near):
        return True
    headline_links = sum(
        1
        for a in container.iter("a")
        if len(all_text(a)) >= 8 and not _in_link_box(page, a, container)
    )
    return headline_links >= LISTING_LINKS and sum(map(len, body)) < PROSE_PER_LINK * headline_links


def _in_link_box(page: PageScan, link: etree._Element, container: etree._Element) -> bool:
    """A link in a box of links or noise inside the container (a related box beside the
    text), not one standing among prose (a listing's teaser)."""
    for up in link.iterancestors():
        if up is container:
            return False
        if up in page.noise or (
            up.tag in BLOCKS and page.is_link_list(up) and page.chars[up] > len(all_text(link))
        ):
            return True
    return False


def channel_of(page: PageScan) -> str | None:
    for crumbs in page.crumbs:
        names = [all_text(a) for a in crumbs.iter("a")]
        names = [n for n in names if n and n not in _CRUMB_SKIP]
        if names:
            return names[-1]
    return None


def related_links(sel: Selector, page: PageScan, url: str) -> list[str]:
    """Links of the page's related-reading block to other pages of its host."""
    hrefs = [a.get("href", "") for block in page.related for a in block.iter("a")]
    text = page.text if not hrefs else ""
    for heading in RELATED_HEADINGS:
        if hrefs:
            break
        if heading in text:
            hrefs = labels.links_after_heading(sel, heading)
    host = urlsplit(url).hostname
    found: dict[str, None] = {}
    for href in hrefs:
        if not href or href.startswith(("javascript:", "#", "mailto:")):
            continue
        link = canonical_url(href, url)
        if link != url and urlsplit(link).hostname == host:
            found[link] = None
    return list(found)

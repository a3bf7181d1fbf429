"""Profile-driven extraction: a page and a site profile to an Article with its raw paragraphs."""

from __future__ import annotations

import re

from parsel import Selector

from crawler.extract import labels
from crawler.extract.clean import kept_paragraphs
from crawler.extract.dates import date_from_url_groups, find_date
from crawler.extract.html import first, first_text, paragraphs, select, text_before, text_of
from crawler.extract.page import NotAnArticle, page_title, page_url
from crawler.items import Article
from crawler.sites import SiteProfile, Template

# How much of the page's text just above the body is searched for a date line.
DATE_WINDOW = 300


def pick_template(sel: Selector, profile: SiteProfile) -> tuple[Template, Selector] | None:
    """The first template whose body selector finds an element, with that element."""
    for template in profile.templates:
        for query in template.body:
            found = select(sel, query)
            if found:
                return template, found[0]
    return None


def extract_with_profile(sel: Selector, url: str, profile: SiteProfile) -> Article | None:
    """The Article of a page in one of the profile's templates, or None when none applies.

    Raises NotAnArticle when a template applies but the page has no text (video pages).
    """
    picked = pick_template(sel, profile)
    if picked is None:
        return None
    template, body_element = picked
    body = paragraphs(body_element)
    if next(kept_paragraphs(body, profile), None) is None:
        raise NotAnArticle("no_body", f"{template.name}: the body element holds no article text")
    canonical = page_url(sel, url, profile)
    rules = profile.article
    title = first_text(sel, template.title) or page_title(sel, rules.title_suffixes)
    if not title:
        raise NotAnArticle("no_title", f"{template.name}: no headline found")
    return Article(
        url=canonical,
        site=profile.name,
        channel=first_text(sel, template.channel) or None,
        title=title,
        published_at=published_at(sel, template, canonical, profile, body_element) or "",
        source=source_of(sel, template, rules.source_label),
        keywords=labels.keywords(sel, rules.keywords_label),
        editor=labels.editor(sel, rules.editor_label),
        body="\n".join(body),
        related=related_links(sel, canonical, profile),
        extractor=template.name,
    )


def published_at(
    sel: Selector, template: Template, url: str, profile: SiteProfile, body: Selector
) -> str | None:
    """Date shown by the template's date element, else the last date shown just above the
    body (an info line the template does not name), else meta tags, else the URL's date."""
    for query in template.published:
        for found in select(sel, query):
            if when := find_date(text_of(found), profile.timezone):
                return when
    if when := find_date(text_before(body)[-DATE_WINDOW:], profile.timezone, last=True):
        return when
    for meta in sel.css(
        "meta[name=publishdate], meta[property='article:published_time'], meta[name=PubDate]"
    ):
        if when := find_date(meta.attrib.get("content", ""), profile.timezone):
            return when
    for pattern in profile.article_urls.values():
        if m := pattern.match(url):
            return date_from_url_groups(m.groupdict())
    return None


def source_of(sel: Selector, template: Template, label: str) -> str | None:
    """Text after 来源 in the template's source element; a short label-less text as is."""
    after = re.compile(rf"{re.escape(label)}\s*[:：]\s*([^\s|｜]+)")
    for query in template.source:
        for found in select(sel, query):
            text = text_of(found)
            if m := after.search(text):
                return m.group(1)
            if text and len(text) <= 16 and not re.search(r"\d", text):
                return text
    return None


def related_links(sel: Selector, url: str, profile: SiteProfile) -> list[str]:
    """Absolute article URLs of the related-reading block, in page order, without the page itself."""
    rules = profile.article
    block = first(sel, rules.related)
    hrefs = (
        [a.attrib["href"] for a in block.css("a[href]")]
        if block is not None
        else labels.links_after_heading(sel, rules.related_marker, rules.section_markers)
    )
    found: dict[str, None] = {}
    for href in hrefs:
        link = profile.canonical(href, url)
        if link != url and profile.owns(link) and profile.article_era(link):
            found[link] = None
    return list(found)

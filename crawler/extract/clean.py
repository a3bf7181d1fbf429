"""The clean stage: an article's paragraphs only, whitespace normalised, dateline read."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from crawler.extract.boilerplate import dropped
from crawler.extract.byline import parse_dateline
from crawler.extract.html import squash
from crawler.items import Article
from crawler.sites import SiteProfile, load_profile


def clean_paragraphs(body: str, profile: SiteProfile | None = None) -> list[str]:
    """Paragraphs of a raw body, whitespace squashed, boilerplate and empty lines dropped."""
    return list(kept_paragraphs(body.split("\n"), profile))


def kept_paragraphs(lines: Iterable[str], profile: SiteProfile | None = None) -> Iterator[str]:
    """The lines that are the article's, as they come (stop early to ask whether any is)."""
    for line in lines:
        text = squash(line)
        if not text or dropped(text):
            continue
        if profile is not None and profile.is_boilerplate(text):
            continue
        yield text


def clean_article(article: Article, profile: SiteProfile | None = None) -> Article:
    """The article with a clean body and the dateline's place and credits filled in."""
    if profile is None:
        try:
            profile = load_profile(article.site)
        except KeyError:
            profile = None
    body = clean_paragraphs(article.body, profile)
    cleaned = replace(article, title=squash(article.title), body="\n".join(body))
    if body and profile is not None and (pattern := profile.article.dateline):
        rules = profile.article
        byline = parse_dateline(body[0], pattern, rules.reporter_labels, rules.correspondent_labels)
        cleaned.place = cleaned.place or byline.place
        cleaned.reporters = cleaned.reporters or byline.reporters
        cleaned.correspondents = cleaned.correspondents or byline.correspondents
    return cleaned

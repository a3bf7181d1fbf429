"""Values a page shows after a label (keywords, editor) or under a heading (related reading)."""

from __future__ import annotations

import re

from parsel import Selector

from crawler.extract.html import text_of
from crawler.vocabulary import (
    EDITOR_LABELS,
    KEYWORD_LABELS,
    REPORTER_LABELS,
    SOURCE_LABELS,
    alternation,
)

_SEPARATORS = re.compile(r"[\s、，,;；|]+")
_OTHER_LABELS = re.compile(
    alternation((*EDITOR_LABELS, *SOURCE_LABELS, *REPORTER_LABELS, *KEYWORD_LABELS)) + r"\s*[:：]"
)


def labelled(sel: Selector, label: str) -> str | None:
    """Text after ``label:`` in the first element holding it, up to the next label."""
    pattern = re.compile(rf"{re.escape(label)}\s*[:：]\s*")
    for element in sel.xpath(f"//body//*[text()[contains(., '{label}')]]"):
        for candidate in (element, element.xpath("..")[0]):
            text = text_of(candidate)
            m = pattern.search(text)
            if not m:
                continue
            value = text[m.end() :]
            if cut := _OTHER_LABELS.search(value):
                value = value[: cut.start()]
            value = value.strip(" )）]】")
            if value:
                return value
    return None


def keywords(sel: Selector, label: str) -> list[str]:
    value = labelled(sel, label)
    return [k for k in _SEPARATORS.split(value) if k] if value else []


def editor(sel: Selector, label_options: tuple[str, ...]) -> str | None:
    for label in label_options:
        if value := labelled(sel, label):
            return _SEPARATORS.split(value)[0] or None
    return None


def links_after_heading(
    sel: Selector, heading: str, stop_headings: tuple[str, ...] = ()
) -> list[str]:
    """Links of the block a heading opens: after the heading, before the next section heading."""
    found = sel.xpath(f"//body//*[text()[contains(., '{heading}')]]")
    if not found:
        return []
    start = found[0].root
    container = next(
        (
            up
            for up in start.iterancestors()
            if sum(not _inside(a, start) for a in up.iter("a")) >= 2
        ),
        None,
    )
    if container is None:
        return []
    hrefs: list[str] = []
    started = False
    for element in container.iter():
        if element is start:
            started = True
            continue
        if not started or not isinstance(element.tag, str):
            continue
        own = (element.text or "").strip()
        if own and element.tag != "a" and any(own.startswith(h) for h in stop_headings):
            break
        if element.tag == "a" and element.get("href") and not _inside(element, start):
            hrefs.append(element.get("href"))
    return hrefs


def _inside(element, ancestor) -> bool:
    return any(parent is ancestor for parent in element.iterancestors())

"""Selector helpers: first-match selection, visible text and paragraphs of an element."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from lxml import etree
from parsel import Selector

_SPACE = re.compile(r"[\s\u3000\xa0\u2002\u2003\u200b\ufeff]+")
SKIP_TAGS = frozenset(
    {
        "script",
        "style",
        "title",
        "noscript",
        "iframe",
        "button",
        "select",
        "textarea",
        "template",
        "svg",
        "video",
        "audio",
        "object",
        "embed",
    }
)
BLOCK_TAGS = frozenset(
    {
        "p", "div", "section", "article", "li", "ul", "ol", "table", "tr", "td", "th", "tbody",
        "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "center", "figure", "figcaption",
        "dl", "dt", "dd", "header", "footer", "aside", "nav", "form", "hr", "br", "main",
    }
)  # fmt: skip


def squash(text: str) -> str:
    """Whitespace (full-width and no-break spaces included) collapsed to single spaces, trimmed."""
    return _SPACE.sub(" ", text).strip()


def all_text(element: etree._Element) -> str:
    """All text under an element (scripts included), whitespace squashed: XPath's string()."""
    return squash("".join(element.itertext()))


def in_link(element: etree._Element) -> bool:
    """The element is a link, is inside one or holds one."""
    return (
        element.tag == "a"
        or any(True for _ in element.iterancestors("a"))
        or any(True for _ in element.iterdescendants("a"))
    )


def select(sel: Selector, query: str):
    """Run a query that is XPath when it starts with '/' or '(', else CSS."""
    return sel.xpath(query) if query.startswith(("/", "(")) else sel.css(query)


def first(sel: Selector, queries: Iterable[str]):
    """The first element any query finds that has visible text, or None."""
    for query in queries:
        for found in select(sel, query):
            if text_of(found):
                return found
    return None


def first_text(sel: Selector, queries: Iterable[str]) -> str:
    found = first(sel, queries)
    return text_of(found) if found is not None else ""


def text_of(sel: Selector) -> str:
    """Visible text of an element, scripts and styles left out, whitespace squashed."""
    if isinstance(sel.root, str):
        return squash(sel.root)
    return " ".join(paragraphs(sel))


def paragraphs(sel: Selector) -> list[str]:
    """Text of an element split where the page breaks lines: blocks and ``<br>``."""
    return lines(sel.root)


def lines(
    root: etree._Element,
    hidden: Callable[[etree._Element], bool] | None = None,
    own_line: Callable[[etree._Element], str | None] | None = None,
) -> list[str]:
    """Text under an lxml element, one entry per line the page shows.

    ``hidden(element)`` leaves an element out (a block of it still ends the line);
    ``own_line(element)`` may give an element's text as a line of its own (a table row).
    """
    found: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        if text := squash("".join(buffer)):
            found.append(text)
        buffer.clear()

    def walk(element: etree._Element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag and tag not in SKIP_TAGS:
            block = tag in BLOCK_TAGS
            if hidden is not None and hidden(element):
                if block:
                    flush()
            elif own_line is not None and (line := own_line(element)) is not None:
                flush()
                found.append(line)
            else:
                if block:
                    flush()
                if element.text:
                    buffer.append(element.text)
                for child in element:
                    walk(child)
                if block:
                    flush()
        if element.tail:
            buffer.append(element.tail)

    if isinstance(root.tag, str) and root.text:
        buffer.append(root.text)
    for child in root:
        walk(child)
    flush()
    return found


def links(sel: Selector) -> list[tuple[str, str]]:
    """(href, text) of every link under an element, in page order."""
    return [(a.attrib.get("href", ""), text_of(a)) for a in sel.css("a[href]")]


def make_selector(text: str, url: str | None = None) -> Selector:
    """A parsel Selector over HTML text, tolerant of an XML encoding declaration."""
    if text.lstrip().startswith("<?xml"):
        text = re.sub(r"^\s*<\?xml[^>]*>", "", text)
    root = etree.fromstring(text, _PARSER, base_url=url) if text.strip() else None
    if root is None:
        root = etree.fromstring("<html></html>", _PARSER)
    return Selector(root=root, type="html")


# Plain lxml elements (lxml.html's element classes cost a Python call per element met).
_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True)


def text_before(element: Selector) -> str:
    """Visible text of the page's body before an element starts, in document order."""
    target = element.root
    parts: list[str] = []

    def walk(node) -> bool:
        """Collect text under node until the target; True once the target is reached."""
        if node is target:
            return True
        if isinstance(node.tag, str) and node.tag not in SKIP_TAGS:
            if node.text:
                parts.append(node.text)
            for child in node:
                if walk(child):
                    return True
        if node.tail:
            parts.append(node.tail)
        return False

    root = target.getroottree().getroot()
    walk(root.find("body") if root.find("body") is not None else root)
    return squash(" ".join(parts))

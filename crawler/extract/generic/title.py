"""The headline of a page with no profile, as the page shows it.

A heading (``h1``–``h3`` or an element whose class or id says title) that the ``<title>``
or ``og:title`` starts with, or mostly is, is the headline: the longest such heading wins,
so a logo heading that only matches the site-name suffix loses. Without one, the single
``h1`` is, else ``og:title``, else ``<title>`` with its trailing site and channel names cut.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator

from lxml import etree

from crawler.extract.dates import shown_date_in
from crawler.extract.generic.body import is_boilerplate
from crawler.extract.generic.names import tokens
from crawler.extract.generic.scan import PageScan, Segment
from crawler.extract.html import all_text, in_link, squash
from crawler.vocabulary import EDITOR_LABELS, REPORTER_LABELS, SOURCE_LABELS, alternation

_META_TITLES = etree.XPath(
    "//meta[@property='og:title' or @name='og:title' or @name='twitter:title' or @name='title'"
    " or @name='ArticleTitle']/@content"
)
_TITLE = etree.XPath("string(//title)")
_NOT_WORD = re.compile(r"[\W_]+")
_SEPARATOR = re.compile(r"(\s*(?:_|\||｜|--?|——?|–|::|»|>>?)\s*)")
_SITE_LIKE = re.compile(
    r"网|报|新闻|频道|政府|门户|在线|客户端|资讯|官网|首页|电视|广播|融媒|中心|要闻|快讯|\.com|\.cn|^[A-Za-z0-9 .]+$"
)

# How a site's or channel's name ends: 大河网, 河南日报数字报, 网易新闻, 西峡县融媒体中心.
_SITE_NAME = re.compile(
    r"(?:网|报|台|新闻|频道|政府|门户|在线|客户端|资讯|官网|首页|电视|广播|融媒|中心|要闻|快讯)$"
    r"|\.com|\.cn|^[A-Za-z0-9 .]+$"
)
# A site's name that some pages put before the headline: 河南日报数字报-……
_LEADING_SITE = re.compile(r"[\u4e00-\u9fff](?:网|报|台|客户端|政府|门户|博客|论坛|社区)$")
# Icon-font glyphs (private use) and bullets around a headline are no part of it.
_DECORATION = re.compile(r"^[\s*■□●○◆◇★☆▲△▶►•·]+|[\s\ue000-\uf8ff■□●○◆◇★☆•·]+$|[\ue000-\uf8ff]")
# A piece of <title> shorter than this (letters and digits) is not matched as the headline.
MIN_SHOWN_PART = 6
# A headline near the text: this many lines above it at most, of this length (characters).
NEAR_LINES = 12
NEAR_SEGMENTS = 120
MIN_NEAR = 4
MAX_NEAR = 80
# Each line further from the text costs this much emphasis; being part of <title> gains this.
NEAR_COST = 0.3
TITLE_BONUS = 3.0
REPEAT_BONUS = 1.5
_TAG_WEIGHT = {"h1": 3.0, "h2": 3.0, "h3": 2.0, "h4": 1.5, "b": 2.0, "strong": 2.0, "font": 1.0}
_TITLE_TOKENS = frozenset({"title", "tit", "bt", "biaoti", "headline", "subject", "topic"})
_CREDIT_LABEL = re.compile(
    alternation((*REPORTER_LABELS, *SOURCE_LABELS, *EDITOR_LABELS)) + r"\s*[:：]"
)
_SENTENCE = re.compile(r"[，。！？；,]")
# A label some forums put before a thread's headline: 主题：…
_TITLE_LABEL = re.compile(r"^\s*(?:主\s*题|标\s*题|题\s*目)\s*[:：]\s*")
# Lines that are no headline: a subtitle (——…), a label, a path, a pager.
_NOT_NEAR = re.compile(
    r"^(?:——|--|－－|·)|[:：]$|位置\s*[:：]|[>»→]|第\s*\d+\s*页|上一页|下一页|。$|^(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?$|^【[^】]*】$"
)


def norm(text: str) -> str:
    """Text for comparison: letters and digits only."""
    return _NOT_WORD.sub("", text).lower()


def find_title(root: etree._Element, page: PageScan) -> tuple[etree._Element | None, str, bool]:
    """The headline element (None when the title comes from meta data), its text, and
    whether the ``<title>`` (or ``og:title``) vouches for it."""
    metas = [t for t in (squash(m) for m in _META_TITLES(root)) if t and not is_site_name(t)]
    title = squash(_TITLE(root))
    normed = [n for n in map(norm, [*metas, title]) if n]
    best: tuple[tuple[int, bool], etree._Element, str] | None = None
    headings: list[tuple[etree._Element, str]] = []
    for element in page.titled:
        text = all_text(element)
        if not 2 <= len(text) <= 120:
            continue
        if (
            element.tag == "h1"
            and len(text) >= 5
            and not is_site_name(text)
            and not in_link(element)
        ):
            headings.append((element, text))
        n = norm(text)
        if len(n) < 2 or is_site_name(text):
            continue
        for ref in normed:
            if n in ref and (ref.startswith(n) or 2 * len(n) >= len(ref)):
                key = (len(n), element.tag == "h1")
                if best is None or key > best[0]:
                    best = (key, element, text)
    if best is not None:
        text = best[2]
        if norm(text) in normed and _SEPARATOR.search(text):  # the heading shows all of <title>
            text = cut_site_name(text)
        return best[1], text, True
    if shown := shown_title_part(page, title):
        return *shown, False
    if headings:
        return *headings[0], False
    return None, metas[0] if metas else cut_site_name(title), False


def title_refs(root: etree._Element) -> list[str]:
    """The page's own names for its headline, normalised: meta titles and ``<title>``."""
    metas = [squash(m) for m in _META_TITLES(root)]
    return [n for n in map(norm, [*metas, squash(_TITLE(root))]) if n]


def headline_near(
    page: PageScan,
    container: etree._Element,
    refs: list[str],
    fallback: etree._Element | None = None,
) -> tuple[etree._Element, str] | None:
    """The most headline-like short line just above the body's first paragraph.

    For pages whose ``<title>`` shows no headline (a site's name, ``显示``, empty): a line
    of its own, not a link, not a date, credit or path line, scored by its emphasis (a
    heading, bold, large or title-classed text), by how much of the ``<title>`` it is,
    and by its nearness to the text. None when the best scores nothing and the page has a
    ``fallback`` heading (an ``h1``).
    """
    first = _first_paragraph(page, container)
    near = list(itertools.islice(_lines_before(page, first), NEAR_LINES))
    shown = Counter(norm(text) for _, text in near)
    best: tuple[float, etree._Element, str] | None = None
    for distance, (owner, text) in enumerate(near):
        text = _TITLE_LABEL.sub("", text)
        if not is_headline_text(text):
            continue
        n = norm(text)
        score = _emphasis(owner) - NEAR_COST * distance
        if n and any(n in ref for ref in refs):
            score += TITLE_BONUS
        if shown[n] > 1:  # shown twice: in a header bar and again over the text
            score += REPEAT_BONUS
        if best is None or score > best[0]:
            best = (score, owner, text)
    if best is None or (best[0] <= 0 and fallback is not None):
        return None  # a plain line, no headline-like one: the page's heading is likelier
    return best[1], best[2]


def is_headline_text(text: str) -> bool:
    """Text that could be a headline: short, not a date, credit, path or notice line."""
    if not MIN_NEAR <= len(text) <= MAX_NEAR or len(norm(text)) < MIN_NEAR:
        return False
    if _NOT_NEAR.search(text) or _CREDIT_LABEL.search(text) or is_site_name(text):
        return False
    return not (is_boilerplate(text) or shown_date_in(text))


def _first_paragraph(page: PageScan, container: etree._Element) -> int:
    """Index of the container's first piece of prose: a sentence, not a link."""
    for index in range(page.start[container], page.end[container]):
        segment = page.segments[index]
        if not segment.link and len(segment.text) >= 20 and _SENTENCE.search(segment.text):
            return index
    return page.start[container]


def _lines_before(page: PageScan, index: int) -> Iterator[tuple[etree._Element, str]]:
    """The lines before a segment, nearest first, not in noise: their text, without links
    but for a heading's own (a blog's headline links to its own page); "" for a line of
    links."""
    parts: list[Segment] = []
    for segment in reversed(page.segments[max(index - NEAR_SEGMENTS, 0) : index]):
        parts.append(segment)
        if segment.newline:
            owner = segment.owner
            if owner not in page.noise:
                yield owner, _line(parts)  # a line of links counts as a line: ""
            parts = []


def _line(parts: list[Segment]) -> str:
    if all(p.link for p in parts):
        owner = parts[0].owner
        titled = any(map(is_heading, owner.iter()))  # a heading, or a link named a title
        return squash("".join(p.text for p in reversed(parts))) if titled else ""
    return squash("".join(p.text for p in reversed(parts) if not p.link))


def is_heading(element: etree._Element) -> bool:
    """A heading tag, or an element whose class or id says title."""
    if not isinstance(element.tag, str):
        return False
    return element.tag in ("h1", "h2", "h3", "h4") or bool(tokens(element) & _TITLE_TOKENS)


def _emphasis(owner: etree._Element) -> float:
    """How much a block looks like a headline: heading tags, bold, font, title classes."""
    score = 0.0
    near = [owner, *owner.iterancestors()][:3]
    inner = [e for e in owner.iterdescendants() if isinstance(e.tag, str)][:6]
    for element in (*near, *inner):
        score = max(score, _TAG_WEIGHT.get(element.tag, 0.0))
        if tokens(element) & _TITLE_TOKENS:
            score = max(score, 2.0)
    if any(e.tag == "center" or (e.get("align") or "").lower() == "center" for e in near):
        score += 0.5
    return score


def heading_above(page: PageScan, container: etree._Element) -> tuple[etree._Element, str] | None:
    """For a page whose ``<title>`` is the site's name alone, with no meta title: the
    title-classed element nearest above the body, not a link (a headline in a ``<div>``)."""
    title = squash(_TITLE(page.root))
    if _SEPARATOR.search(title) or any(not is_site_name(m) for m in _META_TITLES(page.root)):
        return None
    body_start = page.start[container]
    found = None
    for element in page.classed:
        start = page.start.get(element)
        if start is None or start >= body_start or element in page.noise:
            continue
        text = all_text(element)
        if 5 <= len(text) <= 80 and not in_link(element):
            found = (element, text)
    return found


def shown_title_part(page: PageScan, title: str) -> tuple[etree._Element, str] | None:
    """A piece of ``<title>`` that the page shows as plain text (not a link): the headline.

    For pages whose headline is in no heading or title-classed element (an e-paper's
    ``<td class="font02">``); names of the site are not taken for it.
    """
    parts = {
        norm(part): part
        for part in _SEPARATOR.split(title)[::2]
        if len(norm(part)) >= MIN_SHOWN_PART and not is_site_name(part)
    }
    if not parts:
        return None
    body = page.root.find("body")
    first = page.start.get(body, 0) if body is not None else 0
    for segment in page.segments[first:]:  # not <head>'s <title> itself
        if not segment.link and norm(segment.text) in parts:
            return segment.owner, squash(segment.text)
    return None


def is_site_name(text: str) -> bool:
    """Short text naming a site or channel (大河网, 网易新闻, 西峡县融媒体中心), not a
    short headline that merely holds such a word (全省网络安全宣传周启动)."""
    return len(text) <= 16 and bool(_SITE_NAME.search(text))


def plain_title(title: str) -> str:
    """The headline without a label (主题：), icon glyphs and bullets around it."""
    return _DECORATION.sub("", _TITLE_LABEL.sub("", title)).strip()


def cut_site_name(title: str) -> str:
    """``<title>`` without the site and channel names around it (``河南日报-…``, ``…_网易新闻``)."""
    parts = _SEPARATOR.split(title)
    while len(parts) >= 3 and len(parts[-1]) <= 16 and _SITE_LIKE.search(parts[-1]):
        parts = parts[:-2]
    if len(parts) >= 3 and len(parts[0]) <= 16 and _LEADING_SITE.search(parts[0]):
        parts = parts[2:]
    return "".join(parts).strip()

"""The headline of a page with no profile, as the page shows it.

A heading (``h1``–``h3`` or an element whose class or id says title) that the ``<title>``
or ``og:title`` starts with, or mostly is, is the headline: the longest such heading wins,
so a logo heading that only matches the site-name suffix loses. Without one, the single
``h1`` is, else ``og:title``, else ``<title>`` with its trailing site and channel names cut.
"""

from __future__ import annotations

import re

from lxml import etree

from crawler.extract.generic.scan import PageScan
from crawler.extract.html import squash

_CANDIDATES = etree.XPath(
    "//h1 | //h2 | //h3 | //*[contains(@class,'title') or contains(@id,'title') or contains(@class,'Title')"
    " or contains(@id,'Title') or contains(@class,'headline') or contains(@class,'biaoti')]"
)
_CLASSED = etree.XPath(
    "//h1 | //h2 | //*[contains(@class,'tit') or contains(@id,'tit') or contains(@class,'Tit')"
    " or contains(@class,'headline') or contains(@class,'biaoti') or contains(@class,'bt')]"
)
_META_TITLES = etree.XPath(
    "//meta[@property='og:title' or @name='og:title' or @name='twitter:title' or @name='title'"
    " or @name='ArticleTitle']/@content"
)
_TITLE = etree.XPath("string(//title)")
_NOT_WORD = re.compile(r"[\W_]+")
_SEPARATOR = re.compile(r"(\s*(?:_|\||｜|--?|——?|–|::)\s*)")
_SITE_LIKE = re.compile(
    r"网|报|新闻|频道|政府|门户|在线|客户端|资讯|官网|首页|电视|广播|融媒|中心|要闻|快讯|\.com|\.cn|^[A-Za-z0-9 .]+$"
)

# How a site's or channel's name ends: 大河网, 河南日报数字报, 网易新闻, 西峡县融媒体中心.
_SITE_NAME = re.compile(
    r"(?:网|报|台|新闻|频道|政府|门户|在线|客户端|资讯|官网|首页|电视|广播|融媒|中心|要闻|快讯)$"
    r"|\.com|\.cn|^[A-Za-z0-9 .]+$"
)
# A site's name that some pages put before the headline: 河南日报数字报-……
_LEADING_SITE = re.compile(r"[\u4e00-\u9fff](?:网|报|台|客户端|政府|门户)$")
# A piece of <title> shorter than this (letters and digits) is not matched as the headline.
MIN_SHOWN_PART = 6


def norm(text: str) -> str:
    """Text for comparison: letters and digits only."""
    return _NOT_WORD.sub("", text).lower()


def find_title(root: etree._Element, page: PageScan) -> tuple[etree._Element | None, str]:
    """The headline element (None when the title comes from meta data) and its text."""
    metas = [t for t in (squash(m) for m in _META_TITLES(root)) if t and not is_site_name(t)]
    title = squash(_TITLE(root))
    normed = [n for n in map(norm, [*metas, title]) if n]
    best: tuple[tuple[int, bool], etree._Element, str] | None = None
    headings: list[tuple[etree._Element, str]] = []
    for element in _CANDIDATES(root):
        if element not in page.start or element.tag == "title":
            continue
        text = squash(element.xpath("string()"))
        if not 2 <= len(text) <= 120:
            continue
        if (
            element.tag == "h1"
            and len(text) >= 5
            and not is_site_name(text)
            and not element.xpath("ancestor-or-self::a|.//a")
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
        return best[1], best[2]
    if shown := shown_title_part(page, title):
        return shown
    if headings:
        return headings[0]
    return None, metas[0] if metas else cut_site_name(title)


def heading_above(page: PageScan, container: etree._Element) -> tuple[etree._Element, str] | None:
    """For a page whose ``<title>`` is the site's name alone, with no meta title: the
    title-classed element nearest above the body, not a link (a headline in a ``<div>``)."""
    title = squash(_TITLE(page.root))
    if _SEPARATOR.search(title) or any(not is_site_name(m) for m in _META_TITLES(page.root)):
        return None
    body_start = page.start[container]
    found = None
    for element in _CLASSED(page.root):
        start = page.start.get(element)
        if start is None or start >= body_start or element in page.noise:
            continue
        text = squash(element.xpath("string()"))
        if 5 <= len(text) <= 80 and not element.xpath("ancestor-or-self::a|.//a"):
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


def cut_site_name(title: str) -> str:
    """``<title>`` without the site and channel names around it (``河南日报-…``, ``…_网易新闻``)."""
    parts = _SEPARATOR.split(title)
    while len(parts) >= 3 and len(parts[-1]) <= 16 and _SITE_LIKE.search(parts[-1]):
        parts = parts[:-2]
    if len(parts) >= 3 and len(parts[0]) <= 16 and _LEADING_SITE.search(parts[0]):
        parts = parts[2:]
    return "".join(parts).strip()

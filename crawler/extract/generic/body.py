"""The body of a page with no profile: paragraphs of the best-scored container, noise left out.

Inside the container, noise boxes, link lists and image captions are skipped; the lines
that remain are dropped when they are credits, widgets, captions or notices (:data:`crawler.extract.boilerplate.DROP`,
copyright and reprint statements), and the body ends at a heading that opens a related,
recommended or comments section (:data:`STOP`). An e-paper's 引题 and 副题 around the
headline, in the same cell as the text, are not body either.
"""

from __future__ import annotations

import re

from lxml import etree

from crawler.extract.boilerplate import dropped
from crawler.extract.generic.caption import is_caption, is_caption_line
from crawler.extract.generic.scan import BLOCKS, COPYRIGHT, PageScan
from crawler.extract.html import all_text, squash
from crawler.vocabulary import (
    COMMENT_WORDS,
    CORRESPONDENT_LABELS,
    CREDIT_LABELS,
    EDITOR_LABELS,
    END_HEADINGS,
    INFO_WORDS,
    INTERN_LABELS,
    RELATED_HEADINGS,
    REPORTER_LABELS,
    SOURCE_LABELS,
    WIDGET_WORDS,
    alternation,
)

# A heading after which nothing is the article's.
_COMMENTS = alternation(COMMENT_WORDS)
STOP = re.compile(
    rf"^[^，。：:]{{0,8}}?[【\[『]?\s*(?:{alternation((*RELATED_HEADINGS, *END_HEADINGS))}|"
    rf"(?:网友|热门|最新|全部|读者|精彩|用户){_COMMENTS})\s*[】\]』]?\s*[:：]?\s*"
    r"(?:换一换|更多\s*>*|[(（]?\s*共?\s*\d+\s*条?\s*[)）]?)?$"
)
# A comments heading of one word, nothing before it: 评论（6条） / 留言
COMMENTS_HEADING = re.compile(rf"^{_COMMENTS}\s*[(（]?\s*共?\s*\d*\s*条?\s*[)）]?$")
# Platform notices, however long: 免责声明：本内容来自…… / ……仅代表作者观点，不代表本站立场
NOTICE = re.compile(
    r"^[【\[]?\s*[\u4e00-\u9fff]{0,4}声明\s*[】\]]?\s*[:：]|"
    r"(?:本文|文章|内容|稿件)[^。]{0,24}(?:仅代表|不代表)[^。]{0,30}(?:观点|立场)|"
    r"不代表本(?:网|站|平台|报|号)|仅提供信息(?:存储|发布)"
)
NOTICE_MAX = 200
# Every notice holds one of these.
_NOTICE_HINT = re.compile("声明|代表|仅提供")
# A copyright or reprint statement (本文为红网原创文章，转载请……) is at most this long.
REPRINT_MAX = 120
# The headline block: 引题 and 副题 are short lines with no sentence punctuation, at most
# this many above and below the headline, which is among the container's first lines.
HEADLINE_LINE_MAX = 40
HEADLINE_LINES = 2
HEADLINE_FIRST = 3
_NOT_HEADLINE = re.compile(
    r"[。；;]|[：:！？!?]$|^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[.、．\s]|第.{1,3}[章节部分])"
)
# A table cell longer than this (characters) is layout holding prose, not data.
DATA_CELL_MAX = 40
# What a portal appends to the last paragraph: ……。返回搜狐，查看更多 / ……。编辑：张三
_TRAILING_LINK = re.compile(
    r"\s*返回[\u4e00-\u9fff]{2,6}[，,]\s*查看更多\s*$"
    rf"|(?<=[。！？”])\s*{alternation(EDITOR_LABELS)}\s*[:：]\s*[\u4e00-\u9fff·]{{2,4}}\s*$"
)
_STAFF = alternation((*REPORTER_LABELS[:1], *CORRESPONDENT_LABELS, *INTERN_LABELS))
# A line of reporters' names: 大河报·豫视频记者 陈晨 王磊 通讯员 宋佳
CREDIT_LINE = re.compile(
    rf"^[(（\[【]?[^，。！？：:()（）]{{0,12}}?{_STAFF}\s*[:：]?\s*[\u4e00-\u9fff·]{{2,4}}"
    rf"(?:[\s、]+(?:{_STAFF}\s*)?[\u4e00-\u9fff·]{{2,4}})*\s*[)）\]】]?$"
)
# A short line of the date, source, views … of the article (an info bar).
_INFO = re.compile(
    r"(?:发布|发表|更新)?(?:时间|日期)\s*[:：]|(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}"
)
_INFO_WORDS = re.compile(
    alternation((*SOURCE_LABELS, *REPORTER_LABELS, *EDITOR_LABELS, *INFO_WORDS, *WIDGET_WORDS))
    + r"|\d{1,2}:\d{2}"
)
# An info bar is at most this long (characters); with two kinds of info, this long.
INFO_MAX = 60
INFO_MAX_LONG = 120
# An editor credit that ends the last paragraph: ……工作。（责任编辑：张三）
_TRAILING_CREDIT = re.compile(
    rf"\s*[(（\[【]\s*{alternation(CREDIT_LABELS)}\s*[:：]?\s*[^()（）\[\]【】]{{1,30}}[)）\]】]\s*$"
)


def body_lines(
    page: PageScan, container: etree._Element, headline: etree._Element | None = None
) -> list[str]:
    """Lines of text of the container, split at blocks and ``<br>``, noise boxes and
    captions skipped; the headline, when the container holds it, as a line of its own
    (for :func:`without_headline_block`). Read from the scan's pieces of text: the
    elements left out, or read as one line (a table row of data), only mark their span."""
    container_chars = page.chars.get(container, 0)
    # A headline element holding nothing else is noise to the scan; here it is a line.
    alone = headline if headline in page.noise else None
    start, end, noise, teasers = page.start, page.end, page.noise, page.teasers
    spans: dict[int, list[tuple[int, str | None]]] = {}  # first piece -> (end, own line)
    inside = 0  # pieces before this index belong to an element already taken care of
    for element in container.iterdescendants():
        first = start.get(element)
        if first is None or first < inside:
            continue
        tag = element.tag
        if element is alone:
            line: str | None = all_text(element)
        elif tag == "tr" and (cells := data_row(element)) is not None:
            line = " ".join(cells)
        elif (
            element in noise
            or (tag in BLOCKS and (page.is_link_list(element) or element in teasers))
            or is_caption(page, element, container_chars)
        ):
            line = None
        else:
            continue
        last = end[element]
        if last > first or line:
            spans.setdefault(first, []).append((last, line))
            inside = last
    found: list[str] = []
    parts: list[str] = []
    segments = page.segments
    index, stop = start[container], end[container]
    while index <= stop:
        if index in spans:
            for last, line in spans.pop(index):
                if line is not None:
                    found += ("".join(parts), line)
                    parts = []
                index = max(index, last)
            continue
        if index == stop:
            break
        segment = segments[index]
        if segment.newline and parts:
            found.append("".join(parts))
            parts = []
        parts.append(segment.text)
        index += 1
    found.append("".join(parts))
    return [text for text in map(squash, found) if text]


def data_row(row: etree._Element) -> list[str] | None:
    """The cells of a table row of data (short cells of text only), else None: a layout row."""
    cells: list[str] = []
    for cell in row:
        if not isinstance(cell.tag, str):
            continue
        if cell.tag not in ("td", "th") or any(
            isinstance(e.tag, str) and e.tag in BLOCKS for e in cell.iterdescendants()
        ):
            return None
        text = all_text(cell)
        if len(text) > DATA_CELL_MAX:
            return None
        cells.append(text)
    filled = [c for c in cells if c]
    return filled if len(filled) >= 2 else None


def clean_lines(lines: list[str], title: str) -> list[str]:
    """The article's paragraphs among the container's lines."""
    kept: list[str] = []
    for line in without_headline_block(lines, title):
        if STOP.match(line) or COMMENTS_HEADING.match(line):
            if kept:
                break
            continue
        if line == title or is_boilerplate(line):
            continue
        kept.append(line)
    if kept:
        kept[-1] = _TRAILING_CREDIT.sub("", _TRAILING_LINK.sub("", kept[-1]))
    return [line for line in kept if line]


def without_headline_block(lines: list[str], title: str) -> list[str]:
    """The lines without the 引题 and 副题 around a headline among the first lines."""
    top = lines[:HEADLINE_FIRST]
    if title not in top:
        return lines
    at = top.index(title)
    first, last = at, at + 1
    while first > max(at - HEADLINE_LINES, 0) and _headline_like(lines[first - 1]):
        first -= 1
    while last < min(at + 1 + HEADLINE_LINES, len(lines)) and _headline_like(lines[last]):
        last += 1
    return lines[:first] + lines[last:]


def _headline_like(line: str) -> bool:
    return len(line) <= HEADLINE_LINE_MAX and not _NOT_HEADLINE.search(line)


def is_boilerplate(line: str) -> bool:
    """A line of the container that is not the article's: a notice, a copyright or reprint
    statement, a caption, a dropped line (credits, widgets …), an info bar."""
    size = len(line)
    if size > NOTICE_MAX:
        return False
    if _NOTICE_HINT.search(line) and NOTICE.search(line):
        return True
    if (size <= REPRINT_MAX and COPYRIGHT.search(line)) or is_caption_line(line):
        return True
    if size <= 80 and (dropped(line) or CREDIT_LINE.match(line)):
        return True
    if size > INFO_MAX_LONG or "。" in line or "，" in line:
        return False
    words = len(set(_INFO_WORDS.findall(line)))
    return (
        size <= (INFO_MAX_LONG if words >= 2 else INFO_MAX)
        and words > 0
        and bool(_INFO.search(line))
    )

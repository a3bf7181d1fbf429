"""Image captions inside a body's container: not the article's paragraphs.

An element is a caption when its markup says so (a ``figcaption``, a class naming an
image's description, text sharing its ``<p>`` or ``<div>`` with a picture, a centred line
right after a picture; the last two only when the text is not two sentences or more); a line is one when it ends with a photo credit (``新华社记者 张涛 摄``,
``（图片来源：视觉中国）``, ``（资料图）``). Only short text is ever a caption, and never
half of the container's text or more: a one-paragraph story below its photo stays.
"""

from __future__ import annotations

import re

from lxml import etree

from crawler.extract.generic.names import tokens
from crawler.extract.generic.scan import PageScan
from crawler.vocabulary import (
    CORRESPONDENT_LABELS,
    INTERN_LABELS,
    REPORTER_LABELS,
    SOURCE_FROM,
    SOURCE_LABELS,
    alternation,
)

# Text of this many sentences is prose beside a picture, not its caption.
PROSE_SENTENCES = 2
_SENTENCE_END = re.compile(r"[。！？!?](?![”」』）)])|[。！？!?][”」』）)]")
# A caption is at most this long (characters); its credit is in its last CREDIT_TAIL.
CAPTION_MAX = 150
CREDIT_TAIL = 80
# A caption opening its wrapper is looked for this many wrappers up after the picture.
AFTER_PICTURE_DEPTH = 3
# An image this small (width or height in pixels) is an icon or emoji, not a picture.
ICON_MAX = 100
_CAPTION_TOKENS = frozenset(
    {
        "caption",
        "figcaption",
        "imgdesc",
        "picdesc",
        "imgtxt",
        "pictxt",
        "imgtext",
        "pictext",
        "imgnote",
        "tuzhu",
    }
)
_IMAGE_TOKENS = frozenset({"img", "image", "pic", "picture", "photo", "tu", "tupian"})
_DESC_TOKENS = frozenset(
    {
        "desc",
        "descr",
        "description",
        "txt",
        "text",
        "note",
        "info",
        "intro",
        "title",
        "tit",
        "explain",
        "name",
    }
)
_CENTRE_TOKENS = frozenset({"center", "centre", "tc"})
_STYLE_WIDTH = re.compile(r"(?<![-\w])width\s*:\s*(\d+)px")
_CENTRED = re.compile(r"text-align\s*:\s*center", re.I)
_ICON_TOKENS = frozenset({"emoji", "icon", "ico", "face", "expression", "logo"})
_HOSTS = frozenset(
    {"p", "div", "section", "center", "figure", "span", "td", "dd", "a", "font", "strong", "b"}
)
_NAME = r"[\u4e00-\u9fff·]{2,4}"
_STAFF = alternation((*REPORTER_LABELS[:1], *CORRESPONDENT_LABELS, *INTERN_LABELS))
# A line ending with a photo credit.
CREDIT_END = re.compile(
    r"(?:"
    rf"(?:{_STAFF}|摄影师?|特约摄影)\s*{_NAME}(?:[\s、]+{_NAME})*\s*/?\s*(?:摄影?|供图|图)\s*[)）]?"
    rf"|[（(][^()（）]{{0,20}}?{_NAME}\s*(?:摄影?|供图)\s*[)）]"
    rf"|{_NAME}\s+(?:摄影?|供图)"
    rf"|(?:图片?|照片|题图|封面图?)\s*(?:{alternation(SOURCE_LABELS)}|{SOURCE_FROM}|源自|提供)\s*[:：]?[^，。：:]{{0,20}}[)）]?"
    r"|图\s*[/／]\s*[^，。/／]{2,16}"
    r"|[/／]\s*(?:视觉中国|东方IC|图虫创意|IC\s?photo|CFP)"
    r"|[（(]\s*资料图片?\s*[)）]|资料图片?|供图\s*[)）]?|(?:新华社|中新社)发"
    r")\s*$"
)


# Every photo credit holds one of these (a cheap test before the pattern).
_CREDIT_HINTS = ("图", "摄", "照片", "视觉中国", "IC", "CFP", "社发")


def is_caption_line(line: str) -> bool:
    """A short line ending with a photo credit (looked for in its last characters)."""
    if len(line) > CAPTION_MAX:
        return False
    tail = line[-CREDIT_TAIL:]
    return any(hint in tail for hint in _CREDIT_HINTS) and bool(CREDIT_END.search(tail))


def is_caption(page: PageScan, element: etree._Element, container_chars: int) -> bool:
    """An element of the container that is an image's caption (see the module's doc)."""
    chars = _text_length(page, element)
    if not chars or chars > CAPTION_MAX or 2 * chars >= container_chars:
        return False
    if element.tag == "figcaption" or _caption_class(tokens(element)):
        return True
    if element.tag not in _HOSTS or _sentences(page, element) >= PROSE_SENTENCES:
        return False
    if any(_is_picture(img) for img in element.iter("img")):
        return _one_line(page, element)
    return _centred(element) and not _bold_only(element) and _after_picture(element)


def _sentences(page: PageScan, element: etree._Element) -> int:
    """How many sentences the element's text ends (。！？)."""
    pieces = page.segments[page.start[element] : page.end[element]]
    return sum(len(_SENTENCE_END.findall(s.text)) for s in pieces)


def _text_length(page: PageScan, element: etree._Element) -> int:
    """Characters of the element's text (not spaces), counted up to just over a caption's."""
    if element in page.chars:
        return page.chars[element]
    if element not in page.start:
        return 0
    count = 0
    for segment in page.segments[page.start[element] : page.end[element]]:
        count += len("".join(segment.text.split()))
        if count > CAPTION_MAX:
            break
    return count


def _bold_only(element: etree._Element) -> bool:
    """All text in ``<strong>``/``<b>``: a subheading, not a caption."""
    bold = "".join(t for b in element.iter("strong", "b") for t in b.itertext())
    return "".join(bold.split()) == "".join("".join(element.itertext()).split())


def _caption_class(names: set[str]) -> bool:
    return bool(names & _CAPTION_TOKENS or (names & _IMAGE_TOKENS and names & _DESC_TOKENS))


def _is_picture(img: etree._Element) -> bool:
    if tokens(img) & _ICON_TOKENS:
        return False
    style = img.get("style")
    width = _STYLE_WIDTH.search(style) if style else None
    for size in (img.get("width"), img.get("height"), img.get("data-w"), width and width[1]):
        if size and size.isdigit() and int(size) <= ICON_MAX:
            return False
    return True


def _one_line(page: PageScan, element: etree._Element) -> bool:
    """All the element's text is owned by one block: one line beside its picture."""
    owners = {s.owner for s in page.segments[page.start[element] : page.end[element]]}
    return len(owners) == 1


def _centred(element: etree._Element) -> bool:
    for node in (element, *element.iterchildren()):
        if not isinstance(node.tag, str):
            continue
        style = node.get("style")
        if node.tag == "center" or (node.get("align") or "").lower() == "center":
            return True
        if (style and _CENTRED.search(style)) or tokens(node) & _CENTRE_TOKENS:
            return True
        if node is not element and (node.tail or "").strip():
            break
    return False


def _after_picture(element: etree._Element) -> bool:
    """The element follows a picture with no text between: an image alone in its block."""
    node = element
    for _ in range(AFTER_PICTURE_DEPTH):
        before = node.getprevious()
        if before is not None:
            if (before.tail or "").strip() or not isinstance(before.tag, str):
                return False
            if before.tag == "img":
                return _is_picture(before)
            if "".join(before.itertext()).strip():
                return False
            return any(_is_picture(img) for img in before.iter("img"))
        parent = node.getparent()
        if parent is None or (parent.text or "").strip():
            return False
        node = parent
    return False

"""One pass over a page: its text in document order, grouped into blocks, each block scored.

The page is read as a sequence of text pieces, each owned by its nearest block element
(``p``, ``div``, ``td`` …) and marked as link text or not. A block of prose (sentence
punctuation, little link text) scores its length; link lists and short labels score
negatively. Every element's score is the sum over the blocks it holds, so the element with
the highest score is the tightest container of the most prose with the least noise around
it. Elements whose ``class``/``id`` name a comment, share, related, navigation or footer
box, and hidden elements, are noise: their text counts against the elements holding them,
unless such an element holds most of the page's prose (a page-wide wrapper with an unlucky
name, a WeChat body that its script reveals). So are repeated items that each show a time
(comment threads, feeds), whatever their names, unless the page has next to no other prose.
Text stating copyright or reprint terms is never prose, however long: a one-paragraph
story must not lose to its footer's 版权说明.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from lxml import etree

from crawler.extract.generic.items import STAMPED_OUTSIDE_MIN, item_lists
from crawler.extract.generic.names import (
    CLASSED,
    CRUMB,
    NOISE,
    RELATED,
    SOURCE,
    TITLED,
    flags,
)
from crawler.extract.html import BLOCK_TAGS, SKIP_TAGS

BLOCKS = BLOCK_TAGS | {"main", "body", "html"}
_NEVER_NOISE = frozenset({"html", "body", "article", "main"})
NOISE_TAGS = frozenset({"nav", "footer", "aside", "form", "header"})
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_PUNCT = re.compile(r"[，。；！？、,;!?]")
_SPACES = re.compile(r"\s+")
# Copyright and reprint statements: a footer's, never prose that could win the body.
COPYRIGHT = re.compile(
    r"版权(?:说明|声明|所有|保护\s*[:：])|Copyright|All\s*[Rr]ights\s*[Rr]eserved|©|"
    r"未经.{0,15}(?:授权|许可|允许|同意).{0,20}(?:转载|使用|复制|摘编|镜像)|(?:禁止|不得|谢绝|严禁)转载|转载请|如需转载|"
    r"(?:原创|独家)(?:文章|稿件|作品|内容).{0,20}转载|"
    r"ICP[备证]|公网安备"
)
# A prose block needs this many characters of its own (not link) text.
PROSE_MIN = 8


@dataclass(slots=True)
class Block:
    chars: int = 0
    link_chars: int = 0
    punct: int = 0
    copyright_chars: int = 0
    score: float = 0.0

    def rate(self) -> None:
        """Set the score: its own prose, or minus its length for links and labels."""
        if (self.link_chars + self.copyright_chars) * 2 > self.chars:
            self.score = -float(self.chars)
            return
        own = self.chars - self.link_chars - self.copyright_chars
        if self.punct and own >= PROSE_MIN:
            self.score = float(own - self.link_chars)
        else:
            self.score = -0.25 * self.chars

    @property
    def is_prose(self) -> bool:
        return self.score > 0


@dataclass(slots=True)
class Segment:
    """A piece of text in document order; ``owner`` is its block element."""

    text: str
    owner: etree._Element
    link: bool
    newline: bool = False  # the first text after a block starts or ends (or a <br>)


@dataclass
class PageScan:
    root: etree._Element
    segments: list[Segment] = field(default_factory=list)
    # Segment index where an element starts and where it ends (text before / after it).
    start: dict[etree._Element, int] = field(default_factory=dict)
    end: dict[etree._Element, int] = field(default_factory=dict)
    blocks: dict[etree._Element, Block] = field(default_factory=dict)
    noise: set[etree._Element] = field(default_factory=set)
    crumbs: list[etree._Element] = field(default_factory=list)
    related: list[etree._Element] = field(default_factory=list)
    sources: list[etree._Element] = field(default_factory=list)
    # Headline candidates: h1-h3 and elements whose class or id says title; more loosely
    # (h1, h2, class or id holding tit or bt), for a headline above the text.
    titled: list[etree._Element] = field(default_factory=list)
    classed: list[etree._Element] = field(default_factory=list)
    score: dict[etree._Element, float] = field(default_factory=dict)
    chars: dict[etree._Element, int] = field(default_factory=dict)
    link_chars: dict[etree._Element, int] = field(default_factory=dict)
    # Prose score each element holds, noise or not.
    prose: dict[etree._Element, float] = field(default_factory=dict)
    # Elements holding blocks, children before their parents.
    order: list[etree._Element] = field(default_factory=list)
    # For each piece of text, how many before it show a time (None: none does).
    stamped_before: list[int] | None = None
    # Every element scanned, in the order its end was met (children before parents).
    ends: list[etree._Element] = field(default_factory=list)
    # Boxes of teasers: repeated items that each open with a headline link.
    teasers: set[etree._Element] = field(default_factory=set)

    def rank(self) -> None:
        """Score every element: its blocks' prose, minus half the text of noise in it; an
        element inside noise scores minus half its text."""
        held: dict[etree._Element, float] = {}
        noise, chars, blocks = self.noise, self.chars, self.blocks
        for element in self.order:  # children first: each adds its score to its parent's
            if element in noise:
                value = -0.5 * chars[element]
            else:
                block = blocks.get(element)
                value = held.get(element, 0.0) + (block.score if block is not None else 0.0)
            held[element] = value
            parent = element.getparent()
            if parent is not None:
                held[parent] = held.get(parent, 0.0) + value
        quiet = noise.copy()  # noise and everything inside it
        for element in reversed(self.order):  # parents first
            if element.getparent() in quiet:
                quiet.add(element)
                held[element] = -0.5 * chars[element]
        self.score = {element: held[element] for element in self.order}

    def silence(self, elements: set[etree._Element]) -> None:
        """Take elements for noise (teaser boxes around an article) and score again."""
        if elements - self.noise:
            self.noise |= elements
            self.rank()

    @functools.cached_property
    def text(self) -> str:
        """All the page's text, its pieces joined by spaces."""
        return " ".join(s.text for s in self.segments)

    def text_between(self, first: int, last: int) -> str:
        return " ".join(s.text for s in self.segments[max(first, 0) : last])

    def best_container(self) -> etree._Element | None:
        """The element with the highest positive score, widened from a lone paragraph."""
        best, top = None, 0.0
        for element, value in self.score.items():
            if value > top:
                best, top = element, value
        if best is None:
            return None
        parent = best.getparent()
        lone = self.blocks.get(best) is not None and self.blocks[best].score == top
        if lone and parent is not None and parent.tag not in ("body", "html"):
            # a paragraph among others of the text, in a cell shared with boxes of links
            widen = self.prose.get(parent, 0.0) >= 2 * self.prose.get(best, 0.0)
            if widen or self.score.get(parent, 0.0) > 0:
                return parent
        return best

    def is_link_list(self, element: etree._Element) -> bool:
        chars = self.chars.get(element, 0)
        return chars > 0 and self.link_chars.get(element, 0) * 2 > chars


def _hidden(element: etree._Element) -> bool:
    style = element.get("style")
    return element.get("hidden") is not None or bool(style and _HIDDEN.search(style))


def scan(root: etree._Element) -> PageScan:
    page = PageScan(root)
    segments, start, end, ends = page.segments, page.start, page.end, page.ends
    add, skip = segments.append, SKIP_TAGS
    owners: list[etree._Element] = []
    named: list[etree._Element] = []
    owner = None
    skip_depth = link_depth = 0
    boundary, space = True, False  # a block just began or ended; blank text just passed
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag
        if event == "start":
            if skip_depth:
                skip_depth += 1
                continue
            if tag.__class__ is not str or tag in skip:
                skip_depth = 1
                continue
            start[element] = len(segments)
            if tag in BLOCKS or owner is None:
                owners.append(element)
                owner = element
                boundary = True
            if tag == "a" and element.get("href") is not None:  # not a named anchor
                link_depth += 1
            cls, ident = element.get("class"), element.get("id")
            if (
                cls is not None
                or ident is not None
                or tag in _MARKED_TAGS
                or element.get("style") is not None
                or element.get("hidden") is not None
            ):
                named.append(element)
            text = element.text
            if text:
                if text.isspace():
                    space = True
                else:
                    add(Segment(" " + text if space else text, owner, link_depth > 0, boundary))
                    boundary = space = False
            continue
        if skip_depth:
            skip_depth -= 1
            if skip_depth:
                continue
        else:
            end[element] = len(segments)
            ends.append(element)
            if tag == "a" and element.get("href") is not None:
                link_depth -= 1
            if owner is element and len(owners) > 1:
                owners.pop()
                owner = owners[-1]
            if tag in BLOCKS:
                boundary = True
        text = element.tail
        if text:
            if text.isspace():
                space = True
            else:
                add(Segment(" " + text if space else text, owner, link_depth > 0, boundary))
                boundary = space = False
    _score(page, _mark(page, named))
    return page


# Elements marked by their tag: noise boxes and headings.
_MARKED_TAGS = NOISE_TAGS | {"h1", "h2", "h3"}
_HEADINGS = frozenset({"h1", "h2", "h3"})


def _mark(page: PageScan, named: list[etree._Element]) -> list[etree._Element]:
    """Of the elements with names, a style or a marked tag: those whose names or tags say
    noise (returned), breadcrumbs, related or source, and the headline's candidates."""
    marked: list[etree._Element] = []
    for element in named:
        tag = element.tag
        found = flags(f"{element.get('class') or ''} {element.get('id') or ''}")
        if tag in _HEADINGS or found & TITLED:
            page.titled.append(element)
        if found & CLASSED or tag in ("h1", "h2"):
            page.classed.append(element)
        if tag in _NEVER_NOISE:
            continue
        if found & NOISE or tag in NOISE_TAGS or _hidden(element):
            marked.append(element)
        if found & CRUMB:
            page.crumbs.append(element)
        if found & RELATED:
            page.related.append(element)
        if found & SOURCE:
            page.sources.append(element)
    return marked


def _score(page: PageScan, marked: list[etree._Element]) -> None:
    blocks = page.blocks
    own_text: dict[etree._Element, list[str]] = {}
    for segment in page.segments:
        block = blocks.get(segment.owner)
        if block is None:
            block = blocks[segment.owner] = Block()
            own_text[segment.owner] = []
        if segment.link:
            length = len(_SPACES.sub("", segment.text))
            block.chars += length
            block.link_chars += length
        else:
            own_text[segment.owner].append(segment.text)
    for owner, texts in own_text.items():
        block = blocks[owner]
        text = _SPACES.sub("", "".join(texts))
        block.chars += len(text)
        block.punct = len(_PUNCT.findall(text))
        if COPYRIGHT.search(text):
            block.copyright_chars = sum(
                len(_SPACES.sub("", t)) for t in texts if COPYRIGHT.search(t)
            )
        block.rate()
    order = page.order
    sums: dict[etree._Element, list] = {}  # chars, link chars, prose of what each holds
    for element in page.ends:  # children before parents: each adds its sums to its parent's
        held = sums.get(element)
        block = blocks.get(element)
        if block is not None:
            if held is None:
                held = sums[element] = [0, 0, 0.0]
            held[0] += block.chars
            held[1] += block.link_chars
            if block.score > 0:
                held[2] += block.score
        elif held is None:
            continue
        order.append(element)
        parent = element.getparent()
        if parent is not None:
            if (up := sums.get(parent)) is None:
                sums[parent] = held.copy()
            else:
                up[0] += held[0]
                up[1] += held[1]
                up[2] += held[2]
    page.chars = {element: held[0] for element, held in sums.items()}
    page.link_chars = {element: held[1] for element, held in sums.items()}
    page.prose = prose = {element: held[2] for element, held in sums.items() if held[2]}
    total = prose.get(page.root, 0.0)
    page.noise = {m for m in marked if prose.get(m, 0.0) < 0.5 * total}
    stamped, page.teasers = item_lists(page)
    page.noise.update(m for m in stamped if total - prose.get(m, 0.0) >= STAMPED_OUTSIDE_MIN)
    page.rank()

"""Pages of several posts: a blog's month, a forum's thread. The article is the first post.

A container of whole posts holds repeated items of one tag and class that together hold
most of its prose. When each item with prose has a headline of its own (a blog's page of
a month's posts), the first such item is the article, its headline the post's. When each
item shows a time (a forum thread: the opening post, then the replies), the first item
with prose is the article.
"""

from __future__ import annotations

from lxml import etree

from crawler.extract.generic.items import shows_time
from crawler.extract.generic.scan import PageScan
from crawler.extract.generic.title import is_heading, is_headline_text
from crawler.extract.html import all_text

# A post holds this much prose at least (characters).
POST_PROSE = 100
# The items hold this share of the container's prose at least.
POSTS_SHARE = 0.8
# A thread is an opening post and replies: this many items at least.
THREAD_ITEMS = 3


def first_post(
    page: PageScan, container: etree._Element
) -> tuple[etree._Element, etree._Element | None] | None:
    """The first post of a container of posts and its headline (see the module's doc)."""
    groups: dict[tuple[str, str], list[etree._Element]] = {}
    for child in container:
        if isinstance(child.tag, str) and child in page.chars:
            groups.setdefault((child.tag, child.get("class") or ""), []).append(child)
    whole = POSTS_SHARE * page.prose.get(container, 0.0)
    for items in groups.values():
        posts = [item for item in items if page.prose.get(item, 0.0) >= POST_PROSE]
        if (
            len(posts) >= 2
            and sum(page.prose[post] for post in posts) >= whole
            and all(any(map(is_heading, post.iter())) for post in posts)
        ):
            first = posts[0]
            headings = (e for e in first.iter() if is_heading(e) and is_headline_text(all_text(e)))
            return first, next(headings, None)
        if len(items) < THREAD_ITEMS:
            continue
        timed = [item for item in items if shows_time(page, item)]
        if (
            3 * len(timed) >= 2 * len(items)
            and sum(page.prose.get(item, 0.0) for item in timed) >= whole
            and (opening := [item for item in timed if page.prose.get(item, 0.0) >= POST_PROSE])
        ):
            return opening[0], None
    return None

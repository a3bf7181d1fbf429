"""The base news spider: channel listings with pagination, articles, related reading.

Every request carries a ``role`` (listing, article, related), a ``related_depth`` and
``found_via``; Scrapy adds its own ``depth``. Subclasses say which URLs are articles
and listings (:meth:`is_article_url`, :meth:`next_page`); the site profile holds the
rest. Extraction is :func:`crawler.extract.extract_article`, the same function the CLI
calls; cleaning, figures, validation and de-duplication are item pipelines.

Spider arguments (``-a name=value``):

- ``start_urls``: comma-separated listing URLs, replacing the profile's channels.
- ``since``: ``YYYY-MM-DD``; older articles are skipped, and a channel's pagination
  stops at the first listing page whose dated items are all older.
- ``max_pages``: listing pages per channel (default: no limit).
- ``related_depth``: how many 相关阅读 hops from a listed article (default 2).
- ``reset_state``: ``1`` forgets the crawl state first (see :mod:`crawler.state`).

With a crawl state (``spider.state``, set by :mod:`crawler.state.extension`), a run does
not fetch an article it has exported before, except to recheck it: articles first
exported within ``RECHECK_DAYS`` are revalidated with conditional requests. Pages that
gave no article for good (404, no text, an alias of another URL) are not fetched again;
pages that failed (5xx, network) are retried by runs with ``RECHECK_DAYS`` > 0. A
channel's pagination stops at a listing page that brings no article the state does not
know.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import PurePath
from typing import Any

import scrapy
from parsel import Selector
from scrapy.http import Response
from scrapy.settings import SETTINGS_PRIORITIES, BaseSettings
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler import signals
from crawler.extract import NotAnArticle, extract_article
from crawler.extract.dates import date_from_url_groups, find_date
from crawler.extract.html import select, text_of
from crawler.sites import SiteProfile, load_profile
from crawler.state.base import ERROR, FINAL_OUTCOMES, ArticleRecord, CrawlState
from crawler.urls import canonical_url

LISTING, ARTICLE, RELATED = "listing", "article", "related"


class BaseNewsSpider(scrapy.Spider):
    profile_name: str = ""
    state: CrawlState | None = None

    def __init__(
        self,
        *args: Any,
        start_urls: str | list[str] | None = None,
        since: str | None = None,
        max_pages: str | int | None = None,
        related_depth: str | int = 2,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.profile: SiteProfile = self.load_site_profile()
        urls = start_urls.split(",") if isinstance(start_urls, str) else start_urls
        self.start_urls = [u.strip() for u in (urls or self.profile.start_urls) if u.strip()]
        self.since = parse_since(since)
        self.max_pages = int(max_pages) if max_pages not in (None, "") else None
        self.related_depth = int(related_depth)
        self.allowed_domains = list(self.profile.domains)
        self.run_started = datetime.now(UTC).replace(microsecond=0)
        self.run_id = self.run_started.strftime("%Y-%m-%dT%H-%M-%SZ")
        self._scheduled: set[str] = set()

    @classmethod
    def update_settings(cls, settings: BaseSettings) -> None:
        """Add the default JSON-lines feed when the command line names none, and the
        figures table beside the first file feed (``FIGURES_FEED_SUFFIX``)."""
        super().update_settings(settings)
        feeds = dict(settings.getdict("FEEDS"))
        if not feeds and (uri := settings.get("DEFAULT_FEED_URI")):
            feeds[uri] = {"format": "jsonlines", "encoding": "utf-8"}
        suffix = settings.get("FIGURES_FEED_SUFFIX")
        local = [
            u
            for u in map(str, feeds)
            if "://" not in u.removeprefix("file://") and u not in {"-", "stdout:"}
        ]
        if suffix and local:
            path = PurePath(local[0].removeprefix("file://"))
            table = str(path.with_name(path.name.split(".")[0] + suffix))
            feeds.setdefault(
                table, {"format": "figures_jsonl" if suffix.endswith(".jsonl") else "figures_csv"}
            )
        if feeds:
            # One above the current priority: `scrapy crawl` re-applies its -o/-O settings
            # to the crawler later, at their own priority, which would undo an equal one.
            priority = max(settings.getpriority("FEEDS") or 0, SETTINGS_PRIORITIES["spider"]) + 1
            settings.set("FEEDS", feeds, priority=priority)

    def load_site_profile(self) -> SiteProfile:
        return load_profile(self.profile_name)

    # -- what to request ------------------------------------------------------------

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.start_urls:
            if request := self.follow_url(url, LISTING, {"channel": url, "page": 1}):
                yield request
        if self.state is not None and (window := self.recheck_window()):
            for record in self.state.recheck_due(window):
                meta = {"related_depth": self.related_depth, "found_via": {"article": record.url}}
                if request := self.follow_url(record.url, ARTICLE, meta):
                    yield request

    def recheck_window(self) -> str | None:
        """ISO UTC time from which exported articles are rechecked; None with RECHECK_DAYS=0."""
        days = self.settings.getfloat("RECHECK_DAYS", 0)
        if days <= 0:
            return None
        return (self.run_started - timedelta(days=days)).isoformat().replace("+00:00", "Z")

    def follow_url(self, url: str, role: str, meta: dict[str, Any]) -> scrapy.Request | None:
        """A request for a canonical URL on the site not requested before, else None.

        With a crawl state, an article already exported is requested only to recheck it
        (conditionally), and a page that gave no article for good is not requested.
        """
        url = canonical_url(url, tracking=self.profile.tracking_params)
        if url in self._scheduled or not self.profile.owns(url):
            return None
        headers: dict[str, str] = {}
        if role != LISTING and self.state is not None and (record := self.state.get(url)):
            if not self.worth_fetching(record):
                self.count("articles/known")
                return None
            if record.exported:
                meta = {**meta, "recheck": True, "handle_httpstatus_list": [304]}
                validators = (
                    ("If-None-Match", record.etag),
                    ("If-Modified-Since", record.last_modified),
                )
                headers = {name: value for name, value in validators if value}
        self._scheduled.add(url)
        self.count("scheduled/listings" if role == LISTING else "scheduled/articles")
        callback = self.parse_listing if role == LISTING else self.parse_article
        return scrapy.Request(
            url,
            callback=callback,
            errback=self.on_error,
            headers=headers,
            meta={"role": role, **meta},
        )

    def worth_fetching(self, record: ArticleRecord) -> bool:
        """Whether a URL the state knows is fetched again in this run."""
        window = self.recheck_window()
        if record.exported:
            return window is not None and (record.first_exported_at or "") >= window
        if record.outcome in FINAL_OUTCOMES:
            return False
        return record.outcome != ERROR or window is not None

    def known(self, url: str) -> bool:
        """True when the crawl state has a final word on an article URL from earlier runs."""
        if self.state is None or (record := self.state.get(url)) is None:
            return False
        return record.exported or record.outcome in FINAL_OUTCOMES

    def is_article_url(self, url: str) -> bool:
        return self.profile.article_era(url) is not None

    def extraction_profile(self, url: str) -> SiteProfile | None:
        """The profile whose templates read an article page; None lets extraction choose."""
        return self.profile

    # -- listings ---------------------------------------------------------------------

    def parse_listing(self, response: Response) -> Iterator[scrapy.Request]:
        meta = response.meta
        self.count(f"pages/{LISTING}")
        dated, older, links, known = 0, 0, 0, 0
        for url, when in self.listed_articles(response):
            links += 1
            known += self.known(url)
            if when is not None:
                dated += 1
                if self.since and when < self.since:
                    older += 1
                    self.count("articles/older_than_since")
                    continue
            found_via = {"listing": response.url, "page": meta["page"]}
            if request := self.follow_url(
                url, ARTICLE, {"related_depth": 0, "found_via": found_via}
            ):
                yield request
        if self.since and dated and older == dated:
            return  # a whole page older than `since`: the channel's older pages are too
        if links and known == links:
            return  # nothing new on this page: the rest of the channel was crawled before
        if self.max_pages is not None and meta["page"] >= self.max_pages:
            return
        if (next_url := self.next_page(response)) and (
            request := self.follow_url(
                next_url, LISTING, {"channel": meta["channel"], "page": meta["page"] + 1}
            )
        ):
            yield request

    def listed_articles(self, response: Response) -> Iterator[tuple[str, date | None]]:
        """Article links of a listing page with the date shown beside them (else the URL's).

        Links are read inside the profile's listing items when the page has them, so side
        blocks (热点推荐, 今日热点) are not followed; else anywhere on the page.
        """
        listing = self.profile.listing
        items = next(
            (found for q in listing.get("items", ()) if (found := select(response.selector, q))),
            None,
        )
        for item in items or [response.selector]:
            for link in item.css("a[href]"):
                url = canonical_url(link.attrib["href"], response.url, self.profile.tracking_params)
                if self.is_article_url(url):
                    yield (
                        url,
                        to_date(
                            self.shown_date(link, listing.get("item_date", ()))
                            or self.url_date(url)
                        ),
                    )

    @staticmethod
    def shown_date(link: Selector, queries: tuple[str, ...]) -> str | None:
        """The date shown in the list item around a link."""
        for item in link.xpath("ancestor::*[self::li or self::tr or self::dd][1]"):
            for query in queries:
                for element in select(item, query):
                    if found := find_date(text_of(element)):
                        return found
        return None

    def next_page(self, response: Response) -> str | None:
        """The pager's 下一页 link, when it leads to a listing page."""
        labels = self.profile.listing.get("next_text", ("下一页",))
        for link in response.css("a[href]"):
            href = link.attrib["href"].strip()
            if text_of(link) in labels and href and not href.startswith(("javascript:", "#")):
                url = canonical_url(href, response.url, self.profile.tracking_params)
                if self.is_listing_url(url):
                    return url
        return None

    def is_listing_url(self, url: str) -> bool:
        """Listing URL shapes of the profile; any URL when it names none."""
        return not self.profile.listing_urls or self.profile.is_listing(url)

    def url_date(self, url: str) -> str | None:
        for pattern in self.profile.article_urls.values():
            if m := pattern.match(url):
                return date_from_url_groups(m.groupdict())
        return None

    # -- articles -----------------------------------------------------------------------

    def parse_article(self, response: Response) -> Iterator[Any]:
        meta = response.meta
        self.count(f"pages/{meta['role']}")
        if response.status == 304:
            self.count("articles/unchanged")
            return
        try:
            article = extract_article(
                response.body,
                response.url,
                response.headers.get("Content-Type", b"").decode("latin-1"),
                self.extraction_profile(response.url),
            )
        except NotAnArticle as exc:
            self.reject_page(response.url, exc.reason, exc.detail)
            return
        self._scheduled.add(article.url)  # a canonical link points elsewhere: don't fetch that too
        published = to_date(article.published_at)
        if self.since and published and published < self.since:
            self.count("articles/older_than_since")
            return
        article.found_via = meta.get("found_via")
        article.crawled_at = (
            datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
        )
        depth = meta.get("related_depth", 0)
        if depth < self.related_depth:
            for url in article.related:
                via = {"article": article.url}
                if request := self.follow_url(
                    url, RELATED, {"related_depth": depth + 1, "found_via": via}
                ):
                    yield request
        yield article

    # -- failures and counts ----------------------------------------------------------

    def on_error(self, failure: Failure) -> None:
        request = failure.request
        if failure.check(HttpError):
            reason = f"http_{failure.value.response.status}"
        else:
            reason = failure.type.__name__
        self.reject_page(request.url, reason, str(failure.value)[:200])

    def reject_page(self, url: str, reason: str, detail: str = "") -> None:
        """A page that gave no article: counted, logged, and recorded in the rejects file."""
        self.logger.info("no article from %s: %s %s", url, reason, detail)
        self.crawler.signals.send_catch_log(
            signals.page_rejected, url=url, reason=reason, detail=detail
        )

    def count(self, key: str) -> None:
        self.crawler.stats.inc_value(f"{self.name}/{key}")


def parse_since(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"since must be a date as YYYY-MM-DD, not {value!r}") from None


def to_date(iso: str | None) -> date | None:
    """The calendar date of an ISO date or datetime string, or None."""
    if not iso:
        return None
    try:
        return date.fromisoformat(iso[:10])
    except ValueError:
        return None

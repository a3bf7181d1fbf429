"""The base news spider: channel listings with pagination, articles, related reading.

Every request carries a ``role`` (listing, article, related), a ``related_depth`` and
``found_via``; Scrapy adds its own ``depth``. Subclasses say which URLs are articles
and listings (:meth:`is_article_url`, :meth:`is_listing_url`); the site profile holds
the rest. Extraction is :func:`crawler.extract.extract_article`, the same function the CLI
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
pages that failed (5xx, network) are retried by runs with ``RECHECK_DAYS`` > 0 (see
:mod:`crawler.state.policy`). The related links an article had are kept in the state and
followed without fetching it again. A channel's pagination stops at a listing page that
brings no article the state does not know, except in the run after a killed one.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, date, datetime
from functools import cached_property
from typing import Any

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.settings import BaseSettings
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler import signals
from crawler.extract import NotAnArticle, extract_page
from crawler.feeds import add_default_feeds
from crawler.sites import SiteProfile, load_profile
from crawler.spiders.listing import listed_links, next_page_link, shown_date, url_date
from crawler.state.base import CrawlState
from crawler.state.policy import RECHECK, SKIP, RevisitPolicy
from crawler.workers import text_workers

LISTING, ARTICLE, RELATED = "listing", "article", "related"


class BaseNewsSpider(scrapy.Spider):
    profile_name: str = ""
    state: CrawlState | None = None  # set by crawler.state.extension when STATE_URI is set
    resuming: bool = False  # set when the run before this one was killed

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
        super().update_settings(settings)
        add_default_feeds(settings)

    def load_site_profile(self) -> SiteProfile:
        return load_profile(self.profile_name)

    @cached_property
    def revisit(self) -> RevisitPolicy | None:
        if self.state is None:
            return None
        return RevisitPolicy.for_run(
            self.state, self.run_started, self.settings.getfloat("RECHECK_DAYS", 0)
        )

    # -- what to request ------------------------------------------------------------

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.start_urls:
            for request in self.follow(url, LISTING, {"channel": url, "page": 1}):
                yield request
        for record in self.revisit.due_for_recheck() if self.revisit else ():
            meta = {"related_depth": record.depth, "found_via": {"article": record.url}}
            for request in self.follow(record.url, ARTICLE, meta):
                yield request

    def follow(self, url: str, role: str, meta: dict[str, Any]) -> Iterator[scrapy.Request]:
        """The request for a URL on the site not requested before in this run.

        An article the state says to skip is not requested, but the related links it had
        are followed; one due for a recheck is requested conditionally.
        """
        url = self.profile.canonical(url)
        if url in self._scheduled or not self.profile.owns(url):
            return
        self._scheduled.add(url)
        headers: dict[str, str] = {}
        if role != LISTING and self.revisit is not None:
            decision, record = self.revisit.decide(url)
            if decision == SKIP:
                self.count("articles/known")
                if record is not None and record.exported:
                    yield from self.follow_related(
                        url, record.related, meta.get("related_depth", 0)
                    )
                return
            if decision == RECHECK and record is not None:
                meta = {**meta, "handle_httpstatus_list": [304]}
                validators = (
                    ("If-None-Match", record.etag),
                    ("If-Modified-Since", record.last_modified),
                )
                headers = {name: value for name, value in validators if value}
        self.count("scheduled/listings" if role == LISTING else "scheduled/articles")
        callback = self.parse_listing if role == LISTING else self.parse_article
        yield scrapy.Request(
            url, callback, headers=headers, meta={"role": role, **meta}, errback=self.on_error
        )

    def follow_related(self, parent: str, links: list[str], depth: int) -> Iterator[scrapy.Request]:
        if depth < self.related_depth:
            for url in links:
                yield from self.follow(
                    url, RELATED, {"related_depth": depth + 1, "found_via": {"article": parent}}
                )

    def is_article_url(self, url: str) -> bool:
        return self.profile.article_era(url) is not None

    def is_listing_url(self, url: str) -> bool:
        """Listing URL shapes of the profile; any URL when it names none."""
        return not self.profile.listing_urls or self.profile.is_listing(url)

    def extraction_profile(self, url: str) -> SiteProfile | None:
        """The profile whose templates read an article page; None lets extraction choose."""
        return self.profile

    # -- listings ---------------------------------------------------------------------

    def parse_listing(self, response: Response) -> Iterator[scrapy.Request]:
        meta = response.meta
        self.count(f"pages/{LISTING}")
        dates = self.profile.listing.item_date
        links = dated = older = known = 0
        for url, link in listed_links(response.selector, response.url, self.profile):
            if not self.is_article_url(url):
                continue
            links += 1
            known += bool(self.revisit and self.revisit.known(url))
            if when := to_date(shown_date(link, dates) or self.url_date(url)):
                dated += 1
                if self.since and when < self.since:
                    older += 1
                    self.count("articles/older_than_since")
                    continue
            found_via = {"listing": response.url, "page": meta["page"]}
            yield from self.follow(url, ARTICLE, {"related_depth": 0, "found_via": found_via})
        if self.since and dated and older == dated:
            return  # a whole page older than `since`: the channel's older pages are too
        if links and known == links and not self.resuming:
            return  # nothing new on this page: the rest of the channel was crawled before
        if self.max_pages is not None and meta["page"] >= self.max_pages:
            return
        next_url = next_page_link(response.selector, response.url, self.profile, meta["page"])
        if next_url and self.is_listing_url(next_url):
            yield from self.follow(
                next_url, LISTING, {"channel": meta["channel"], "page": meta["page"] + 1}
            )

    def url_date(self, url: str) -> str | None:
        return url_date(url, self.profile)

    # -- articles -----------------------------------------------------------------------

    async def parse_article(self, response: Response) -> AsyncIterator[Any]:
        """An article page: its Article (extracted in a text worker) and its related links."""
        meta = response.meta
        depth = meta.get("related_depth", 0)
        self.count(f"pages/{meta['role']}")
        if response.status == 304:
            self.count("articles/unchanged")
            record = self.state.get(response.url) if self.state else None
            for request in self.follow_related(
                response.url, record.related if record else [], depth
            ):
                yield request
            return
        content_type = response.headers.get("Content-Type", b"").decode("latin-1")
        profile = self.extraction_profile(response.url)
        try:
            article = await text_workers(self.crawler).run(
                extract_page,
                response.body,
                response.url,
                content_type,
                profile.name if profile else None,
            )
        except NotAnArticle as exc:
            self.reject_page(response.url, exc.reason, exc.detail)
            return
        except Exception as exc:  # a bug or a broken worker: recorded, and the crawl goes on
            self.logger.exception("extraction failed on %s", response.url)
            self.reject_page(response.url, "extraction_failed", f"{type(exc).__name__}: {exc}")
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
        for request in self.follow_related(article.url, article.related, depth):
            yield request
        yield article

    # -- failures and counts ----------------------------------------------------------

    def on_error(self, failure: Failure) -> None:
        if failure.check(HttpError):
            reason = f"http_{failure.value.response.status}"
        elif failure.check(IgnoreRequest):  # robots.txt said no: a policy, not a failure
            self.count("skipped/ignored_request")
            return
        else:
            reason = failure.type.__name__
        self.reject_page(failure.request.url, reason, str(failure.value)[:200])

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

"""The base news spider: channel listings with pagination, articles, related reading.

Every request carries a ``role`` (listing, article, related), a ``related_depth`` and
``found_via``; Scrapy adds its own ``depth``. Subclasses say which URLs are articles and
listings (:meth:`is_article_url`, :meth:`is_listing_url`); the site profile holds the rest.
An article page goes to the text workers once, as bytes, and comes back a finished Article
(:func:`crawler.article.extract_article`: extraction, cleaning, dates, figures); validation
and de-duplication are item pipelines. What a run requests again, given the crawl state, is
decided by :mod:`crawler.middlewares.incremental`; this spider knows nothing of the state.

Arguments (``-a name=value``) are :class:`crawler.spiders.arguments.CrawlArguments`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import Any, ClassVar, Self

import scrapy
from scrapy import signals as scrapy_signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DownloadCancelledError, IgnoreRequest
from scrapy.http import Response
from scrapy.settings import BaseSettings
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler import signals
from crawler.article import NotAnArticle, extract_article
from crawler.feeds import add_default_feeds
from crawler.middlewares.offsite_redirect import OffsiteRedirect
from crawler.middlewares.robots import RobotsUnavailable
from crawler.sites import SiteProfile, load_profile
from crawler.spiders.arguments import ArgumentError, CrawlArguments
from crawler.spiders.listing import listed_links, next_page_link, shown_date, url_date
from crawler.timestamps import day_of, utc_now
from crawler.workers import WorkerFailed, text_workers

LISTING, ARTICLE, RELATED = "listing", "article", "related"


class BaseNewsSpider(scrapy.Spider):
    arguments: ClassVar[type[CrawlArguments]] = CrawlArguments
    profile_name: ClassVar[str] = ""

    def __init__(self, **kwargs: Any) -> None:
        self.args = self.arguments.parse(kwargs)  # ArgumentError names a bad argument
        super().__init__()
        self.profile: SiteProfile = self.load_site_profile()
        self.start_urls = list(self.args.start_urls or self.profile.start_urls)
        self.allowed_domains = list(self.profile.domains)
        self.run_id = datetime.now(UTC).strftime("%Y-%m-%dT%H-%M-%SZ")
        self._scheduled: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Self:
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.request_dropped, signal=scrapy_signals.request_dropped)
        return spider

    @classmethod
    def update_settings(cls, settings: BaseSettings) -> None:
        super().update_settings(settings)
        add_default_feeds(settings)

    def load_site_profile(self) -> SiteProfile:
        return load_profile(self.profile_name)

    @classmethod
    def check_arguments(cls, raw: dict[str, Any]) -> None:
        """What ``scrapy crawl`` checks before anything is requested: valid names and values,
        what a crawl needs, and start URLs on the site; ArgumentError names the argument."""
        arguments = cls.arguments.parse(raw)
        arguments.check_for_crawl()
        if cls.profile_name:
            profile = load_profile(cls.profile_name)
            for url in arguments.start_urls:
                if not profile.owns(url):
                    domains = ", ".join(profile.domains)
                    raise ArgumentError(
                        f"start_urls: {url} is not on {cls.name}'s site ({domains})"
                    )

    # -- what to request ------------------------------------------------------------

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.start_urls:
            for request in self.follow(url, LISTING, {"channel": url, "page": 1}):
                yield request

    def follow(self, url: str, role: str, meta: dict[str, Any]) -> Iterator[scrapy.Request]:
        """The request for a URL of the site not requested before in this run."""
        url = self.profile.canonical(url)
        if url in self._scheduled or not self.profile.owns(url):
            return
        self._scheduled.add(url)
        self.count("scheduled/listings" if role == LISTING else "scheduled/articles")
        callback = self.parse_listing if role == LISTING else self.parse_article
        yield scrapy.Request(url, callback, meta={"role": role, **meta}, errback=self.on_error)

    def follow_related(self, parent: str, links: list[str], depth: int) -> Iterator[scrapy.Request]:
        """Requests for an article's related links, while within ``related_depth``."""
        if depth < self.args.related_depth:
            for url in links:
                yield from self.follow(
                    url, RELATED, {"related_depth": depth + 1, "found_via": {"article": parent}}
                )

    def owns(self, url: str) -> bool:
        """True for a URL of the site this crawl covers."""
        return self.profile.owns(url)

    def is_article_url(self, url: str) -> bool:
        return self.profile.article_era(url) is not None

    def is_listing_url(self, url: str) -> bool:
        """Listing URL shapes of the profile; any URL when it names none."""
        return not self.profile.listing_urls or self.profile.is_listing(url)

    def extraction_profile(self, url: str) -> SiteProfile | None:
        """The profile whose templates read an article page; None lets extraction choose."""
        return self.profile

    # -- pages ----------------------------------------------------------------------------

    async def parse(self, response: Response) -> AsyncIterator[Any]:
        """A page of the site, by the shape of its URL (``scrapy parse URL``)."""
        if self.is_article_url(response.url):
            async for found in self.parse_article(response):
                yield found
        else:
            for found in self.parse_listing(response):
                yield found

    def parse_listing(self, response: Response) -> Iterator[scrapy.Request]:
        """A channel listing: its article links, then its next page.

        The next page's request carries the article URLs this page listed (``listed``), for
        the incremental middleware's rule on where a scheduled crawl stops paginating.
        """
        page = response.meta.get("page", 1)
        self.count(f"pages/{LISTING}")
        since = self.args.since
        listed: list[str] = []
        dated = older = 0
        for url, link in listed_links(response.selector, response.url, self.profile):
            if not self.is_article_url(url):
                continue
            listed.append(url)
            if when := day_of(
                shown_date(link, self.profile.listing.item_date) or self.url_date(url)
            ):
                dated += 1
                if since and when < since:
                    older += 1
                    self.count("articles/older_than_since")
                    continue
            found_via = {"listing": response.url, "page": page}
            yield from self.follow(url, ARTICLE, {"related_depth": 0, "found_via": found_via})
        if since and dated and older == dated:
            return  # a whole page older than `since`: the channel's older pages are too
        if self.args.max_pages is not None and page >= self.args.max_pages:
            return
        next_url = next_page_link(response.selector, response.url, self.profile, page)
        if next_url and self.is_listing_url(next_url):
            channel = response.meta.get("channel", response.url)
            meta = {"channel": channel, "page": page + 1, "listed": listed}
            yield from self.follow(next_url, LISTING, meta)

    def url_date(self, url: str) -> str | None:
        return url_date(url, self.profile)

    async def parse_article(self, response: Response) -> AsyncIterator[Any]:
        """An article page: its Article, made in a text worker, and its related links.

        A 304 (unchanged since the last fetch) gives nothing here: the incremental middleware
        answers it from the crawl state.
        """
        meta = response.meta
        self.count(f"pages/{meta.get('role', ARTICLE)}")
        if response.status == 304:
            return
        content_type = response.headers.get("Content-Type", b"").decode("latin-1")
        try:
            article = await text_workers(self.crawler).run(
                extract_article,
                response.body,
                response.url,
                self.extraction_profile(response.url),
                content_type=content_type,
                figures_budget=self.settings.getfloat("TEXT_JOB_TIMEOUT"),
            )
        except NotAnArticle as exc:
            self.reject_page(response.url, exc.reason, exc.detail, response.request)
            return
        except WorkerFailed as exc:
            self.reject_page(response.url, "extraction_failed", str(exc), response.request)
            return
        self._scheduled.add(article.url)  # a canonical link points elsewhere: don't fetch that too
        stats = self.crawler.stats
        stats.inc_value("figures/extracted", len(article.numbers))
        for stage in article.failed_stages:
            stats.inc_value(f"failed_stages/{stage}")
        published = day_of(article.published_at)
        if self.args.since and published and published < self.args.since:
            self.count("articles/older_than_since")
            return
        article.found_via = meta.get("found_via")
        article.crawled_at = utc_now()
        for request in self.follow_related(
            article.url, article.related, meta.get("related_depth", 0)
        ):
            yield request
        yield article

    # -- failures and counts ----------------------------------------------------------

    def on_error(self, failure: Failure) -> None:
        request = failure.request
        message = str(failure.value)
        if failure.check(HttpError):
            reason = f"http_{failure.value.response.status}"
        elif failure.check(RobotsUnavailable):
            reason = "robots_unavailable"
        elif failure.check(IgnoreRequest) and "robots.txt" in message:
            self.count("skipped/robots_txt")  # a policy, not a failure
            return
        elif "max redirections" in message:
            reason = "redirect_loop"
        elif failure.check(OffsiteRedirect):
            reason = "offsite_redirect"
        elif failure.check(IgnoreRequest, DownloadCancelledError) and (
            "max size" in message or "DOWNLOAD_MAXSIZE" in message
        ):
            reason = "too_large"
        else:
            reason = failure.type.__name__
        url = (request.meta.get("redirect_urls") or [request.url])[0]
        self.reject_page(url, reason, message[:200], request)

    def request_dropped(self, request: scrapy.Request, spider: scrapy.Spider) -> None:
        """A redirect the scheduler dropped as already seen: a loop, or an alias of a page
        this run requested already."""
        chain = request.meta.get("redirect_urls")
        if spider is not self or not chain:
            return
        target = self.profile.canonical(request.url)
        if target in {self.profile.canonical(url) for url in chain}:
            self.reject_page(chain[0], "redirect_loop", " -> ".join([*chain, request.url]), request)
        else:
            self.reject_page(chain[0], "redirect_alias", f"redirects to {target}", request)

    def reject_page(
        self, url: str, reason: str, detail: str = "", request: scrapy.Request | None = None
    ) -> None:
        """A page that gave no article: counted, logged, and recorded in the rejects file."""
        self.logger.info("no article from %s: %s %s", url, reason, detail)
        self.crawler.signals.send_catch_log(
            signals.page_rejected, url=url, reason=reason, detail=detail, request=request
        )

    def count(self, key: str) -> None:
        self.crawler.stats.inc_value(f"{self.name}/{key}")
